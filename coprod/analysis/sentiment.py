"""Sentiment tuned to how families write about services: TextBlob's lexicon plus domain terms."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from textblob.en import sentiment as _pattern_lexicon

from coprod.analysis.codebook import Codebook, Cue
from coprod.analysis.matching import matches_at, negated
from coprod.analysis.text import CLAUSE_BREAKS, Doc

INTENSIFIERS = frozenset({"very", "really", "so", "extremely", "absolutely", "totally", "utterly",
                          "completely", "incredibly", "truly", "super", "genuinely"})
# Praise words that families use sarcastically ("great, another 6 months wait").
SARCASTIC = frozenset({"great", "brilliant", "fantastic", "wonderful", "amazing", "perfect",
                       "lovely", "excellent", "superb", "marvellous", "fab", "thanks", "thank"})
NEGATION_FACTOR = -0.7
MIXED_FLOOR = 0.5
MIXED_RATIO = 0.35
LABEL_MARGIN = 0.3


@dataclass(frozen=True, slots=True)
class Sentiment:
    """A comment's sentiment label, polarity -1..1 and the evidence sums behind it."""

    label: str
    polarity: float
    positive: float
    negative: float


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, float]:
    """TextBlob's (Pattern's) word polarities, read once."""
    out: dict[str, float] = {}
    for word, senses in _pattern_lexicon.items():
        values = senses.get(None) or next(iter(senses.values()))
        if values[0] and " " not in word:
            out[word.lower()] = float(values[0])
    return out


def _domain_hit(doc: Doc, i: int, codebook: Codebook) -> Cue | None:
    """The longest domain sentiment phrase starting at position i, if any."""
    for cue in codebook.sentiment_index.get(doc.lemmas[i], ()):
        if len(cue.lemmas) == 1 or matches_at(doc.lemmas, i, cue):
            return cue
    return None


def _is_sarcastic(doc: Doc, i: int) -> bool:
    """Praise used as an interjection: "great, ...", "oh brilliant", or a closing "fantastic"."""
    tokens = doc.tokens
    if tokens[i] not in SARCASTIC:
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else "."
    before = tokens[i - 1] if i > 0 else "."
    if before == "oh":
        return True
    if before in CLAUSE_BREAKS and after in {",", "!"}:
        return True
    return before in CLAUSE_BREAKS and i > 3 and after == "service"


def _word_value(doc: Doc, i: int, codebook: Codebook, lexicon: dict[str, float]) -> float:
    """TextBlob's polarity for a single word unless it is a neutral SEND term."""
    word = doc.tokens[i]
    if word in codebook.neutral_terms or doc.lemmas[i] in codebook.neutral_terms:
        return 0.0
    value = lexicon.get(word, 0.0)
    if value and i > 0 and doc.tokens[i - 1] in INTENSIFIERS:
        value *= 1.3
    return value


def _contributions(doc: Doc, codebook: Codebook) -> list[tuple[float, bool]]:
    """Each piece of evidence as (value, could be sarcasm), with negation applied."""
    lexicon = _lexicon()
    out: list[tuple[float, bool]] = []
    i, n = 0, len(doc.tokens)
    while i < n:
        cue = _domain_hit(doc, i, codebook)
        if cue is not None:
            value, step = cue.theme * cue.weight, len(cue.lemmas)
        else:
            value, step = _word_value(doc, i, codebook, lexicon), 1
        if value and negated(doc.lemmas, i) and not (cue and cue.lemmas[0] in ("no", "not")):
            value *= NEGATION_FACTOR
        if value:
            out.append((value, value > 0 and _is_sarcastic(doc, i)))
        i += step
    return out


def label_for(positive: float, negative: float) -> str:
    """Mixed when both sides are substantial, else the side that clearly wins."""
    if min(positive, negative) >= MIXED_FLOOR and \
            min(positive, negative) / max(positive, negative) >= MIXED_RATIO:
        return "mixed"
    net = positive - negative
    if net >= LABEL_MARGIN:
        return "positive"
    if net <= -LABEL_MARGIN:
        return "negative"
    return "neutral"


def score_sentiment(doc: Doc, codebook: Codebook) -> Sentiment:
    """Label a comment positive, negative, mixed or neutral, with a polarity from -1 to 1."""
    parts = _contributions(doc, codebook)
    negative = sum(-v for v, _ in parts if v < 0)
    if negative >= 0.8:
        parts = [(-v if sarcastic else v, sarcastic) for v, sarcastic in parts]
        negative = sum(-v for v, _ in parts if v < 0)
    positive = sum(v for v, _ in parts if v > 0)
    polarity = round(math.tanh(positive - negative), 3)
    return Sentiment(label_for(positive, negative), polarity, round(positive, 3),
                     round(negative, 3))
