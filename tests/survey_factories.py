"""Factories for surveys: a published survey from a shipped template, or from a small dict."""

from __future__ import annotations

import itertools
from pathlib import Path

from sqlmodel import Session, select

from coprod.areas.models import Area
from coprod.surveys.definition.survey import load_survey_file, survey_from_dict, survey_to_dict
from coprod.surveys.models import (
    Survey,
    SurveyAnswer,
    SurveyResponse,
    SurveyStatus,
    SurveyVersion,
)
from tests.pages import Page

SURVEYS_DIR = Path(__file__).resolve().parent.parent / "surveys"
_numbers = itertools.count(1)


def tiny_definition(slug: str, easy_read: bool = True) -> dict:
    """Two questions: a faces scale and a free-text box, the smallest useful survey."""
    return {
        "slug": slug, "title": "How was the drop-in?", "easy_read_title": "The drop-in",
        "audience": "young_people", "easy_read": easy_read, "minutes": 2,
        "purpose": "We want to know what you think.", "who_sees_answers": "Our team sees them.",
        "what_happens_next": "We will read every answer.",
        "questions": [
            {"id": "feel", "type": "faces", "faces": 3, "text": "How did you feel?",
             "easy_read_text": "How did you feel?", "required": True},
            {"id": "say", "type": "free_text", "text": "Tell us more",
             "easy_read_text": "Tell us more.", "max_chars": 200},
        ],
    }


def make_survey(session: Session, area: Area, template: str | None = None,
                definition: dict | None = None,
                status: SurveyStatus = SurveyStatus.PUBLISHED) -> Survey:
    """A survey with one version: a shipped template (e.g. "caseworker") or a dict."""
    n = next(_numbers)
    if template:
        data = survey_to_dict(load_survey_file(SURVEYS_DIR / f"{template}.yaml"))
        data["slug"] = f"{data['slug']}-{n}"
    else:
        data = definition or tiny_definition(f"tiny-{n}")
    defn = survey_from_dict(data)
    survey = Survey(area_id=area.id, slug=defn.slug, title=defn.title, status=status.value,
                    opens_on=defn.opens_on, closes_on=defn.closes_on)
    session.add(survey)
    session.flush()
    session.add(SurveyVersion(survey_id=survey.id, number=1, definition=survey_to_dict(defn)))
    session.commit()
    return survey


# --- answering as a respondent would, through the pages ---------------------------------------

def send(client, page, data: dict, form_selector: str = "main form") -> Page:
    """Fill the form on the page in front of us over what it holds, and press its first button."""
    form = page.form_data(form_selector)
    form.update(data)
    action = page.soup.select_one(form_selector).get("action") or page.response.request.full_path
    return Page(client.post(action, data=form, follow_redirects=True))


def start_survey(client, survey: Survey) -> Page:
    """Open the start page and press Start: the first question."""
    return send(client, client.page(f"/surveys/{survey.slug}/"), {})


def answer_all(client, page: Page, answers: list) -> Page:
    """Answer page after page, in order; each item is the `answer` to send."""
    for value in answers:
        page = send(client, page, {"answer": value})
    return page


def stored_answers(session: Session, response: SurveyResponse) -> dict:
    """A response's saved answers by question id."""
    rows = session.exec(select(SurveyAnswer).where(SurveyAnswer.response_id == response.id))
    return {row.question_id: row.value for row in rows}


def only_response(session: Session, survey: Survey) -> SurveyResponse:
    """The one response a survey has (fails if there are more or none)."""
    session.expire_all()
    responses = session.exec(select(SurveyResponse).where(SurveyResponse.survey_id == survey.id))
    return responses.one()


def send_main_form(client, page: Page, answer: str | None = None) -> Page:
    """Press the page's main button as a browser would (its hidden fields and token), with
    `answer` typed or chosen, following the redirects."""
    data = page.form_data("main form")
    if answer is not None:
        data["answer"] = answer
    action = page.soup.select_one("main form").get("action") or page.response.request.path
    return Page(client.post(action, data=data, follow_redirects=True))
