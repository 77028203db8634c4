"""One clock for the whole app: timezone-aware UTC, as SQLModel's datetime columns require."""

from datetime import UTC, datetime


def utcnow() -> datetime:
    """Now, in UTC, with its timezone."""
    return datetime.now(UTC)
