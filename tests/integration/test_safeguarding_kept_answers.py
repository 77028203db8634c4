"""Audit 3, finding 7: after the author deletes their answers, the flag's page said "Survey
(survey response 642)", naming a response that no longer exists. It now says the rest was
deleted, when, and by whom, and why these words are still there."""

from __future__ import annotations

import re
from datetime import timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import create_engine, text, update
from sqlmodel import select

from coprod.areas.models import Role
from coprod.cli import main
from coprod.common.time import utcnow
from coprod.migrate import alembic_config
from coprod.surveys.models import Survey, SurveyStatus
from coprod.voice.findings import SafeguardingFlag
from coprod.voice.models import AnswersDeleted, Comment
from tests.survey_factories import answer_all, make_survey, only_response, send, start_survey

CODE = re.compile(r"\b[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}\b")
DISCLOSURE = "My dad hits me when he is angry"


def _answered(app, db, survey):
    client = app.test_client()
    page = answer_all(client, start_survey(client, survey), ["happy", DISCLOSURE, "on_my_own"])
    done = send(client, page, {})
    response = only_response(db, survey)
    flag = db.exec(select(SafeguardingFlag).join(Comment, Comment.id == SafeguardingFlag.comment_id)
                   .where(Comment.survey_response_id == response.id)).one()
    return done, response, flag


def _rows(page) -> dict[str, str]:
    return {row.dt.get_text(strip=True): row.dd.get_text(" ", strip=True)
            for row in page.soup.select(".govuk-summary-list__row")}


def test_the_lead_is_told_the_person_deleted_the_rest_of_their_answers(app, db, area,
                                                                       signed_in):
    survey = make_survey(db, area)
    done, response, flag = _answered(app, db, survey)
    lead = signed_in(Role.SAFEGUARDING)
    before = _rows(lead.page(f"/staff/analysis/safeguarding/{flag.id}"))
    assert before["How it reached us"] == f"Survey (survey response {response.id})"
    assert "The rest of their answers" not in before

    receipt = CODE.search(done.soup.select_one(".govuk-panel").get_text(" ")).group(0)
    someone = app.test_client()
    send(someone, someone.submit("/surveys/delete-my-answers", {"code": receipt}), {})
    db.expire_all()
    comment = db.get(Comment, flag.comment_id)
    assert comment.answers_deleted_by == AnswersDeleted.AUTHOR
    page = lead.page(f"/staff/analysis/safeguarding/{flag.id}")
    rows = _rows(page)
    assert rows["How it reached us"] == "Survey"
    day = comment.answers_deleted_at.astimezone(ZoneInfo("Europe/London")).strftime("%d %B %Y")
    day = day.lstrip("0")
    assert rows["The rest of their answers"] == (
        f"The person deleted the rest of their answers on {day}; these words are kept for you "
        "to read (as the privacy notice says).")
    assert "survey response" not in page.text
    assert DISCLOSURE in page.soup.select_one(".govuk-inset-text.coprod-break-words").text


def test_answers_deleted_by_age_are_not_put_down_to_the_person(app, db, area, signed_in):
    survey = make_survey(db, area)
    _done, _response, flag = _answered(app, db, survey)
    db.execute(update(Survey).where(Survey.id == survey.id).values(
        status=SurveyStatus.CLOSED.value, updated_at=utcnow() - timedelta(days=4 * 365)))
    db.commit()
    assert app.test_cli_runner().invoke(main, ["purge"]).exit_code == 0
    db.expire_all()
    assert db.get(Comment, flag.comment_id).answers_deleted_by == AnswersDeleted.AGE
    rows = _rows(signed_in(Role.SAFEGUARDING).page(f"/staff/analysis/safeguarding/{flag.id}"))
    assert rows["The rest of their answers"].startswith("The rest of their answers were deleted")
    assert "when the privacy notice says we stop keeping them" in rows["The rest of their answers"]


def test_the_migration_marks_answers_kept_before_it_with_the_date_they_were_kept(tmp_path):
    from alembic import command

    engine = create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    config = alembic_config(str(engine.url))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0017_report_jobs")
        connection.execute(text(
            "INSERT INTO area (id, slug, name, created_at) VALUES (1, 'a', 'A', '2026-01-01')"))
        for comment_id, response_id in ((1, 642), (2, None)):
            connection.execute(text(
                "INSERT INTO comment (id, area_id, original_text, display_text, \"group\", "
                "channel, said_on, how_given, survey_response_id, created_at) VALUES "
                "(:id, 1, 'x', 'x', 'child', 'survey', '2026-11-01', 'alone', :response, "
                "'2026-11-01 10:00:00')"), {"id": comment_id, "response": response_id})
        connection.execute(text(
            "INSERT INTO auditevent (at, area_id, action, record_type, record_id, changes) "
            "VALUES ('2026-11-20 09:30:00.000000', 1, 'kept', 'Comment', '1', '{}')"))
        connection.execute(text(
            "INSERT INTO safeguardingflag (comment_id, area_id, reasons, raised_by, raised_at, "
            "note, referred_to) VALUES (1, 1, '[]', 'auto', '2026-11-01', '', '')"))
        command.upgrade(config, "0018s_safeguarding_alerts")
        kept = connection.execute(text(
            "SELECT id, answers_deleted_by, answers_deleted_at FROM comment ORDER BY id")).all()
        alert = connection.execute(text("SELECT alert, alert_tries FROM safeguardingflag")).one()
    engine.dispose()
    assert [tuple(row) for row in kept] == [(1, "earlier", "2026-11-20 09:30:00.000000"),
                                            (2, "", None)]
    assert tuple(alert) == ("", 0), "no email about flags raised before alerts existed"
