"""A local area (council, health partners and forum) and the roles people hold in it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from coprod.common.roles import Role as Role  # the roles live in common, for permissions
from coprod.common.time import utcnow


class Area(SQLModel, table=True):
    """A local area: everything in coprod belongs to one."""

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(max_length=80, unique=True, index=True)
    name: str = Field(max_length=200)
    created_at: datetime = Field(default_factory=utcnow)
    # Where the product sends someone who may not be safe; None: the national default (Childline).
    helpline_name: str | None = Field(default=None, max_length=100)
    helpline_phone: str | None = Field(default=None, max_length=30)
    # How families reach the area's participation team with feedback or for another format
    # (shown on the accessibility statement); None: not given, the statement says whom to ask.
    contact_email: str | None = Field(default=None, max_length=254)
    contact_phone: str | None = Field(default=None, max_length=30)

    def helpline(self) -> tuple[str, str]:
        """The helpline's name and phone number, the national one unless the area set its own."""
        if self.helpline_name and self.helpline_phone:
            return self.helpline_name, self.helpline_phone
        return NATIONAL_HELPLINE


# Free, confidential, for anyone under 19, day and night.
NATIONAL_HELPLINE = ("Childline", "0800 1111")


class Membership(SQLModel, table=True):
    """A person's role in an area; one person may belong to several areas."""

    __table_args__ = (UniqueConstraint("user_id", "area_id", name="uq_membership_user_area"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", index=True, ondelete="CASCADE")
    area_id: int = Field(foreign_key="area.id", index=True, ondelete="CASCADE")
    role: str = Field(max_length=20)
    created_at: datetime = Field(default_factory=utcnow)
