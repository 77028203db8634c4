"""Themes: several per comment, from lemmatised cues, and an area can edit its codebook."""

from __future__ import annotations

import pytest
import yaml

from coprod.text.codebook import (
    CodebookError,
    codebook_from_dict,
    default_codebook_dict,
    load_default_codebook,
)
from coprod.text.pipeline import analyse, by_rules

THEME_IDS = {
    "communication", "ehcp", "assessment_waits", "school_inclusion", "specialist_provision",
    "health_therapies", "mental_health", "social_care", "adulthood", "voice_coproduction",
    "workforce", "transport", "funding", "disputes", "early_help", "leisure_friendships",
}


def test_default_codebook_uses_exactly_the_shared_theme_ids() -> None:
    codebook = load_default_codebook()
    assert set(codebook.ids) == THEME_IDS
    for theme in codebook.themes:
        assert theme.name and theme.easy_read and theme.description


def test_a_comment_about_two_things_gets_both_themes() -> None:
    text = "The taxi never turns up and the transport team won't return my calls."
    ids = analyse(text).theme_ids
    assert "transport" in ids and "communication" in ids


def test_lemmas_match_other_word_forms() -> None:
    assert "assessment_waits" in analyse("We've been on the waiting lists for years").theme_ids
    assert "disputes" in analyse("We fought the council for 2 years").theme_ids


def test_text_speak_and_misspellings_are_understood() -> None:
    ids = analyse("ehcp wiating 9 months no1 answers the phone pls").theme_ids
    assert "ehcp" in ids and "communication" in ids


def test_negation_keeps_the_topic() -> None:
    assert "transport" in analyse("No problems with transport at all.").theme_ids
    assert "communication" in analyse("not once did anyone ring me back").theme_ids


def test_exclusions_stop_a_cue_in_the_wrong_context() -> None:
    ids = analyse("We asked for an EHC needs assessment in January.").theme_ids
    assert "ehcp" in ids and "assessment_waits" not in ids


def test_a_comment_with_no_theme_gets_none() -> None:
    assert analyse("Just filled this in as asked.").themes == ()


def test_confidences_are_between_zero_and_one_most_confident_first() -> None:
    result = analyse("Tribunal after mediation failed; we had to fight the LA for the plan.")
    confidences = [c for _, c in result.themes]
    assert confidences == sorted(confidences, reverse=True)
    assert all(0 < c <= 1 for c in confidences)


def test_an_area_cue_phrase_changes_the_result() -> None:
    text = "The Hub Card scheme has stopped working."
    assert "leisure_friendships" not in analyse(text).theme_ids
    edited = codebook_from_dict(
        {"themes": [{"id": "leisure_friendships", "cues": {"hub card": 1.0}}]},
        extend_default=True)
    assert "leisure_friendships" in analyse(text, edited).theme_ids


def test_an_area_exclusion_removes_a_theme() -> None:
    text = "The Transport Museum trip was brilliant."
    assert "transport" in analyse(text).theme_ids
    edited = codebook_from_dict(
        {"themes": [{"id": "transport", "exclusions": ["transport museum"]}]},
        extend_default=True)
    assert "transport" not in analyse(text, edited).theme_ids


def test_an_area_specific_theme_and_a_rename() -> None:
    edits = {"themes": [
        {"id": "digital_portal", "name": "The online portal", "easy_read": "The website",
         "description": "The EHCP hub portal", "cues": {"portal": 1.0, "log in": 1.0}},
        {"id": "transport", "name": "Travel"},
    ]}
    codebook = codebook_from_dict(edits, extend_default=True)
    assert codebook.theme("transport").name == "Travel"
    assert "digital_portal" in analyse("I can't log in to the portal", codebook).theme_ids


