"""CSV import of paper (or phone) responses: one row per respondent, all rows or none.

Columns are the question ids of the current version (the CSV export writes the same), plus
optional `channel` (paper, phone or event), `date` (when it was answered) and `helped`.
Choice answers may be an option's value or its words; several answers are separated by ";".
Rows are numbered as a spreadsheet shows them: the header is row 1.
"""

from __future__ import annotations

import csv
import io
import secrets
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

from flask_babel import format_date
from flask_babel import gettext as _
from sqlmodel import Session

from coprod.common.csv_files import CsvFileError, csv_text, named_csv_errors
from coprod.common.time import utcnow
from coprod.surveys import voice_link
from coprod.surveys.definition.survey import (
    HELPED_QUESTION,
    Question,
    SurveyDefinition,
    answer_options,
    visible_questions,
)
from coprod.surveys.models import Channel, ResponseStatus, SurveyAnswer, SurveyResponse
from coprod.surveys.results.services import ENGLAND
from coprod.voice.analyse import analyse_first

EXTRA_COLUMNS = ("channel", "date", "helped")
IMPORT_CHANNELS = (Channel.PAPER.value, Channel.PHONE.value, Channel.EVENT.value)
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y")
MAX_ROWS = 5000
MAX_ROWS_WORDS = f"{MAX_ROWS:,}"
MAX_ERRORS_SHOWN = 50


@dataclass
class ImportRow:
    """One checked respondent: answers by question id, and how and when they answered."""

    answers: dict[str, str | list[str]]
    channel: str = Channel.PAPER.value
    answered_on: date | None = None
    helped: str | None = None


@dataclass
class Checked:
    """The rows ready to import, or every problem found (nothing is imported while any remain)."""

    rows: list[ImportRow] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Upload:
    """The file's name (every problem names it, as the other imports do) and the days an
    answer can have been given on: from the survey's opening day, if it has one, to today."""

    filename: str
    today: date
    opened_on: date | None = None

    def problem(self, message: str) -> str:
        """A problem with the whole file."""
        return _("%(file)s: %(problem)s", file=self.filename, problem=message)


def check_csv(data: bytes, defn: SurveyDefinition, upload: Upload) -> Checked:
    """Read an uploaded CSV file and check every row against the survey's questions."""
    try:
        return _check_rows(csv_text(data), defn, upload)
    except CsvFileError as error:
        return Checked(errors=[upload.problem(str(error))])


def _check_rows(text: str, defn: SurveyDefinition, upload: Upload) -> Checked:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    with named_csv_errors(reader):
        return _check_read_rows(reader, defn, upload)


def _check_read_rows(reader: csv.DictReader, defn: SurveyDefinition, upload: Upload) -> Checked:
    header = [name.strip() for name in reader.fieldnames or []]
    reader.fieldnames = header
    found = Checked(errors=[upload.problem(error) for error in _header_errors(header, defn)])
    if found.errors:
        return found
    for number, raw in enumerate(reader, start=2):
        if number - 1 > MAX_ROWS:
            found.errors.append(upload.problem(_("The file has more than %(n)s rows: split it "
                                                 "up", n=MAX_ROWS_WORDS)))
            break
        cells = {key: (value or "").strip() for key, value in raw.items() if key}
        if any(cells.values()):
            _check_row(number, cells, defn, upload, found)
    if not found.rows and not found.errors:
        found.errors.append(upload.problem(_("The file has no responses in it: add one row per "
                                             "respondent")))
    return found


def _header_errors(header: list[str], defn: SurveyDefinition) -> list[str]:
    if not header:
        return [_("The file is empty: the first row must name the columns")]
    known = set(defn.question_ids) | set(EXTRA_COLUMNS)
    errors = [_("Column '%(name)s' is not a question in this survey: use the question ids, "
                "like %(ids)s", name=name, ids=", ".join(defn.question_ids[:3]))
              for name in header if name not in known]
    missing = [q.id for q in defn.questions if q.required and q.show_if is None
               and q.id not in header]
    errors += [_("The file has no column '%(id)s': that question must be answered", id=qid)
               for qid in missing]
    return errors


