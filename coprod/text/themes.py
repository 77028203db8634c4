"""Coding a comment with the codebook's themes, several per comment, each with a confidence."""

from __future__ import annotations

from coprod.text.codebook import Codebook, Cue
from coprod.text.matching import find, negated
from coprod.text.tokens import SENTENCE_BREAKS, Doc

# A negated cue still names the topic ("no problems with transport" is about transport;
# "nobody answers the phone" is about communication), so negation keeps the theme.
NEGATED_FACTOR = 1.0
REPEAT_BONUS = 0.15
# How close the two words of a codebook pair must be ("the physio doesn't listen to us").
PAIR_WINDOW = 6


def _excluded(doc: Doc, codebook: Codebook) -> set[tuple[int, int]]:
    """(theme, position) pairs covered by one of that theme's exclusion phrases."""
    blocked: set[tuple[int, int]] = set()
    for i, cue in find(doc.lemmas, codebook.exclusion_index):
        blocked.update((cue.theme, i + k) for k in range(len(cue.lemmas)))
    return blocked


def excluded_theme_ids(doc: Doc, codebook: Codebook) -> frozenset[str]:
    """Themes one of whose exclusion phrases, or cues the area switched off, the comment holds:
    an area said that phrase is not the theme, so the learned layer does not suggest it
    either."""
    ids = codebook.ids
    return frozenset(ids[cue.theme] for index in (codebook.exclusion_index,
                                                  codebook.silenced_index)
                     for _, cue in find(doc.lemmas, index))


def own_cue_theme_ids(doc: Doc, codebook: Codebook) -> frozenset[str]:
    """Themes one of the area's own cue phrases names in the comment: the learned model never
    saw those phrases, so it must not overrule them ("hub card" is leisure in that area)."""
    ids = codebook.ids
    hits = find(doc.lemmas, codebook.own_cue_index) + _prefix_hits(
        doc, codebook.own_prefix_cues, codebook.own_prefix_stems)
    return frozenset(ids[cue.theme] for _, cue in hits)


def _prefix_hits(doc: Doc, cues: tuple[Cue, ...], stems: tuple[str, ...]
                 ) -> list[tuple[int, Cue]]:
    """Stem cues such as "diagnos*", which catch diagnosis, diagnosed and misspellings."""
    if not cues:
        return []
    return [(i, cue) for i, lem in enumerate(doc.lemmas) if len(lem) > 3 and lem.startswith(stems)
            for cue in cues if lem.startswith(cue.lemmas[0])]


def _pair_scores(doc: Doc, codebook: Codebook, scores: dict[int, float]) -> None:
    """Add each pair found (its two sides near each other in one sentence) to its theme once."""
    lemmas = doc.lemmas
    present = set(lemmas)
    for pair in codebook.pairs:
        if pair.first.keys().isdisjoint(present) or pair.second.keys().isdisjoint(present):
            continue
        firsts = [i for i, _ in find(lemmas, pair.first)]
        for j, _ in find(lemmas, pair.second):
            if any(abs(i - j) <= PAIR_WINDOW and i != j and not any(
                    t in SENTENCE_BREAKS for t in doc.tokens[min(i, j):max(i, j)])
                   for i in firsts):
                scores[pair.theme] = scores.get(pair.theme, 0.0) + pair.weight
                break


def theme_scores(doc: Doc, codebook: Codebook) -> dict[int, float]:
    """Sum the weights of each theme's distinct cues found in the comment."""
    blocked = _excluded(doc, codebook)
    covered: set[tuple[int, int]] = set()
    seen: set[tuple[int, tuple[str, ...]]] = set()
    scores: dict[int, float] = {}
    hits = find(doc.lemmas, codebook.cue_index) + _prefix_hits(doc, codebook.prefix_cues,
                                                             codebook.prefix_stems)
    for i, cue in hits:
        cells = [(cue.theme, k) for k in range(i, i + len(cue.lemmas))]
        if cells[0] in covered or (blocked and not blocked.isdisjoint(cells)):
            continue
        covered.update(cells)
        # (negation is looked for only while it changes the weight)
        weight = cue.weight * (NEGATED_FACTOR if NEGATED_FACTOR != 1.0 and negated(doc.lemmas, i)
                               else 1.0)
        key = (cue.theme, cue.lemmas)
        scores[cue.theme] = scores.get(cue.theme, 0.0) + (
            min(weight, REPEAT_BONUS) if key in seen else weight)
        seen.add(key)
    if codebook.pairs:
        _pair_scores(doc, codebook, scores)
    return scores


def confidence(score: float) -> float:
    """Map a cue score to 0..1: one strong cue gives 0.5, two give 0.75."""
    value: float = 1.0 - 0.5**score
    return round(value, 3)


def code_themes(doc: Doc, codebook: Codebook) -> list[tuple[str, float]]:
    """Themes whose confidence reaches the codebook's threshold, most confident first."""
    ids = codebook.ids
    found = [(ids[t], confidence(s)) for t, s in theme_scores(doc, codebook).items()]
    kept = [(tid, c) for tid, c in found if c >= codebook.min_confidence]
    return sorted(kept, key=lambda x: (-x[1], ids.index(x[0])))
