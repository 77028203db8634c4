"""Easy-read checker warnings for authors: where each is, in plain words, grouped by page."""

from __future__ import annotations

import re
from dataclasses import dataclass

from coprod.surveys.easy_read.checker import RULES, EasyReadWarning

START_PAGE_FIELDS = {"easy_read_title": "easy-read title", "purpose": "why we are asking",
                     "who_sees_answers": "who sees the answers",
                     "what_happens_next": "what happens next"}
QUESTION_FIELDS = {"easy_read_text": "easy-read words", "hint": "hint",
                   "easy_read_label": "easy-read words", "symbol_alt": "picture's alt text"}
QUESTION_PLACE = re.compile(r"^questions\[(\d+)\](?:\.options\[(\d+)\])?(?:\.(\w+))?$")


@dataclass(frozen=True)
class Shown:
    """A warning as the builder shows it."""

    place: str
    rule: str
    message: str
    question_index: int | None


def describe(warning: EasyReadWarning) -> Shown:
    """"questions[2].options[0].easy_read_label" -> "Question 3, answer 1: easy-read words"."""
    rule = RULES.get(warning.rule, warning.rule)
    if warning.location in START_PAGE_FIELDS:
        return Shown(f"Start page: {START_PAGE_FIELDS[warning.location]}", rule,
                     warning.message, None)
    match = QUESTION_PLACE.match(warning.location)
    if not match:
        return Shown(warning.location or "Survey", rule, warning.message, None)
    index, option, name = match.groups()
    place = f"Question {int(index) + 1}"
    if option is not None:
        place += f", answer {int(option) + 1}"
    if name:
        place += f": {QUESTION_FIELDS.get(name, name.replace('_', ' '))}"
    return Shown(place, rule, warning.message, int(index))


def warnings_by_place(warnings: list[EasyReadWarning]) -> list[Shown]:
    """Every warning, described, in the order the respondent meets the words."""
    return [describe(warning) for warning in warnings]


def warnings_for_question(warnings: list[EasyReadWarning], index: int) -> list[Shown]:
    """The warnings about one question (0-based index), for its edit page."""
    return [shown for shown in map(describe, warnings) if shown.question_index == index]
