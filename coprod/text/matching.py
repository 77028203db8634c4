"""Finding compiled lemma phrases in a comment: shared by themes, sentiment and phrases."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from coprod.text.codebook import Cue
from coprod.text.tokens import CLAUSE_BREAKS, NEGATORS


def matches_at(lemmas: Sequence[str], i: int, cue: Cue) -> bool:
    """True when the cue's lemmas appear in the comment starting at position i."""
    return tuple(lemmas[i:i + len(cue.lemmas)]) == cue.lemmas


def find(lemmas: Sequence[str], index: dict[str, tuple[Cue, ...]]) -> Iterator[tuple[int, Cue]]:
    """Every (position, cue) whose phrase occurs; the index lists longest phrases first."""
    get = index.get
    lemmas = tuple(lemmas)
    for i, lem in enumerate(lemmas):
        cues = get(lem)
        if not cues:
            continue
        # Many phrases can share a first word ("school say", "school keep", ...): slice the
        # comment once per phrase length, not once per phrase.
        windows: dict[int, tuple[str, ...]] = {}
        for cue in cues:
            size = len(cue.lemmas)
            if size == 1:
                yield i, cue
                continue
            window = windows.get(size)
            if window is None:
                window = windows[size] = lemmas[i:i + size]
            if window == cue.lemmas:
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
