"""The journey blueprint and what its views share: finding the survey and the browser's own
response, remembering resume codes in the session, and the kind pages for closed surveys."""

from __future__ import annotations

from flask import abort, g, redirect, render_template, session, url_for
from flask_login import current_user

from coprod.areas.web import show_area
from coprod.db import get_session
from coprod.surveys.definition.survey import Question
from coprod.surveys.journey import runner
from coprod.surveys.journey import submit as runner_submit
from coprod.surveys.journey.display import question_slug
from coprod.surveys.journey.runner import Availability, Journey
from coprod.surveys.models import ResponseStatus, SurveyResponse

# The session maps a survey's slug to the resume code of this browser's response to it.
CODES_KEY = "survey_codes"
IN_PROGRESS = ResponseStatus.IN_PROGRESS.value


def render(template: str, **context) -> str:
    """Render a journey page."""
    return render_template(template, **context)


def load(slug: str) -> Journey:
    """The survey at this address, or 404 (drafts and unknown slugs alike). This browser's own
    response comes in the same query and is kept for own_response()."""
    code = remembered_code(slug)
    journey, response = runner.load_for_respondent(get_session(), slug, code)
    if journey is None:
        abort(404)
    g.own_response = (journey.survey.id, code, response)
    show_area(journey.area)  # the header names the survey's area, whoever is signed in
    return journey


def remembered_code(slug: str) -> str | None:
    """This browser's resume code for a survey."""
    return (session.get(CODES_KEY) or {}).get(slug)


def remember(slug: str, code: str) -> None:
    """Keep a resume code in the session cookie."""
    codes = dict(session.get(CODES_KEY) or {})
    codes[slug] = code
    session[CODES_KEY] = codes


def own_response(journey: Journey) -> SurveyResponse | None:
    """The response this browser started (or resumed), if any."""
    code = remembered_code(journey.survey.slug)
    loaded = g.get("own_response")
    if loaded is not None and loaded[:2] == (journey.survey.id, code):
        return loaded[2]
    return runner.find_response(get_session(), journey, code)


def question_url(journey: Journey, question: Question, change: bool = False) -> str:
    """The page of one question; `change` pages go back to check answers afterwards."""
    return url_for("journey.question", slug=journey.survey.slug,
                   question_slug=question_slug(question.id), **({"change": 1} if change else {}))


def page_after(journey: Journey, question: Question | None) -> str:
    """The question's page, or check answers when there is none left."""
    if question is None:
        return url_for("journey.check", slug=journey.survey.slug)
    return question_url(journey, question)


def not_accepting(journey: Journey, response: SurveyResponse | None):
    """The kind page for a survey that does not take answers now. Someone part-way through a
    survey that has just closed keeps what they gave: their response is stored as partial."""
    kept = False
    if response is not None and response.status == IN_PROGRESS:
        runner_submit.close_partway(get_session(), response)
        kept = True
    state = runner.availability(journey.survey)
    if state == Availability.OPEN:  # open to the public, but this response was closed before
        state = Availability.CLOSED
    return render("surveys/journey/closed.html", journey=journey, state=state,
                           kept=kept or (response is not None
                                         and response.status == ResponseStatus.PARTIAL.value))


def entering_for_someone(response: SurveyResponse | None) -> bool:
    """Whether a member of staff is typing in this response from paper, an event or a call."""
    return bool(response is not None and response.entered_by_id is not None
                and current_user.is_authenticated)


def to_start(journey: Journey):
    """Back to the start page (someone arrived mid-journey without a response)."""
    return redirect(url_for("journey.start_page", slug=journey.survey.slug))
