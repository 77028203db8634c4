"""Factories for surveys: a published survey from a shipped template, or from a small dict."""

from __future__ import annotations

import itertools
from pathlib import Path

from sqlmodel import Session

from coprod.areas.models import Area
from coprod.surveys.definition import load_survey_file, survey_from_dict, survey_to_dict
from coprod.surveys.models import Survey, SurveyStatus, SurveyVersion

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
