"""Prepared statements (run on the driver's cursor) give exactly what SQLAlchemy gives, on
whichever database the suite runs against, and a respondent's page gives its connection back."""

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import bindparam, select
from sqlmodel import Session

from coprod.areas.models import Area
from coprod.prepared import Prepared
from coprod.surveys.models import Survey, SurveyAnswer, SurveyResponse, SurveyVersion
from tests import factories
from tests.pages import Page
from tests.survey_factories import make_survey


def _driver(db):
    connection = db.connection()
    return connection.dialect, connection.connection.driver_connection


def test_rows_match_sqlalchemy_for_dates_times_json_and_empty_values(db, area):
    survey = make_survey(db, area)
    survey.opens_on, survey.closes_on = date(2026, 1, 5), None
    db.add(survey)
    version_id = db.scalar(select(SurveyVersion.id).where(SurveyVersion.survey_id == survey.id))
    response = SurveyResponse(area_id=area.id, survey_id=survey.id, version_id=version_id,
                              resume_hash="h" * 64, receipt_code="R-1",
                              submitted_at=datetime(2026, 3, 1, 9, 30, 15, 250, tzinfo=UTC))
    db.add(response)
    db.flush()
    for question_id, value in (("a", ["in_person", "phone"]), ("b", "Ring me back 😊 مرحبا"),
                               ("c", None)):
        db.add(SurveyAnswer(response_id=response.id, question_id=question_id, value=value))
    db.flush()
    statement = (select(Survey.opens_on, Survey.closes_on, Survey.created_at,
                        *SurveyResponse.__table__.c, SurveyAnswer.question_id,
                        SurveyAnswer.value)
                 .select_from(Survey)
                 .join(SurveyResponse, SurveyResponse.survey_id == Survey.id)
                 .join(SurveyAnswer, SurveyAnswer.response_id == SurveyResponse.id)
                 .where(Survey.id == bindparam("survey_id")).order_by(SurveyAnswer.id))

    expected = [tuple(row) for row in db.connection().execute(statement,
                                                              {"survey_id": survey.id})]
    got = Prepared(statement).rows(*_driver(db), {"survey_id": survey.id})

    assert got == expected
    assert [row[-1] for row in got] == [["in_person", "phone"], "Ring me back 😊 مرحبا", None]
    submitted = got[0][3 + [c.key for c in SurveyResponse.__table__.c].index("submitted_at")]
    assert submitted == datetime(2026, 3, 1, 9, 30, 15, 250, tzinfo=UTC)
    assert got[0][0] == date(2026, 1, 5)


def test_a_change_reports_how_many_rows_it_changed(db, area):
    survey = make_survey(db, area)
    rename = Prepared(Survey.__table__.update().where(Survey.id == bindparam("survey_id"))
                      .values(title=bindparam("title")))

    assert rename.run(*_driver(db), {"survey_id": survey.id, "title": "Renamed"}) == 1
    assert rename.run(*_driver(db), {"survey_id": -1, "title": "Nobody"}) == 0
    db.expire_all()
    assert db.get(Survey, survey.id).title == "Renamed"


def test_in_lists_are_refused_rather_than_run_wrongly(db):
    listed = Prepared(select(Survey.id).where(Survey.id.in_(bindparam("ids", expanding=True))))
    with pytest.raises(ValueError, match="IN lists"):
        listed.rows(*_driver(db), {"ids": [1, 2]})


def test_a_respondents_pages_give_their_connections_back(make_app):
    """A respondent's page reads on a connection of its own (coprod.db.driver_connection):
    after each page none is left taken from the pool."""
    app = make_app()
    engine = app.extensions["coprod.engine"]
    with app.app_context(), Session(engine, expire_on_commit=False) as session:
        area = factories.make_area(session)
        try:
            survey = make_survey(session, area)
            session.commit()
            client = app.test_client()
            start = Page(client.get(f"/surveys/{survey.slug}/"))
            question = client.post(f"/surveys/{survey.slug}/start",
                                   data=start.form_data("main form"), follow_redirects=True)
            assert question.status_code == 200 and "/q/" in question.request.path
            assert engine.pool.checkedout() == 0
            assert client.get(question.request.path).status_code == 200
            assert client.get(f"/surveys/{survey.slug}/check").status_code == 200
            assert engine.pool.checkedout() == 0
        finally:
            session.rollback()
            session.delete(session.get(Area, area.id))
            session.commit()
