"""Saved reports: frozen with their figures as they were, listed, compared."""

from __future__ import annotations

from dataclasses import dataclass

from flask_babel import gettext as _
from sqlmodel import Session, select

from coprod.common.i18n import govuk_cell, govuk_date
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


def period_warnings(first: SavedReport, second: SavedReport) -> list[str]:
    """Why two saved reports' figures are not like for like, in words: periods whose lengths
    differ by more than a tenth, periods that overlap, or the "earlier" one covering a later
    period."""
    found = []
    days = [(row.date_to - row.date_from).days + 1 for row in (first, second)]
    if abs(days[0] - days[1]) * 10 > max(days):  # a month or quarter against the next is fine
        found.append(_("The reports cover periods of different lengths (%(first)d days and "
                       "%(second)d days), so their figures are not like for like.",
                       first=days[0], second=days[1]))
    if first.date_from <= second.date_to and second.date_from <= first.date_to:
        start, end = max(first.date_from, second.date_from), min(first.date_to, second.date_to)
        found.append(_("The periods overlap: %(start)s to %(end)s is in both reports, so what "
                       "was said then is counted in both.", start=govuk_date(start),
                       end=govuk_date(end)))
    if first.date_from > second.date_from:
        found.append(_("The report chosen as earlier covers a later period than the later one."))
    return found


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
                        found.append(Change(table.caption, str(govuk_cell(row[0])), heading,
                                          before, after))
    return found
