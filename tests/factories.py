"""Plain factory functions: the smallest records a test needs, with sensible defaults."""

from __future__ import annotations

import itertools
from datetime import timedelta

from sqlmodel import Session

from coprod.areas.models import Area, Role
from coprod.auth import services as auth_services
from coprod.auth.models import Invite, User
from coprod.common.time import utcnow

_numbers = itertools.count(1)
PASSWORD = "correct horse battery staple"


def make_area(session: Session, name: str | None = None) -> Area:
    n = next(_numbers)
    area = Area(slug=f"area-{n}", name=name or f"Testshire {n} SEND Partnership")
    session.add(area)
    session.commit()
    return area


def make_user(session: Session, area: Area, role: Role = Role.OFFICER,
              email: str | None = None, password: str = PASSWORD) -> User:
    email = email or f"person{next(_numbers)}@example.org"
    return auth_services.create_user(session, email, f"Person {role.value}", password, area,
                                     role, fast_hash=True)


def make_invite(session: Session, area: Area, inviter: User, email: str = "new@example.org",
                role: Role = Role.FORUM, hours_left: float = 72) -> tuple[Invite, str]:
    invite, token = auth_services.create_invite(session, area.id, email, role, inviter.id)
    invite.expires_at = utcnow() + timedelta(hours=hours_left)
    session.add(invite)
    session.commit()
    return invite, token
