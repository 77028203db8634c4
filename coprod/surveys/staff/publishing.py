"""A survey's life: start it (blank or from a template), publish, schedule, close, duplicate.

The open window lives on `Survey` (opens_on, closes_on): publishing or scheduling never makes a
new version, because the questions do not change.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlmodel import Session, select

from coprod.common.time import utcnow
from coprod.surveys.definition import library
from coprod.surveys.definition.share_words import with_share_words
from coprod.surveys.definition.survey import SurveyDefinition, survey_from_dict, survey_to_dict
from coprod.surveys.models import Survey, SurveyStatus

ENGLAND = ZoneInfo("Europe/London")


def uk_today() -> date:
    """Today in England: surveys open and close at midnight UK time."""
    return datetime.now(ENGLAND).date()


class State(StrEnum):
    """What staff see: a published survey is scheduled, open or (after closes_on) closed."""

    DRAFT = "Draft"
    SCHEDULED = "Scheduled"
    OPEN = "Open"
    CLOSED = "Closed"


STATE_TAGS = {State.DRAFT: "govuk-tag--grey", State.SCHEDULED: "govuk-tag--yellow",
              State.OPEN: "govuk-tag--green", State.CLOSED: "govuk-tag--red"}


def state_of(survey: Survey, today: date) -> State:
    """The survey's state on a day."""
    if survey.status == SurveyStatus.DRAFT:
        return State.DRAFT
    if survey.status == SurveyStatus.CLOSED:
        return State.CLOSED
    if survey.opens_on and today < survey.opens_on:
        return State.SCHEDULED
    if survey.closes_on and today > survey.closes_on:
        return State.CLOSED
    return State.OPEN


def slugify(text: str) -> str:
    """Words as a kebab-case slug: "Short breaks 2027!" -> "short-breaks-2027"."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def blank_definition(title: str, audience: str, easy_read: bool, slug: str) -> SurveyDefinition:
    """A new survey with one free-text question to start from, start-page words to edit, and
    "Can we use your words?" after it (and after every question added later)."""
    question = {"id": "tell_us", "type": "free_text", "text": "What would you like to tell us?",
                "easy_read_text": "What do you want to tell us?", "symbol": "write"}
    return survey_from_dict(with_share_words({
        "slug": slug, "title": title, "easy_read_title": title, "audience": audience,
        "easy_read": easy_read, "minutes": 5,
        "purpose": "We want to know what you think.",
        "who_sees_answers": "You do not need to give your name.\nOur team will read your answers.",
        "what_happens_next": "We will read every answer.\nWe will tell you what we changed.",
        "questions": [question],
    }))


def start_blank(session: Session, area_id: int, title: str, audience: str, easy_read: bool,
                user_id: int | None) -> Survey:
    """A new draft survey from scratch."""
    slug = library.free_slug(session, slugify(title))
    return library.create_survey(session, area_id,
                                 blank_definition(title, audience, easy_read, slug), user_id)


def start_from_template(session: Session, area_id: int, template: str,
                        user_id: int | None, title: str | None = None) -> Survey:
    """A new draft survey that copies a shipped template (its slug made unique), under its own
    title so two copies are never listed alike on the home page."""
    defn = library.template_definition(template)
    slug = library.free_slug(session, defn.slug)
    return library.create_survey(session, area_id,
                                 replace(defn, slug=slug, title=title or defn.title), user_id)


def title_in_use(session: Session, area_id: int, title: str | None) -> bool:
    """Whether another survey in the area already has this title (any case, spaces trimmed)."""
    wanted = (title or "").strip().lower()
    titles = session.exec(select(Survey.title).where(Survey.area_id == area_id)).all()
    return any(existing.strip().lower() == wanted for existing in titles)


def duplicate(session: Session, survey: Survey, user_id: int | None,
              title: str | None = None) -> Survey:
    """A new draft with the current questions, no responses and no dates."""
    defn = library.current_definition(session, survey)
    slug = library.free_slug(session, f"{survey.slug}-copy")
    copy = replace(defn, slug=slug, title=(title or f"Copy of {defn.title}")[:150], opens_on=None,
                   closes_on=None)
    return library.create_survey(session, survey.area_id, copy, user_id)


def publish(session: Session, survey: Survey, opens_on: date | None = None,
            closes_on: date | None = None, user_id: int | None = None) -> Survey:
    """Open the survey (from `opens_on` when given: a later date schedules it). A survey that
    does not ask "Can we use your words?" (one built before the builder added it, or a file
    without it) gets it now, after its own questions: as a new version when anyone has
    answered, so no answer already given changes."""
    add_share_words(session, survey, user_id)
    survey.status = SurveyStatus.PUBLISHED.value
    survey.opens_on, survey.closes_on = opens_on, closes_on
    return _save(session, survey)


def add_share_words(session: Session, survey: Survey, user_id: int | None = None) -> bool:
    """Add the consent question to the survey's questions if they lack it; True if added."""
    data = survey_to_dict(library.current_definition(session, survey))
    wanted = with_share_words(data)
    if wanted == data:
        return False
    library.save_definition(session, survey, survey_from_dict(wanted), user_id)
    return True


def close(session: Session, survey: Survey) -> Survey:
    """Stop taking answers; what people gave is kept."""
    survey.status = SurveyStatus.CLOSED.value
    return _save(session, survey)


def reopen_as_draft(session: Session, survey: Survey) -> Survey:
    """Take a survey back to draft (its responses are kept)."""
    survey.status = SurveyStatus.DRAFT.value
    return _save(session, survey)


def _save(session: Session, survey: Survey) -> Survey:
    survey.updated_at = utcnow()
    session.add(survey)
    session.commit()
    return survey
