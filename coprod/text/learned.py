"""The learned layer beside the codebook rules: a small linear model read from a shipped file.

The rules are precise but miss how families really write ("shouting into an empty space" is
about communication without naming it). A linear model over words, word pairs, character
n-grams (for misspellings) and the rules' own cue scores raises recall; it is trained offline by
`coprod train-themes` (coprod/text/training.py) into `theming_model.npz`, loaded once per
process, and never downloads anything. A theme an area added has no learned weights: rules only.

One more column reads whether a comment is worded like the disclosures people have labelled: the
safeguarding rules are phrase patterns and miss a new phrasing more often than they catch it
(coprod/text/safeguarding), so a comment the model finds likely enough is flagged too, for the
safeguarding lead to read (never the other way round: the model does not clear a rule's flag).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from coprod.text.tokens import CLAUSE_BREAKS, Doc

MODEL_FILE = "theming_model.npz"
SENTIMENTS = ("positive", "negative", "mixed", "neutral")
CHAR_SIZES = (3, 4, 5)
_WORD_ROWS = 50_000
NO_ROW = -1  # a word, word pair or mark the model has no weight for
# The learned layer suggests themes, and overrules the rules' sentiment, only for comments of at
# least this many words: a short comment that names a topic names it with a codebook cue, on
# "Thank you for the xylophone" the model's guesses are noise, and on "Nothing to add" it can only
# echo the corpus's lean to complaint.
MIN_WORDS = 8
# How much likelier than the rules' own reading the model must find another sentiment to
# overrule it. Where the two nearly agree ("college is alright. the bus takes ages tho": neutral
# 0.41, mixed 0.33) the rules' reading, which can say why, stands; cross-validated on the corpus
# this costs 0.001 of accuracy (0.742 with no margin, 0.741 with 0.1).
MARGIN = 0.1
# The disclosure column reads comments of at least this many words: on fewer it has too little to
# go on ("He said no." reads like the disclosures it learnt from, 0.76). No labelled disclosure is
# that short, and out of fold the column finds none under eight words that the rules miss. The
# rules read every comment.
DISCLOSURE_WORDS = 4


def word_count(doc: Doc) -> int:
    """Words in a comment, punctuation left out."""
    return sum(1 for t in doc.tokens if t not in CLAUSE_BREAKS)


@dataclass(frozen=True, slots=True)
class RuleReading:
    """What the rules said about a comment, which the model reads as features."""

    theme_confidence: Mapping[str, float]
    positive: float
    negative: float
    label: str
    disclosure: bool


def token_features(token: str, lemma: str) -> list[str]:
    """The features one word gives: its lemma and its character n-grams (catch misspellings)."""
    out = [f"w:{lemma}"]
    if token.isalpha() and len(token) > 2:
        marked = f"<{token}>"
        out.extend(f"c:{marked[i:i + n]}" for n in CHAR_SIZES
                   for i in range(len(marked) - n + 1))
    return out


def pair_keys(doc: Doc) -> list[tuple[str, str]]:
    """Neighbouring lemmas within one clause ("not listen", "empty space")."""
    out: list[tuple[str, str]] = []
    prev = None
    for lem in doc.lemmas:
        if lem in CLAUSE_BREAKS:
            prev = None
            continue
        if prev is not None:
            out.append((prev, lem))
        prev = lem
    return out


def marks(doc: Doc) -> list[str]:
    """The question and exclamation marks a comment holds (each counted once)."""
    return [mark for mark in ("?", "!") if mark in doc.tokens]


def extra_features(doc: Doc) -> list[str]:
    """Features of the whole comment rather than of one word: word pairs, ? and !."""
    return [f"b:{a} {b}" for a, b in pair_keys(doc)] + [f"p:{mark}" for mark in marks(doc)]


def sparse_features(doc: Doc) -> list[str]:
    """Every sparse feature of a comment, repeats included: the model counts them, scaled by
    the square root of their number (training and prediction share this)."""
    out: list[str] = []
    for token, lem in zip(doc.tokens, doc.lemmas, strict=True):
        if token not in CLAUSE_BREAKS:
            out.extend(token_features(token, lem))
    return out + extra_features(doc)


def dense_features(theme_ids: Sequence[str], rules: RuleReading, n_tokens: int) -> list[float]:
    """The rules' own evidence as numbers: each theme's cue confidence, the sentiment sums and
    label, a disclosure, and the comment's length."""
    out = [rules.theme_confidence.get(tid, 0.0) for tid in theme_ids]
    out += [math.log1p(rules.positive), math.log1p(rules.negative),
            *(1.0 if rules.label == s else 0.0 for s in SENTIMENTS),
            1.0 if rules.disclosure else 0.0, 1.0 if rules.theme_confidence else 0.0,
            math.log1p(n_tokens) / 5]
    return out


