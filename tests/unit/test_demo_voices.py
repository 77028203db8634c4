"""Issue 18: demo words fit their speaker. A young person writes in the first person about
themselves, never "he is thriving" about a child; a parent carer writes about "my son" or "my
daughter" with the right pronouns; a practitioner writes calmly and professionally."""

import random
import re

import pytest

from coprod.voice.demo_voices import LINES, DemoVoices

TOPICS = sorted({topic for topics in LINES.values() for topic in topics})
ABOUT_A_CHILD = re.compile(r"\b(my|our) (son|daughter|youngest|eldest)\b|\bhe is thriving\b",
                           re.IGNORECASE)


def _lines(group: str, n: int = 400, seed: int = 7) -> list[str]:
    voices, rng = DemoVoices(random.Random(seed)), random.Random(seed)
    return [voices.say(group, rng.choice(TOPICS)) for _ in range(n)]


def test_young_people_speak_for_themselves():
    for line in _lines("young_person") + _lines("child", 60):
        assert not ABOUT_A_CHILD.search(line), line
    assert sum(bool(re.search(r"\b(I|me|my)\b", line, re.IGNORECASE))
               for line in _lines("young_person")) > 350


def test_parent_carers_speak_of_my_son_or_my_daughter_with_the_right_pronouns():
    lines = _lines("parent_carer")
    about = [line for line in lines if ABOUT_A_CHILD.search(line)]
    assert len(about) > 150
    for line in about:
        if re.search(r"\b(son|youngest)\b", line, re.IGNORECASE):
            assert not re.search(r"\b(she|her)\b", line, re.IGNORECASE), line
        if re.search(r"\b(daughter|eldest)\b", line, re.IGNORECASE):
            assert not re.search(r"\b(he|his|him)\b", line, re.IGNORECASE), line


def test_practitioners_write_in_a_calm_professional_register():
    for line in _lines("practitioner"):
        assert line[0].isupper() and line.endswith("."), line
        assert not re.search(r"!|\blol\b|exhausted|breaking point|\bmy (son|daughter)\b", line,
                             re.IGNORECASE), line


@pytest.mark.parametrize(("group", "as_many_as_the_demo"), [
    ("parent_carer", 200), ("young_person", 150), ("practitioner", 60)])
def test_no_line_is_said_word_for_word_more_than_twice(group, as_many_as_the_demo):
    lines = _lines(group, as_many_as_the_demo)
    assert max(lines.count(line) for line in lines) <= 2


def test_the_same_seed_says_the_same_things():
    assert _lines("parent_carer", 50) == _lines("parent_carer", 50)
    assert _lines("parent_carer", 50) != _lines("parent_carer", 50, seed=8)
