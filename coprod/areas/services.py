"""Areas, and reading the audit log."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlmodel import Session, func, select

from coprod.areas.audit_words import in_words, kind
from coprod.areas.models import Area
from coprod.auth.models import User
from coprod.common.audit import AuditEvent
from coprod.common.csv_cells import spreadsheet_cell
from coprod.common.forms import uk_phone

AUDIT_PAGE_SIZE = 50


def create_area(session: Session, slug: str, name: str) -> Area:
    """A new local area."""
    area = Area(slug=slug, name=name)
    session.add(area)
    session.commit()
    return area


def _written(phone: str) -> str | None:
    """A phone number as people write it in the UK ("0808 800 5000"); None when blank."""
    return (uk_phone(phone) or phone) if phone else None


def set_helpline(session: Session, area: Area, name: str, phone: str) -> None:
    """Name the area's own helpline (the phone number written the usual UK way); both blank
    goes back to the national one. Audited, as every change a signed-in person makes is."""
    name, phone = name.strip(), phone.strip()
    area.helpline_name = name or None
    area.helpline_phone = _written(phone)
    session.add(area)
    session.commit()


def set_contact(session: Session, area: Area, email: str, phone: str) -> None:
    """How families reach the participation team: either may be blank (the phone number
    written the usual UK way). Audited, as every change a signed-in person makes is."""
    email, phone = email.strip(), phone.strip()
    area.contact_email = email or None
    area.contact_phone = _written(phone)
    session.add(area)
    session.commit()


def area_by_slug(session: Session, slug: str) -> Area | None:
    """The area with this slug, if any."""
    return session.exec(select(Area).where(Area.slug == slug)).first()


@dataclass(frozen=True)
class AuditFilters:
    """Which entries to list. To add a filter: a field here, a line in _audit_query."""

    user_id: int | None = None
    by_coprod: bool = False
    record_type: str | None = None
    since: date | None = None
    until: date | None = None


def _audit_query(area_id: int, filters: AuditFilters):
    query = select(AuditEvent, User).outerjoin(User, User.id == AuditEvent.user_id).where(
        AuditEvent.area_id == area_id)
    if filters.by_coprod:
        query = query.where(AuditEvent.user_id.is_(None))
    elif filters.user_id:
        query = query.where(AuditEvent.user_id == filters.user_id)
    if filters.record_type:
        query = query.where(AuditEvent.record_type == filters.record_type)
    if filters.since:
        query = query.where(AuditEvent.at >= _midnight(filters.since))
    if filters.until:
        query = query.where(AuditEvent.at < _midnight(filters.until + timedelta(days=1)))
    return query


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=UTC)


def audit_page(session: Session, area_id: int, page: int,
               filters: AuditFilters | None = None) -> tuple[list[tuple], int]:
    """One page of the area's audit log, newest first, with who did it; and the page count."""
    query = _audit_query(area_id, filters or AuditFilters())
    total = session.exec(select(func.count()).select_from(query.subquery())).one()
    rows = session.exec(query.order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
                        .offset((page - 1) * AUDIT_PAGE_SIZE).limit(AUDIT_PAGE_SIZE)).all()
    return list(rows), max(1, -(-total // AUDIT_PAGE_SIZE))


def audit_kinds(session: Session, area_id: int) -> list[str]:
    """The kinds of record the area's log mentions (for the filter)."""
    return list(session.exec(select(AuditEvent.record_type).where(
        AuditEvent.area_id == area_id).distinct().order_by(AuditEvent.record_type)).all())


def audit_people(session: Session, area_id: int) -> list[tuple[int, str]]:
    """(id, name) of everyone the area's log names, by name (removed people too)."""
    rows = session.exec(select(User.id, User.name).where(User.id.in_(
        select(AuditEvent.user_id).where(AuditEvent.area_id == area_id))).order_by(User.name))
    return [(user_id, name) for user_id, name in rows.all() if user_id is not None]


def audit_csv(session: Session, area_id: int, filters: AuditFilters) -> str:
    """The filtered log as CSV, in words; a cell a spreadsheet would run as a formula is
    neutralised, and hidden values were never stored."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["when", "who", "what", "kind of record", "record"])
    rows = session.exec(_audit_query(area_id, filters)
                        .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())).all()
    for event, user in rows:
        writer.writerow([spreadsheet_cell(value) for value in (
            event.at.isoformat(timespec="seconds"), user.name if user else "coprod",
            in_words(event, user.name if user else None), kind(event.record_type),
            event.record_id)])
    return "\ufeff" + buffer.getvalue()
