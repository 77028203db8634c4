"""Respondents see only the questions that apply to them, and every question offers the answers
the app promises: scales, "Prefer not to say" and "I don't understand"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from coprod.surveys.definition.rules import SURVEYS_DIR
from coprod.surveys.definition.survey import (
    AGREEMENT,
    FACES_5,
    HELPED_QUESTION,
    Condition,
    Question,
    answer_options,
    answer_values,
    load_survey_text,
    survey_from_dict,
    survey_to_dict,
    visible_questions,
)
from coprod.surveys.definition.types import QUESTION_TYPES

CHAIN = """
- id: know_caseworker
  type: yes_no_not_sure
  text: Do you know your caseworker?
  easy_read_text: Do you know your caseworker?
- id: how_you_talk
  type: multiple_choice
  text: How do you talk?
  easy_read_text: How do you talk?
  show_if: {question: know_caseworker, equals: "yes"}
  options:
    - {value: phone, label: Phone, easy_read_label: Phone}
    - {value: email, label: Email, easy_read_label: Email}
- id: phone_easy
  type: faces
  text: How is talking on the phone?
  easy_read_text: How is talking on the phone?
  show_if: {question: how_you_talk, in: [phone]}
- id: anything_else
  type: free_text
  text: Anything else?
  easy_read_text: Anything else?
"""


@pytest.fixture
def chain(survey_yaml: Callable[..., str]):
    return load_survey_text(survey_yaml(CHAIN))


def ids(questions: list[Question]) -> list[str]:
    return [question.id for question in questions]


def test_before_any_answers_only_unconditional_questions_show(chain) -> None:
    assert ids(visible_questions(chain, {})) == ["know_caseworker", "anything_else"]


def test_saying_yes_opens_the_follow_up_question(chain) -> None:
    shown = visible_questions(chain, {"know_caseworker": "yes"})
    assert ids(shown) == ["know_caseworker", "how_you_talk", "anything_else"]


def test_a_multiple_choice_answer_that_includes_the_value_shows_the_question(chain) -> None:
    answers = {"know_caseworker": "yes", "how_you_talk": ["email", "phone"]}
    assert "phone_easy" in ids(visible_questions(chain, answers))


def test_an_answer_left_over_from_a_hidden_question_shows_nothing(chain) -> None:
    answers = {"know_caseworker": "no", "how_you_talk": ["phone"]}
    assert ids(visible_questions(chain, answers)) == ["know_caseworker", "anything_else"]


def test_a_condition_matches_one_value_or_any_of_several() -> None:
    condition = Condition("feel", ("sad", "very_sad"))
    assert condition.matches("sad")
    assert condition.matches(["happy", "very_sad"])
    assert not condition.matches("happy")
    assert not condition.matches(None)


@pytest.mark.parametrize("question_type", QUESTION_TYPES)
def test_i_dont_understand_is_an_answer_for_every_question_type(question_type: str) -> None:
    options = [{"value": v, "label": v, "easy_read_label": v} for v in ("a", "b")]
    extra = {
        "single_choice": {"options": options},
        "multiple_choice": {"options": options},
        "about_you": {"subtype": "age_band"},
    }.get(question_type, {})
    question = {"id": "q", "type": question_type, "text": "Words", "easy_read_text": "Words"}
    defn = survey_from_dict({**_survey_dict(), "questions": [{**question, **extra}]})
    options = answer_options(defn.questions[0])
    assert options[-1].value == "dont_understand"
    assert options[-1].exclusive


def test_easy_read_surveys_offer_i_dont_understand_unless_turned_off() -> None:
    question = {"id": "q", "type": "faces", "text": "How?", "easy_read_text": "How?"}
    easy = survey_from_dict({**_survey_dict(), "questions": [question]})
    plain = survey_from_dict({**_survey_dict(), "easy_read": False, "questions": [question]})
    turned_off = survey_from_dict(
        {**_survey_dict(), "questions": [{**question, "offer_dont_understand": False}]}
    )
    assert easy.questions[0].offer_dont_understand
    assert not plain.questions[0].offer_dont_understand
    assert not turned_off.questions[0].offer_dont_understand
    assert survey_to_dict(turned_off)["questions"][0]["offer_dont_understand"] is False


def test_about_you_questions_always_offer_prefer_not_to_say() -> None:
    question = Question("ethnicity", "about_you", "What is your ethnic group?", subtype="ethnicity")
    values = [option.value for option in answer_options(question)]
    assert values[0] == "asian"
    assert values[-1] == "prefer_not_to_say"
    assert question.is_equality_question


def test_scales_are_the_same_on_every_survey() -> None:
    five_faces = Question("overall", "faces", "Overall?", faces=5)
    assert answer_options(five_faces) == FACES_5
    assert [o.symbol for o in FACES_5] == ["very_happy", "happy", "ok", "sad", "very_sad"]
    assert answer_values(Question("a", "agreement", "Agree?")) == {o.value for o in AGREEMENT}


def test_the_helped_question_is_an_ordinary_single_choice_question() -> None:
    assert HELPED_QUESTION.type == "single_choice"
    assert [o.value for o in HELPED_QUESTION.options] == [
        "on_my_own",
        "family_helped",
        "worker_helped",
        "answered_for_me",
    ]
    assert answer_options(HELPED_QUESTION)[-1].value == "dont_understand"


def test_a_survey_is_open_between_its_dates_inclusive() -> None:
    defn = survey_from_dict(
        {**_survey_dict(), "opens_on": date(2026, 3, 1), "closes_on": "2026-03-31"}
    )
    assert defn.opens_on == date(2026, 3, 1)
    assert not defn.is_open_on(date(2026, 2, 28))
    assert defn.is_open_on(date(2026, 3, 31))
    assert not defn.is_open_on(date(2026, 4, 1))
    assert survey_to_dict(defn)["closes_on"] == "2026-03-31"


def test_the_shipped_templates_live_in_the_surveys_folder() -> None:
    assert (SURVEYS_DIR / "schema.json").is_file()


def _survey_dict() -> dict:
    return {
        "slug": "drop-in",
        "title": "Drop-in feedback",
        "easy_read_title": "Tell us about the drop-in",
        "audience": "everyone",
        "easy_read": True,
        "purpose": "We want to know what you think.",
        "minutes": 2,
        "who_sees_answers": "A small team will read your answers.",
        "what_happens_next": "We will read every answer.",
        "questions": [{"id": "q", "type": "faces", "text": "How?", "easy_read_text": "How?"}],
    }
