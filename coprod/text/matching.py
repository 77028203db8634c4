"""Finding compiled lemma phrases in a comment: shared by themes, sentiment and phrases."""

from __future__ import annotations

from collections.abc import Sequence

from coprod.text.codebook import Cue
from coprod.text.tokens import CLAUSE_BREAKS, NEGATORS


def matches_at(lemmas: Sequence[str], i: int, cue: Cue) -> bool:
    """True when the cue's lemmas appear in the comment starting at position i."""
    return tuple(lemmas[i:i + len(cue.lemmas)]) == cue.lemmas


def find(lemmas: Sequence[str], index: dict[str, tuple[Cue, ...]]) -> list[tuple[int, Cue]]:
    """Every (position, cue) whose phrase occurs; the index lists longest phrases first."""
    # Most comments hold no word that begins a phrase of a given index (exclusions, pairs):
    # one set test in C says so before any loop.
    if index.keys().isdisjoint(lemmas):
        return []
    lemmas = tuple(lemmas)
    # One quick pass for the few words that begin any phrase; only those are looked at.
    starts = [i for i, lem in enumerate(lemmas) if lem in index]
    out: list[tuple[int, Cue]] = []
    for i in starts:
        # Many phrases can share a first word ("school say", "school keep", ...): slice the
        # comment once per phrase length, not once per phrase.
        windows: dict[int, tuple[str, ...]] = {}
        for cue in index[lemmas[i]]:
            size = len(cue.lemmas)
            if size == 1:
                out.append((i, cue))
                continue
            window = windows.get(size)
            if window is None:
                window = windows[size] = lemmas[i:i + size]
            if window == cue.lemmas:
                out.append((i, cue))
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
