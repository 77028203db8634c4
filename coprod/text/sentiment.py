"""Sentiment tuned to how families write about services: TextBlob's lexicon plus domain terms."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from textblob.en import sentiment as _pattern_lexicon

from coprod.text.codebook import Codebook, Cue
from coprod.text.matching import negated
from coprod.text.tokens import CLAUSE_BREAKS, Doc

INTENSIFIERS = frozenset({"very", "really", "so", "extremely", "absolutely", "totally", "utterly",
                          "completely", "incredibly", "truly", "super", "genuinely"})
# Praise words that families use sarcastically ("great, another 6 months wait").
SARCASTIC = frozenset({"great", "brilliant", "fantastic", "wonderful", "amazing", "perfect",
                       "lovely", "excellent", "superb", "marvellous", "fab", "thanks", "thank"})
# Politeness before "but" is not praise: "Thank you for asking, but we have waited two years"
# is a complaint (the corpus's labelling guide: a complaint softened by politeness is negative).
POLITE = frozenset({"thank", "thanks", "please", "appreciate", "sorry"})
CONTRASTS = frozenset({"but", "although", "though", "however", "except", "shame", "whereas"})
QUESTION_WORDS = frozenset({"how", "where", "what", "who", "when", "which", "does", "do", "can",
                            "is", "are", "could", "would", "will", "should", "has", "have", "any"})
RHETORICAL = frozenset({"nobody", "never", "nothing", "noone", "none"})
TIME_UNITS = frozenset({"day", "week", "month", "year", "time", "hour"})
NUMBER_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                          "twelve", "eighteen", "twenty", "many", "several", "few"})
# Counting out weeks, months and years ("31 weeks", "for years", "4 times") is how families
# describe delay and chasing, even in calm words; but not an age ("9 year old"), a deadline
# or a rate ("within 6 weeks", "in 16 weeks", "every week", "two weeks before the meeting").
NOT_DELAY_BEFORE = frozenset({"within", "in", "every", "each", "per", "by", "under"})
NOT_DELAY_AFTER = frozenset({"old", "olds", "check", "before", "ahead", "notice"})
DURATION_WEIGHT = 0.3
DISCLOSURE_WEIGHT = 1.0
NEGATION_FACTOR = -0.7
MIXED_FLOOR = 0.5
MIXED_RATIO = 0.35
LABEL_MARGIN = 0.3
# Words after "but" that make a complaint of their own, not a passing aside.
CONTRAST_WORDS = 4
CONTRAST_WEIGHT = 1.5
# Praise before "but" that makes a mixed comment: "college is ok but ..." counts.
PRAISE_BEFORE = 0.25


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
    lemmas = doc.lemmas
    for size, phrases in codebook.sentiment_index.windows.get(lemmas[i], ()):
        found = phrases.get(lemmas[i:i + size])
        if found:
            return found[0]
    return None


def _is_sarcastic(doc: Doc, i: int) -> bool:
    """Praise used as an interjection: "great, ...", "oh brilliant", "Fantastic." on its own."""
    tokens = doc.tokens
    if tokens[i] not in SARCASTIC:
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else "."
    before = tokens[i - 1] if i > 0 else "."
    if before == "oh":
        return True
    if before in INTENSIFIERS:
        before = tokens[i - 2] if i > 1 else "."
    if before in CLAUSE_BREAKS and after in {",", "!", ".", "?"}:
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


def _duration(doc: Doc, i: int) -> bool:
    """A number or "for" followed by a unit of time: "31 weeks", "for years", "4 times"."""
    if doc.lemmas[i] not in TIME_UNITS or i == 0:
        return False
    before = doc.tokens[i - 1]
    if not (before.isdigit() or before in NUMBER_WORDS or before in {"for", "all", "another"}):
        return False
    after = doc.tokens[i + 1] if i + 1 < len(doc.tokens) else ""
    return after not in NOT_DELAY_AFTER and (i < 2 or doc.tokens[i - 2] not in NOT_DELAY_BEFORE)


def _value_at(doc: Doc, i: int, codebook: Codebook, lexicon: dict[str, float]) -> tuple[
        float, int, Cue | None]:
    """The evidence starting at token i: (value, tokens used, domain phrase if any)."""
    if doc.lemmas[i] in codebook.sentiment_index:
        cue = _domain_hit(doc, i, codebook)
        if cue is not None:
            return cue.theme * cue.weight, len(cue.lemmas), cue
    if doc.tokens[i] in lexicon:
        return _word_value(doc, i, codebook, lexicon), 1, None
    if _duration(doc, i):
        return -DURATION_WEIGHT, 1, None
    return 0.0, 1, None


def _contributions(doc: Doc, codebook: Codebook) -> list[tuple[int, float, bool]]:
    """Each piece of evidence as (position, value, could be sarcasm), negation applied."""
    lexicon = _lexicon()
    domain, tokens, lemmas = codebook.sentiment_index, doc.tokens, doc.lemmas
    out: list[tuple[int, float, bool]] = []
    # Most words carry no evidence: one pass finds those that may, and only they are looked at
    # (a word inside a phrase already counted is passed over).
    after = 0
    for i in [i for i, (token, lem) in enumerate(zip(tokens, lemmas, strict=True))
              if lem in domain or token in lexicon or lem in TIME_UNITS]:
        if i < after:
            continue
        value, step, cue = _value_at(doc, i, codebook, lexicon)
        if value and negated(lemmas, i) and not (cue and cue.lemmas[0] in ("no", "not")):
            value *= NEGATION_FACTOR
        if value:
            out.append((i, value, value > 0 and _is_sarcastic(doc, i)))
        after = i + step
    return out


def _is_question(doc: Doc) -> bool:
    """A short request for information ("How do I apply for ...? Not sure who to ask.").

    A question about nobody, never or nothing ("Can nobody pick up a phone?") is a complaint.
    """
    tokens = doc.tokens
    if not tokens or tokens[0] not in QUESTION_WORDS or "?" not in tokens:
        return False
    asked = tokens[:tokens.index("?")]
    return sum(1 for t in tokens if t in {".", "!", "?"}) <= 2 and RHETORICAL.isdisjoint(asked)


def _split_at(doc: Doc, k: int) -> int:
    """Where the contrasted part starts: after "but", or the clause that ends in "though"."""
    tokens = doc.tokens
    if tokens[k] in ("though", "however") and (k + 1 == len(tokens) or tokens[k + 1] in
                                                CLAUSE_BREAKS):
        j = k - 1
        while j >= 0 and tokens[j] not in CLAUSE_BREAKS:
            j -= 1
        return j
    return k


def _contrasted(doc: Doc, parts: list[tuple[int, float, bool]]) -> bool:
    """Praise on one side of "but" and a complaint on the other: a mixed comment.

    After praise, "but" itself introduces the complaint, so the clause after it need not hold
    a negative word: "the consultant is great but we only see her once a year" is mixed.
    """
    if CONTRASTS.isdisjoint(doc.tokens):
        return False
    for k, token in enumerate(doc.tokens):
        if token not in CONTRASTS or (k + 1 < len(doc.tokens) and doc.tokens[k + 1] == "also"):
            continue
        cut = _split_at(doc, k)
        pos_before = sum(v for i, v, _ in parts
                         if i < cut and v > 0 and doc.lemmas[i] not in POLITE)
        neg_before = -sum(v for i, v, _ in parts if i < cut and v < 0)
        pos_after = sum(v for i, v, _ in parts if i > cut and v > 0)
        neg_after = -sum(v for i, v, _ in parts if i > cut and v < 0)
        words_after = sum(1 for t in doc.tokens[cut + 1:] if t not in CLAUSE_BREAKS)
        if pos_before >= PRAISE_BEFORE > neg_before and (
                neg_after >= 0.25 or (words_after >= CONTRAST_WORDS and pos_after < 0.3)):
            return True
        if neg_before >= 0.4 > pos_before and pos_after >= 0.4:
            return True
    return False


def _weigh_contrast(doc: Doc, parts: list[tuple[int, float, bool]]) -> list[
        tuple[int, float, bool]]:
    """What follows the last "but" or "however" is the writer's point, so it counts more."""
    if CONTRASTS.isdisjoint(doc.tokens):
        return parts
    cut = -1
    for k, token in enumerate(doc.tokens):
        if token in CONTRASTS:
            cut = _split_at(doc, k)
    if cut < 0:
        return parts
    return [(i, v * (CONTRAST_WEIGHT if i > cut else 1.0), s) for i, v, s in parts]


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


