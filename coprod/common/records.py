"""Loading a record by id only inside the current area, so a changed URL id finds nothing; and
the one INSERT … ON CONFLICT both databases understand, for counters that must not race."""

from __future__ import annotations

from typing import TypeVar

from flask import abort
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, SQLModel

T = TypeVar("T", bound=SQLModel)

# For a table whose rows are about a person and may be deleted (a comment, a survey response):
# SQLite otherwise gives a deleted row's id to the next row, so an audit-log entry or a bookmark
# for the deleted one would lead to someone else's words. PostgreSQL's sequences never reuse a
# number and ignore this. Migration 0018t_ids_never_reused made the existing tables so.
NEVER_REUSED_IDS = {"sqlite_autoincrement": True}


def get_in_area(session: Session, model: type[T], record_id: int, area_id: int) -> T:
    """The record if it belongs to this area, else 404 (never 403: that would confirm it exists)."""
    record = session.get(model, record_id)
    if record is None or getattr(record, "area_id", None) != area_id:
        abort(404)
    return record


def upsert(session: Session, model: type[SQLModel]) -> postgresql.Insert | sqlite.Insert:
    """An INSERT for this session's database that can say ON CONFLICT DO UPDATE … WHERE …
    RETURNING (PostgreSQL and SQLite spell it the same): one statement that counts, so two
    workers counting at once cannot both read the old number."""
    dialect = session.get_bind().dialect.name
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(model)
