"""Finding compiled lemma phrases in a comment: shared by themes, sentiment and phrases."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from coprod.analysis.codebook import Cue
from coprod.analysis.text import CLAUSE_BREAKS, NEGATORS


def matches_at(lemmas: Sequence[str], i: int, cue: Cue) -> bool:
    """True when the cue's lemmas appear in the comment starting at position i."""
    return tuple(lemmas[i:i + len(cue.lemmas)]) == cue.lemmas


def find(lemmas: Sequence[str], index: dict[str, tuple[Cue, ...]]) -> Iterator[tuple[int, Cue]]:
    """Every (position, cue) whose phrase occurs; the index lists longest phrases first."""
    get = index.get
    for i, lem in enumerate(lemmas):
        cues = get(lem)
        if not cues:
            continue
        for cue in cues:
            if len(cue.lemmas) == 1 or tuple(lemmas[i:i + len(cue.lemmas)]) == cue.lemmas:
                yield i, cue


def negated(lemmas: Sequence[str], i: int, window: int = 3) -> bool:
    """True when a negator comes up to `window` words before i within the same clause."""
    for j in range(i - 1, max(-1, i - window - 1), -1):
        lem = lemmas[j]
        if lem in CLAUSE_BREAKS:
            return False
        if lem in NEGATORS:
            return True
    return False
