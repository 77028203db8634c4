"""The learned layer beside the codebook rules: a small linear model read from a shipped file.

The rules are precise but miss how families really write ("shouting into an empty space" is
about communication without naming it). A linear model over words, word pairs, character
n-grams (for misspellings) and the rules' own cue scores raises recall; it is trained offline by
`coprod train-themes` (coprod/text/training.py) into `theming_model.npz`, loaded once per
process, and never downloads anything. A theme an area added has no learned weights: rules only.
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
_TOKEN_CACHE_LIMIT = 200_000


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


def pair_features(doc: Doc) -> list[str]:
    """Neighbouring lemmas within one clause ("not listen", "empty space")."""
    out: list[str] = []
    prev = None
    for lem in doc.lemmas:
        if lem in CLAUSE_BREAKS:
            prev = None
            continue
        if prev is not None:
            out.append(f"b:{prev} {lem}")
        prev = lem
    return out


def sparse_features(doc: Doc) -> list[str]:
    """Every sparse feature name of a comment (training and prediction share this)."""
    out: list[str] = []
    for token, lem in zip(doc.tokens, doc.lemmas, strict=True):
        if token not in CLAUSE_BREAKS:
            out.extend(token_features(token, lem))
    out.extend(pair_features(doc))
    if "?" in doc.tokens:
        out.append("p:?")
    if "!" in doc.tokens:
        out.append("p:!")
    return out


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


@dataclass(frozen=True, slots=True)
class Prediction:
    """The model's theme probabilities and sentiment probabilities for one comment."""

    themes: dict[str, float]
    sentiment: dict[str, float]


class ThemeModel:
    """A trained model: vocabulary, one weight column per theme and per sentiment, thresholds."""

    def __init__(self, vocab: Sequence[str], theme_ids: Sequence[str], weights: np.ndarray,
                 bias: np.ndarray, thresholds: np.ndarray, veto: float = 0.0) -> None:
        self.veto = float(veto)
        self.vocab = {name: i for i, name in enumerate(vocab)}
        self.theme_ids = tuple(theme_ids)
        self.n_sparse = len(self.vocab)
        self.weights = weights.astype(np.float32)
        self.bias = bias.astype(np.float32)
        self.thresholds = dict(zip(self.theme_ids, (float(t) for t in thresholds), strict=True))
        self._tokens: dict[tuple[str, str], tuple[int, ...]] = {}

    def _token_ids(self, token: str, lem: str) -> tuple[int, ...]:
        """Feature ids of one word, cached: most words repeat across comments."""
        key = (token, lem)
        ids = self._tokens.get(key)
        if ids is None:
            if len(self._tokens) > _TOKEN_CACHE_LIMIT:
                self._tokens.clear()
            get = self.vocab.get
            ids = tuple(i for i in (get(f) for f in token_features(token, lem)) if i is not None)
            self._tokens[key] = ids
        return ids

    def feature_ids(self, doc: Doc) -> list[int]:
        """The distinct vocabulary ids of a comment's sparse features."""
        ids: set[int] = set()
        for token, lem in zip(doc.tokens, doc.lemmas, strict=True):
            if token not in CLAUSE_BREAKS:
                ids.update(self._token_ids(token, lem))
        get = self.vocab.get
        for name in pair_features(doc):
            i = get(name)
            if i is not None:
                ids.add(i)
        for name, present in (("p:?", "?" in doc.tokens), ("p:!", "!" in doc.tokens)):
            if present and name in self.vocab:
                ids.add(self.vocab[name])
        return sorted(ids)

    def predict(self, doc: Doc, rules: RuleReading) -> Prediction:
        """Theme and sentiment probabilities for one comment."""
        ids = self.feature_ids(doc)
        dense = np.asarray(dense_features(self.theme_ids, rules, len(doc.tokens)),
                           dtype=np.float32)
        scores = self.bias + dense @ self.weights[self.n_sparse:]
        if ids:
            scores = scores + self.weights[ids].sum(axis=0) / math.sqrt(len(ids))
        n = len(self.theme_ids)
        themes = 1.0 / (1.0 + np.exp(-scores[:n]))
        feel = np.exp(scores[n:] - scores[n:].max())
        feel /= feel.sum()
        return Prediction(dict(zip(self.theme_ids, themes.tolist(), strict=True)),
                          dict(zip(SENTIMENTS, feel.tolist(), strict=True)))


def save_model(path: Path, vocab: Iterable[str], theme_ids: Sequence[str], weights: np.ndarray,
               bias: np.ndarray, thresholds: np.ndarray, veto: float = 0.0) -> None:
    """Write a model as a compressed .npz (weights as float16: a quarter of the size)."""
    np.savez_compressed(path, vocab=np.asarray(list(vocab), dtype=str),
                        theme_ids=np.asarray(list(theme_ids), dtype=str),
                        weights=weights.astype(np.float16), bias=bias.astype(np.float32),
                        thresholds=np.asarray(thresholds, dtype=np.float32),
                        veto=np.float32(veto))


def read_model(path: str | Path) -> ThemeModel:
    """Read a model written by `save_model` (no pickles: plain arrays only)."""
    with np.load(path, allow_pickle=False) as data:
        return ThemeModel([str(v) for v in data["vocab"]], [str(t) for t in data["theme_ids"]],
                          data["weights"], data["bias"], data["thresholds"],
                          float(data["veto"]))


@lru_cache(maxsize=1)
def shipped_model() -> ThemeModel | None:
    """The model shipped in the package, read once per process; None if it is not there."""
    resource = resources.files("coprod.text").joinpath(MODEL_FILE)
    if not resource.is_file():
        return None
    with resources.as_file(resource) as path:
        return read_model(path)
