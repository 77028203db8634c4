"""The safeguarding lead's casework: each move of a flag, and the area's local procedure.

The flags themselves are part of the record (coprod.voice.findings).
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from coprod.common.records import NEVER_REUSED_IDS
from coprod.common.time import utcnow
from coprod.voice.findings import NEW


class FlagStep(SQLModel, table=True):
    """One move of a flag in the casework (new to in progress, referred...): its history."""

    __audit_hidden__ = frozenset({"note"})
    __table_args__ = NEVER_REUSED_IDS

    id: int | None = Field(default=None, primary_key=True)
    flag_id: int = Field(foreign_key="safeguardingflag.id", index=True, ondelete="CASCADE")
    area_id: int = Field(foreign_key="area.id", index=True, ondelete="CASCADE")
    at: datetime = Field(default_factory=utcnow)
    by_id: int | None = Field(default=None, foreign_key="user.id", ondelete="SET NULL")
    from_outcome: str = Field(default=NEW, max_length=20)
    outcome: str = Field(max_length=20)
    assigned_to_id: int | None = Field(default=None, foreign_key="user.id", ondelete="SET NULL")
    referred_to: str = Field(default="", max_length=200)
    note: str = Field(default="", max_length=2000)


class SafeguardingProcedure(SQLModel, table=True):
    """The area's local procedure, shown on every flag page: what to do and whom to ring."""

    area_id: int = Field(foreign_key="area.id", primary_key=True, ondelete="CASCADE")
    text: str = Field(default="", max_length=2000)
    front_door_phone: str = Field(default="", max_length=40)
    out_of_hours_phone: str = Field(default="", max_length=40)
    updated_by_id: int | None = Field(default=None, foreign_key="user.id", ondelete="SET NULL")
    updated_at: datetime = Field(default_factory=utcnow)