def dense_size(n_themes: int) -> int:
    """How many dense features `dense_features` gives for this many themes."""
    return n_themes + 2 + len(SENTIMENTS) + 3


def rules_flag_feature(n_themes: int) -> int:
    """Where the rules' own safeguarding flag sits among the dense features. The disclosure
    column is trained with it blanked, so it learns the wording, not the rules' answer."""
    return n_themes + 2 + len(SENTIMENTS)


@dataclass(frozen=True, slots=True)
class Prediction:
    """The model's theme probabilities and sentiment probabilities for one comment."""

    themes: dict[str, float]
    sentiment: dict[str, float]
    disclosure: float | None = None  # None: the model has no disclosure column


class ThemeModel:
    """A trained model: vocabulary, one weight column per theme and per sentiment (and, last,
    one for a disclosure), thresholds."""

    def __init__(self, vocab: Sequence[str], theme_ids: Sequence[str], weights: np.ndarray,
                 bias: np.ndarray, thresholds: np.ndarray, veto: float = 0.0,
                 trust: float = 0.0, disclosure_cutoff: float | None = None) -> None:
        self.veto = float(veto)
        self.trust = float(trust)  # how sure it must be to overrule the rules' sentiment
        # how likely a disclosure must be to flag a comment the rules let through; None when
        # the weights have no disclosure column
        has_column = weights.shape[1] == len(theme_ids) + len(SENTIMENTS) + 1
        self.disclosure_cutoff = (float(disclosure_cutoff) if has_column
                                  and disclosure_cutoff is not None else None)
        self.vocab = {name: i for i, name in enumerate(vocab)}
        self.theme_ids = tuple(theme_ids)
        self.n_sparse = len(self.vocab)
        self.weights = weights.astype(np.float64)
        self.bias = bias.astype(np.float64)
        self.thresholds = dict(zip(self.theme_ids, (float(t) for t in thresholds), strict=True))
        self._sparse = self.weights[:self.n_sparse]
        self._dense = self.weights[self.n_sparse:]
        # Each word seen gets a row: its summed weights and, last, its number of known
        # features. The model is linear, so a comment's sparse score is one gather and sum of
        # its words' rows; most words repeat across comments. A word pair ("empty space") or a
        # mark (?, !) the model knows gets a row too (its one feature), and one it does not
        # know is remembered as NO_ROW, so neither is looked up twice.
        self._rows: dict[tuple[str, str], int] = {}
        self._extra_rows: dict[tuple[str, str], int] = {}
        self._table = np.zeros((_WORD_ROWS, self._sparse.shape[1] + 1))
        self._filled = 0  # rows of the table in use

    def _new_row(self, ids: list[int]) -> int:
        """A table row holding these features' summed weights and their number."""
        row = self._filled
        self._filled += 1
        self._table[row, :-1] = self._sparse.take(ids, axis=0).sum(axis=0)
        self._table[row, -1] = len(ids)
        return row

    def _row(self, token: str, lem: str) -> int:
        """The word's row in the table, filled on first sight; NO_ROW for a word none of whose
        features the model knows (a number, a name): it adds nothing, so it takes no row."""
        ids = [i for i in map(self.vocab.get, token_features(token, lem)) if i is not None]
        row = self._rows[(token, lem)] = self._new_row(ids) if ids else NO_ROW
        return row

    def _extra_row(self, key: tuple[str, str]) -> int:
        """The row of a word pair (prev, lemma) or a mark ("", "?"), or NO_ROW if unknown."""
        i = self.vocab.get(f"b:{key[0]} {key[1]}" if key[0] else f"p:{key[1]}")
        row = self._extra_rows[key] = NO_ROW if i is None else self._new_row([i])
        return row

    def sparse_scores(self, doc: Doc) -> np.ndarray | None:
        """The sparse features' part of the scores, None when no feature is known."""
        # The table restarts when full: between comments, never while one is being read.
        if len(self._rows) + len(self._extra_rows) + 2 * len(doc.tokens) + 2 > _WORD_ROWS:
            self._rows.clear()
            self._extra_rows.clear()
            self._filled = 0
        known, new = self._rows.get, self._row
        rows = []
        for token, lem in zip(doc.tokens, doc.lemmas, strict=True):
            if token not in CLAUSE_BREAKS:
                row = known((token, lem))
                if row is None:
                    row = new(token, lem)
                if row != NO_ROW:
                    rows.append(row)
        total = self._table.take(rows, axis=0).sum(axis=0)
        seen, new_extra = self._extra_rows.get, self._extra_row
        extra = []
        for key in [*pair_keys(doc), *(("", mark) for mark in marks(doc))]:
            row = seen(key)
            if row is None:
                row = new_extra(key)
            if row != NO_ROW:
                extra.append(row)
        if extra:
            total[:-1] += self._table.take(extra, axis=0)[:, :-1].sum(axis=0)
            total[-1] += len(extra)
        return total[:-1] / math.sqrt(total[-1]) if total[-1] else None

    def predict(self, doc: Doc, rules: RuleReading) -> Prediction:
        """Theme and sentiment probabilities for one comment."""
        dense = np.asarray(dense_features(self.theme_ids, rules, len(doc.tokens)),
                           dtype=np.float64)
        scores = self.bias + dense @ self._dense
        sparse = self.sparse_scores(doc)
        if sparse is not None:
            scores = scores + sparse
        # Twenty numbers: plain floats are quicker than numpy calls here (same arithmetic).
        values = scores.tolist()
        n = len(self.theme_ids)
        themes = {tid: _sigmoid(v) for tid, v in zip(self.theme_ids, values, strict=False)}
        feelings = values[n:n + len(SENTIMENTS)]
        top = max(feelings)
        feel = [math.exp(v - top) for v in feelings]
        total = 0.0
        for value in feel:
            total += value
        disclosure = _sigmoid(values[-1]) if self.disclosure_cutoff is not None else None
        return Prediction(themes, {s: f / total for s, f in zip(SENTIMENTS, feel, strict=True)},
                          disclosure)


