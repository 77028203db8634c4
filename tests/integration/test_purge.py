"""Issue 11.10: `coprod purge` does what the privacy notice promises: answers (and the comments
made from them) go 3 years after the survey closed, answers never sent go after 90 days, a
comment the safeguarding lead has still to decide on stays, and the log says what went."""

import re
from datetime import timedelta

from sqlalchemy import update
from sqlmodel import select

from coprod.cli import main
from coprod.common.audit import AuditEvent
from coprod.common.time import utcnow
from coprod.surveys.models import ResponseStatus, Survey, SurveyAnswer, SurveyResponse, SurveyStatus
from coprod.voice.findings import Outcome, SafeguardingFlag
from coprod.voice.models import Comment
from tests.pages import Page
from tests.survey_factories import answer_all, make_survey, send, start_survey

CODE = re.compile(r"\b[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}\b")


def _answered(app, db, survey, said: str, send_it: bool = True) -> int:
    client = app.test_client()
    page = answer_all(client, start_survey(client, survey), ["happy", said, "on_my_own"])
    if send_it:
        send(client, page, {})
    db.expire_all()
    return db.exec(select(SurveyResponse.id).where(SurveyResponse.survey_id == survey.id)
                   .order_by(SurveyResponse.id.desc())).first()


def _closed(db, survey, days_ago: int) -> None:
    db.execute(update(Survey).where(Survey.id == survey.id).values(
        status=SurveyStatus.CLOSED.value, updated_at=utcnow() - timedelta(days=days_ago)))
    db.commit()


def _last_saved(db, response_id: int, days_ago: int) -> None:
    db.execute(update(SurveyResponse).where(SurveyResponse.id == response_id)
               .values(updated_at=utcnow() - timedelta(days=days_ago)))
    db.commit()


def _purge(app) -> str:
    result = app.test_cli_runner().invoke(main, ["purge"])
    assert result.exit_code == 0, result.output
    return result.output


def _exists(db, model, record_id) -> bool:
    db.expire_all()
    return db.get(model, record_id) is not None


def test_answers_go_three_years_after_the_survey_closed(app, db, area):
    old, recent = make_survey(db, area), make_survey(db, area)
    old_response = _answered(app, db, old, "The taxi was late.")
    recent_response = _answered(app, db, recent, "The taxi was late.")
    old_comment = db.exec(select(Comment.id).where(
        Comment.survey_response_id == old_response)).one()
    _closed(db, old, days_ago=3 * 365 + 1)
    _closed(db, recent, days_ago=2 * 365)

    output = _purge(app)
    assert "  1 survey response past its 3 years\n" in output
    assert not _exists(db, SurveyResponse, old_response)
    assert not db.exec(select(SurveyAnswer).where(SurveyAnswer.response_id == old_response)).all()
    assert not _exists(db, Comment, old_comment)
    assert _exists(db, SurveyResponse, recent_response)
    entry = db.exec(select(AuditEvent).where(AuditEvent.record_type == "Survey",
                                             AuditEvent.record_id == str(old.id))).one()
    assert (entry.action, entry.changes) == ("purge", {"responses": 1})


def test_answers_never_sent_go_after_90_days(app, db, area):
    survey = make_survey(db, area)
    abandoned = _answered(app, db, survey, "Half done", send_it=False)
    _last_saved(db, abandoned, days_ago=91)
    still_going = _answered(app, db, survey, "Coming back to it", send_it=False)
    _last_saved(db, still_going, days_ago=89)
    sent = _answered(app, db, survey, "Sent long ago")
    _last_saved(db, sent, days_ago=400)

    assert "  1 survey response never sent, past 90 days\n" in _purge(app)
    assert not _exists(db, SurveyResponse, abandoned)
    assert _exists(db, SurveyResponse, still_going)
    assert db.get(SurveyResponse, sent).status == ResponseStatus.COMPLETE.value


def test_a_disclosure_waiting_for_the_safeguarding_lead_is_never_purged(app, db, area):
    survey = make_survey(db, area)
    response = _answered(app, db, survey, "My dad hits me when he is angry")
    comment = db.exec(select(Comment.id).where(Comment.survey_response_id == response)).one()
    _closed(db, survey, days_ago=4 * 365)

    assert "Kept: 1 comment past its time, held for the safeguarding lead" in _purge(app)
    assert not _exists(db, SurveyResponse, response)
    assert _exists(db, Comment, comment)

    flag = db.exec(select(SafeguardingFlag).where(SafeguardingFlag.comment_id == comment)).one()
    flag.outcome = Outcome.NOT_A_CONCERN.value
    db.add(flag)
    db.commit()
    output = _purge(app)
    assert ("  1 comment whose survey response was deleted, no longer held for the "
            "safeguarding lead\n") in output
    assert "Kept:" not in output
    assert not _exists(db, Comment, comment)


def test_the_privacy_notice_states_the_times_purge_applies(client, area):
    text = Page(client.get("/privacy")).text
    assert "are deleted 3 years after the survey closes" in text
    assert "we delete your answers 90 days after you last saved one" in text
