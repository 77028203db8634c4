"""Loading a record by id only inside the current area, so a changed URL id finds nothing."""

from __future__ import annotations

from typing import TypeVar

from flask import abort
from sqlmodel import Session, SQLModel

T = TypeVar("T", bound=SQLModel)


def get_in_area(session: Session, model: type[T], record_id: int, area_id: int) -> T:
    """The record if it belongs to this area, else 404 (never 403: that would confirm it exists)."""
    record = session.get(model, record_id)
    if record is None or getattr(record, "area_id", None) != area_id:
        abort(404)
    return record
