"""What reports keep: the area's SEND population, the draft self-evaluation, saved reports."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from flask_babel import lazy_gettext as _l
from sqlalchemy import LargeBinary, UniqueConstraint
from sqlmodel import JSON, Column, Field, SQLModel

from coprod.common.records import NEVER_REUSED_IDS
from coprod.common.time import utcnow


class Phase(StrEnum):
    """School phases the Department for Education counts SEND by."""

    EARLY_YEARS = "early_years"
    PRIMARY = "primary"
    SECONDARY = "secondary"
    POST_16 = "post_16"


PHASE_LABELS = {Phase.EARLY_YEARS: _l("Early years (0 to 4)"),
                Phase.PRIMARY: _l("Primary (5 to 11)"),
                Phase.SECONDARY: _l("Secondary (11 to 16)"),
                Phase.POST_16: _l("Post-16 (16 to 25)")}


class SendPopulation(SQLModel, table=True):
    """How many children and young people in the area have an EHC plan or SEN support, by phase,
    as an admin entered them (from the area's SEN2 return and school census)."""

    __table_args__ = (UniqueConstraint("area_id", "phase", name="uq_sendpopulation_phase"),)

    id: int | None = Field(default=None, primary_key=True)
    area_id: int = Field(foreign_key="area.id", index=True, ondelete="CASCADE")
    phase: str = Field(max_length=20)
    ehc_plans: int = 0
    sen_support: int = 0
    updated_at: datetime = Field(default_factory=utcnow)


class SelfEvaluation(SQLModel, table=True):
    """The evidence pack's short self-evaluation, in a leader's words, edited before use."""

    id: int | None = Field(default=None, primary_key=True)
    area_id: int = Field(foreign_key="area.id", unique=True, ondelete="CASCADE")
    text: str = Field(default="", max_length=10000)
    updated_by_id: int | None = Field(default=None, foreign_key="user.id", ondelete="SET NULL")
    updated_at: datetime = Field(default_factory=utcnow)


class SavedReport(SQLModel, table=True):
    """A report published for a board: frozen with its figures as they were that day."""

    __table_args__ = NEVER_REUSED_IDS
    # Its data holds quotes, a family's words: never copied into the audit log.
    __audit_hidden__ = frozenset({"data"})

    id: int | None = Field(default=None, primary_key=True)
    area_id: int = Field(foreign_key="area.id", index=True, ondelete="CASCADE")
    kind: str = Field(max_length=20)
    title: str = Field(max_length=200)
    date_from: date
    date_to: date
    data: dict = Field(sa_column=Column(JSON, nullable=False))
    created_by_id: int | None = Field(default=None, foreign_key="user.id", ondelete="SET NULL")
    created_at: datetime = Field(default_factory=utcnow)


class JobStatus(StrEnum):
    """Where a PDF job is: waiting for a worker, being built, ready to download, or failed."""

    PENDING = "pending"
    BUILDING = "building"
    READY = "ready"
    FAILED = "failed"


class ReportJob(SQLModel, table=True):
    """A PDF someone asked for, built by a worker rather than in their web request. Any worker
    on any host claims it with a guarded UPDATE (pending -> building), so exactly one builds it.
    `request` is what to build: a live report's kind and scope, or a saved report's id."""

    __audit__ = False
    __table_args__ = NEVER_REUSED_IDS

    id: int | None = Field(default=None, primary_key=True)
    area_id: int = Field(foreign_key="area.id", index=True, ondelete="CASCADE")
    kind: str = Field(max_length=20)
    request: dict = Field(sa_column=Column(JSON, nullable=False))
    status: str = Field(default=JobStatus.PENDING.value, max_length=20, index=True)
    requested_by_id: int | None = Field(default=None, foreign_key="user.id",
                                        ondelete="SET NULL")
    requested_at: datetime = Field(default_factory=utcnow)
    claimed_by: str = Field(default="", max_length=200)
    claimed_at: datetime | None = None
    finished_at: datetime | None = None
    filename: str = Field(default="", max_length=200)
    pdf: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    error: str = Field(default="", max_length=500)
