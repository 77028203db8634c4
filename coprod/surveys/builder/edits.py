"""Pure functions that edit a survey definition in file form (a dict) for the survey builder.

Each returns a new dict, checked with `survey_from_dict`; nothing here touches the database.
A change that would break the survey raises `BuilderError` with messages in plain words.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from typing import Any

from flask_babel import gettext as _

from coprod.surveys.definition.share_words import is_share_words
from coprod.surveys.definition.survey import SurveyFileError, survey_from_dict
from coprod.surveys.definition.types import HELPED_QUESTION_ID, SHARE_WORDS_QUESTION_ID

Data = dict[str, Any]
CHOICE_WITH_OWN_OPTIONS = frozenset({"single_choice", "multiple_choice"})
DETAIL_FIELDS = ("title", "easy_read_title", "audience", "easy_read", "purpose", "minutes",
                 "who_sees_answers", "what_happens_next")
QUESTION_FIELDS = ("text", "easy_read_text", "hint", "symbol", "symbol_alt", "required",
                   "subtype", "faces", "max_chars", "offer_not_applicable")
OPTION_FIELDS = ("label", "easy_read_label", "symbol", "symbol_alt", "exclusive")
# Questions the app asks itself: a question staff add never takes their ids.
APP_QUESTION_IDS = frozenset({HELPED_QUESTION_ID, SHARE_WORDS_QUESTION_ID})


class BuilderError(ValueError):
    """A change the builder refused; `messages` says why, for the error summary."""

    def __init__(self, messages: list[str]) -> None:
        self.messages = messages
        super().__init__("; ".join(messages))


def fixed_question_message() -> str:
    """Why the consent question cannot be changed, in the builder's words."""
    return _("coprod asks “Can we use your words?” itself, so that nobody's words are quoted "
             "unless they said yes: it cannot be changed, moved or removed")


def _not_fixed(question_id: str) -> None:
    """Refuse any change to the consent question (its answer is the person's own yes)."""
    if is_share_words(question_id):
        raise BuilderError([fixed_question_message()])


def checked(data: Data) -> Data:
    """The dict if it makes a valid survey, else BuilderError with every problem."""
    try:
        survey_from_dict(data)
    except SurveyFileError as error:
        raise BuilderError([_plain(p.field, p.message) for p in error.problems]) from error
    return data


def _plain(field: str, message: str) -> str:
    return f"{message} ({field})" if field else message


def make_id(text: str, taken: set[str], limit: int = 40) -> str:
    """A snake_case id from words, unique among `taken`: "Who helped?" -> "who_helped"."""
    base = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[: limit - 3].strip("_") or "item"
    found, number = base, 1
    while found in taken:
        number += 1
        found = f"{base}_{number}"
    return found


def _set_fields(target: Data, fields: Mapping[str, Any], allowed: tuple[str, ...]) -> None:
    """Copy allowed fields; None, "" and False remove the key (file form leaves defaults out)."""
    for key in allowed:
        if key not in fields:
            continue
        value = fields[key]
        if value is None or value == "" or (value is False and key != "easy_read"):
            target.pop(key, None)
        else:
            target[key] = value.strip() if isinstance(value, str) else value


def update_details(data: Data, fields: Mapping[str, Any]) -> Data:
    """Change the survey's title, audience, easy read, time and start-page words."""
    new = copy.deepcopy(data)
    _set_fields(new, fields, DETAIL_FIELDS)
    return checked(new)


def _index(data: Data, question_id: str) -> int:
    for index, question in enumerate(data["questions"]):
        if question["id"] == question_id:
            return index
    raise KeyError(question_id)


def question_data(data: Data, question_id: str) -> Data:
    """One question in file form; KeyError when there is none."""
    return data["questions"][_index(data, question_id)]


def _fit_to_type(question: Data) -> None:
    """Drop fields the question's type does not use (after a change of type)."""
    qtype = question["type"]
    if qtype not in CHOICE_WITH_OWN_OPTIONS | {"about_you"}:
        question.pop("options", None)
    if qtype != "faces":
        question.pop("faces", None)
    if qtype != "free_text":
        question.pop("max_chars", None)
    if qtype != "about_you":
        question.pop("subtype", None)
    if qtype != "agreement":
        question.pop("offer_not_applicable", None)


def option_list(labels: list[str], easy_read: bool) -> list[Data]:
    """Options from labels, one per line; values made from the words."""
    options: list[Data] = []
    for label in (line.strip() for line in labels):
        if label:
            option = {"value": make_id(label, {o["value"] for o in options}), "label": label}
            if easy_read:
                option["easy_read_label"] = label
            options.append(option)
    return options


def add_question(data: Data, qtype: str, fields: Mapping[str, Any],
                 option_labels: list[str] | None = None) -> tuple[Data, str]:
    """Add a question at the end; returns the new dict and the question's id."""
    new = copy.deepcopy(data)
    question_id = make_id(fields.get("text") or "question",
                          {q["id"] for q in new["questions"]} | APP_QUESTION_IDS)
    question: Data = {"id": question_id, "type": qtype, "text": ""}
    _set_fields(question, fields, QUESTION_FIELDS)
    if qtype in CHOICE_WITH_OWN_OPTIONS:
        question["options"] = option_list(option_labels or [], bool(new.get("easy_read")))
        if len(question["options"]) < 2:
            raise BuilderError([_("Enter at least 2 answers, one on each line")])
    _fit_to_type(question)
    questions = new["questions"]
    # "At the end" is before the consent question when it ends the survey: it stays last.
    last = len(questions) - 1 if questions and is_share_words(questions[-1]["id"]) else None
    questions.insert(len(questions) if last is None else last, question)
    return checked(new), question_id


