"""Items out to CSV and Excel, and in from CSV: every row checked, nothing saved while any row
has a problem, each problem naming the file, the row and the column."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime

from openpyxl import Workbook
from sqlmodel import Session

from coprod.common.csv_files import CsvFileError, csv_text, named_csv_errors
from coprod.voice.services import SPREADSHEET_FORMULA_STARTS
from coprod.yousaid import services
from coprod.yousaid.models import Status, YouSaidItem

# Each column's heading in a file, by the item's field: the words the item's pages use, so a
# leader opening the file reads "Target date", not "target_on". They are the file's format (a
# file exported here imports back), so they are not translated; files exported before the
# headings had words, with the field names as headings, still import.
HEADINGS = {"id": "Item number", "status": "Status", "you_said": "You said",
            "you_said_easy": "You said, in easy read", "we_did": "We did, or we will",
            "we_did_easy": "We did, or we will, in easy read", "reason": "Why it cannot be done",
            "owner": "Owner organisation", "lead": "Named lead", "partners": "Partners",
            "target_on": "Target date", "done_on": "Date done", "themes": "Themes",
            "published": "Published", "families_told": "Families told"}
COLUMNS = tuple(HEADINGS)
IMPORT_COLUMNS = ("you_said", "you_said_easy", "we_did", "we_did_easy", "status", "reason",
                  "owner", "lead", "partners", "target_on", "themes")
FIELD_OF = {name.casefold(): field for field, heading in HEADINGS.items()
            for name in (field, heading)}
MAX_ROWS = 2000


def _row(item: YouSaidItem, told: set[int]) -> list:
    return [item.id, item.status, item.you_said, item.you_said_easy, item.we_did,
            item.we_did_easy, item.reason, item.owner, item.lead, item.partners,
            item.target_on.isoformat() if item.target_on else "",
            item.done_on.isoformat() if item.done_on else "", ";".join(item.themes),
            "yes" if item.published else "no", "yes" if item.id in told else "no"]


def _csv_cell(value: object) -> str:
    """A CSV cell a spreadsheet will not run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(SPREADSHEET_FORMULA_STARTS) else text


def to_csv(items: list[YouSaidItem], told: set[int]) -> str:
    """The items as CSV, with a byte order mark so Excel reads it as UTF-8."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([HEADINGS[column] for column in COLUMNS])
    for item in items:
        writer.writerow([_csv_cell(v) for v in _row(item, told)])
    return "\ufeff" + buffer.getvalue()


def to_xlsx(items: list[YouSaidItem], told: set[int]) -> bytes:
    """The items as an Excel workbook; every text cell is text, never a formula."""
    book = Workbook()
    sheet = book.active
    sheet.title = "You said, we did"
    sheet.append([HEADINGS[column] for column in COLUMNS])
    for item in items:
        sheet.append(_row(item, told))
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # openpyxl would store "=..." as a formula
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@dataclass
class ParsedImport:
    """Checked rows ready to save, or the problems that stop the import."""

    rows: list[tuple[services.ItemWording, str, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _date(text: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError("must be a real date like 2027-03-31 or 31/03/2027")


def _check_row(row: dict, themes: set[str]) -> tuple[tuple | None, list[tuple[str, str]]]:
    problems: list[tuple[str, str]] = []
    values = {name: (row.get(name) or "").strip() for name in IMPORT_COLUMNS}
    status = values["status"] or Status.NEW.value
    if status not in Status.__members__.values():
        problems.append(("status", "must be one of " + ", ".join(s.value for s in Status)))
    try:
        target_on = _date(values["target_on"])
    except ValueError as error:
        target_on, problems = None, problems + [("target_on", str(error))]
    chosen = tuple(t.strip() for t in values["themes"].split(";") if t.strip())
    unknown = [t for t in chosen if t not in themes]
    if unknown:
        problems.append(("themes", "has themes not in the codebook: " + ", ".join(unknown)))
    wording = services.ItemWording(
        you_said=values["you_said"], you_said_easy=values["you_said_easy"],
        we_did=values["we_did"], we_did_easy=values["we_did_easy"], owner=values["owner"],
        lead=values["lead"], partners=values["partners"], target_on=target_on, themes=chosen)
    trial = YouSaidItem(area_id=0, you_said=wording.you_said, we_did=wording.we_did,
                 reason=values["reason"])
    for name, check in (("you_said", lambda: services.clean_wording(wording)),
                        ("status", lambda: services.check_status(trial, status))):
        try:
            check()
        except services.ItemError as error:
            problems.append((error.field if error.field in IMPORT_COLUMNS else name,
                             error.message))
        except ValueError:
            pass  # an unknown status is reported above
    return (None if problems else (wording, status, values["reason"])), problems


def parse_csv(data: bytes, filename: str, themes: set[str]) -> ParsedImport:
    """Check every row of an items CSV file; blank rows are skipped. The file is read by the
    rule every CSV import follows (coprod.common.csv_files): UTF-8, problems named by line."""
    try:
        reader = csv.DictReader(io.StringIO(csv_text(data), newline=""))
        with named_csv_errors(reader):
            return _check_rows(reader, filename, themes)
    except CsvFileError as error:
        return ParsedImport(errors=[f"{filename}: {error}"])


def _read_headings(reader: csv.DictReader) -> dict[str, str]:
    """Give the reader's columns the items' field names, whether the file's row 1 has the
    headings or (a file exported before they had words) the field names. Returns each field's
    column as the file writes it, for naming it in a problem."""
    written = list(reader.fieldnames or [])
    fields = [FIELD_OF.get(name.strip().casefold(), name) for name in written]
    reader.fieldnames = fields
    return {field: name.strip() for field, name in zip(fields, written, strict=True)}


def _check_rows(reader: csv.DictReader, filename: str, themes: set[str]) -> ParsedImport:
    parsed = ParsedImport()
    written = _read_headings(reader)
    if "you_said" not in written:
        parsed.errors.append(f"{filename}, row 1: the column '{HEADINGS['you_said']}' is "
                             "missing")
        return parsed
    for number, row in enumerate(reader, start=2):
        if number > MAX_ROWS + 1:
            parsed.errors.append(f"{filename}: the file must have {MAX_ROWS} rows or fewer")
            break
        if not any((value or "").strip() for value in row.values() if isinstance(value, str)):
            continue
        checked, problems = _check_row(row, themes)
        parsed.errors += [f"{filename}, row {number}, column "
                          f"'{written.get(column, HEADINGS[column])}': {message}"
                          for column, message in problems]
        if checked:
            parsed.rows.append(checked)
    return parsed


def save_import(session: Session, area_id: int, parsed: ParsedImport, *, user_id: int | None,
                author: str) -> int:
    """Save checked rows, all in one transaction."""
    for wording, status, reason in parsed.rows:
        item = services.create_item(session, area_id, wording, user_id=user_id, author=author,
                                    commit=False)
        if status != Status.NEW:
            item.reason = reason
            services.change_status(session, item, status, user_id=user_id, author=author,
                                   note="Imported from a CSV file", commit=False)
    session.commit()
    return len(parsed.rows)


def template_csv() -> str:
    """The columns an import needs, with one example row."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([HEADINGS[column] for column in IMPORT_COLUMNS])
    writer.writerow(["Families said waiting for a plan takes too long", "", "", "", "new", "",
                     "Northvale Council", "", "", "2027-03-31", "assessment_waits"])
    return "\ufeff" + buffer.getvalue()
