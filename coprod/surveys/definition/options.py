"""Answer options the app supplies itself, so every survey words and pictures them the same way."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from coprod.surveys.definition.types import (
    DONT_UNDERSTAND,
    HELPED_QUESTION_ID,
    NOT_APPLICABLE,
    PREFER_NOT_TO_SAY,
    Option,
    Question,
)

DONT_UNDERSTAND_OPTION = Option(
    DONT_UNDERSTAND, "I don't understand", "I don't understand", "dont_understand", exclusive=True
)
NOT_APPLICABLE_OPTION = Option(
    NOT_APPLICABLE, "Not applicable", "This is not about me", "not_for_me", exclusive=True
)
PREFER_NOT_TO_SAY_OPTION = Option(
    PREFER_NOT_TO_SAY,
    "Prefer not to say",
    "I don't want to say",
    "dont_want_to_say",
    exclusive=True,
)

FACES_3: tuple[Option, ...] = (
    Option("happy", "Happy", "Happy", "happy"),
    Option("ok", "OK", "OK", "ok"),
    Option("sad", "Sad", "Sad", "sad"),
)
FACES_5: tuple[Option, ...] = (
    Option("very_happy", "Very happy", "Very happy", "very_happy"),
    *FACES_3,
    Option("very_sad", "Very sad", "Very sad", "very_sad"),
)
YES_NO_NOT_SURE: tuple[Option, ...] = (
    Option("yes", "Yes", "Yes", "tick"),
    Option("no", "No", "No", "cross"),
    Option("not_sure", "Not sure", "I am not sure", "not_sure"),
)
AGREEMENT: tuple[Option, ...] = (
    Option("strongly_agree", "Strongly agree", "I agree a lot", "agree_a_lot"),
    Option("agree", "Agree", "I agree", "thumbs_up"),
    Option("neither", "Neither agree nor disagree", "I am not sure", "not_sure"),
    Option("disagree", "Disagree", "I disagree", "thumbs_down"),
    Option("strongly_disagree", "Strongly disagree", "I disagree a lot", "disagree_a_lot"),
)

# Used when an about_you question in a file gives no options of its own.
ABOUT_YOU_OPTIONS: Mapping[str, tuple[Option, ...]] = {
    "respondent_group": (
        Option("young_person", "A young person aged 25 or under", "I am a young person", "person"),
        Option("parent_carer", "A parent or carer", "I am a parent or carer", "family"),
        Option(
            "practitioner",
            "Someone who works with children and young people",
            "I work with children or young people",
            "worker",
        ),
        Option("someone_else", "Someone else", "Someone else", "question"),
    ),
    "age_band": (
        Option("13_or_under", "13 or under", "13 or younger"),
        Option("14_to_16", "14 to 16", "14 to 16"),
        Option("17_to_19", "17 to 19", "17 to 19"),
        Option("20_to_25", "20 to 25", "20 to 25"),
        Option("26_or_over", "26 or over", "26 or older"),
    ),
    "ethnicity": (
        Option("asian", "Asian or Asian British"),
        Option("black", "Black, Black British, Caribbean or African"),
        Option("mixed", "Mixed or multiple ethnic groups"),
        Option("white", "White"),
        Option("other", "Another ethnic group"),
    ),
    "gender": (
        Option("woman", "Woman or girl"),
        Option("man", "Man or boy"),
        Option("non_binary", "Non-binary"),
        Option("another_way", "In another way"),
    ),
    "disability": (
        Option("yes", "Yes", "Yes", "tick"),
        Option("no", "No", "No", "cross"),
    ),
    "home_language": (
        Option("english", "English"),
        Option("english_and_another", "English and another language"),
        Option("another_language", "Another language"),
        Option("bsl", "British Sign Language (BSL)"),
    ),
}

# Asked by the app at the end of every survey, so it is never written in a survey file.
HELPED_QUESTION = Question(
    id=HELPED_QUESTION_ID,
    type="single_choice",
    text="Did someone help you answer?",
    easy_read_text="Did someone help you answer?",
    hint="We ask so we can make our surveys easier to answer.",
    symbol="help",
    offer_dont_understand=True,
    options=(
        Option("on_my_own", "I answered on my own", "I answered on my own", "person"),
        Option("family_helped", "A family member helped me", "My family helped me", "family"),
        Option("worker_helped", "A worker helped me", "A worker helped me", "worker"),
        Option("answered_for_me", "Someone answered for me", "Someone answered for me", "speech"),
    ),
)


def scale_options(question_type: str, faces: int | None = None) -> tuple[Option, ...]:
    """The fixed options of a scale type (faces, yes/no/not sure, agreement); () for others."""
    if question_type == "faces":
        return FACES_5 if faces == 5 else FACES_3
    if question_type == "yes_no_not_sure":
        return YES_NO_NOT_SURE
    if question_type == "agreement":
        return AGREEMENT
    return ()


def answer_options(question: Question) -> tuple[Option, ...]:
    """Every option a respondent can pick, in order, including the ones the app adds."""
    if question.type == "about_you":
        own = question.options or ABOUT_YOU_OPTIONS.get(question.subtype or "", ())
        found = (*own, PREFER_NOT_TO_SAY_OPTION)
    else:
        found = question.options or scale_options(question.type, question.faces)
    if question.offer_not_applicable and question.type == "agreement":
        found = (*found, NOT_APPLICABLE_OPTION)
    if question.offer_dont_understand:
        found = (*found, DONT_UNDERSTAND_OPTION)
    return tuple(found)


def answer_values(question: Question) -> frozenset[str]:
    """The option values that are valid answers to a question (empty for pure free text)."""
    return frozenset(option.value for option in answer_options(question))


def raw_answer_values(question: Mapping[str, Any], dont_understand_default: bool) -> set[str]:
    """Answer values of a question still in file form, read defensively (it may be invalid)."""
    values = set(_own_values(question.get("options")))
    qtype = question.get("type")
    if qtype == "about_you":
        if not values:
            subtype = question.get("subtype")
            values = (
                {o.value for o in ABOUT_YOU_OPTIONS.get(subtype, ())}
                if isinstance(subtype, str)
                else set()
            )
        values.add(PREFER_NOT_TO_SAY)
    elif isinstance(qtype, str):
        values |= {option.value for option in scale_options(qtype, question.get("faces"))}
    if qtype == "agreement" and question.get("offer_not_applicable") is True:
        values.add(NOT_APPLICABLE)
    offered = question.get("offer_dont_understand", dont_understand_default)
    if offered is True:
        values.add(DONT_UNDERSTAND)
    return values


def _own_values(options: Any) -> Iterable[str]:
    """Option values written in a file, skipping anything malformed."""
    if not isinstance(options, list):
        return ()
    return [o["value"] for o in options if isinstance(o, dict) and isinstance(o.get("value"), str)]