def score_sentiment(doc: Doc, codebook: Codebook, disclosure: bool = False,
                    about_services: bool = False) -> Sentiment:
    """Label a comment positive, negative, mixed or neutral, with a polarity from -1 to 1.

    Family feedback about a service that leans negative at all is a complaint told calmly,
    so with about_services (the comment has a theme) a faint negative lean is negative.
    """
    parts = _contributions(doc, codebook)
    if disclosure:
        parts.append((len(doc.tokens), -DISCLOSURE_WEIGHT, False))
    negative = sum(-v for _, v, _ in parts if v < 0)
    if negative >= 0.4:
        parts = [(i, -v if sarcastic else v, sarcastic) for i, v, sarcastic in parts]
        negative = sum(-v for _, v, _ in parts if v < 0)
    parts = _weigh_contrast(doc, parts)
    negative = sum(-v for _, v, _ in parts if v < 0)
    positive = sum(v for _, v, _ in parts if v > 0)
    question = _is_question(doc)
    if question:
        positive, negative = positive * 0.3, negative * 0.3
    label = "mixed" if _contrasted(doc, parts) else label_for(positive, negative)
    if label == "neutral" and about_services and negative > positive and not question:
        label = "negative"
    polarity = round(math.tanh(positive - negative), 3)
    return Sentiment(label, polarity, round(positive, 3), round(negative, 3))
