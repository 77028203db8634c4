"""Slow down guessing of resume and receipt codes, without keeping anything that identifies a
respondent.

Codes have about 40 bits, so one client gets `tries` wrong codes in a window, then waits. The
count is in the database, so every worker sees it. A client is known only by a keyed hash of
its network (an IPv4 address, or the /64 an IPv6 address belongs to, since one home can use a
whole /64), cut to 16 hex characters; the key is derived from SECRET_KEY, so the database alone
cannot be turned back into addresses. Rows older than the window are deleted as we go, and by
`coprod purge` each day (so a count outlives its window by a day at most, even if nobody
types another code).
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import case, delete, literal, or_, update
from sqlmodel import Session, col

from coprod.common.records import upsert
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


def take_a_try(session: Session, key: str, rules: CodeRules,
               now: datetime | None = None) -> int | None:
    """Count a try before the code is looked up, in one statement: how many this client has now
    used in its window, or None when it has used them all and must wait. Counting only after a
    miss let a burst of tries all pass the check first (issue 11.3); a right code gives its try
    back (give_back_a_try). Committed at once, so the row is not held while the code is found."""
    now = now or utcnow()
    _forget_old(session, now - rules.window, now)
    t = CodeThrottle.__table__.c
    lock_until = now + rules.window
    statement = upsert(session, CodeThrottle).values(
        client_key=key, failures=1, window_started_at=now,
        locked_until=lock_until if rules.tries <= 1 else None)
    guarded = statement.on_conflict_do_update(
        index_elements=[t.client_key], where=t.failures < rules.tries,
        set_={"failures": t.failures + 1,
              "locked_until": case((t.failures + 1 >= rules.tries,
                                    literal(lock_until, t.locked_until.type)),
                                   else_=literal(None, t.locked_until.type))},
    ).returning(t.failures)
    used = session.execute(guarded).scalar()
    session.commit()
    return used


def give_back_a_try(session: Session, key: str) -> None:
    """The code was right: it was not a guess, so it does not count (nor lock the client)."""
    session.execute(update(CodeThrottle).where(CodeThrottle.client_key == key)
                    .values(failures=CodeThrottle.failures - 1, locked_until=None)
                    .execution_options(synchronize_session=False))
    session.commit()


def forget_old_tries(session: Session, now: datetime, window: timedelta) -> None:
    """Delete counts whose window has passed (for `coprod purge`); the caller commits."""
    _forget_old(session, now - window, now)


def _forget_old(session: Session, window_start: datetime, now: datetime) -> None:
    """Delete counts whose window has passed (unless the client is still waiting)."""
    session.execute(delete(CodeThrottle)
                    .where(CodeThrottle.window_started_at <= window_start,
                           or_(CodeThrottle.locked_until.is_(None),
                               col(CodeThrottle.locked_until) <= now))
                    .execution_options(synchronize_session=False))
