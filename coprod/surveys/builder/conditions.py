"""'Only show this question if…' in the survey builder: which earlier questions can decide,
setting and clearing a question's `show_if` (pure functions on the file form, like `builder`),
and the words the builder shows for it."""

from __future__ import annotations

import copy
from collections.abc import Sequence

from flask_babel import gettext as _

from coprod.surveys.builder.edits import (
    BuilderError,
    Data,
    checked,
    fixed_question_message,
    question_data,
)
from coprod.surveys.definition.share_words import is_share_words
from coprod.surveys.definition.survey import (
    Question,
    SurveyDefinition,
    answer_options,
    survey_from_dict,
)
from coprod.surveys.definition.types import CHOICE_TYPES


def deciding_questions(defn: SurveyDefinition, question_id: str) -> list[tuple[int, Question]]:
    """The questions asked before this one that have answers to pick from, with their number."""
    found: list[tuple[int, Question]] = []
    for number, question in enumerate(defn.questions, start=1):
        if question.id == question_id:
            break
        if question.type in CHOICE_TYPES:
            found.append((number, question))
    return found


def set_condition(data: Data, question_id: str, deciding_id: str,
                  values: Sequence[str]) -> Data:
    """Show the question only when the earlier question's answer is one of `values` (never
    the consent question: everyone who answers is asked it)."""
    if is_share_words(question_id):
        raise BuilderError([fixed_question_message()])
    defn = survey_from_dict(data)
    if deciding_id not in {q.id for _n, q in deciding_questions(defn, question_id)}:
        raise BuilderError([_("Choose a question asked before this one that has answers "
                              "to pick from")])
    deciding = defn.question(deciding_id)
    allowed = [option.value for option in answer_options(deciding)]
    if not values:
        raise BuilderError([_("Select at least one answer")])
    if any(value not in allowed for value in values):
        raise BuilderError([_("Select answers to ‘%(q)s’ only", q=deciding.text)])
    ordered = [value for value in allowed if value in values]
    new = copy.deepcopy(data)
    question_data(new, question_id)["show_if"] = (
        {"question": deciding_id, "equals": ordered[0]} if len(ordered) == 1
        else {"question": deciding_id, "in": ordered})
    return checked(new)


def clear_condition(data: Data, question_id: str) -> Data:
    """Show the question to everyone."""
    new = copy.deepcopy(data)
    question_data(new, question_id).pop("show_if", None)
    return checked(new)


def shown_only_if(defn: SurveyDefinition) -> dict[str, str]:
    """For each question with a condition: "Shown only if 'Question' is 'Yes' or 'Not sure'"."""
    words: dict[str, str] = {}
    for question in defn.questions:
        condition = question.show_if
        if condition is None:
            continue
        deciding = defn.question(condition.question)
        labels = {option.value: option.label for option in answer_options(deciding)}
        quoted = [f"‘{labels.get(value, value)}’" for value in condition.values]
        answers = (_("%(some)s or %(last)s", some=", ".join(quoted[:-1]), last=quoted[-1])
                   if len(quoted) > 1 else quoted[0])
        words[question.id] = _("Shown only if ‘%(q)s’ is %(a)s", q=deciding.text, a=answers)
    return words
