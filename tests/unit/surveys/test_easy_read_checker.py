"""An officer writing an easy-read survey is told, rule by rule, which words to look at again."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from coprod.surveys.definition.survey import (
    ABOUT_YOU_OPTIONS,
    AGREEMENT,
    DONT_UNDERSTAND_OPTION,
    FACES_5,
    HELPED_QUESTION,
    PREFER_NOT_TO_SAY_OPTION,
    YES_NO_NOT_SURE,
    load_survey_text,
)
from coprod.surveys.easy_read.checker import RULES, check_survey, check_survey_file, check_text
from coprod.surveys.easy_read.words import syllables


def rules(text: str) -> list[str]:
    return [warning.rule for warning in check_text(text)]


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        (
            "We would really like to hear about everything that happened to you at the "
            "meeting last week.",
            "long-sentence",
        ),
        ("We will send you the information about the organisation.", "long-word"),
        ("Tell us about your EHCP.", "jargon"),
        ("Did your SENCO help you?", "jargon"),
        ("How do you travel and who helps you?", "two-questions"),
        ("Do you like college or would you rather work?", "two-questions"),
        ("Is it good? Is it bad?", "two-questions"),
        ("The survey takes three minutes.", "number-words"),
    ],
)
def test_each_rule_flags_a_sample_sentence(sentence: str, rule: str) -> None:
    assert rules(sentence) == [rule]
    assert rule in RULES


@pytest.mark.parametrize(
    "sentence",
    [
        "We will read every answer.",
        "The survey takes 3 minutes.",
        "We want to know what you think about college.",
        "Everybody can find information about getting a job.",
        "Do you like school and college?",
        "It is OK to see your GP or the NHS.",
        "We will tell no one your name.",
        "We will tell you what we did and how it went.",
    ],
)
def test_plain_sentences_pass(sentence: str) -> None:
    assert check_text(sentence) == []


def test_a_sentence_of_exactly_15_words_passes_and_16_does_not() -> None:
    fifteen = "one " * 14 + "more."
    assert rules(fifteen) == []
    assert rules("one " + fifteen) == ["long-sentence"]


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("school", 1),
        ("people", 2),
        ("question", 2),
        ("language", 2),
        ("family", 3),
        ("caseworker", 3),
        ("everything", 3),
        ("anybody", 4),
        ("community", 4),
        ("activities", 4),
        ("independent", 4),
        ("communication", 5),
    ],
)
def test_syllables_are_counted_right_for_common_words(word: str, count: int) -> None:
    assert syllables(word) == count


@pytest.mark.parametrize(
    "explained",
    [
        "Your EHC plan (a plan for your education, health and care) is ready.",
        "Ask the teacher who plans extra help at school (the SENCO).",
        "A caseworker is the person at the council who looks after your plan.",
        "CAMHS stands for the NHS service for young people's mental health.",
        "The person who looks after your plan is called a caseworker.",
    ],
)
def test_jargon_explained_where_it_appears_passes(explained: str) -> None:
    assert check_text(explained) == []


def test_saying_something_about_a_term_is_not_explaining_it() -> None:
    assert rules("Your EHCP is late.") == ["jargon"]


def test_capitals_for_shouting_are_treated_like_an_acronym() -> None:
    assert rules("Please do NOT write your name.") == ["jargon"]


def test_names_are_not_long_words() -> None:
    assert check_text("Come to the Birmingham Library on Monday.") == []


def test_a_term_explained_in_a_question_hint_counts_for_that_page(
    survey_yaml: Callable[..., str],
) -> None:
    defn = load_survey_text(
        survey_yaml(
            """
            - id: know
              type: yes_no_not_sure
              text: Do you know your caseworker?
              easy_read_text: Do you know your caseworker?
              hint: Your caseworker is the person at the council who looks after your plan.
              symbol: worker
            - id: like
              type: faces
              text: How do you feel about your caseworker?
              easy_read_text: How do you feel about your caseworker?
              symbol: heart
            """
        )
    )
    warnings = check_survey(defn)
    assert [(w.location, w.rule) for w in warnings] == [("questions[1].easy_read_text", "jargon")]


def test_easy_read_questions_need_a_picture_and_pictures_need_alt_text(
    survey_yaml: Callable[..., str],
) -> None:
    defn = load_survey_text(
        survey_yaml(
            """
            - id: feel
              type: faces
              text: How do you feel?
              easy_read_text: How do you feel?
            """
        )
    )
    assert [w.rule for w in check_survey(defn)] == ["missing-symbol"]
    drafted = replace(defn.questions[0], symbol="made_up", symbol_alt=" ")
    warnings = check_survey(replace(defn, questions=(drafted,)))
    assert [(w.location, w.rule) for w in warnings] == [("questions[0].symbol_alt", "missing-alt")]


def test_the_command_line_gets_each_warning_with_its_line(
    tmp_path: Path, survey_yaml: Callable[..., str]
) -> None:
    path = tmp_path / "drop-in.yaml"
    text = survey_yaml(
        """
        - id: feel
          type: faces
          text: How do you feel?
          easy_read_text: How do you feel about your annual review?
          symbol: happy
        """
    )
    path.write_text(text, encoding="utf-8")
    [line] = check_survey_file(path)
    assert line.startswith("drop-in.yaml, line 14, questions[0].easy_read_text: Explain")
    assert line.endswith("(jargon)")


def test_the_command_line_shows_load_problems_for_a_broken_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("slug: [broken\n", encoding="utf-8")
    [line] = check_survey_file(path)
    assert line.startswith("broken.yaml, line 2:")


def test_the_answers_the_app_adds_are_easy_read_themselves() -> None:
    options = [
        *FACES_5,
        *YES_NO_NOT_SURE,
        *AGREEMENT,
        DONT_UNDERSTAND_OPTION,
        PREFER_NOT_TO_SAY_OPTION,
        *HELPED_QUESTION.options,
        *ABOUT_YOU_OPTIONS["respondent_group"],
        *ABOUT_YOU_OPTIONS["age_band"],
    ]
    for option in options:
        assert check_text(option.words(easy_read=True), is_question=False) == [], option
    assert check_text(HELPED_QUESTION.easy_read_text or "") == []
    assert check_text(HELPED_QUESTION.hint or "", is_question=False) == []
