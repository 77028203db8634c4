"""Responses as CSV (one row per response, a column per question) and as JSON.

The CSV starts with a byte order mark so Excel reads it as UTF-8 (emoji and every script kept);
a cell that a spreadsheet would run as a formula is prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from typing import Any

from coprod.surveys.definition.survey import SurveyDefinition, answer_options
from coprod.surveys.results.services import ResponseRow

BOM = "\ufeff"
FIXED_COLUMNS = ("response_id", "version", "status", "channel", "respondent_group", "age_band",
                 "helped", "started_at", "submitted_at")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
LIST_SEPARATOR = "; "


def question_columns(defn: SurveyDefinition, rows: list[ResponseRow]) -> list[str]:
    """The current questions in order, then ids only earlier versions asked."""
    columns = list(defn.question_ids)
    for row in rows:
        columns += [qid for qid in row.answers if qid not in columns]
    return columns


def _when(value: datetime | None) -> str:
    return value.isoformat(timespec="seconds") if value else ""


def _fixed(row: ResponseRow) -> dict[str, Any]:
    response = row.response
    return {"response_id": response.id, "version": row.version_number, "status": response.status,
            "channel": response.channel, "respondent_group": response.respondent_group or "",
            "age_band": response.age_band or "", "helped": response.helped or "",
            "started_at": _when(response.started_at), "submitted_at": _when(response.submitted_at)}


def _cell(value: Any) -> str:
    text = LIST_SEPARATOR.join(value) if isinstance(value, list) else str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def responses_csv(defn: SurveyDefinition, rows: list[ResponseRow], codes: bool = False) -> str:
    """CSV text with a BOM: a header row, then one row per response. Answers are the words
    people chose ("Strongly disagree"); `codes`: the stored values instead, for analysts."""
    columns = question_columns(defn, rows)
    words = {} if codes else _words_of(defn)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([*FIXED_COLUMNS, *columns])
    for row in rows:
        fixed = _fixed(row)
        writer.writerow([_cell(fixed[name]) for name in FIXED_COLUMNS]
                        + [_cell(_in_words(row.answers.get(qid, ""), words.get(qid, {})))
                           for qid in columns])
    return BOM + buffer.getvalue()


def codes_csv(defn: SurveyDefinition, rows: list[ResponseRow]) -> str:
    """The same CSV with the stored codes (`strongly_disagree`, `0_to_4`), for analysts."""
    return responses_csv(defn, rows, codes=True)


def _words_of(defn: SurveyDefinition) -> dict[str, dict[str, str]]:
    """Each question's option values and the words respondents saw for them."""
    return {question.id: {o.value: o.words(defn.easy_read) for o in answer_options(question)}
            for question in defn.questions}


def _in_words(value: Any, words: dict[str, str]) -> Any:
    if isinstance(value, list):
        return [words.get(item, item) for item in value]
    return words.get(value, value) if isinstance(value, str) else value


def responses_json(defn: SurveyDefinition, rows: list[ResponseRow]) -> str:
    """JSON: the questions, then each response with its fields and answers (values as given)."""
    document = {
        "survey": defn.slug,
        "title": defn.title,
        "questions": [{"id": q.id, "type": q.type, "text": q.text} for q in defn.questions],
        "responses": [{**_fixed(row), "answers": row.answers} for row in rows],
    }
    return json.dumps(document, ensure_ascii=False, indent=2)
