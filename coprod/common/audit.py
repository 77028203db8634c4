"""The audit log: every change a signed-in person makes, recorded by the session itself.

Recording happens in a flush hook, so no service can forget it.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session as OrmSession
from sqlmodel import JSON, Column, Field, SQLModel

from coprod.common.time import utcnow

ACTOR_KEY = "coprod.actor"


class AuditEvent(SQLModel, table=True):
    """Who changed what, when."""

    __audit__ = False

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    user_id: int | None = Field(default=None, foreign_key="user.id", ondelete="SET NULL")
    area_id: int | None = Field(default=None, foreign_key="area.id", ondelete="CASCADE", index=True)
    action: str = Field(max_length=10)
    record_type: str = Field(max_length=60)
    record_id: str = Field(max_length=60)
    changes: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


def set_actor(session: OrmSession, user_id: int | None, area_id: int | None) -> None:
    """Say who is making the changes in this session (a signed-in person)."""
    session.info[ACTOR_KEY] = (user_id, area_id)


def _plain(value: Any) -> Any:
    """Something JSON can hold."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    try:
        json.dumps(value)
    except TypeError:
        return str(value)
    return value


# Kept beside the changes so the log reads in words: what the record is called, and what a
# changed value was before (never for hidden columns).
LABEL_KEY, WAS_KEY = "_label", "_was"
LABEL_COLUMNS = ("title", "name", "email")


def _label(obj: SQLModel) -> str | None:
    """What the record is called: its `__audit_label__` column (an event action's text), else
    its title, name or email; never a hidden column."""
    hidden: frozenset[str] = getattr(obj, "__audit_hidden__", frozenset())
    own: str | None = getattr(obj, "__audit_label__", None)
    for column in (own, *LABEL_COLUMNS) if own else LABEL_COLUMNS:
        value = getattr(obj, column, None)
        if isinstance(value, str) and value and column not in hidden:
            return value[:120]
    return None


def _changes(obj: SQLModel, action: str) -> dict[str, Any]:
    label = _label(obj)
    if action == "delete":
        return {LABEL_KEY: label} if label else {}
    hidden: frozenset[str] = getattr(obj, "__audit_hidden__", frozenset())
    state = inspect(obj)
    changes: dict[str, Any] = {}
    was: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        history = state.attrs[attr.key].history
        if action == "update" and not history.has_changes():
            continue
        value = history.added[0] if history.added else getattr(obj, attr.key)
        changes[attr.key] = "(changed)" if attr.key in hidden else _plain(value)
        if action == "update" and history.deleted and attr.key not in hidden:
            was[attr.key] = _plain(history.deleted[0])
    if changes and label:
        changes[LABEL_KEY] = label
    if was:
        changes[WAS_KEY] = was
    return changes


def log_event(session: OrmSession, area_id: int | None, user_id: int | None, action: str,
              record_type: str, record_id: str, changes: dict[str, Any]) -> None:
    """Audit something that is not a row changing: an invitation accepted, a sign-in refused,
    sign-ins locked. Written in the caller's transaction."""
    session.add(AuditEvent(area_id=area_id, user_id=user_id, action=action,
                           record_type=record_type, record_id=record_id, changes=changes))


def _record_id(obj: SQLModel) -> str:
    identity = inspect(obj).identity
    return ",".join(str(part) for part in identity) if identity else ""


def _entry(actor: tuple[int | None, int | None], obj: SQLModel, action: str,
           changes: dict[str, Any]) -> dict[str, Any]:
    user_id, area_id = actor
    made_by_coprod = getattr(obj, "made_by_coprod", None)
    if made_by_coprod is not None and made_by_coprod(action):
        user_id = None  # coprod did it (an automatic flag, a suggested theme), not the person
    return {"at": utcnow(), "user_id": user_id,
            "area_id": getattr(obj, "area_id", None) or area_id,
            "action": action, "record_type": type(obj).__name__,
            "record_id": _record_id(obj), "changes": changes}


def record_update(session: OrmSession, obj: SQLModel, changes: dict[str, Any]) -> None:
    """Audit a change made with a guarded UPDATE, which the flush hook never sees, when a
    signed-in person makes it (no one else is an actor). Hidden columns say "(changed)"."""
    actor = session.info.get(ACTOR_KEY)
    if actor is None:
        return
    hidden: frozenset[str] = getattr(obj, "__audit_hidden__", frozenset())
    shown = {key: "(changed)" if key in hidden else _plain(value)
             for key, value in changes.items()}
    session.connection().execute(insert(AuditEvent.__table__),
                                 [_entry(actor, obj, "update", shown)])


def record_event(session: OrmSession, obj: SQLModel, action: str, changes: dict[str, Any]) -> None:
    """Audit something done on nobody's account or by a respondent (no signed-in person), which
    the log must still show: a safeguarding record kept when its author deleted their answers,
    or a command deleting by age. `action` is a short word (at most 10 letters)."""
    actor = session.info.get(ACTOR_KEY) or (None, None)
    session.connection().execute(insert(AuditEvent.__table__),
                                 [_entry(actor, obj, action, changes)])


@event.listens_for(OrmSession, "after_flush")
def _write_audit(session: OrmSession, _context: Any) -> None:
    actor = session.info.get(ACTOR_KEY)
    if actor is None:
        return
    rows = []
    for action, objects in (("create", session.new), ("update", session.dirty),
                            ("delete", session.deleted)):
        for obj in objects:
            if not isinstance(obj, SQLModel) or not getattr(obj, "__audit__", True):
                continue
            changes = _changes(obj, action)
            if action == "update" and not changes:
                continue
            rows.append(_entry(actor, obj, action, changes))
    if rows:
        session.connection().execute(insert(AuditEvent.__table__), rows)
