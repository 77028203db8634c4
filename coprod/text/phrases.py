"""Key phrases: cheap per comment, and across many comments the topics no theme covers yet."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from coprod.text.codebook import Codebook
from coprod.text.redaction import redact
from coprod.text.tokens import CLAUSE_BREAKS, Doc, make_doc, normalise

STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each even ever every
few for from further get got had has have having he her here hers herself him himself his how
i if in into is it its itself just let like me more most much must my myself no nor not now of
off on once only or other our ours ourselves out over own really same she should so some still
such than that the their theirs them themselves then there these they this those through to
too under until up upon us very was we were what when where which while who whom why will with
would you your yours yourself yet one two three four five six also etc thing things lot lots
way ok okay please thanks thank go going gone went say said says tell told make made know
want need needs got getting keep kept come came take took put see seen think feel felt try
tried give gave look around back again always never nothing nobody anyone someone everyone
something anything everything already since day days week weeks month months year years time
times today yesterday now just well even much many new old good bad big little right left
able because though although however whether either neither another other others else sure
cannot dont didnt doesnt wont cant isnt wasnt im ive re s t d ll m
""".split())
MAX_WORDS = 3


@dataclass(frozen=True, slots=True)
class EmergingPhrase:
    """A phrase many comments share that no theme's cues cover, with where to read it."""

    phrase: str
    count: int
    examples: tuple[int, ...]


def _runs(tokens: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) spans of consecutive content words, as RAKE splits a text."""
    runs: list[tuple[int, int]] = []
    start = None
    # Words that can be part of a key phrase: not stopwords, markers, numbers or breaks.
    content = [len(t) > 1 and t not in STOPWORDS and t not in CLAUSE_BREAKS
               and not t.startswith("[") and not t.isdigit() for t in tokens]
    for i, is_content in enumerate([*content, False]):
        if is_content:
            start = i if start is None else start
        elif start is not None:
            runs.append((start, i))
            start = None
    return runs


def key_phrases(doc: Doc, limit: int = 5) -> list[str]:
    """A comment's key phrases: its runs of content words, longest first, then single words."""
    runs = _runs(doc.tokens)
    multi = [(s, min(e, s + MAX_WORDS)) for s, e in runs if e - s > 1]
    multi.sort(key=lambda span: (-(span[1] - span[0]), span[0]))
    out = [" ".join(doc.tokens[s:e]) for s, e in multi]
    singles = [doc.tokens[s] for s, e in runs if e - s == 1 and len(doc.tokens[s]) > 3]
    result = list(dict.fromkeys([*out, *singles]))  # in order, each once
    return result[:limit]


def _ngrams(doc: Doc) -> Iterable[tuple[tuple[str, ...], str]]:
    """Every 1- to 3-word n-gram inside a content run, as (lemma key, surface text)."""
    for s, e in _runs(doc.tokens):
        for n in range(1, MAX_WORDS + 1):
            for i in range(s, e - n + 1):
                yield doc.lemmas[i:i + n], " ".join(doc.tokens[i:i + n])


def _covered(key: tuple[str, ...], cues: frozenset[tuple[str, ...]]) -> bool:
    """True when a theme cue lies inside the phrase or the phrase lies inside a cue."""
    n = len(key)
    if any(key[i:j] in cues for i in range(n) for j in range(i + 1, n + 1)):
        return True
    return any(len(c) > n and any(c[i:i + n] == key for i in range(len(c) - n + 1))
               for c in cues)


def emerging_phrases(texts: Sequence[str], codebook: Codebook, top_n: int = 20,
                     min_count: int = 2, redacted: bool = False) -> list[EmergingPhrase]:
    """Phrases frequent across texts that no theme's cues cover: candidates for new cues."""
    counts: Counter[tuple[str, ...]] = Counter()
    surfaces: dict[tuple[str, ...], Counter[str]] = {}
    examples: dict[tuple[str, ...], list[int]] = {}
    for index, raw in enumerate(texts):
        text = normalise(raw) if redacted else redact(normalise(raw))
        for key, surface in dict(_ngrams(make_doc(text))).items():
            counts[key] += 1
            surfaces.setdefault(key, Counter())[surface] += 1
            examples.setdefault(key, []).append(index)
    ranked = sorted((k for k, c in counts.items() if c >= min_count),
                    key=lambda k: (-counts[k], -len(k), k))
    out: list[EmergingPhrase] = []
    for key in ranked:
        if _covered(key, codebook.cue_lemmas) or _inside_reported(key, out, counts):
            continue
        phrase = surfaces[key].most_common(1)[0][0]
        out.append(EmergingPhrase(phrase, counts[key], tuple(examples[key][:5])))
        if len(out) == top_n:
            break
    return out


def _inside_reported(key: tuple[str, ...], out: list[EmergingPhrase],
                     counts: Counter[tuple[str, ...]]) -> bool:
    """Skip a word already reported inside a longer phrase found almost as often."""
    words = set(key)
    return any(words <= set(p.phrase.split()) and p.count >= 0.8 * counts[key] for p in out)
