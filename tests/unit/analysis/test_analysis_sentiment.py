"""Sentiment reads family feedback the way a person would."""

from __future__ import annotations

import pytest

from coprod.analysis.pipeline import analyse


@pytest.mark.parametrize(
    "text",
    [
        "We had to fight for it.",
        "Still waiting.",
        "Nobody got back to us.",
        "They say they can't tell us where she is on the list. We just wait.",
        "Its been 31 weeks since we asked for the assessment.",
        "not once did anyone call",
    ],
)
def test_calm_complaints_are_negative(text: str) -> None:
    result = analyse(text)
    assert result.sentiment == "negative"
    assert result.polarity < 0


def test_special_educational_needs_alone_is_not_positive() -> None:
    result = analyse("special educational needs support")
    assert result.sentiment == "neutral"
    assert result.polarity == 0


def test_negated_problem_is_not_negative() -> None:
    assert analyse("No problems with transport at all, the driver is lovely.").sentiment == \
        "positive"


def test_sarcasm_about_waiting_is_negative() -> None:
    assert analyse("great, another 6 months wait. fantastic service.").sentiment == "negative"


def test_praise_and_complaint_in_one_comment_is_mixed() -> None:
    text = "The paediatrician was kind and thorough, but it took 19 months to get seen."
    assert analyse(text).sentiment == "mixed"


def test_plain_praise_is_positive() -> None:
    assert analyse("i like my teacher she helps me").sentiment == "positive"


def test_a_question_asking_for_information_is_neutral() -> None:
    assert analyse("How do I apply for a blue badge for my son?").sentiment == "neutral"


def test_polarity_stays_between_minus_one_and_one() -> None:
    for text in ["terrible awful worst disgraceful " * 20, "brilliant amazing thank you " * 20]:
        assert -1 <= analyse(text).polarity <= 1
