"""Audit 3, finding 13: on SQLite a deleted comment's id went to the next comment, so the audit
log's "comment 985 approved" and a bookmark to /staff/voice/985 led to another family's words.
Ids of comments, survey responses and the other records about a person are never given again,
and the upgrade that makes the tables so keeps every row and everything pointing at it."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import create_engine, text
from sqlmodel import select

from coprod import migrate
from coprod.db import make_engine
from coprod.surveys.journey.submit import delete_response
from coprod.surveys.models import SurveyResponse
from coprod.voice import services as voice
from tests.factories_reports import responses
from tests.factories_voice import make_comment
from tests.survey_factories import make_survey

NEVER_REUSED = ("comment", "commenttheme", "safeguardingflag", "flagstep", "surveyresponse",
                "surveyanswer", "savedreport", "reportjob")


def test_a_deleted_comments_id_is_never_given_to_the_next_comment(db, area):
    first = make_comment(db, area, "The taxi to school was late every day")
    first_id = first.id
    voice.remove_comment(db, first)
    second = make_comment(db, area, "My son's new school is lovely")
    assert second.id != first_id
    assert second.id > first_id


def test_a_deleted_survey_responses_id_is_never_given_again(db, area):
    survey = make_survey(db, area)
    responses(db, survey, "parent_carer", survey.created_at.date(), 1)
    [response] = db.exec(select(SurveyResponse).where(SurveyResponse.survey_id == survey.id))
    gone = response.id
    delete_response(db, response)
    db.commit()
    responses(db, survey, "young_person", survey.created_at.date(), 1)
    assert db.exec(select(SurveyResponse.id).where(SurveyResponse.survey_id == survey.id)
                   ).one() > gone


# A little of everything that points at the tables made again, as it was before the upgrade.
ROWS_BEFORE = [
    "INSERT INTO area (id, slug, name, created_at) VALUES (1, 'northvale', 'Northvale', "
    "'2026-01-01')",
    "INSERT INTO comment (id, area_id, original_text, display_text, \"group\", channel, said_on,"
    " how_given, created_at) VALUES (7, 1, 'My dad hits me', 'My dad hits me', 'young_person',"
    " 'survey', '2026-03-01', 'alone', '2026-03-01'), (8, 1, 'The bus was late',"
    " 'The bus was late', 'parent_carer', 'email', '2026-03-02', 'alone', '2026-03-02')",
    "INSERT INTO commentanalysis (comment_id, area_id, sentiment, polarity, phrases,"
    " codebook_version, analysed_at) VALUES (8, 1, 'negative', -0.5, '[]', 0, '2026-03-02')",
    "INSERT INTO commenttheme (id, comment_id, area_id, theme_id, source, status)"
    " VALUES (3, 8, 1, 'transport', 'auto', 'suggested')",
    "INSERT INTO safeguardingflag (id, comment_id, area_id, reasons, raised_by, raised_at, note,"
    " referred_to) VALUES (5, 7, 1, '[]', 'auto', '2026-03-01', '', '')",
    "INSERT INTO flagstep (id, flag_id, area_id, at, from_outcome, outcome, referred_to, note)"
    " VALUES (2, 5, 1, '2026-03-02', 'new', 'referred', 'MASH', '')",
    "INSERT INTO survey (id, area_id, slug, title, status, created_at, updated_at)"
    " VALUES (1, 1, 's', 'S', 'published', '2026-01-01', '2026-01-01')",
    "INSERT INTO surveyversion (id, survey_id, number, definition, created_at, updated_at)"
    " VALUES (1, 1, 1, '{}', '2026-01-01', '2026-01-01')",
    "INSERT INTO surveyresponse (id, area_id, survey_id, version_id, status, channel,"
    " resume_hash, started_at, updated_at) VALUES (4, 1, 1, 1, 'complete', 'online', 'h',"
    " '2026-03-01', '2026-03-01')",
    "INSERT INTO surveyanswer (id, response_id, question_id, value, updated_at)"
    " VALUES (9, 4, 'say', '\"Fine\"', '2026-03-01')",
    "INSERT INTO project (id, area_id, title, summary, partners, stage, level, created_at)"
    " VALUES (1, 1, 'P', '', '', 'idea', 'consult', '2026-01-01')",
    "INSERT INTO evaluation (id, project_id, area_id, source, made_on)"
    " VALUES (1, 1, 1, 'family', '2026-03-03')",
    "INSERT INTO rating (id, evaluation_id, area_id, principle, score, evidence, comment_id)"
    " VALUES (1, 1, 1, 'listen', 3, '', 8)",
    "INSERT INTO yousaiditem (id, area_id, you_said, you_said_easy, we_did, we_did_easy, reason,"
    " impact, themes, status, owner, lead, partners, published, created_at, updated_at)"
    " VALUES (1, 1, 'Buses', '', '', '', '', '', '[]', 'new', '', '', '', 0, '2026-03-03',"
    " '2026-03-03')",
    "INSERT INTO yousaidevidence (id, item_id, area_id, kind, comment_id, snapshot, added_at)"
    " VALUES (1, 1, 1, 'comment', 8, '{}', '2026-03-03')",
    "INSERT INTO savedreport (id, area_id, kind, title, date_from, date_to, data, created_at)"
    " VALUES (2, 1, 'voice', 'Board', '2026-01-01', '2026-03-31', '{}', '2026-04-01')",
    "INSERT INTO reportjob (id, area_id, kind, request, status, requested_at, claimed_by,"
    " filename, error) VALUES (6, 1, 'voice', '{\"saved_report_id\": 2}', 'ready',"
    " '2026-04-01', '', 'b.pdf', '')",
]
COUNTED = ["comment", "commentanalysis", "commenttheme", "safeguardingflag", "flagstep",
           "surveyresponse", "surveyanswer", "rating", "yousaidevidence", "savedreport",
           "reportjob"]


def _before_the_upgrade(url: str) -> None:
    """A database at 0017 with rows in it, written with foreign keys on, as coprod writes."""
    engine = make_engine(url)
    config = migrate.alembic_config(url)
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()
        with connection.begin():
            config.attributes["connection"] = connection
            command.upgrade(config, "0017_report_jobs")
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
        connection.commit()
        with connection.begin():
            for statement in ROWS_BEFORE:
                connection.execute(text(statement))
    engine.dispose()


def test_the_upgrade_keeps_every_row_and_what_points_at_it(tmp_path):
    url = f"sqlite:///{tmp_path / 'before.db'}"
    _before_the_upgrade(url)
    engine = make_engine(url)
    migrate.upgrade(engine)  # what `coprod init-db` does
    with engine.connect() as connection:
        def count(table: str) -> int:
            return connection.execute(text(f"SELECT count(*) FROM {table}")).scalar()

        assert {table: count(table) for table in COUNTED} == {
            "comment": 2, "commentanalysis": 1, "commenttheme": 1, "safeguardingflag": 1,
            "flagstep": 1, "surveyresponse": 1, "surveyanswer": 1, "rating": 1,
            "yousaidevidence": 1, "savedreport": 1, "reportjob": 1}
        assert connection.execute(text("SELECT comment_id FROM rating")).scalar() == 8
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        for table in NEVER_REUSED:
            made = connection.execute(text("SELECT sql FROM sqlite_master WHERE name = :t"),
                                      {"t": table}).scalar()
            assert "AUTOINCREMENT" in made, table
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM comment WHERE id = 8"))
        connection.execute(text(
            "INSERT INTO comment (area_id, original_text, display_text, \"group\", channel,"
            " said_on, how_given, created_at, answers_deleted_by) VALUES (1, 'New words',"
            " 'New words', 'parent_carer', 'phone', '2026-04-01', 'alone', '2026-04-01', '')"))
        assert connection.execute(text("SELECT max(id) FROM comment")).scalar() == 9
    engine.dispose()


def test_the_upgrade_refuses_to_run_with_foreign_keys_on(tmp_path):
    url = f"sqlite:///{tmp_path / 'on.db'}"
    _before_the_upgrade(url)
    engine = create_engine(url)
    config = migrate.alembic_config(url)
    with engine.begin() as connection, pytest.raises(RuntimeError, match="foreign keys"):
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
        config.attributes["connection"] = connection
        command.upgrade(config, "heads")
    engine.dispose()
    engine = make_engine(url)
    with engine.connect() as connection:  # nothing was lost
        assert connection.execute(text("SELECT count(*) FROM comment")).scalar() == 2
    engine.dispose()