def edit_question(data: Data, question_id: str, fields: Mapping[str, Any],
                  qtype: str | None = None, option_labels: list[str] | None = None) -> Data:
    """Change a question's words, picture, settings and (with answers for choice) its type.
    Its id stays, and so do its answers unless the new type has no answers of its own."""
    _not_fixed(question_id)
    new = copy.deepcopy(data)
    question = question_data(new, question_id)
    _set_fields(question, fields, QUESTION_FIELDS)
    if qtype and qtype != question["type"]:
        deciding = _dependants(new, question_id)
        if deciding:
            raise BuilderError([_("Who sees '%(question)s' depends on the answers to this "
                                  "question, so its type cannot change: set that question to "
                                  "'Show it to everyone' first", question=deciding[0])])
        question["type"] = qtype
        if qtype in CHOICE_WITH_OWN_OPTIONS and len(question.get("options", [])) < 2:
            question["options"] = option_list(option_labels or [], bool(new.get("easy_read")))
            if len(question["options"]) < 2:
                raise BuilderError([_("Enter at least 2 answers, one on each line")])
        _fit_to_type(question)
    return checked(new)


def move_question(data: Data, question_id: str, step: int) -> Data:
    """Move a question up (-1) or down (+1); a no-op at either end. Nothing moves past the
    consent question, so it stays where it is (after the survey's own questions)."""
    _not_fixed(question_id)
    new = copy.deepcopy(data)
    index = _index(new, question_id)
    if 0 <= index + step < len(new["questions"]) and \
            is_share_words(new["questions"][index + step]["id"]):
        raise BuilderError([fixed_question_message()])
    _move(new["questions"], index, step)
    try:
        return checked(new)
    except BuilderError as error:
        raise BuilderError([_("A question can only be shown or hidden by an answer to an "
                              "earlier question: move that question first")]) from error


def _move(items: list, index: int, step: int) -> None:
    target = index + step
    if 0 <= target < len(items):
        items[index], items[target] = items[target], items[index]


def remove_question(data: Data, question_id: str) -> Data:
    """Remove a question, unless it is the last one of the survey's own (the consent question
    is not one) or another question depends on it."""
    _not_fixed(question_id)
    new = copy.deepcopy(data)
    if sum(not is_share_words(q["id"]) for q in new["questions"]) <= 1:
        raise BuilderError([_("A survey needs at least 1 question: add another before you "
                              "remove this one")])
    dependants = _dependants(new, question_id)
    if dependants:
        raise BuilderError([_("The question '%(question)s' is only shown for some answers to "
                              "this one: change or remove it first", question=dependants[0])])
    del new["questions"][_index(new, question_id)]
    return checked(new)


def _dependants(data: Data, question_id: str) -> list[str]:
    """The words of the questions shown only for some answers to this one."""
    return [q.get("text") or q["id"] for q in data["questions"]
            if q.get("show_if", {}).get("question") == question_id]


def option_index(data: Data, question_id: str, value: str | None) -> int | None:
    """Where the answer with this value is now in the question's answers, or None when
    there is none (someone removed it)."""
    options = question_data(data, question_id).get("options", [])
    return next((i for i, o in enumerate(options) if value and o.get("value") == value), None)


def add_option(data: Data, question_id: str, fields: Mapping[str, Any]) -> Data:
    """Add an answer to a choice question."""
    _not_fixed(question_id)
    new = copy.deepcopy(data)
    question = question_data(new, question_id)
    options = question.setdefault("options", [])
    option = {"value": make_id(fields.get("label") or "answer", {o["value"] for o in options}),
              "label": ""}
    _set_fields(option, fields, OPTION_FIELDS)
    options.append(option)
    return checked(new)


def edit_option(data: Data, question_id: str, index: int, fields: Mapping[str, Any]) -> Data:
    """Change an answer's words or picture; its value stays, so results still add up."""
    _not_fixed(question_id)
    new = copy.deepcopy(data)
    _set_fields(question_data(new, question_id)["options"][index], fields, OPTION_FIELDS)
    return checked(new)


def move_option(data: Data, question_id: str, index: int, step: int) -> Data:
    """Move an answer up (-1) or down (+1)."""
    _not_fixed(question_id)
    new = copy.deepcopy(data)
    _move(question_data(new, question_id)["options"], index, step)
    return checked(new)


def remove_option(data: Data, question_id: str, index: int) -> Data:
    """Remove an answer, unless only 2 are left or another question is shown by it."""
    _not_fixed(question_id)
    new = copy.deepcopy(data)
    options = question_data(new, question_id)["options"]
    if len(options) <= 2:
        raise BuilderError([_("A question needs at least 2 answers: add another before you "
                              "remove this one")])
    value = options[index]["value"]
    for question in new["questions"]:
        condition = question.get("show_if", {})
        if condition.get("question") == question_id and value in _condition_values(condition):
            raise BuilderError([_("The question '%(question)s' is shown for this answer: "
                                  "change or remove it first", question=question["id"])])
    del options[index]
    return checked(new)


def _condition_values(condition: Mapping[str, Any]) -> list[str]:
    return [condition["equals"]] if "equals" in condition else list(condition.get("in", []))
