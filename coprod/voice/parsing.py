"""Pure functions that turn pasted text and uploaded CSV files into comments, or say what is wrong.

Nothing here touches the database or the request, so every rule is tested directly. Messages
are marked for translation (gettext works outside a request too: a command, a job).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from flask_babel import gettext as _

from coprod.common.csv_files import CsvFileError, csv_text, named_csv_errors
from coprod.voice.models import MAX_COMMENT_LENGTH, Channel, Group, HowGiven

CSV_COLUMNS = ("text", "group", "channel", "said_on", "how_given", "share_consent")
REQUIRED_COLUMNS = CSV_COLUMNS[:4]
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y")
ENGLAND = ZoneInfo("Europe/London")


MAX_ROWS = 5000  # as for paper responses: a bigger file held the write lock for a minute
MAX_ROWS_WORDS = f"{MAX_ROWS:,}"


def local_today() -> date:
    """Today's date in England (the server's clock is UTC; a comment said at 00:30 BST is today)."""
    return datetime.now(ENGLAND).date()


@dataclass(frozen=True)
class NewComment:
    """A checked comment, ready to save."""

    text: str
    group: str
    channel: str
    said_on: date
    how_given: str = HowGiven.ALONE.value
    share_consent: bool | None = None  # their yes (True) or no to sharing their words


@dataclass
class Parsed:
    """What came out of a paste or a file: the good rows, or the problems (never both used)."""

    comments: list[NewComment] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    blank: int = 0


def split_lines(text: str) -> tuple[list[tuple[int, str]], int]:
    """Non-blank lines with their line numbers (from 1), and how many blank lines were skipped."""
    lines, blank = [], 0
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            lines.append((number, line.strip()))
        else:
            blank += 1
    return lines, blank


def too_long_lines(lines: list[tuple[int, str]]) -> list[int]:
    """The numbers of the lines over the length limit."""
    return [number for number, line in lines if len(line) > MAX_COMMENT_LENGTH]


def describe_line_numbers(numbers: list[int]) -> str:
    """'Line 4', 'Lines 2 and 7', 'Lines 2, 5 and 7'."""
    if len(numbers) == 1:
        return _("Line %(number)d", number=numbers[0])
    listed = ", ".join(str(n) for n in numbers[:-1])
    return _("Lines %(listed)s and %(last)d", listed=listed, last=numbers[-1])


def pasted_comments(text: str, group: str, channel: str, said_on: date,
                    how_given: str = HowGiven.ALONE.value,
                    share_consent: bool | None = None) -> Parsed:
    """One comment per non-blank line, all with the same group, channel, date, how given and
    answer to sharing their words."""
    lines, blank = split_lines(text)
    long_lines = too_long_lines(lines)
    if long_lines:
        return Parsed(errors=[_("%(lines)s must be 5,000 characters or fewer",
                                lines=describe_line_numbers(long_lines))], blank=blank)
    return Parsed(comments=[NewComment(line, group, channel, said_on, how_given, share_consent)
                            for _number, line in lines], blank=blank)


def parse_date(value: str) -> date | None:
    """A date written as YYYY-MM-DD or DD/MM/YYYY, or None if it is neither."""
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(value.strip(), pattern).date()
        except ValueError:
            continue
    return None


def _choice(value: str, allowed: type) -> str | None:
    cleaned = value.strip().lower().replace(" ", "_").replace("-", "_")
    return cleaned if cleaned in {member.value for member in allowed} else None


def _not_one_of(value: str, allowed: type) -> str:
    allowed_words = ", ".join(member.value for member in allowed)
    if value.strip():
        return _("'%(value)s' is not recognised: use one of %(allowed)s",
                 value=value.strip()[:30], allowed=allowed_words)
    return _("this is blank: use one of %(allowed)s", allowed=allowed_words)


def _check_text(text: str) -> str | None:
    if not text:
        return _("enter what was said")
    if len(text) > MAX_COMMENT_LENGTH:
        return _("the comment must be 5,000 characters or fewer")
    return None


def _check_date(value: str, today: date) -> tuple[date | None, str | None]:
    if not value.strip():
        return None, _("enter the date it was said")
    said_on = parse_date(value)
    if said_on is None:
        return None, _("enter the date as YYYY-MM-DD or DD/MM/YYYY, like 2025-03-14 or "
                       "14/03/2025")
    if said_on > today:
        return None, _("the date must be today or in the past")
    return said_on, None


# A blank share_consent is a no: words are shared only with a yes someone recorded.
SHARE_CONSENT = {"yes": True, "y": True, "no": False, "n": False}


def _check_row(row: dict, today: date) -> tuple[NewComment | None, list[tuple[str, str]]]:
    """One CSV row as a comment, or its problems as (column, message) pairs."""
    problems: list[tuple[str, str]] = []
    text = (row.get("text") or "").strip()
    if message := _check_text(text):
        problems.append(("text", message))
    group = _choice(row.get("group") or "", Group)
    if group is None:
        problems.append(("group", _not_one_of(row.get("group") or "", Group)))
    channel = _choice(row.get("channel") or "", Channel)
    if channel is None:
        problems.append(("channel", _not_one_of(row.get("channel") or "", Channel)))
    said_on, message = _check_date(row.get("said_on") or "", today)
    if message:
        problems.append(("said_on", message))
    how_given = _choice((row.get("how_given") or "").strip() or "alone", HowGiven)
    if how_given is None:
        problems.append(("how_given", _not_one_of(row.get("how_given") or "", HowGiven)))
    consent = (row.get("share_consent") or "").strip().lower() or "no"
    if consent not in SHARE_CONSENT:
        problems.append(("share_consent", _("'%(value)s' is not recognised: use yes or no",
                                            value=consent[:30])))
    if problems:
        return None, problems
    return NewComment(text, group, channel, said_on, how_given,
                      SHARE_CONSENT.get(consent)), []


def _header_problem(columns: list[str]) -> str | None:
    if not any(columns):
        return _("The file is empty: its first row must name the columns text, group, channel "
                 "and said_on")
    missing = [name for name in REQUIRED_COLUMNS if name not in columns]
    if missing:
        return _("The file must have a first row naming the columns text, group, channel and "
                 "said_on. Missing: %(missing)s", missing=", ".join(missing))
    return None


def _rows(text: str) -> tuple[list[str], list[tuple[int, dict]], int]:
    """The header, each non-blank row with its spreadsheet row number, and the blank rows."""
    reader = csv.reader(io.StringIO(text, newline=""))
    with named_csv_errors(reader):
        return _read_rows(reader)


def _read_rows(reader) -> tuple[list[str], list[tuple[int, dict]], int]:
    header = [name.strip().lower() for name in next(reader, [])]
    rows, blank = [], 0
    for number, values in enumerate(reader, start=2):
        if number - 1 > MAX_ROWS:
            raise CsvFileError(_("The file has more than %(n)s rows: split it up",
                                 n=MAX_ROWS_WORDS))
        if not any(value.strip() for value in values):
            blank += 1
            continue
        rows.append((number, dict(zip(header, values, strict=False))))
    return header, rows, blank


def parse_csv(data: bytes, today: date, filename: str) -> Parsed:
    """Check every row of an uploaded CSV file; rows are numbered as a spreadsheet shows them,
    and each problem names the file, as the "you said, we did" import does."""
    try:
        header, rows, blank = _rows(csv_text(data))
    except CsvFileError as error:
        return Parsed(errors=[_in_file(filename, str(error))])
    if problem := _header_problem(header):
        return Parsed(errors=[_in_file(filename, problem)])
    parsed = Parsed(blank=blank)
    for number, row in rows:
        comment, problems = _check_row(row, today)
        parsed.errors += [_("%(file)s, row %(number)d, column %(column)s: %(message)s",
                            file=filename, number=number, column=column, message=message)
                          for column, message in problems]
        if comment:
            parsed.comments.append(comment)
    if not parsed.errors and not parsed.comments:
        parsed.errors.append(_in_file(filename, _("The file has no comments in it")))
    return parsed


def _in_file(filename: str, problem: str) -> str:
    return _("%(file)s: %(problem)s", file=filename, problem=problem)


def template_csv() -> str:
    """A CSV file to fill in: the columns and two example rows (UTF-8 with a byte order mark)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    writer.writerow(["The wait for an EHCP assessment was far too long", "parent_carer",
                     "email", "2025-03-14", "alone", "no"])
    writer.writerow(["I like my new college", "young_person", "phone", "14/03/2025",
                     "with_help", "yes"])
    return "\ufeff" + buffer.getvalue()
