"""Saved reports: frozen with their figures as they were, listed, compared."""

from __future__ import annotations

from dataclasses import dataclass

from flask_babel import gettext as _
from sqlmodel import Session, select

from coprod.common.records import get_in_area
from coprod.reports.forgetting import published_only
from coprod.reports.models import SavedReport
from coprod.reports.services import Report


def save_report(session: Session, area_id: int, report: Report, title: str,
                user_id: int | None) -> SavedReport:
    """Freeze a report with its figures and quotes as they are now (a quote leaves it again
    when its comment is deleted or its approval withdrawn: coprod.reports.forgetting)."""
    row = SavedReport(area_id=area_id, kind=report.kind, title=title,
                      date_from=report.date_from, date_to=report.date_to,
                      data=report.as_dict(), created_by_id=user_id)
    session.add(row)
    session.commit()
    return row


def saved_reports(session: Session, area_id: int) -> list[SavedReport]:
    """This area's saved reports, newest first."""
    return list(session.exec(select(SavedReport).where(SavedReport.area_id == area_id)
                             .order_by(SavedReport.created_at.desc(), SavedReport.id.desc())))


def saved_report(session: Session, area_id: int, report_id: int) -> SavedReport:
    """One saved report of this area (another area's is a 404)."""
    return get_in_area(session, SavedReport, report_id, area_id)


def report_of(session: Session, row: SavedReport) -> Report:
    """A saved report to show or print: its figures as they were, and only the quotes whose
    comments are still approved for publication now."""
    report = Report.from_dict(row.data)
    for section in report.sections:
        section.quotes = published_only(session, section.quotes)
    return report


@dataclass(frozen=True)
class Change:
    """One figure in both reports: what it was, what it is, and which way it went."""

    table: str
    row: str
    column: str
    before: object
    after: object

    @property
    def direction(self) -> str:
        if isinstance(self.before, int) and isinstance(self.after, int):
            if self.after > self.before:
                return _("Up %(n)d", n=self.after - self.before)
            if self.after < self.before:
                return _("Down %(n)d", n=self.before - self.after)
            return _("No change")
        return _("Not comparable (small numbers)")


def compare(first: Report, second: Report) -> list[Change]:
    """Every count in tables both reports have, matched by table, row label and column."""
    found: list[Change] = []
    for table in first.tables():
        other = second.table(table.key)
        if other is None:
            continue
        later = {row[0]: row for row in other.rows}
        for row in table.rows:
            if row[0] not in later:
                continue
            for i, heading in enumerate(table.headers[1:], start=1):
                if heading in other.headers and i < len(row):
                    j = other.headers.index(heading)
                    before, after = row[i], later[row[0]][j]
                    if any(isinstance(v, int) for v in (before, after)):
                        found.append(Change(table.caption, str(row[0]), heading, before, after))
    return found
