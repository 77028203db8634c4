"""The feedback survey an event names. Events sit below surveys and cannot look surveys up, so
the surveys package offers its list when the app is built (`offer_feedback_surveys`), and the
event form asks for it here: an officer chooses a survey by its title, never types its slug."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from flask import Flask, current_app
from flask_babel import gettext as _
from sqlmodel import Session


class FeedbackSurvey(NamedTuple):
    """One of an area's surveys as the event pages need it."""

    slug: str
    title: str  # told apart from a survey of the same title by its slug
    state: str  # "open", "not_yet_open", "closed" or "draft"


# Each of an area's surveys, in the order to offer them.
SurveyLister = Callable[[Session, int], list[FeedbackSurvey]]
OFFERED = "coprod.events.feedback_surveys"


def offer_feedback_surveys(app: Flask, lister: SurveyLister) -> None:
    """Called by the surveys package as the app is built: how to list an area's surveys."""
    app.extensions[OFFERED] = lister


def _area_surveys(session: Session, area_id: int) -> list[FeedbackSurvey]:
    lister: SurveyLister | None = current_app.extensions.get(OFFERED)
    return lister(session, area_id) if lister else []


def _label(survey: FeedbackSurvey) -> str:
    """Its title, and why families cannot answer it yet (or any more) where they cannot."""
    state = {"draft": _("draft"), "not_yet_open": _("not open yet"),
             "closed": _("closed")}.get(survey.state)
    return f"{survey.title} ({state})" if state else survey.title


def feedback_survey_choices(session: Session, area_id: int,
                            kept: str | None = None) -> list[tuple[str, str]]:
    """"No feedback survey", then the area's surveys by title, each one families cannot answer
    today said so. `kept`, a short name an event already holds that names none of them (typed in
    before there was a list, or its survey since deleted), stays a choice, said plainly, so that
    saving other changes keeps it."""
    surveys = _area_surveys(session, area_id)
    found = [("", _("No feedback survey")), *((s.slug, _label(s)) for s in surveys)]
    if kept and kept not in {s.slug for s in surveys}:
        found.append((kept, not_found_words(kept)))
    return found


def feedback_survey_open(session: Session, area_id: int, slug: str | None) -> bool:
    """Whether families can answer this survey today and it is the area's own: a public event
    page links only then (short names are unique across areas, an event saved before the list
    may name another area's, and a closed survey's page is a dead end)."""
    return any(s.slug == slug and s.state == "open" for s in _area_surveys(session, area_id))


def not_found_words(slug: str) -> str:
    """How a short name that names none of the area's surveys is shown to staff."""
    return _("“%(slug)s” (no survey in this area has this short name)", slug=slug)
