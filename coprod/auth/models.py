"""People who sign in, the invitations that bring them in, and sign-in throttling."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from coprod.common.time import utcnow


class User(SQLModel, table=True):
    """A member of staff or of the forum. Respondents never have accounts."""

    __audit_hidden__ = frozenset({"password_hash", "session_version"})

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=254, unique=True, index=True)
    name: str = Field(max_length=200)
    password_hash: str = Field(max_length=255)
    active: bool = True
    created_at: datetime = Field(default_factory=utcnow)
    # Sessions are signed cookies: a copy outlives signing out unless the server can refuse it.
    # Each session carries the version it began with; signing out or a new password moves it on.
    session_version: int = Field(default=0, sa_column_kwargs={"server_default": "0"})

    # Flask-Login's interface, written out rather than mixed in, so SQLModel stays simple.
    @property
    def is_authenticated(self) -> bool:
        return True

    @property
    def is_active(self) -> bool:
        return self.active

    @property
    def is_anonymous(self) -> bool:
        return False

    def get_id(self) -> str:
        return str(self.id)


class Invite(SQLModel, table=True):
    """A one-time link an admin gives someone to join an area with a role."""

    __audit_hidden__ = frozenset({"token_hash"})

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(max_length=64, unique=True, index=True)
    area_id: int = Field(foreign_key="area.id", index=True, ondelete="CASCADE")
    email: str = Field(max_length=254)
    role: str = Field(max_length=20)
    created_by_id: int | None = Field(default=None, foreign_key="user.id", ondelete="SET NULL")
    created_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime
    used_at: datetime | None = None


class SignInThrottle(SQLModel, table=True):
    """Failed sign-ins per email address, kept in the database so every worker sees them."""

    __audit__ = False

    email: str = Field(primary_key=True, max_length=254)
    failures: int = 0
    last_failure_at: datetime | None = None
    locked_until: datetime | None = None
