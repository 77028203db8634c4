"""Areas, and reading the audit log."""

from __future__ import annotations

from sqlmodel import Session, func, select

from coprod.areas.models import Area
from coprod.auth.models import User
from coprod.common.audit import AuditEvent

AUDIT_PAGE_SIZE = 50


def create_area(session: Session, slug: str, name: str) -> Area:
    """A new local area."""
    area = Area(slug=slug, name=name)
    session.add(area)
    session.commit()
    return area


def area_by_slug(session: Session, slug: str) -> Area | None:
    """The area with this slug, if any."""
    return session.exec(select(Area).where(Area.slug == slug)).first()


def audit_page(session: Session, area_id: int, page: int) -> tuple[list[tuple], int]:
    """One page of the area's audit log, newest first, with who did it; and the page count."""
    total = session.exec(select(func.count()).select_from(AuditEvent)
                         .where(AuditEvent.area_id == area_id)).one()
    rows = session.exec(
        select(AuditEvent, User).outerjoin(User, User.id == AuditEvent.user_id)
        .where(AuditEvent.area_id == area_id)
        .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
        .offset((page - 1) * AUDIT_PAGE_SIZE).limit(AUDIT_PAGE_SIZE)
    ).all()
    return list(rows), max(1, -(-total // AUDIT_PAGE_SIZE))
