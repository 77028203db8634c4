"""A "you said, we did" item, its evidence, its progress timeline and the times families were
told about it."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from flask_babel import lazy_gettext as _l
from sqlmodel import JSON, Column, Field, SQLModel

from coprod.common.time import utcnow


class Status(StrEnum):
    """Where an item has got to."""

    NEW = "new"
    AGREED = "agreed"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANT_DO = "cant_do"


class HowTold(StrEnum):
    """How families were told what happened."""

    NEWSLETTER = "newsletter"
    FORUM_MEETING = "forum_meeting"
    WEBSITE = "website"
    LETTER = "letter"
    EVENT = "event"
    SOCIAL_MEDIA = "social_media"
    SCHOOL = "school"


class EvidenceKind(StrEnum):
    """What an item's evidence is."""

    COMMENT = "comment"
    QUESTION = "question"
    EVENT = "event"


STATUS_LABELS = {
    Status.NEW: _l("New"), Status.AGREED: _l("Agreed"), Status.IN_PROGRESS: _l("In progress"),
    Status.DONE: _l("Done"), Status.CANT_DO: _l("Can't do"),
}
# What a young person reads on the easy-read pages.
STATUS_EASY = {
    Status.NEW: _l("We are looking at this"), Status.AGREED: _l("We said yes to this"),
    Status.IN_PROGRESS: _l("We are doing this now"), Status.DONE: _l("We did this"),
    Status.CANT_DO: _l("We cannot do this"),
}
HOW_TOLD_LABELS = {
    HowTold.NEWSLETTER: _l("Newsletter"), HowTold.FORUM_MEETING: _l("Forum meeting"),
    HowTold.WEBSITE: _l("Website"), HowTold.LETTER: _l("Letter"), HowTold.EVENT: _l("Event"),
    HowTold.SOCIAL_MEDIA: _l("Social media"), HowTold.SCHOOL: _l("School or college"),
}
FINISHED = (Status.DONE.value, Status.CANT_DO.value)


class YouSaidItem(SQLModel, table=True):
    """One thing families said and what the partnership did (or will do, or cannot do) about it.

    Only the four public wordings and the reason ever appear on public pages."""

    __tablename__ = "yousaiditem"

    id: int | None = Field(default=None, primary_key=True)
    area_id: int = Field(foreign_key="area.id", index=True, ondelete="CASCADE")
    you_said: str = Field(max_length=1000)
    you_said_easy: str = Field(default="", max_length=1000)
    we_did: str = Field(default="", max_length=2000)
    we_did_easy: str = Field(default="", max_length=1000)
    reason: str = Field(default="", max_length=2000)
    impact: str = Field(default="", max_length=2000)
    themes: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    status: str = Field(default=Status.NEW.value, max_length=20, index=True)
    owner: str = Field(default="", max_length=200)
    lead: str = Field(default="", max_length=200)
    partners: str = Field(default="", max_length=500)
    target_on: date | None = None
    done_on: date | None = None
    published: bool = Field(default=False, index=True)
    created_by_id: int | None = Field(default=None, foreign_key="user.id", ondelete="SET NULL")
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class EvidenceLink(SQLModel, table=True):
    """One link from an item to what was said: a comment, a survey question (with its result
    frozen when it was linked) or a listening event."""

    __tablename__ = "yousaidevidence"

    id: int | None = Field(default=None, primary_key=True)
    item_id: int = Field(foreign_key="yousaiditem.id", index=True, ondelete="CASCADE")
    area_id: int = Field(foreign_key="area.id", index=True, ondelete="CASCADE")
    kind: str = Field(max_length=20)
    comment_id: int | None = Field(default=None, foreign_key="comment.id", index=True,
                                   ondelete="CASCADE")
    event_id: int | None = Field(default=None, foreign_key="listeningevent.id", index=True,
                                 ondelete="CASCADE")
    survey_id: int | None = Field(default=None, foreign_key="survey.id", index=True,
                                  ondelete="CASCADE")
    question_id: str | None = Field(default=None, max_length=80)
    # The question's result when it was linked: title, question, answered, groups, options.
    snapshot: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    added_by_id: int | None = Field(default=None, foreign_key="user.id", ondelete="SET NULL")
    added_at: datetime = Field(default_factory=utcnow)


class ProgressStep(SQLModel, table=True):
    """One dated step on an item's progress timeline: who wrote what, when."""

    __tablename__ = "yousaidupdate"

    id: int | None = Field(default=None, primary_key=True)
    item_id: int = Field(foreign_key="yousaiditem.id", index=True, ondelete="CASCADE")
    area_id: int = Field(foreign_key="area.id", index=True, ondelete="CASCADE")
    text: str = Field(max_length=2000)
    status: str | None = Field(default=None, max_length=20)
    written_by: str = Field(default="", max_length=200)
    written_by_id: int | None = Field(default=None, foreign_key="user.id", ondelete="SET NULL")
    written_at: datetime = Field(default_factory=utcnow)


class FamiliesTold(SQLModel, table=True):
    """Families were told what happened: when, how, to whom, how many were reached."""

    __tablename__ = "yousaidtold"

    id: int | None = Field(default=None, primary_key=True)
    item_id: int = Field(foreign_key="yousaiditem.id", index=True, ondelete="CASCADE")
    area_id: int = Field(foreign_key="area.id", index=True, ondelete="CASCADE")
    told_on: date
    how: str = Field(max_length=20)
    audience: str = Field(default="", max_length=200)
    reached: int | None = None
    recorded_by_id: int | None = Field(default=None, foreign_key="user.id", ondelete="SET NULL")
    recorded_at: datetime = Field(default_factory=utcnow)
