"""A listening event, who came (as numbers, never names) and the actions agreed there."""

from __future__ import annotations

from datetime import date, datetime, time
from enum import StrEnum

from flask_babel import lazy_gettext as _l
from sqlmodel import JSON, Column, Field, SQLModel

from coprod.common.time import utcnow


class EventType(StrEnum):
    """The kind of event."""

    DROP_IN = "drop_in"
    FORUM_MEETING = "forum_meeting"
    FOCUS_GROUP = "focus_group"
    COFFEE_MORNING = "coffee_morning"
    SCHOOL_OR_COLLEGE_VISIT = "school_or_college_visit"
    ONLINE_SESSION = "online_session"
    CONSULTATION_EVENT = "consultation_event"
    OTHER = "other"


class Adjustment(StrEnum):
    """Help offered so that people can come and take part."""

    BSL_INTERPRETER = "bsl_interpreter"
    QUIET_SPACE = "quiet_space"
    EASY_READ = "easy_read"
    CHILDCARE = "childcare"
    TRANSPORT = "transport"
    OTHER = "other"


EVENT_TYPE_LABELS = {
    EventType.DROP_IN: _l("Drop-in"), EventType.FORUM_MEETING: _l("Forum meeting"),
    EventType.FOCUS_GROUP: _l("Focus group"), EventType.COFFEE_MORNING: _l("Coffee morning"),
    EventType.SCHOOL_OR_COLLEGE_VISIT: _l("School or college visit"),
    EventType.ONLINE_SESSION: _l("Online session"),
    EventType.CONSULTATION_EVENT: _l("Consultation event"), EventType.OTHER: _l("Other"),
}
ADJUSTMENT_LABELS = {
    Adjustment.BSL_INTERPRETER: _l("British Sign Language (BSL) interpreter"),
    Adjustment.QUIET_SPACE: _l("Quiet space"),
    Adjustment.EASY_READ: _l("Easy read materials"),
    Adjustment.CHILDCARE: _l("Childcare"),
    Adjustment.TRANSPORT: _l("Help with transport"),
    Adjustment.OTHER: _l("Other help (ask us)"),
}
class ActionStatus(StrEnum):
    """Where an action agreed at an event stands."""

    TO_DO = "to_do"
    DOING = "doing"
    DONE = "done"
    WONT_DO = "wont_do"  # with the reason, which families are owed


ACTION_STATUS_LABELS = {
    ActionStatus.TO_DO: _l("To do"), ActionStatus.DOING: _l("Doing"),
    ActionStatus.DONE: _l("Done"), ActionStatus.WONT_DO: _l("Won't do"),
}
# Attendance by group: (column, group value in the voice record, label).
ATTENDANCE = (
    ("young_people_count", "young_person", _l("Young people")),
    ("children_count", "child", _l("Children")),
    ("parent_carers_count", "parent_carer", _l("Parents and carers")),
    ("practitioners_count", "practitioner", _l("Practitioners")),
    ("others_count", "other", _l("Others")),
)


class ListeningEvent(SQLModel, table=True):
    """An event where families and young people were heard."""

    id: int | None = Field(default=None, primary_key=True)
    area_id: int = Field(foreign_key="area.id", index=True, ondelete="CASCADE")
    title: str = Field(max_length=200)
    event_type: str = Field(max_length=30)
    held_on: date = Field(index=True)
    starts_at: time | None = None
    ends_at: time | None = None
    place: str = Field(default="", max_length=500)
    online_link: str = Field(default="", max_length=500)
    partners: str = Field(default="", max_length=500)
    facilitators: str = Field(default="", max_length=500)
    adjustments: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    adjustments_other: str = Field(default="", max_length=200)
    young_people_count: int = 0
    children_count: int = 0
    parent_carers_count: int = 0
    practitioners_count: int = 0
    others_count: int = 0
    notes: str = Field(default="", max_length=5000)
    # The easy-read feedback survey; a plain slug until the surveys module adds its table.
    feedback_survey_slug: str | None = Field(default=None, max_length=100)
    created_by_id: int | None = Field(default=None, foreign_key="user.id", ondelete="SET NULL")
    created_at: datetime = Field(default_factory=utcnow)

    @property
    def attendance_total(self) -> int:
        """Everyone who came."""
        return sum(getattr(self, column) for column, _group, _label in ATTENDANCE)


class EventAction(SQLModel, table=True):
    """Something agreed at an event: what, who will do it, by when, and where it stands."""

    __audit_label__ = "text"  # the audit log names an action by what was agreed

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="listeningevent.id", index=True, ondelete="CASCADE")
    area_id: int = Field(foreign_key="area.id", index=True, ondelete="CASCADE")
    text: str = Field(max_length=1000)
    owner: str = Field(default="", max_length=200)
    due_on: date | None = None
    created_at: datetime = Field(default_factory=utcnow)
    status: str = Field(default=ActionStatus.TO_DO.value, max_length=10)
    # Why it will not be done (only with the status "won't do").
    reason: str = Field(default="", max_length=1000)

    @property
    def status_words(self) -> str:
        """The status as a person says it ("Won't do")."""
        return str(ACTION_STATUS_LABELS.get(self.status, self.status))