def test_a_full_codebook_dict_round_trips_through_yaml() -> None:
    data = yaml.safe_load(yaml.safe_dump(default_codebook_dict()))
    assert codebook_from_dict(data).ids == load_default_codebook().ids


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"themes": []}, "non-empty"),
        ({"themes": [{"id": "Bad Id", "name": "x"}]}, "lower case"),
        ({"themes": [{"id": "a_theme"}]}, "needs a name"),
        ({"themes": [{"id": "a_theme", "name": "A", "cues": {"x": 9}}]}, "weight"),
        ({"themes": [{"id": "a_theme", "name": "A"}, {"id": "a_theme", "name": "B"}]},
         "more than once"),
        ({"themes": [{"id": "a_theme", "name": "A", "pairs": [{"first": ["x"]}]}]}, "pair"),
        ({"themes": [{"id": "a_theme", "name": "A",
                      "pairs": [{"first": ["x"], "second": ["y"], "weight": 5}]}]}, "weight"),
    ],
)
def test_a_broken_codebook_is_refused_with_a_clear_message(data: dict, message: str) -> None:
    with pytest.raises(CodebookError, match=message):
        codebook_from_dict(data)


@pytest.mark.parametrize(
    "text",
    [
        "Nobody in the SEN team has ever actually met my son.",
        "We've had 4 different caseworkers since the summer.",
        "Never the same person twice, so we explain everything from scratch.",
        "Social worker changed again. That's 5.",
        "The physio doesn't listen to us.",
        "Please just give us one person who knows our family and stays.",
        "Caseworker turnover means families repeat their story.",
    ],
)
def test_workforce_without_a_word_for_staff(text: str) -> None:
    assert "workforce" in analyse(text).theme_ids


def test_a_person_word_far_from_a_quality_word_is_not_the_workforce_cue() -> None:
    # The codebook's workforce cue needs a word for staff near a word for how they do the job.
    # (The learned layer judges on its own: retrained in session 16, it reads this "teacher" as
    # workforce, a guess a person confirms or rejects on the review screen.)
    text = "The teacher sent the homework home. It was nice weather at the park so we went."
    themes = dict(by_rules(text, load_default_codebook()).themes)
    assert "workforce" not in themes


def test_an_area_can_add_a_theme_found_by_a_pair() -> None:
    edits = {"themes": [{"id": "drivers_on_phones", "name": "Drivers on phones", "pairs": [
        {"first": ["driver"], "second": ["phone"], "weight": 1.0}]}]}
    book = codebook_from_dict(edits, extend_default=True)
    assert "drivers_on_phones" in analyse("The driver was on his phone.", book).theme_ids
    assert "drivers_on_phones" not in analyse("The driver is kind. I rang the office on my phone.",
                                              book).theme_ids


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("School wont put anything in place until he has a diagnosis.", True),
        ("school makes me feel sick every morning", True),
        ("I get a taxi to school", False),
    ],
)
def test_the_school_acting_is_inclusion_a_trip_to_school_is_not(text: str, expected: bool) -> None:
    assert ("school_inclusion" in analyse(text).theme_ids) is expected


def test_no_friends_at_school_is_about_friendships() -> None:
    # The corpus files a child alone at school under friendships and, often, school inclusion
    # too; the learned layer now suggests both, so only friendships is asserted here.
    assert "leisure_friendships" in analyse("I dont have any friends at school.").theme_ids


def test_a_parents_own_job_is_not_preparing_for_adulthood() -> None:
    text = "He hasnt been in school since October and I've had to give up my job."
    assert "adulthood" not in analyse(text).theme_ids


def test_services_not_talking_to_each_other_is_communication() -> None:
    text = "Six professionals for one child and none of them talk to each other."
    assert "communication" in analyse(text).theme_ids


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("He says he hates himself and wishes he was never born.", "mental_health"),
        ("Kids go to bed hungry most nights now.", "social_care"),
    ],
)
def test_a_disclosure_is_counted_under_the_theme_it_is_about(text: str, theme: str) -> None:
    result = analyse(text)
    assert result.safeguarding and theme in result.theme_ids


def test_a_disclosure_theme_is_not_added_when_the_area_removed_it() -> None:
    book = codebook_from_dict({"remove_themes": ["mental_health"]}, extend_default=True)
    result = analyse("He wishes he was never born.", book)
    assert result.safeguarding and "mental_health" not in result.theme_ids
