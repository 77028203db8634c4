"""A respondent's page reads the survey and their own response in one query: the response it
gives must be the one their code opens, and behave as one a query loaded."""

from sqlalchemy import inspect

from coprod.surveys.journey import runner
from coprod.surveys.models import SurveyResponse
from tests.survey_factories import make_survey


def test_the_code_opens_its_own_response_and_no_other(db, area):
    survey, other = make_survey(db, area), make_survey(db, area)
    journey = runner.load_journey(db, survey.slug)
    mine, code = runner.start(db, journey)
    theirs, their_code = runner.start(db, runner.load_journey(db, other.slug))
    db.expunge_all()

    loaded, response = runner.load_for_respondent(db, survey.slug, code.lower())
    assert loaded.survey.id == survey.id and response.id == mine.id
    assert inspect(response).persistent, "in the session, so it can be changed and refreshed"
    assert db.get(SurveyResponse, mine.id) is response
    db.refresh(response)
    assert response.status == "in_progress"

    for typed in (None, "", "ABCD-EFGH", their_code):
        loaded, response = runner.load_for_respondent(db, survey.slug, typed)
        assert (loaded.survey.id, response) == (survey.id, None), typed
    assert runner.load_for_respondent(db, "no-such-survey", code) == (None, None)


def test_a_response_the_session_holds_already_is_the_one_given(db, area):
    survey = make_survey(db, area)
    response, code = runner.start(db, runner.load_journey(db, survey.slug))
    _journey, again = runner.load_for_respondent(db, survey.slug, code)
    assert again is response
