"""Survey definitions as data: load and validate files, convert to and from dicts, apply conditions.

This is the public face of the survey definition package; the web journey, the builder and the
models import from here. Loading is all-or-nothing: a `SurveyFileError` lists every problem, each
with its file, line and field, and no definition is returned.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from coprod.surveys.definition.errors import SurveyFileError, SurveyProblem
from coprod.surveys.definition.options import (
    ABOUT_YOU_OPTIONS,
    AGREEMENT,
    DONT_UNDERSTAND_OPTION,
    FACES_3,
    FACES_5,
    HELPED_QUESTION,
    PREFER_NOT_TO_SAY_OPTION,
    YES_NO_NOT_SURE,
    answer_options,
    answer_values,
)
from coprod.surveys.definition.rules import SCHEMA_PATH, SURVEYS_DIR, find_problems, load_schema
from coprod.surveys.definition.types import (
    DEFAULT_FACES,
    DEFAULT_MAX_CHARS,
    Answer,
    Condition,
    Option,
    Question,
    SurveyDefinition,
)
from coprod.surveys.definition.yaml_file import format_path, line_of, parse_yaml

__all__ = [
    "ABOUT_YOU_OPTIONS",
    "AGREEMENT",
    "DONT_UNDERSTAND_OPTION",
    "FACES_3",
    "FACES_5",
    "HELPED_QUESTION",
    "PREFER_NOT_TO_SAY_OPTION",
    "SCHEMA_PATH",
    "SURVEYS_DIR",
    "YES_NO_NOT_SURE",
    "Answer",
    "Condition",
    "Option",
    "Question",
    "SurveyDefinition",
    "SurveyFileError",
    "SurveyProblem",
    "answer_options",
    "answer_values",
    "load_schema",
    "load_survey_file",
    "load_survey_text",
    "shipped_survey_files",
    "survey_from_dict",
    "survey_to_dict",
    "visible_questions",
]


def shipped_survey_files() -> list[Path]:
    """The survey templates shipped in `surveys/`, in name order."""
    return sorted(SURVEYS_DIR.glob("*.yaml"))


def load_survey_file(path: str | Path) -> SurveyDefinition:
    """Load and validate one survey file; errors name the file by its base name."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        problem = SurveyProblem(path.name, None, "", "Save the file as UTF-8 text")
        raise SurveyFileError([problem]) from error
    return load_survey_text(text, path.name)


def load_survey_text(text: str, filename: str = "survey.yaml") -> SurveyDefinition:
    """Load and validate survey YAML held in memory (an upload, a builder draft, a test)."""
    data, node = parse_yaml(text, filename)
    if data is None:
        message = "The file is empty: write the survey's fields, like slug, title and questions"
        raise SurveyFileError([SurveyProblem(filename, None, "", message)])
    problems = [
        SurveyProblem(filename, line_of(node, path), format_path(path), message)
        for path, message in find_problems(data)
    ]
    if problems:
        raise SurveyFileError(problems)
    return _build_survey(data)


def survey_from_dict(data: Mapping[str, Any], filename: str = "survey") -> SurveyDefinition:
    """Validate and build a definition from dict form (dates may be `date` or ISO text)."""
    if not isinstance(data, Mapping):
        message = "The survey must be a set of fields like slug, title and questions"
        raise SurveyFileError([SurveyProblem(filename, None, "", message)])
    plain = {key: _iso(value) for key, value in data.items()}
    problems = [
        SurveyProblem(filename, None, format_path(path), message)
        for path, message in find_problems(plain)
    ]
    if problems:
        raise SurveyFileError(problems)
    return _build_survey(plain)


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def visible_questions(defn: SurveyDefinition, answers: Mapping[str, Answer]) -> list[Question]:
    """The questions to ask, in order, given the answers so far; a hidden question hides its own
    dependants, so an answer left over from a hidden question never shows anything."""
    shown: list[Question] = []
    shown_ids: set[str] = set()
    for question in defn.questions:
        condition = question.show_if
        if condition is None or (
            condition.question in shown_ids and condition.matches(answers.get(condition.question))
        ):
            shown.append(question)
            shown_ids.add(question.id)
    return shown


# --- dict form -> dataclasses (data already validated) ----------------------------------------


def _build_survey(data: Mapping[str, Any]) -> SurveyDefinition:
    easy_read = bool(data["easy_read"])
    return SurveyDefinition(
        slug=data["slug"],
        title=data["title"],
        easy_read_title=data["easy_read_title"],
        audience=data["audience"],
        easy_read=easy_read,
        purpose=data["purpose"],
        minutes=data["minutes"],
        who_sees_answers=data["who_sees_answers"],
        what_happens_next=data["what_happens_next"],
        questions=tuple(_build_question(q, easy_read) for q in data["questions"]),
        opens_on=_parse_date(data.get("opens_on")),
        closes_on=_parse_date(data.get("closes_on")),
        anonymous=data.get("anonymous", True),
    )


