"""Every shortcut taken for speed gives exactly what the plain way gives, on every labelled
comment: a skipped pattern could not have matched, a skipped word held no evidence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coprod.text import names, redaction, sentiment
from coprod.text.codebook import load_default_codebook
from coprod.text.matching import find
from coprod.text.regex_gate import token_starts
from coprod.text.tokens import make_doc, normalise

DATA = Path(__file__).resolve().parents[2] / "data"
TEXTS = [json.loads(line)["text"] for path in (DATA / "corpus" / "dev.jsonl",
                                                DATA / "theming_dev.jsonl",
                                                DATA / "theming_holdout2.jsonl")
         for line in path.read_text("utf-8").splitlines() if line.strip()]
# Personal data of every kind, and long runs of spaces before a capitalised word.
TEXTS += ["Ring 0044 7911 123456 or 0116 496 0123, NHS no. 401 023 2137, LE1 6ZZ.",
          "We live at 27 mill lane, 12 Park Road; DOB: 01/02/2015, born on 3rd May 2016.",
          "Email jo@example.org or see www.example.org.   \n\n      Kwabena has gone.",
          "Thanks." + " " * 60 + "Sarah said so", "- Jake went", ""]


def _every_pass(text: str) -> str:
    for _could_hold, apply in redaction._PASSES:
        text = apply(text)
    return text


@pytest.mark.parametrize("text", TEXTS)
def test_redaction_skips_a_pattern_only_where_it_could_not_match(text: str) -> None:
    clean = normalise(text)
    assert redaction.redact_patterns(clean) == _every_pass(clean)


def test_a_sentence_start_is_found_as_searching_all_the_text_before_finds_it() -> None:
    for text in TEXTS:
        for word in redaction._WORD.finditer(text):
            assert names._starts_sentence(text, word.start()) == bool(
                names._SENTENCE_END.search(text[:word.start()])), (text, word.group())


def _find_plainly(lemmas: tuple[str, ...], index) -> list:
    return [(i, cue) for i in range(len(lemmas)) for cue in index.get(lemmas[i], ())
            if lemmas[i:i + len(cue.lemmas)] == cue.lemmas]


def _contributions_plainly(doc, codebook) -> list:
    """sentiment._contributions without its skip of words that carry no evidence."""
    lexicon, out, i = sentiment._lexicon(), [], 0
    while i < len(doc.tokens):
        value, step, cue = sentiment._value_at(doc, i, codebook, lexicon)
        if value and sentiment.negated(doc.lemmas, i) and not (
                cue and cue.lemmas[0] in ("no", "not")):
            value *= sentiment.NEGATION_FACTOR
        if value:
            out.append((i, value, value > 0 and sentiment._is_sarcastic(doc, i)))
        i += step
    return out


def test_cues_evidence_and_word_starts_are_found_as_the_plain_way_finds_them() -> None:
    codebook = load_default_codebook()
    for text in TEXTS:
        doc = make_doc(redaction.redact(normalise(text)))
        for index in (codebook.cue_index, codebook.exclusion_index, codebook.sentiment_index):
            assert find(doc.lemmas, index) == _find_plainly(doc.lemmas, index)
        assert sentiment._contributions(doc, codebook) == _contributions_plainly(doc, codebook)
        joined = " ".join(doc.tokens)
        assert token_starts(joined) == frozenset(
            token[:k] for token in joined.split() if len(token) >= 3
            for k in range(3, min(len(token), 6) + 1))
