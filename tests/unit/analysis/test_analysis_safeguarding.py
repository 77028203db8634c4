"""Possible disclosures reach the safeguarding lead; parents' figures of speech do not."""

from __future__ import annotations

import pytest

from coprod.analysis.pipeline import analyse


@pytest.mark.parametrize(
    "text",
    [
        "my step dad hits me when mum is at work",
        "He told me he wants to die and doesn't see the point.",
        "I am not safe at home. please dont tell my mum",
        "My daughter has started cutting herself.",
        "She self-harmed last year and it has started again.",
        "my 10 year old keeps saying he wants to kill himself",
        "My ex partner is violent and the children have seen him hit me.",
        "There is no food in the house most weeks.",
        "my dad locks me in my room for a long time",
        "He took an overdose in the summer.",
        "A member of staff grabbed my son by the neck.",
        "mum's boyfriend shouts and throws things at us and my brother is scared",
    ],
)
def test_disclosures_are_flagged_with_a_reason(text: str) -> None:
    result = analyse(text)
    assert result.safeguarding is True
    assert result.safeguarding_reasons


@pytest.mark.parametrize(
    "text",
    [
        "This process is killing me.",
        "Honestly I could have killed the caseworker when she lost the paperwork.",
        "Fighting for support has become a full time job.",
        "The self-harm support group was great, she has made friends there.",
        "All staff have completed self-harm awareness training this term.",
        "The EHCP process nearly killed me.",
        "I'm dying inside every time another refusal arrives.",
        "I wanted to strangle the person on the phone.",
        "I'm sick to death of filling in surveys.",
        "Referrals now include a question on domestic abuse so we can signpost families.",
        "CAMHS crisis team were amazing when she was at her lowest.",
    ],
)
def test_figures_of_speech_and_service_names_are_not_flagged(text: str) -> None:
    assert analyse(text).safeguarding is False


@pytest.mark.parametrize(
    "text",
    [
        "I can't cope anymore. Three kids, no sleep, no respite.",
        "I'm at breaking point.",
        "We're at breaking point as a family and nobody is helping.",
        "Honestly I dont know how much longer I can do this.",
        "I felt like I couldn't cope and nobody came.",
        "I just can't do this anymore",
        "I honestly can't see a way out.",
    ],
)
def test_a_parent_in_crisis_reaches_the_safeguarding_lead(text: str) -> None:
    result = analyse(text)
    assert result.safeguarding is True
    assert result.safeguarding_reasons == ("parent or carer in crisis",)


@pytest.mark.parametrize(
    "text",
    [
        "I can't cope with the paperwork for the annual review.",
        "i cant cope with the school run anymore, its 2 hours a day",
        "The school can't cope with him.",
        "The service is at breaking point.",
        "I dont know how much longer we can wait for the assessment.",
        "I would not cope without her, she is a lifeline.",
        "I'm at the end of my tether with the council.",
    ],
)
def test_frustration_with_a_task_or_a_service_is_not_a_crisis_flag(text: str) -> None:
    assert analyse(text).safeguarding is False


@pytest.mark.parametrize(
    "text",
    [
        "He says he hates himself and wishes he was never born. He's 8.",
        "He told me a boy pushed him off the climbing frame on purpose.",
        "She came home with a black eye and the school said she fell.",
        "Kids go to bed hungry most nights now.",
    ],
)
def test_more_ways_children_are_at_risk_are_flagged(text: str) -> None:
    assert analyse(text).safeguarding is True


def test_a_hungry_child_on_medication_is_not_neglect() -> None:
    assert analyse("He is always hungry on his new medication.").safeguarding is False
