"""Listening events: creating and changing them, what was heard there and the actions agreed."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, time

from flask_babel import gettext as _
from sqlmodel import Session, col, select

from coprod.areas.models import Area
from coprod.common.i18n import govuk_date
from coprod.events.models import ATTENDANCE, ActionStatus, EventAction, ListeningEvent
from coprod.voice import services as voice
from coprod.voice.models import Channel, Comment
from coprod.voice.parsing import Parsed, local_today, pasted_comments


@dataclass
class EventDetails:
    """Everything about an event that its form edits."""

    title: str
    event_type: str
    held_on: date
    starts_at: time | None = None
    ends_at: time | None = None
    place: str = ""
    online_link: str = ""
    partners: str = ""
    facilitators: str = ""
    adjustments: list[str] = field(default_factory=list)
    adjustments_other: str = ""
    young_people_count: int = 0
    children_count: int = 0
    parent_carers_count: int = 0
    practitioners_count: int = 0
    others_count: int = 0
    notes: str = ""
    feedback_survey_slug: str | None = None

    @classmethod
    def of(cls, event: ListeningEvent) -> EventDetails:
        """The details an event has now (to fill its form)."""
        return cls(**{f.name: getattr(event, f.name) for f in fields(cls)})


def create_event(session: Session, area_id: int, details: EventDetails,
                 created_by_id: int | None = None) -> ListeningEvent:
    """A new listening event."""
    event = ListeningEvent(area_id=area_id, created_by_id=created_by_id, **vars(details))
    session.add(event)
    session.commit()
    return event


def update_event(session: Session, event: ListeningEvent, details: EventDetails) -> None:
    """Change an event's details."""
    for name, value in vars(details).items():
        setattr(event, name, list(value) if isinstance(value, list) else value)
    session.add(event)
    session.commit()


def events_in_area(session: Session, area_id: int) -> list[ListeningEvent]:
    """Every event in the area, newest first."""
    return list(session.exec(
        select(ListeningEvent).where(ListeningEvent.area_id == area_id)
        .order_by(col(ListeningEvent.held_on).desc(), col(ListeningEvent.id).desc())).all())


def upcoming_events(session: Session, area_id: int, today: date) -> list[ListeningEvent]:
    """Events from today on, soonest first."""
    return list(session.exec(
        select(ListeningEvent)
        .where(ListeningEvent.area_id == area_id, ListeningEvent.held_on >= today)
        .order_by(ListeningEvent.held_on, ListeningEvent.starts_at, ListeningEvent.id)).all())


def past_events(session: Session, area_id: int, today: date,
                limit: int | None = None) -> list[ListeningEvent]:
    """Events before today, most recent first."""
    query = (select(ListeningEvent)
             .where(ListeningEvent.area_id == area_id, ListeningEvent.held_on < today)
             .order_by(col(ListeningEvent.held_on).desc(), col(ListeningEvent.id).desc()))
    return list(session.exec(query.limit(limit) if limit else query).all())


def event_choices(session: Session, area_id: int) -> list[tuple[int, str]]:
    """(id, 'title, date') for each event, newest first, for choosing one: the date as every
    page gives it ("26 November 2026", not 26/11/2026)."""
    return [(event.id, f"{event.title}, {govuk_date(event.held_on)}")  # type: ignore[misc]
            for event in events_in_area(session, area_id)]


def add_heard(session: Session, event: ListeningEvent, text: str, group: str,
              created_by_id: int | None = None,
              share_consent: bool | None = None) -> tuple[Parsed, voice.Added]:
    """What was heard at the event, one comment per line; nothing is saved if a line is bad.
    `share_consent`: whether they all agreed their words can be shared. Returns the lines
    read and what happened to them."""
    if event.held_on > local_today():
        return (Parsed(errors=[_("You can add what was heard once the event has happened")]),
                voice.Added(0, 0))
    parsed = pasted_comments(text, group, Channel.EVENT.value, event.held_on,
                             share_consent=share_consent)
    if parsed.errors:
        return parsed, voice.Added(0, 0)
    return parsed, voice.add_comments(session, event.area_id, parsed.comments,
                                      event_id=event.id, created_by_id=created_by_id)


