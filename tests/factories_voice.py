"""Factories for the voice record and listening events."""

from __future__ import annotations

from datetime import date, time, timedelta

from sqlmodel import Session

from coprod.areas.models import Area
from coprod.events import services as events
from coprod.events.models import ListeningEvent
from coprod.voice import services as voice
from coprod.voice.models import Comment


def make_comment(session: Session, area: Area, text: str = "The EHCP took 40 weeks",
                 group: str = "parent_carer", channel: str = "email",
                 said_on: date | None = None, **kwargs) -> Comment:
    return voice.add_comment(session, area.id, text, group, channel,
                             said_on or date.today() - timedelta(days=3), **kwargs)


def make_event(session: Session, area: Area, title: str = "Spring drop-in",
               held_on: date | None = None, **details) -> ListeningEvent:
    values = {"event_type": "drop_in", "place": "Northvale Library, Market Street",
              "starts_at": time(10), "ends_at": time(12), **details}
    return events.create_event(session, area.id, events.EventDetails(
        title=title, held_on=held_on or date.today() - timedelta(days=10), **values))


def make_published_quotes(session: Session, area: Area, event: ListeningEvent, texts: list[str],
                          group: str = "parent_carer") -> list[Comment]:
    """Comments heard at an event from people who agreed their words can be shared, each
    approved for public pages (at least 5 are made, so their group is not one counted as
    "fewer than 5")."""
    texts = texts + [f"Also heard {n}" for n in range(5 - len(texts))]
    made = [make_comment(session, area, text, group=group, channel="event", event_id=event.id,
                         said_on=event.held_on, share_consent=True) for text in texts]
    for comment in made:
        voice.approve_for_publication(session, comment, None)
    return made