def _parse_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _build_question(data: Mapping[str, Any], easy_read: bool) -> Question:
    qtype = data["type"]
    return Question(
        id=data["id"],
        type=qtype,
        text=data["text"],
        easy_read_text=data.get("easy_read_text"),
        hint=data.get("hint"),
        symbol=data.get("symbol"),
        symbol_alt=data.get("symbol_alt"),
        required=data.get("required", False),
        offer_dont_understand=data.get("offer_dont_understand", easy_read),
        offer_not_applicable=data.get("offer_not_applicable", False),
        options=tuple(_build_option(o) for o in data.get("options", ())),
        faces=data.get("faces", DEFAULT_FACES) if qtype == "faces" else None,
        max_chars=data.get("max_chars", DEFAULT_MAX_CHARS) if qtype == "free_text" else None,
        subtype=data.get("subtype"),
        show_if=_build_condition(data["show_if"]) if "show_if" in data else None,
    )


def _build_option(data: Mapping[str, Any]) -> Option:
    return Option(
        value=data["value"],
        label=data["label"],
        easy_read_label=data.get("easy_read_label"),
        symbol=data.get("symbol"),
        symbol_alt=data.get("symbol_alt"),
        exclusive=data.get("exclusive", False),
    )


def _build_condition(data: Mapping[str, Any]) -> Condition:
    values = (data["equals"],) if "equals" in data else tuple(data["in"])
    return Condition(question=data["question"], values=values)


# --- dataclasses -> dict form (canonical: defaults left out, so files stay short) --------------


def survey_to_dict(defn: SurveyDefinition) -> dict[str, Any]:
    """The file form of a definition: JSON-serialisable, valid against schema.json, and
    `survey_from_dict(survey_to_dict(d)) == d`. Fields at their defaults are left out."""
    data: dict[str, Any] = {
        "slug": defn.slug,
        "title": defn.title,
        "easy_read_title": defn.easy_read_title,
        "audience": defn.audience,
        "easy_read": defn.easy_read,
        "purpose": defn.purpose,
        "minutes": defn.minutes,
        "who_sees_answers": defn.who_sees_answers,
        "what_happens_next": defn.what_happens_next,
    }
    if defn.opens_on is not None:
        data["opens_on"] = defn.opens_on.isoformat()
    if defn.closes_on is not None:
        data["closes_on"] = defn.closes_on.isoformat()
    if not defn.anonymous:
        data["anonymous"] = False
    data["questions"] = [_question_to_dict(q, defn.easy_read) for q in defn.questions]
    return data


def _question_to_dict(question: Question, easy_read: bool) -> dict[str, Any]:
    data: dict[str, Any] = {"id": question.id, "type": question.type, "text": question.text}
    _put(data, "easy_read_text", question.easy_read_text)
    _put(data, "hint", question.hint)
    _put(data, "symbol", question.symbol)
    _put(data, "symbol_alt", question.symbol_alt)
    if question.required:
        data["required"] = True
    if question.offer_dont_understand != easy_read:
        data["offer_dont_understand"] = question.offer_dont_understand
    if question.offer_not_applicable:
        data["offer_not_applicable"] = True
    if question.options:
        data["options"] = [_option_to_dict(option) for option in question.options]
    if question.type == "faces" and question.faces != DEFAULT_FACES:
        data["faces"] = question.faces
    if question.type == "free_text" and question.max_chars != DEFAULT_MAX_CHARS:
        data["max_chars"] = question.max_chars
    _put(data, "subtype", question.subtype)
    if question.show_if is not None:
        data["show_if"] = _condition_to_dict(question.show_if)
    return data


def _option_to_dict(option: Option) -> dict[str, Any]:
    data: dict[str, Any] = {"value": option.value, "label": option.label}
    _put(data, "easy_read_label", option.easy_read_label)
    _put(data, "symbol", option.symbol)
    _put(data, "symbol_alt", option.symbol_alt)
    if option.exclusive:
        data["exclusive"] = True
    return data


def _condition_to_dict(condition: Condition) -> dict[str, Any]:
    if len(condition.values) == 1:
        return {"question": condition.question, "equals": condition.values[0]}
    return {"question": condition.question, "in": list(condition.values)}


def _put(data: dict[str, Any], key: str, value: Any) -> None:
    """Add a field only when it has a value, so the file form stays short."""
    if value is not None:
        data[key] = value
