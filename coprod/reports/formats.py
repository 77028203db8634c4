"""A report as files: CSV per table, one Excel workbook, a tagged PDF. Every file is drawn from
the same `Report` the HTML page shows, so small numbers are already suppressed."""

from __future__ import annotations

import base64
import csv
import io
import re
import warnings

from flask import render_template
from openpyxl import Workbook
from openpyxl.styles import Font
from sqlmodel import Session

from coprod.common import charts
from coprod.common.csv_cells import append_sheet_row, spreadsheet_cell
from coprod.reports.services import Report, Table

BOM = "\ufeff"
SHEET_NAME_MAX = 31


def table_csv(table: Table) -> str:
    """One table as CSV with a byte order mark (so Excel reads UTF-8), and its note (what
    "hidden" means) after a blank line, as under the table on the page."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([spreadsheet_cell(h) for h in table.headers])
    writer.writerows([spreadsheet_cell(v) for v in row] for row in table.rows)
    if table.note:
        writer.writerows([[], [spreadsheet_cell(table.note)]])
    return BOM + buffer.getvalue()


def _sheet_name(table: Table, taken: set[str]) -> str:
    """A sheet name Excel takes (31 characters, none of []:*?/\\), unique in the workbook and
    never cut mid-word or inside brackets: "Ratings against the charter, of" was."""
    name = whole_words(re.sub(r"[\[\]:*?/\\]", " ", table.sheet or table.caption),
                       SHEET_NAME_MAX) or "Table"
    base, n = name, 2
    while name.lower() in taken:
        suffix = f" {n}"
        name, n = whole_words(base, SHEET_NAME_MAX - len(suffix)) + suffix, n + 1
    taken.add(name.lower())
    return name


ASIDE = re.compile(r"\s*\([^()]*\)")
DANGLING = {"a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "with"}


def whole_words(text: str, limit: int) -> str:
    """Text shortened to at most `limit` characters by whole words: an aside in brackets goes
    first, then words from the end, with any word left dangling ("of") or bracket left open."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    words = ASIDE.sub("", text).split()
    while words and (len(" ".join(words)) > limit or not _balanced(" ".join(words))
                     or words[-1].lower().rstrip(",;:") in DANGLING):
        words.pop()
    return " ".join(words).rstrip(",;:-–")


def _balanced(text: str) -> bool:
    return text.count("(") == text.count(")") and text.count("“") == text.count("”")


def workbook(report: Report) -> bytes:
    """One .xlsx workbook: a contents sheet, then a sheet per table. Text stays text: a cell
    starting with =, +, - or @ is stored as a string, never as a formula."""
    book = Workbook()
    contents = book.active
    contents.title = "Contents"
    contents.append([report.title])
    contents["A1"].font = Font(bold=True, size=14)
    contents.append([", ".join(report.area_names)])
    contents.append([f"{report.date_from:%-d %B %Y} to {report.date_to:%-d %B %Y}"])
    contents.append([report.small_numbers_rule])
    contents.append([])
    taken = {"contents"}
    for table in report.tables():
        sheet = book.create_sheet(_sheet_name(table, taken))
        contents.append([sheet.title, table.caption])
        sheet.append([table.caption])
        sheet["A1"].font = Font(bold=True)
        append_sheet_row(sheet, table.headers)
        for cell in sheet[2]:
            cell.font = Font(bold=True)
        for row in table.rows:
            append_sheet_row(sheet, row)
        if table.note:
            sheet.append([])
            append_sheet_row(sheet, [table.note])
        sheet.column_dimensions["A"].width = 40
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def chart_keys(session: Session, area_id: int, report: Report) -> dict[str, str]:
    """Each chart's key, made from the area and the numbers it draws (kept, not drawn, until
    asked for)."""
    drawn = [t for t in report.tables() if t.chart]
    keys = charts.remember(session, area_id, [charts.ChartSpec.from_dict(t.chart) for t in drawn])
    return {t.key: key for t, key in zip(drawn, keys, strict=True)}


def print_html(session: Session, area_id: int, report: Report) -> str:
    """The report as one HTML file with its charts inside it: for print, PDF and the CLI."""
    images = {table_key: base64.b64encode(charts.image(session, area_id, key, "svg") or b"")
              .decode("ascii") for table_key, key in chart_keys(session, area_id, report).items()}
    return render_template("reports/print.html", report=report, images=images)


def pdf(html: str, base_url: str) -> bytes:
    """A tagged PDF (PDF/UA-1): headings, tables with header cells, images with alt text, the
    document's title and language, from the print version of the report's HTML."""
    with warnings.catch_warnings():
        # WeasyPrint warns, once, when the system lacks HarfBuzz's subsetting library (Debian's
        # libharfbuzz-subset0, which the browser packages bring): it still writes the PDF, with
        # whole fonts embedded instead of the glyphs used. Not a fault of the report.
        warnings.filterwarnings("ignore", message="HarfBuzz-Subset", category=DeprecationWarning)
        from weasyprint import HTML  # imported here: loading Pango takes a moment

    return HTML(string=html, base_url=base_url).write_pdf(pdf_variant="pdf/ua-1")