def heard_at(session: Session, event: ListeningEvent, viewer_role: str | None,
             limit: int | None = None) -> tuple[dict[str, int], list[Comment]]:
    """How many comments each group made at the event, and the comments (through the one
    comments query, so what a viewer may not see is never shown)."""
    filters = voice.CommentFilters(event_id=event.id)
    return (voice.counts_by_group(session, event.area_id, filters, viewer_role),
            voice.comments_matching(session, event.area_id, filters, viewer_role, limit))


def heard_counts(session: Session, event: ListeningEvent, viewer_role: str | None
                 ) -> dict[str, int]:
    """How many comments each group made at the event (those this viewer may see)."""
    return voice.counts_by_group(session, event.area_id,
                                 voice.CommentFilters(event_id=event.id), viewer_role)


def small_attendance_groups(event: ListeningEvent) -> frozenset[str]:
    """The groups whose attendance the event's public page shows as "fewer than 5"."""
    return frozenset(group for column, group, _label in ATTENDANCE
                     if 0 < getattr(event, column) < voice.SMALL_GROUP)


def public_quotes(session: Session, event: ListeningEvent, limit: int | None = None
                  ) -> list[Comment]:
    """The quotes the event's public page may show (voice.published_quotes' rule, with the
    groups its attendance counts as fewer than 5)."""
    return voice.published_quotes(session, event.area_id,
                                  voice.CommentFilters(event_id=event.id), limit,
                                  small_attendance_groups(event))


def add_action(session: Session, event: ListeningEvent, text: str, owner: str = "",
               due_on: date | None = None) -> EventAction:
    """Record something agreed at the event."""
    action = EventAction(event_id=event.id, area_id=event.area_id, text=text.strip(),
                         owner=owner.strip(), due_on=due_on)
    session.add(action)
    session.commit()
    return action


def change_action(session: Session, action: EventAction, text: str, owner: str = "",
                  due_on: date | None = None) -> None:
    """Correct what was agreed, who will do it or by when."""
    action.text, action.owner, action.due_on = text.strip(), owner.strip(), due_on
    session.add(action)
    session.commit()


def set_action_status(session: Session, action: EventAction, status: ActionStatus,
                      reason: str = "") -> None:
    """Say where an action stands. "Won't do" needs the reason (families are owed it); any
    other status keeps no reason. Raises ValueError for "won't do" without one."""
    reason = reason.strip() if status == ActionStatus.WONT_DO else ""
    if status == ActionStatus.WONT_DO and not reason:
        raise ValueError("Say why the action will not be done")
    action.status, action.reason = status.value, reason
    session.add(action)
    session.commit()


def remove_action(session: Session, action: EventAction) -> None:
    """Remove an action added by mistake (the audit log keeps who removed it, and when)."""
    session.delete(action)
    session.commit()


def actions_for(session: Session, event_id: int) -> list[EventAction]:
    """The actions agreed at an event, in the order they were added."""
    return list(session.exec(select(EventAction).where(EventAction.event_id == event_id)
                             .order_by(EventAction.id)).all())


def event_by_id(session: Session, event_id: int) -> ListeningEvent | None:
    """Any area's event, for its public page (which then speaks for that area)."""
    return session.get(ListeningEvent, event_id)


def public_pages(session: Session) -> list[tuple[str, dict]]:
    """The public events pages for the sitemap: the lists, and one page per event."""
    pages: list[tuple[str, dict]] = [("events.public_events", {})]
    pages += [("events.area_events", {"area_slug": slug})
              for slug in session.exec(select(Area.slug).order_by(Area.slug)).all()]
    pages += [("events.public_event", {"event_id": event_id}) for event_id in session.exec(
        select(ListeningEvent.id).order_by(ListeningEvent.id)).all()]
    return pages
