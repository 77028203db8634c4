"""Items out to CSV and Excel, and in from CSV: every row checked, nothing saved while any row
has a problem, each problem naming the file, the row and the column."""

from __future__ import annotations

import csv
import io
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from openpyxl import Workbook
from sqlmodel import Session

from coprod.common.csv_cells import append_sheet_row, spreadsheet_cell
from coprod.common.csv_files import CsvFileError, csv_text, named_csv_errors
from coprod.yousaid import services
from coprod.yousaid.models import STATUS_LABELS, Status, YouSaidItem

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


def _row(item: YouSaidItem, told: set[int], spellings: Mapping[str, str]) -> list[object]:
    """One item's cells: its status and themes in the words its page uses, its dates as dates
    (each file writes them its own way)."""
    return [item.id, status_label(item.status), item.you_said, item.you_said_easy, item.we_did,
            item.we_did_easy, item.reason, item.owner, item.lead, item.partners,
            item.target_on, item.done_on, "; ".join(spellings.get(t, t) for t in item.themes),
            "yes" if item.published else "no", "yes" if item.id in told else "no"]


def _key(text: str) -> str:
    """A cell's words compared as a person reads them: any case, spaces folded, a curly
    apostrophe (a spreadsheet's autocorrect) as a straight one."""
    return " ".join(text.replace("\u2019", "'").split()).casefold()


def status_label(status: str) -> str:
    """A status as the item pages word it ("In progress", not "in_progress")."""
    return str(STATUS_LABELS[Status(status)]) if status in Status.__members__.values() else status


def _status(text: str) -> str | None:
    """The status a cell names: its label in any case, or its code (as files exported before
    the labels were written have it); None when it names none."""
    return next((s.value for s in Status if _key(text) in (s.value, _key(status_label(s)))),
                None)


def theme_spellings(themes: Mapping[str, str]) -> dict[str, str]:
    """How a file writes each theme (by id): its name as the item pages show it, or its id where
    the name would not read back as this theme alone (it has a ';', or another theme shares it
    or has it as an id)."""
    keys = [_key(name) for name in themes.values()] + [_key(tid) for tid in themes]
    return {tid: name if ";" not in name and keys.count(_key(name)) == 1 else tid
            for tid, name in themes.items()}


def _theme_ids(themes: Mapping[str, str]) -> dict[str, str]:
    """Each way a file may name a theme (its id, as older files have it, or its name), keyed
    as compared, to the theme's id."""
    return {_key(spelling): tid for tid, name in theme_spellings(themes).items()
            for spelling in (tid, name)}


def to_csv(items: list[YouSaidItem], told: set[int], themes: Mapping[str, str]) -> str:
    """The items as CSV, with a byte order mark so Excel reads it as UTF-8; dates as
    2027-03-31, which the import reads back. `themes` is the area's theme names by id."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([HEADINGS[column] for column in COLUMNS])
    spellings = theme_spellings(themes)
    for item in items:
        writer.writerow([spreadsheet_cell(_iso(v)) for v in _row(item, told, spellings)])
    return "\ufeff" + buffer.getvalue()


def _iso(value: object) -> object:
    """A date as 2027-03-31 (CSV has no date cells; the import reads this back)."""
    return value.isoformat() if isinstance(value, date) else value


def to_xlsx(items: list[YouSaidItem], told: set[int], themes: Mapping[str, str]) -> bytes:
    """The items as an Excel workbook: text cells are text, never a formula, and dates are
    date cells a leader can sort. `themes` is the area's theme names by id."""
    book = Workbook()
    sheet = book.active
    sheet.title = "You said, we did"
    sheet.append([HEADINGS[column] for column in COLUMNS])
    spellings = theme_spellings(themes)
    for item in items:
        append_sheet_row(sheet, _row(item, told, spellings))
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


def _chosen_themes(text: str, ids: Mapping[str, str]) -> tuple[tuple[str, ...], list[str]]:
    """The theme ids a cell names, and the names in it that are no theme of the area."""
    named = [t.strip() for t in text.split(";") if t.strip()]
    return (tuple(ids[_key(t)] for t in named if _key(t) in ids),
            [t for t in named if _key(t) not in ids])


def _row_status(text: str) -> tuple[str, list[tuple[str, str]]]:
    """The status code a row's cell names (new when it is empty), or the cell as it is and the
    problem with it."""
    status = _status(text) if text else Status.NEW.value
    if status is None:
        return text, [("status", "must be one of " + ", ".join(map(status_label, Status)))]
    return status, []


def _check_row(row: dict, ids: Mapping[str, str]) -> tuple[tuple | None, list[tuple[str, str]]]:
    values = {name: (row.get(name) or "").strip() for name in IMPORT_COLUMNS}
    status, problems = _row_status(values["status"])
    try:
        target_on = _date(values["target_on"])
    except ValueError as error:
        target_on, problems = None, problems + [("target_on", str(error))]
    chosen, unknown = _chosen_themes(values["themes"], ids)
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


def parse_csv(data: bytes, filename: str, themes: Mapping[str, str],
              on_list: Collection[int] = ()) -> ParsedImport:
    """Check every row of an items CSV file; blank rows are skipped. The file is read by the
    rule every CSV import follows (coprod.common.csv_files): UTF-8, problems named by line.
    `themes` is the area's theme names by id: a row may name a theme either way. `on_list`
    holds the numbers of the area's items: a row carrying one of them is that item exported,
    and importing it would put a second copy on the board."""
    try:
        reader = csv.DictReader(io.StringIO(csv_text(data), newline=""))
        with named_csv_errors(reader):
            return _check_rows(reader, filename, _theme_ids(themes), set(on_list))
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


def _already_on_list(row: dict, on_list: set[int]) -> list[tuple[str, str]]:
    """A row that is one of the area's items, exported: the problem to say, or none."""
    number = (row.get("id") or "").strip()
    if not (number.isdigit() and int(number) in on_list):
        return []
    return [("id", f"item {number} is already on the list. To change it, open it from the "
                   "list of items; to add it again as a new item, empty this cell")]


def _check_rows(reader: csv.DictReader, filename: str, ids: Mapping[str, str],
                on_list: set[int]) -> ParsedImport:
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
        checked, problems = _check_row(row, ids)
        problems = _already_on_list(row, on_list) + problems
        checked = None if problems else checked
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


def template_csv(themes: Mapping[str, str]) -> str:
    """The columns an import needs, with one example row written as an export writes it."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([HEADINGS[column] for column in IMPORT_COLUMNS])
    writer.writerow(["Families said waiting for a plan takes too long", "", "", "",
                     status_label(Status.NEW), "", "Northvale Council", "", "", "2027-03-31",
                     theme_spellings(themes).get("assessment_waits", "assessment_waits")])
    return "\ufeff" + buffer.getvalue()
