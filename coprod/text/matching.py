"""Finding compiled lemma phrases in a comment: shared by themes, sentiment and phrases."""

from __future__ import annotations

from collections.abc import Sequence

from coprod.text.codebook import Cue, CueIndex
from coprod.text.tokens import CLAUSE_BREAKS, NEGATORS


def find(lemmas: Sequence[str], index: CueIndex) -> list[tuple[int, Cue]]:
    """Every (position, cue) whose phrase occurs; the index lists longest phrases first."""
    # Most comments hold no word that begins a phrase of a given index (exclusions, pairs):
    # one set test in C says so before any loop.
    if index.keys().isdisjoint(lemmas):
        return []
    lemmas = tuple(lemmas)
    windows = index.windows
    out: list[tuple[int, Cue]] = []
    # One quick pass for the few words that begin any phrase; only those are looked at. Many
    # phrases can share a first word ("school say", "school keep", ...): the comment is sliced
    # once per phrase length and the slice looked up among the phrases of that length.
    for i in [i for i, lem in enumerate(lemmas) if lem in index]:
        for size, phrases in windows[lemmas[i]]:
            found = phrases.get(lemmas[i:i + size])
            if found:
                out.extend([(i, cue) for cue in found])
    return out


def negated(lemmas: Sequence[str], i: int, window: int = 3) -> bool:
    """True when a negator comes up to `window` words before i within the same clause."""
    for j in range(i - 1, max(-1, i - window - 1), -1):
        lem = lemmas[j]
        if lem in CLAUSE_BREAKS:
            return False
        if lem in NEGATORS:
            return True
    return False
