"""The feedback survey an event names. Events sit below surveys and cannot look surveys up, so
the surveys package offers its list when the app is built (`offer_feedback_surveys`), and the
event form asks for it here: an officer chooses a survey by its title, never types its slug."""

from __future__ import annotations

from collections.abc import Callable

from flask import Flask, current_app
from flask_babel import gettext as _
from sqlmodel import Session

# (short name, title) of each of an area's surveys, in the order to offer them.
SurveyLister = Callable[[Session, int], list[tuple[str, str]]]
OFFERED = "coprod.events.feedback_surveys"


def offer_feedback_surveys(app: Flask, lister: SurveyLister) -> None:
    """Called by the surveys package as the app is built: how to list an area's surveys."""
    app.extensions[OFFERED] = lister


def feedback_survey_choices(session: Session, area_id: int,
                            kept: str | None = None) -> list[tuple[str, str]]:
    """"No feedback survey", then the area's surveys by title. `kept`, a short name an event
    already holds that names none of them (typed in before there was a list, or its survey
    since deleted), stays a choice, said plainly, so that saving other changes keeps it."""
    lister: SurveyLister | None = current_app.extensions.get(OFFERED)
    surveys = lister(session, area_id) if lister else []
    found = [("", _("No feedback survey")), *surveys]
    if kept and kept not in dict(surveys):
        found.append((kept, not_found_words(kept)))
    return found


def feedback_survey_in_area(session: Session, area_id: int, slug: str | None) -> bool:
    """Whether this short name is one of the area's surveys: a public event page links only to
    its own area's survey (short names are unique across areas, and an event saved before the
    list may name another area's)."""
    lister: SurveyLister | None = current_app.extensions.get(OFFERED)
    return bool(slug and lister and slug in dict(lister(session, area_id)))


def not_found_words(slug: str) -> str:
    """How a short name that names none of the area's surveys is shown to staff."""
    return _("“%(slug)s” (no survey in this area has this short name)", slug=slug)
