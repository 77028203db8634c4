"""Surveys, their versions, responses and answers.

A survey's questions live in an immutable `SurveyVersion` (the definition as JSON, from
`survey_to_dict`); editing a survey that has responses makes a new version, and every response
stays tied to the version it answered.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import UniqueConstraint
from sqlmodel import JSON, Column, Field, SQLModel

from coprod.common.records import NEVER_REUSED_IDS
from coprod.common.time import utcnow


class SurveyStatus(StrEnum):
    """Where a survey is in its life."""

    DRAFT = "draft"
    PUBLISHED = "published"  # open between opens_on and closes_on (scheduled if opens_on is later)
    CLOSED = "closed"


class ResponseStatus(StrEnum):
    """How far a respondent got."""

    IN_PROGRESS = "in_progress"
    COMPLETE = "complete"
    PARTIAL = "partial"  # the survey closed before they finished; what they gave is kept


class Channel(StrEnum):
    """How a response reached us."""

    ONLINE = "online"
    PAPER = "paper"
    EVENT = "event"
    PHONE = "phone"


class Survey(SQLModel, table=True):
    """A survey an area runs; its questions are in its versions (the newest is the current one)."""

    id: int | None = Field(default=None, primary_key=True)
    area_id: int = Field(foreign_key="area.id", index=True, ondelete="CASCADE")
    slug: str = Field(max_length=80, unique=True, index=True)
    title: str = Field(max_length=200)
    status: str = Field(default=SurveyStatus.DRAFT.value, max_length=20)
    opens_on: date | None = None
    closes_on: date | None = None
    created_by_id: int | None = Field(default=None, foreign_key="user.id", ondelete="SET NULL")
    created_at: datetime = Field(default_factory=utcnow)
    # Set again by SQLAlchemy on every UPDATE of the row, whoever makes it.
    updated_at: datetime = Field(default_factory=utcnow, sa_column_kwargs={"onupdate": utcnow})


class SurveyVersion(SQLModel, table=True):
    """One fixed set of questions; never changed once someone has answered it."""

    __table_args__ = (UniqueConstraint("survey_id", "number", name="uq_surveyversion_number"),)

    id: int | None = Field(default=None, primary_key=True)
    survey_id: int = Field(foreign_key="survey.id", index=True, ondelete="CASCADE")
    number: int
    definition: dict = Field(sa_column=Column(JSON, nullable=False))
    created_by_id: int | None = Field(default=None, foreign_key="user.id", ondelete="SET NULL")
    created_at: datetime = Field(default_factory=utcnow)
    # Changes whenever the row is updated (the questions edited in place, allowed until someone
    # answers), so a parsed copy kept by a worker is known to be out of date.
    updated_at: datetime = Field(default_factory=utcnow, sa_column_kwargs={"onupdate": utcnow})


class SurveyResponse(SQLModel, table=True):
    """One respondent's answers to one version. Anonymous: no name, no IP address."""

    # Both codes let whoever holds them carry on or delete the answers: not for the audit log.
    __audit_hidden__ = frozenset({"resume_hash", "receipt_code"})
    __table_args__ = NEVER_REUSED_IDS

    id: int | None = Field(default=None, primary_key=True)
    area_id: int = Field(foreign_key="area.id", index=True, ondelete="CASCADE")
    survey_id: int = Field(foreign_key="survey.id", index=True, ondelete="CASCADE")
    version_id: int = Field(foreign_key="surveyversion.id", index=True, ondelete="CASCADE")
    status: str = Field(default=ResponseStatus.IN_PROGRESS.value, max_length=20, index=True)
    channel: str = Field(default=Channel.ONLINE.value, max_length=20)
    # A secret the respondent's browser holds (and they can write down) to carry on later.
    resume_hash: str = Field(max_length=64, unique=True, index=True)
    # Shown at the end; used to ask for the answers to be deleted.
    receipt_code: str | None = Field(default=None, max_length=20, unique=True, index=True)
    helped: str | None = Field(default=None, max_length=30)  # HELPED_QUESTION's value
    respondent_group: str | None = Field(default=None, max_length=30, index=True)
    age_band: str | None = Field(default=None, max_length=30)
    entered_by_id: int | None = Field(default=None, foreign_key="user.id", ondelete="SET NULL")
    started_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    submitted_at: datetime | None = Field(default=None, index=True)


class SurveyAnswer(SQLModel, table=True):
    """One answer, saved as soon as its page is answered. `value` is a string or a list."""

    __table_args__ = (UniqueConstraint("response_id", "question_id", name="uq_answer_question"),
                      NEVER_REUSED_IDS)
    __audit_hidden__ = frozenset({"value"})

    id: int | None = Field(default=None, primary_key=True)
    response_id: int = Field(foreign_key="surveyresponse.id", index=True, ondelete="CASCADE")
    question_id: str = Field(max_length=80)
    value: str | list | None = Field(default=None, sa_column=Column(JSON))
    updated_at: datetime = Field(default_factory=utcnow)


class CodeThrottle(SQLModel, table=True):
    """Wrong resume and receipt codes from one client, so nobody can guess codes at speed.

    The client is a keyed hash of its network address (see `code_throttle.client_key`), never the
    address itself, and a row lasts only as long as its window: nothing here identifies anyone."""

    __audit__ = False

    client_key: str = Field(primary_key=True, max_length=16)
    failures: int = 0
    window_started_at: datetime = Field(index=True)
    locked_until: datetime | None = None
