"""Re-theming an area's comments after its codebook changes, in a thread or from the command
line. Progress is counted from the data (coprod.voice.analyse.progress), so a worker that dies
loses nothing: the next one carries on from the comments still out of date.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from flask import Flask, current_app
from sqlmodel import Session

from coprod.common.time import utcnow
from coprod.db import session_scope
from coprod.voice import analyse as store
from coprod.voice.area_codebooks import current_updated_at

log = logging.getLogger(__name__)
QUIET_SECONDS = 15
_running: set[int] = set()
_lock = threading.Lock()


@dataclass(frozen=True)
class Status:
    """Progress, and whether the page should offer to carry on."""

    progress: store.Progress
    running: bool

    @property
    def can_carry_on(self) -> bool:
        """Comments are out of date and no worker is moving them along."""
        return not self.progress.finished and not self.running


def run(session: Session, area_id: int,
        report: Callable[[store.Progress], None] | None = None) -> int:
    """Re-theme every out-of-date comment of the area now, a chunk per commit."""
    done = 0
    while count := store.retheme_chunk(session, area_id):
        done += count
        if report:
            report(store.progress(session, area_id))
    return done


def _work(app: Flask, area_id: int) -> None:
    try:
        with app.app_context(), session_scope() as session:
            run(session, area_id)
    except Exception:  # a dead worker loses nothing: the progress page offers to carry on
        log.exception("Re-theming area %s stopped", area_id)
    finally:
        with _lock:
            _running.discard(area_id)


def start(session: Session, area_id: int) -> None:
    """Start re-theming the area: in a background thread, or at once when the app says so
    (RETHEME_IN_BACKGROUND, off in tests so they can read the result straight away)."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    if not app.config.get("RETHEME_IN_BACKGROUND", not app.testing):
        run(session, area_id)
        return
    with _lock:
        if area_id in _running:
            return
        _running.add(area_id)
    threading.Thread(target=_work, args=(app, area_id), daemon=True,
                     name=f"retheme-area-{area_id}").start()


def _recently_active(session: Session, area_id: int, version: int) -> bool:
    """Another process may be working: something moved in the last few seconds."""
    since = utcnow() - timedelta(seconds=QUIET_SECONDS)
    moments = [store.last_themed_at(session, area_id, version),
               current_updated_at(session, area_id)]
    return any(m is not None and _aware(m) > since for m in moments)


def _aware(moment: datetime) -> datetime:
    """SQLite gives back naive UTC times."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def status(session: Session, area_id: int) -> Status:
    """How far re-theming has got, and whether a worker is on it."""
    progress = store.progress(session, area_id)
    with _lock:
        here = area_id in _running
    running = not progress.finished and (
        here or _recently_active(session, area_id, progress.version))
    return Status(progress, running)
