"""The typed shape of a survey definition: plain frozen dataclasses, no Flask, no database."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal, get_args

Audience = Literal["young_people", "parent_carers", "practitioners", "everyone"]
QuestionType = Literal[
    "single_choice",
    "multiple_choice",
    "faces",
    "yes_no_not_sure",
    "free_text",
    "agreement",
    "about_you",
]
AboutYouSubtype = Literal[
    "respondent_group", "age_band", "ethnicity", "gender", "disability", "home_language"
]
# One question's answer: an option value, a list of option values (multiple choice), or text.
Answer = str | Sequence[str] | None

AUDIENCES: tuple[str, ...] = get_args(Audience)
QUESTION_TYPES: tuple[str, ...] = get_args(QuestionType)
ABOUT_YOU_SUBTYPES: tuple[str, ...] = get_args(AboutYouSubtype)
# Equality monitoring questions: always optional, always with "Prefer not to say".
EQUALITY_SUBTYPES = frozenset({"ethnicity", "gender", "disability", "home_language"})
# Question types whose answers are option values (so a show_if can point at them).
CHOICE_TYPES: frozenset[str] = frozenset(QUESTION_TYPES) - {"free_text"}

DONT_UNDERSTAND = "dont_understand"
PREFER_NOT_TO_SAY = "prefer_not_to_say"
NOT_APPLICABLE = "not_applicable"
# Values the app adds itself, so a survey file may not use them for its own options.
RESERVED_VALUES: frozenset[str] = frozenset({DONT_UNDERSTAND, PREFER_NOT_TO_SAY, NOT_APPLICABLE})
HELPED_QUESTION_ID = "helped_answer"
# "Can we use your words?": a question with this id, a single choice answered "yes" or "no",
# is the respondent's own answer to quoting their free-text words (without their name) on
# public pages and in reports. Nothing they wrote can be approved for publication without a yes.
SHARE_WORDS_QUESTION_ID = "share_words"
SHARE_WORDS_VALUES = frozenset({"yes", "no"})
DEFAULT_FACES = 3
DEFAULT_MAX_CHARS = 1000
MAX_CHARS_LIMIT = 5000


@dataclass(frozen=True)
class Option:
    """One answer someone can pick: a stable slug `value` and the words shown for it."""

    value: str
    label: str
    easy_read_label: str | None = None
    symbol: str | None = None
    symbol_alt: str | None = None
    exclusive: bool = False  # picking it clears the others ("I don't understand", "None")

    def words(self, easy_read: bool) -> str:
        """The words to show: the easy-read label on easy-read surveys when there is one."""
        return (self.easy_read_label or self.label) if easy_read else self.label


@dataclass(frozen=True)
class Condition:
    """Show a question only when an earlier answer is one of `values` (`equals` or `in`)."""

    question: str
    values: tuple[str, ...]

    def matches(self, answer: Answer) -> bool:
        """True when the answer (one value or several) includes one of the values."""
        if answer is None:
            return False
        if isinstance(answer, str):
            return answer in self.values
        return any(value in self.values for value in answer)


@dataclass(frozen=True)
class Question:
    """One question, one page. Fields that a type does not use are left at their defaults."""

    id: str
    type: QuestionType
    text: str
    easy_read_text: str | None = None
    hint: str | None = None
    symbol: str | None = None
    symbol_alt: str | None = None
    required: bool = False
    offer_dont_understand: bool = False
    # Agreement only: "Not applicable" for people the statement does not fit, kept out of the
    # scale instead of skewing "Neither".
    offer_not_applicable: bool = False
    options: tuple[Option, ...] = ()  # choice questions; about_you may override its defaults
    faces: int | None = None  # 3 or 5, faces questions only
    max_chars: int | None = None  # free_text only
    subtype: AboutYouSubtype | None = None  # about_you only
    show_if: Condition | None = None

    def words(self, easy_read: bool) -> str:
        """The question to show: its easy-read words on easy-read surveys."""
        return (self.easy_read_text or self.text) if easy_read else self.text

    @property
    def about_the_person(self) -> bool:
        """Asks who is answering (age, group, ethnicity, who helped), not what they think or
        what happened to them: an answer to it is never something they "said"."""
        return self.type == "about_you" or self.id == HELPED_QUESTION_ID

    @property
    def is_equality_question(self) -> bool:
        """Equality questions are always skippable and reported only in aggregate."""
        return self.type == "about_you" and self.subtype in EQUALITY_SUBTYPES


@dataclass(frozen=True)
class SurveyDefinition:
    """A whole survey as loaded from `surveys/<slug>.yaml` or built in the survey builder."""

    slug: str
    title: str
    easy_read_title: str
    audience: Audience
    easy_read: bool
    purpose: str
    minutes: int
    who_sees_answers: str
    what_happens_next: str
    questions: tuple[Question, ...]
    opens_on: date | None = None
    closes_on: date | None = None
    anonymous: bool = True

    def question(self, question_id: str) -> Question:
        """The question with this id; KeyError when there is none."""
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(question_id)

    @property
    def respondent_title(self) -> str:
        """The title respondents see: the easy-read title on an easy-read survey."""
        return self.easy_read_title if self.easy_read else self.title

    @property
    def question_ids(self) -> tuple[str, ...]:
        """Question ids in the order they are asked."""
        return tuple(question.id for question in self.questions)

    def is_open_on(self, day: date) -> bool:
        """Whether people can answer on this day; both dates are inclusive and optional."""
        if self.opens_on is not None and day < self.opens_on:
            return False
        return self.closes_on is None or day <= self.closes_on
