"""Key phrases per comment, and emerging topics that no theme covers yet."""

from __future__ import annotations

from coprod.text.codebook import load_default_codebook
from coprod.text.phrases import emerging_phrases
from coprod.text.pipeline import analyse


def test_comment_phrases_are_short_content_phrases() -> None:
    phrases = analyse("The blue badge application form is impossible to complete.").phrases
    assert phrases and "blue badge application" in phrases
    assert all(1 <= len(p.split()) <= 3 for p in phrases)


def test_emerging_phrases_finds_a_new_topic_and_ignores_covered_ones() -> None:
    texts = [
        "The fuel allowance was stopped without warning.",
        "Nobody told us the fuel allowance had ended.",
        "We relied on the fuel allowance to get to hospital.",
        "Still waiting for the EHCP, the taxi was late.",
        "The taxi was late again and the EHCP is wrong.",
    ]
    found = emerging_phrases(texts, load_default_codebook(), top_n=5)
    assert found[0].phrase == "fuel allowance"
    assert found[0].count == 3
    assert found[0].examples == (0, 1, 2)
    assert all("taxi" not in f.phrase and "ehcp" not in f.phrase for f in found)


def test_emerging_phrases_never_reveal_names() -> None:
    texts = ["My son Kwabena loves the Zumba club"] * 3
    found = emerging_phrases(texts, load_default_codebook(), min_count=2)
    assert all("kwabena" not in f.phrase for f in found)
