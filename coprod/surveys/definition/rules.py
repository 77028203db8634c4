"""Validation of a survey in file form: the published JSON Schema, then what a schema cannot say."""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterator
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from flask_babel import gettext as _
from jsonschema import Draft202012Validator

from coprod.surveys.definition.messages import describe
from coprod.surveys.definition.options import raw_answer_values
from coprod.surveys.definition.symbols import symbol_names
from coprod.surveys.definition.types import (
    HELPED_QUESTION_ID,
    RESERVED_VALUES,
    SHARE_WORDS_QUESTION_ID,
    SHARE_WORDS_VALUES,
)

SURVEYS_DIR = Path(__file__).resolve().parents[3] / "surveys"
SCHEMA_PATH = SURVEYS_DIR / "schema.json"

Path_ = tuple[str | int, ...]
Found = Iterator[tuple[Path_, str]]


@cache
def load_schema() -> dict[str, Any]:
    """The one published schema, `surveys/schema.json`, read once."""
    with SCHEMA_PATH.open(encoding="utf-8") as handle:
        return json.load(handle)


@cache
def _validator() -> Draft202012Validator:
    schema = load_schema()
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def find_problems(data: Any) -> list[tuple[Path_, str]]:
    """Every problem with a survey in file form, as (path, message); empty when it is valid."""
    found = [pair for error in _validator().iter_errors(data) for pair in describe(error)]
    if isinstance(data, dict):
        found.extend(_meaning_problems(data))
    return found


def _meaning_problems(data: dict[str, Any]) -> Found:
    """Rules across fields: ids, conditions, option values, symbols, dates."""
    questions = data.get("questions")
    questions = questions if isinstance(questions, list) else []
    dont_understand_default = data.get("easy_read") is True
    earlier: dict[str, dict[str, Any]] = {}
    all_ids = {q.get("id") for q in questions if isinstance(q, dict)}
    for index, question in enumerate(questions):
        if not isinstance(question, dict):
            continue
        path: Path_ = ("questions", index)
        yield from _id_problems(question, path, earlier)
        yield from _option_problems(question, path)
        yield from _symbol_problems(question, path)
        yield from _condition_problems(question, path, earlier, all_ids, dont_understand_default)
        if isinstance(question.get("id"), str):
            earlier.setdefault(question["id"], question)
    yield from _date_problems(data)


def _id_problems(question: dict[str, Any], path: Path_, earlier: dict[str, Any]) -> Found:
    question_id = question.get("id")
    if question_id == HELPED_QUESTION_ID:
        message = _("'%(id)s' is the question the app asks itself: use another id",
                    id=HELPED_QUESTION_ID)
        yield (*path, "id"), message
    elif question_id in earlier:
        message = _("The id '%(id)s' is already used: each question needs its own id",
                    id=question_id)
        yield (*path, "id"), message
    elif question_id == SHARE_WORDS_QUESTION_ID and not _asks_yes_or_no(question):
        message = _("'%(id)s' asks whether we can use someone's words: make it a "
                    "single_choice question with the options yes and no",
                    id=SHARE_WORDS_QUESTION_ID)
        yield (*path, "id"), message


def _asks_yes_or_no(question: dict[str, Any]) -> bool:
    """A single choice whose own options are exactly yes and no."""
    options = question.get("options")
    values = {o.get("value") for o in options if isinstance(o, dict)} if isinstance(
        options, list) else set()
    return question.get("type") == "single_choice" and values == SHARE_WORDS_VALUES


def _option_problems(question: dict[str, Any], path: Path_) -> Found:
    options = question.get("options")
    seen: set[str] = set()
    for index, option in enumerate(options if isinstance(options, list) else []):
        value = option.get("value") if isinstance(option, dict) else None
        if not isinstance(value, str):
            continue
        where = (*path, "options", index, "value")
        if value in RESERVED_VALUES:
            yield where, _("'%(value)s' is an answer the app adds itself: choose another value",
                           value=value)
        elif value in seen:
            yield where, _("The value '%(value)s' is already used: each option needs its own "
                           "value", value=value)
        seen.add(value)


def _symbol_problems(question: dict[str, Any], path: Path_) -> Found:
    holders: list[tuple[Path_, Any]] = [(path, question)]
    options = question.get("options")
    for index, option in enumerate(options if isinstance(options, list) else []):
        holders.append(((*path, "options", index), option))
    known = symbol_names()
    for where, holder in holders:
        name = holder.get("symbol") if isinstance(holder, dict) else None
        if isinstance(name, str) and name not in known:
            close = difflib.get_close_matches(name, sorted(known), n=1)
            advice = (_("did you mean '%(close)s'?", close=close[0]) if close
                      else _("see coprod/surveys/definition/symbols.yaml"))
            yield (*where, "symbol"), _("There is no symbol called '%(name)s': %(advice)s",
                                        name=name, advice=advice)


def _condition_problems(
    question: dict[str, Any],
    path: Path_,
    earlier: dict[str, dict[str, Any]],
    all_ids: set[Any],
    dont_understand_default: bool,
) -> Found:
    condition = question.get("show_if")
    if not isinstance(condition, dict) or not isinstance(condition.get("question"), str):
        return
    target_id = condition["question"]
    where = (*path, "show_if", "question")
    if target_id not in earlier:
        yield where, _not_earlier(target_id, question.get("id"), all_ids)
    elif earlier[target_id].get("type") == "free_text":
        yield where, _("show_if must refer to a question with options: '%(id)s' is free text",
                       id=target_id)
    else:
        values = raw_answer_values(earlier[target_id], dont_understand_default)
        yield from _value_problems(condition, (*path, "show_if"), target_id, values)


def _not_earlier(target_id: str, own_id: Any, all_ids: set[Any]) -> str:
    """Why a show_if cannot point where it does: itself, a later question, or nothing."""
    if target_id == own_id:
        return _("A question cannot be shown or hidden by its own answer")
    if target_id in all_ids:
        return _("show_if must refer to an earlier question: '%(id)s' is asked later",
                 id=target_id)
    return _("There is no question with the id '%(id)s'", id=target_id)


def _value_problems(
    condition: dict[str, Any], path: Path_, target_id: str, values: set[str]
) -> Found:
    wanted: list[tuple[Path_, Any]] = []
    if "equals" in condition:
        wanted.append(((*path, "equals"), condition["equals"]))
    if isinstance(condition.get("in"), list):
        wanted.extend(((*path, "in", i), value) for i, value in enumerate(condition["in"]))
    choices = ", ".join(sorted(values))
    for where, value in wanted:
        if isinstance(value, str) and value not in values:
            yield where, _("'%(value)s' is not an answer to '%(id)s': choose from %(choices)s",
                           value=value, id=target_id, choices=choices)


def _date_problems(data: dict[str, Any]) -> Found:
    opens, closes = _date(data.get("opens_on")), _date(data.get("closes_on"))
    if opens and closes and closes < opens:
        yield ("closes_on",), _("closes_on must be the same as or after opens_on")


def _date(value: Any) -> date | None:
    """An ISO date from the file, or None when absent or not a date (the schema says why)."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