def _sigmoid(value: float) -> float:
    """The logistic function, 0.0 where exp overflows (as numpy gives)."""
    try:
        return 1.0 / (1.0 + math.exp(-value))
    except OverflowError:
        return 0.0


def save_model(path: Path, vocab: Iterable[str], theme_ids: Sequence[str], weights: np.ndarray,
               bias: np.ndarray, thresholds: np.ndarray, veto: float = 0.0,
               trust: float = 0.0, disclosure_cutoff: float | None = None) -> None:
    """Write a model as a compressed .npz (weights as float16: a quarter of the size)."""
    np.savez_compressed(path, vocab=np.asarray(list(vocab), dtype=str),
                        theme_ids=np.asarray(list(theme_ids), dtype=str),
                        weights=weights.astype(np.float16), bias=bias.astype(np.float32),
                        thresholds=np.asarray(thresholds, dtype=np.float32),
                        veto=np.float32(veto), trust=np.float32(trust),
                        disclosure_cutoff=np.float32(
                            np.nan if disclosure_cutoff is None else disclosure_cutoff))


def read_model(path: str | Path) -> ThemeModel:
    """Read a model written by `save_model` (no pickles: plain arrays only)."""
    with np.load(path, allow_pickle=False) as data:
        cutoff = float(data["disclosure_cutoff"]) if "disclosure_cutoff" in data else math.nan
        return ThemeModel([str(v) for v in data["vocab"]], [str(t) for t in data["theme_ids"]],
                          data["weights"], data["bias"], data["thresholds"],
                          float(data["veto"]), float(data["trust"]),
                          None if math.isnan(cutoff) else cutoff)


@lru_cache(maxsize=1)
def shipped_model() -> ThemeModel | None:
    """The model shipped in the package, read once per process; None if it is not there."""
    resource = resources.files("coprod.text").joinpath(MODEL_FILE)
    if not resource.is_file():
        return None
    with resources.as_file(resource) as path:
        return read_model(path)
