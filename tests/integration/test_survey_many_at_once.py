"""Many respondents answering at once, with real commits: every answer of every respondent is
kept, nobody sees an error page, and an answer that arrives after the survey was sent in
another tab adds nothing. Each test uses its own app and removes its area afterwards."""

import threading

from sqlalchemy import update
from sqlmodel import select

from coprod.surveys.models import ResponseStatus, SurveyAnswer, SurveyResponse
from tests.pages import Page
from tests.survey_factories import send_main_form

RESPONDENTS = 8


def _respond(app, slug: str, number: int, start: threading.Barrier, pages: list) -> None:
    client = app.test_client()
    page = Page(client.get(f"/surveys/{slug}/"))
    start.wait(timeout=30)
    page = send_main_form(client, page)
    for answer in ("happy", f"Respondent {number} liked the games.", "on_my_own"):
        page = send_main_form(client, page, answer)
    pages.append(send_main_form(client, page))


def test_respondents_answering_at_the_same_moment_all_keep_every_answer(committed_survey):
    app, session, _area, survey = committed_survey
    pages: list[Page] = []
    start = threading.Barrier(RESPONDENTS)
    threads = [threading.Thread(target=_respond, args=(app, survey.slug, n, start, pages),
                                daemon=True) for n in range(RESPONDENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert [page.h1 for page in pages] == ["Thank you"] * RESPONDENTS
    responses = session.exec(select(SurveyResponse).where(
        SurveyResponse.survey_id == survey.id)).all()
    assert [r.status for r in responses] == [ResponseStatus.COMPLETE.value] * RESPONDENTS
    said = session.exec(select(SurveyAnswer.value).where(
        SurveyAnswer.response_id.in_([r.id for r in responses]),
        SurveyAnswer.question_id == "say")).all()
    assert sorted(said) == sorted(f"Respondent {n} liked the games." for n in range(RESPONDENTS))


def test_an_answer_after_the_survey_was_sent_elsewhere_adds_nothing(committed_survey):
    app, session, _area, survey = committed_survey
    client = app.test_client()
    page = send_main_form(client, Page(client.get(f"/surveys/{survey.slug}/")))
    page = send_main_form(client, page, "happy")
    assert page.h1 == "Tell us more."
    response = session.exec(select(SurveyResponse).where(
        SurveyResponse.survey_id == survey.id)).one()
    session.execute(update(SurveyResponse).where(SurveyResponse.id == response.id)
                    .values(status=ResponseStatus.COMPLETE.value, receipt_code="ABCD-EFGH"))
    session.commit()  # sent in another tab

    late = send_main_form(client, page, "Sent from the first tab, too late.")
    assert late.h1 == "Thank you" and "ABCD-EFGH" in late.text
    assert session.exec(select(SurveyAnswer.question_id).where(
        SurveyAnswer.response_id == response.id)).all() == ["feel"]
