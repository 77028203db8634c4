"""The word-start gate never skips a rule that would have matched, and gates every rule."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from coprod.text.redaction import redact
from coprod.text.regex_gate import (
    branch_start_sets,
    required_start_sets,
    required_starts,
    token_starts,
)
from coprod.text.safeguarding import engine as safeguarding
from coprod.text.tokens import make_doc, normalise

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"\b(?:wants?|wanted|wish(?:es|ed)?) to die\b", "he wishes to die"),
        (r"\bgo(?:es|ing)? (?:to bed |to school )?hungry\b", "kids go to bed hungry"),
        (r"(?:\b(?:he|she)|\[name\])(?: \w+){0,3} cutting(?= ?$)", "[name] has started cutting"),
        (r"\bpunch\w* (?:me|him)\b", "he punched him"),
        (r"\btouch\w* (?:him|her)(?=.*\bnot like it\b)", "touches her and i do not like it"),
    ],
)
def test_a_gate_lets_through_every_text_its_pattern_matches(pattern: str, text: str) -> None:
    compiled = re.compile(pattern)
    gate = required_starts(compiled)
    assert compiled.search(text)
    assert gate and not gate.isdisjoint(token_starts(text))


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"\bi(?: \w+){0,2} not cop(?:e|ing)\b|\bbreaking point\b", "i just can not cope"),
        (r"\bi(?: \w+){0,2} not cop(?:e|ing)\b|\bbreaking point\b", "we are at breaking point"),
        (r"\b(?:not|never) (?:have|got) food\b|\bno food\b", "there is no food"),
        (r"\btouch\w* (?:him|her)(?=.*\bnot like it\b)", "touches her and i do not like it"),
    ],
)
def test_every_set_a_pattern_needs_and_one_way_of_its_alternatives_are_met(
        pattern: str, text: str) -> None:
    compiled = re.compile(pattern)
    starts = token_starts(text)
    assert compiled.search(text)
    sets = required_start_sets(compiled)
    assert sets and all(not s.isdisjoint(starts) for s in sets)
    ways = branch_start_sets(compiled)
    assert ways is None or any(all(not s.isdisjoint(starts) for s in way) for way in ways)


def test_each_alternative_of_a_pattern_needs_its_own_words() -> None:
    ways = branch_start_sets(re.compile(r"\bno food\b|\bnot safe at home\b"))
    assert ways is not None and len(ways) == 2
    starts = token_starts("no one is safe at home")  # "no", "safe", "home": neither way whole
    assert not any(all(not s.isdisjoint(starts) for s in way) for way in ways)


def test_a_pattern_with_no_word_it_needs_has_no_gate() -> None:
    assert required_starts(re.compile(r"\w+ (?:me|us)")) is None


def test_every_safeguarding_alternative_has_a_gate() -> None:
    assert all(gate for rule in safeguarding.RULES for _, gate in rule.parts)


def _ungated(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The reasons every rule gives when all of its alternatives are searched."""
    text = safeguarding._FIGURES.sub(" ", " ".join(tokens))
    text = safeguarding._NOT_SAID_OF_A_CHILD.sub(" ", text)  # blanked as check does
    reasons: list[str] = []
    for rule in safeguarding.RULES:
        if rule.reason in reasons or (rule.needs and not any(n in text for n in rule.needs)):
            continue
        if any(not safeguarding._cancelled(rule, text, m)
               for part, _ in rule.parts for m in part.finditer(text)):
            reasons.append(rule.reason)
    return tuple(reasons)


def test_the_gate_changes_no_result_on_any_labelled_comment() -> None:
    texts = [json.loads(line)["text"] for path in sorted(DATA.glob("theming_*.jsonl"))
             for line in path.read_text("utf-8").splitlines() if line.strip()]
    assert len(texts) > 500
    for text in texts:
        tokens = make_doc(redact(normalise(text))).tokens
        assert safeguarding.check(tokens).reasons == _ungated(tokens), text
