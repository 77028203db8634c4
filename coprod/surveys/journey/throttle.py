"""Slow down guessing of resume and receipt codes, without keeping anything that identifies a
respondent.

Codes have about 40 bits, so one client gets `tries` wrong codes in a window, then waits. The
count is in the database, so every worker sees it. A client is known only by a keyed hash of
its network (an IPv4 address, or the /64 an IPv6 address belongs to, since one home can use a
whole /64), cut to 16 hex characters; the key is derived from SECRET_KEY, so the database alone
cannot be turned back into addresses. Rows older than the window are deleted as we go.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, or_, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from coprod.common.time import utcnow
from coprod.surveys.models import CodeThrottle


@dataclass(frozen=True)
class CodeRules:
    """How many wrong codes a client may try in how many minutes (from config)."""

    tries: int = 10
    minutes: int = 15

    @property
    def window(self) -> timedelta:
        return timedelta(minutes=self.minutes)


def client_key(address: str | None, secret: str) -> str:
    """The same short key for every request from one client's network; never the address."""
    network = address or "unknown"
    try:
        ip = ipaddress.ip_address(network)
    except ValueError:
        pass
    else:
        mapped = getattr(ip, "ipv4_mapped", None)
        if mapped is not None:
            network = str(mapped)
        elif ip.version == 6:
            network = str(ipaddress.ip_network(f"{ip}/64", strict=False))
    digest = hmac.new(secret.encode(), b"coprod code tries\0" + network.encode(), hashlib.sha256)
    return digest.hexdigest()[:16]


def is_locked(session: Session, key: str, now: datetime | None = None) -> bool:
    """Whether this client used up its tries and must wait."""
    row = session.get(CodeThrottle, key)
    return bool(row and row.locked_until and row.locked_until > (now or utcnow()))


def record_failure(session: Session, key: str, rules: CodeRules,
                   now: datetime | None = None) -> bool:
    """Count a wrong code; True when that was the client's last try in this window.

    The count goes up in the database (never read, add one, write), so several workers counting
    the same client at once cannot lose a try."""
    now = now or utcnow()
    _forget_old(session, now - rules.window, now)
    if not _add_one(session, key):
        try:
            with session.begin_nested():
                session.add(CodeThrottle(client_key=key, failures=1, window_started_at=now))
        except IntegrityError:  # another worker counted this client's first try just now
            _add_one(session, key)
    locked = session.execute(
        update(CodeThrottle)
        .where(CodeThrottle.client_key == key, CodeThrottle.failures >= rules.tries,
               CodeThrottle.locked_until.is_(None))
        .values(locked_until=now + rules.window)
        .execution_options(synchronize_session=False)).rowcount == 1
    session.commit()
    return locked


def _add_one(session: Session, key: str) -> bool:
    result = session.execute(update(CodeThrottle).where(CodeThrottle.client_key == key)
                             .values(failures=CodeThrottle.failures + 1)
                             .execution_options(synchronize_session=False))
    return result.rowcount == 1


def _forget_old(session: Session, window_start: datetime, now: datetime) -> None:
    """Delete counts whose window has passed (unless the client is still waiting)."""
    session.execute(delete(CodeThrottle)
                    .where(CodeThrottle.window_started_at <= window_start,
                           or_(CodeThrottle.locked_until.is_(None),
                               CodeThrottle.locked_until <= now))
                    .execution_options(synchronize_session=False))
