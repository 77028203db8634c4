"""Two submits of the same response racing each other (a double click, two tabs) store it once.

Real concurrency needs real commits, so this test writes to the test database outside the
rolled-back `db` fixture, each thread with its own connection, and removes its area afterwards.
"""

import threading

from sqlmodel import Session, select

from coprod.areas.models import Area
from coprod.db import make_engine
from coprod.surveys.definition.survey import HELPED_QUESTION
from coprod.surveys.journey import answers as runner_answers
from coprod.surveys.journey import runner
from coprod.surveys.journey import submit as runner_submit
from coprod.surveys.models import ResponseStatus, SurveyResponse
from coprod.voice.models import Comment
from tests import factories
from tests.survey_factories import make_survey


def _answered_response(session: Session, slug: str) -> int:
    journey = runner.load_journey(session, slug)
    response, _code = runner.start(session, journey)
    feel, say = journey.definition.questions
    runner_answers.save_answer(session, response, feel, "happy")
    runner_answers.save_answer(session, response, say, "It was fun.")
    runner_answers.save_answer(session, response, HELPED_QUESTION, "on_my_own")
    return response.id


def _submit_in_thread(engine, slug: str, response_id: int, start: threading.Barrier,
                      results: list) -> None:
    with Session(engine, expire_on_commit=False) as session:
        journey = runner.load_journey(session, slug)
        response = session.get(SurveyResponse, response_id)
        session.commit()  # end the read, so neither thread holds a lock while they line up
        start.wait(timeout=30)
        results.append(runner_submit.submit(session, journey, response))


def test_two_submits_at_the_same_moment_store_one_response(app, database_url):
    engine = make_engine(database_url)
    with app.app_context(), Session(engine, expire_on_commit=False) as session:
        area = factories.make_area(session)
        try:
            slug = make_survey(session, area).slug
            response_id = _answered_response(session, slug)
            results: list = []
            start = threading.Barrier(2)
            threads = [threading.Thread(target=_submit_in_thread,
                                        args=(engine, slug, response_id, start, results),
                                        daemon=True)
                       for _ in range(2)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=30)

            assert sorted(r.first_time for r in results) == [False, True]
            assert len({r.receipt_code for r in results}) == 1
            session.expire_all()
            stored = session.get(SurveyResponse, response_id)
            assert stored.status == ResponseStatus.COMPLETE.value
            comments = session.exec(select(Comment)
                                    .where(Comment.survey_response_id == response_id)).all()
            assert len(comments) == 1
        finally:
            session.rollback()
            session.delete(session.get(Area, area.id))
            session.commit()
    engine.dispose()


def test_an_answer_sent_after_the_response_was_sent_elsewhere_is_not_added(app, db, area):
    """The page was read while the response was in progress; another tab sent it meanwhile."""
    from sqlalchemy import update

    slug = make_survey(db, area).slug
    journey = runner.load_journey(db, slug)
    response, _code = runner.start(db, journey)
    feel, _say = journey.definition.questions
    db.execute(update(SurveyResponse).where(SurveyResponse.id == response.id)
               .values(status=ResponseStatus.COMPLETE.value)
               .execution_options(synchronize_session=False))
    db.commit()
    assert response.status == ResponseStatus.IN_PROGRESS.value  # what the page read

    assert runner_answers.save_answer(db, response, feel, "sad") is False
    assert runner.answers_of(db, response) == {}