def _check_row(number: int, cells: dict[str, str], defn: SurveyDefinition, upload: Upload,
               found: Checked) -> None:
    errors: list[str] = []
    answers: dict[str, str | list[str]] = {}
    for question in defn.questions:
        value = _answer(question, cells.get(question.id, ""), errors)
        if value:
            answers[question.id] = value
    shown = visible_questions(defn, answers)
    for question in shown:
        if question.required and not cells.get(question.id):
            errors.append(_("'%(id)s': enter an answer, this question must be answered",
                            id=question.id))
    row = ImportRow({q.id: answers[q.id] for q in shown if q.id in answers})
    row.channel = _channel(cells.get("channel", ""), errors)
    row.answered_on = _date(cells.get("date", ""), upload, errors)
    helped = _answer(HELPED_QUESTION, cells.get("helped", ""), errors, "helped")
    row.helped = helped if isinstance(helped, str) and helped else None
    if errors:
        found.errors += [_("%(file)s, row %(number)d, column %(message)s",
                           file=upload.filename, number=number, message=message)
                         for message in errors]
    else:
        found.rows.append(row)


def _answer(question: Question, cell: str, errors: list[str],
            column: str | None = None) -> str | list[str] | None:
    column = column or question.id
    if not cell:
        return None
    if question.type == "free_text":
        if question.max_chars and len(cell) > question.max_chars:
            limit = f"{question.max_chars:,}"
            errors.append(_("'%(column)s': the answer must be %(n)s characters or fewer",
                            column=column, n=limit))
        return cell
    lookup = {}
    for option in answer_options(question):
        lookup[option.value.lower()] = lookup[option.label.lower()] = option.value
    parts = [p.strip() for p in cell.split(";")] if question.type == "multiple_choice" else [cell]
    values = [lookup.get(part.lower()) for part in parts if part]
    unknown = [part for part, value in zip(parts, values, strict=False) if value is None]
    if unknown:
        choices = ", ".join(option.value for option in answer_options(question))
        errors.append(_("'%(column)s': '%(answer)s' is not an answer to this question: "
                        "choose from %(choices)s", column=column, answer=unknown[0],
                        choices=choices))
        return None
    known = [value for value in values if value is not None]  # all of them, by now
    return known if question.type == "multiple_choice" else values[0]


def _channel(cell: str, errors: list[str]) -> str:
    if not cell:
        return Channel.PAPER.value
    if cell.lower() not in IMPORT_CHANNELS:
        errors.append(_("'channel': '%(cell)s' is not a channel: use paper, phone or event",
                        cell=cell))
        return Channel.PAPER.value
    return cell.lower()


def _date(cell: str, dates: Upload, errors: list[str]) -> date | None:
    if not cell:
        return None
    for pattern in DATE_FORMATS:
        try:
            day = datetime.strptime(cell, pattern).date()
        except ValueError:
            continue
        if day > dates.today:
            errors.append(_("'date': %(cell)s is in the future: enter the day it was answered",
                            cell=cell))
        elif dates.opened_on and day < dates.opened_on:
            errors.append(_("'date': %(cell)s is before the survey opened on %(opened)s: enter "
                            "the day it was answered", cell=cell,
                            opened=format_date(dates.opened_on, "d MMMM yyyy")))
        return day
    errors.append(_("'date': '%(cell)s' is not a real date: write it like 2026-03-14 or "
                    "14/03/2026", cell=cell))
    return None


def import_rows(session: Session, survey_id: int, area_id: int, version_id: int,
                defn: SurveyDefinition, rows: list[ImportRow], user_id: int | None) -> int:
    """Save checked rows as complete responses (and their free text as comments), all at once:
    the free text is analysed first, so the write transaction holds the lock only to write."""
    texts = [text for row in rows for text in voice_link.free_texts(defn, row.answers)]
    analysed = analyse_first(session, area_id, texts)
    for row in rows:
        when = _noon(row.answered_on) if row.answered_on else utcnow()
        response = SurveyResponse(
            area_id=area_id, survey_id=survey_id, version_id=version_id,
            status=ResponseStatus.COMPLETE.value, channel=row.channel, helped=row.helped,
            resume_hash=secrets.token_hex(32), entered_by_id=user_id, started_at=when,
            updated_at=when, submitted_at=when, **voice_link.about_fields(defn, row.answers))
        session.add(response)
        session.flush()
        session.add_all(SurveyAnswer(response_id=response.id, question_id=qid, value=value)
                        for qid, value in row.answers.items())
        voice_link.add_free_text(session, defn, response, row.answers, user_id, analysed)
    session.commit()
    return len(rows)


def _noon(day: date) -> datetime:
    """Midday in England on a day, in UTC (a day with no time stays that day in every zone)."""
    return datetime.combine(day, time(12), ENGLAND).astimezone(UTC)
