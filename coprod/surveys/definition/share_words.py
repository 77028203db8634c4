"""“Can we use your words?”: the question whose answer is a respondent's own yes or no to
quoting what they wrote (coprod.surveys.voice_link.share_consent). Survey files write it
themselves; the survey builder adds this one, after the survey's own questions, to every survey
it starts and to any survey published without it, and staff cannot change or remove it.

Pure functions on the file form (a dict) and on definitions: no Flask, no database."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from coprod.surveys.definition.survey import SurveyDefinition, survey_from_dict, survey_to_dict
from coprod.surveys.definition.types import SHARE_WORDS_QUESTION_ID

# The wording the shipped easy-read surveys use, with their pictures; "I don't understand" is
# offered on easy-read surveys as on every other question there (and counts as no answer).
SHARE_WORDS_QUESTION: Mapping[str, Any] = {
    "id": SHARE_WORDS_QUESTION_ID,
    "type": "single_choice",
    "text": "Can we use your words?",
    "easy_read_text": "Can we share your words?",
    "hint": "We may put what you wrote in a report or on our website.\n"
            "We will not share your name.\n"
            "We only do this if you say yes.",
    "symbol": "speech",
    "options": [
        {"value": "yes", "label": "Yes, you can use my words",
         "easy_read_label": "Yes, you can share my words", "symbol": "tick"},
        {"value": "no", "label": "No, do not use my words",
         "easy_read_label": "No, do not share my words", "symbol": "cross"},
    ],
}


def is_share_words(question_id: str | None) -> bool:
    """Whether this is the consent question (which staff cannot change, move or remove)."""
    return question_id == SHARE_WORDS_QUESTION_ID


def asks_share_words(data: Mapping[str, Any]) -> bool:
    """Whether a survey in file form asks "Can we use your words?"."""
    return any(isinstance(q, Mapping) and is_share_words(q.get("id"))
               for q in data.get("questions") or [])


def with_share_words(data: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of the survey in file form that asks the consent question: as it was when it
    asks it already (wherever a file put it), else with it added after every other question."""
    new = copy.deepcopy(dict(data))
    if not asks_share_words(new):
        new["questions"] = [*new.get("questions", []), copy.deepcopy(dict(SHARE_WORDS_QUESTION))]
    return new


def definition_with_share_words(defn: SurveyDefinition) -> SurveyDefinition:
    """The definition as it will be asked once published: with the consent question."""
    if SHARE_WORDS_QUESTION_ID in defn.question_ids:
        return defn
    return survey_from_dict(with_share_words(survey_to_dict(defn)), defn.slug)
