"""Training the learned layer offline (`coprod train-themes`), with numpy alone.

One-vs-rest logistic regression for the themes and a softmax for the four sentiments, sharing
one sparse feature vector (words, word pairs, character n-grams) and the rules' own evidence.
Settings (regularisation, each theme's threshold, when the model may overrule a rule theme) are
chosen on the development part, never on the locked test part.

Confirmed codes could feed training later: a theme a person confirmed or added is a positive
label, one they rejected a negative one, and a sentiment they chose is the label; exported as
the same JSON Lines (redacted text, themes, sentiment) they join the training part.
"""

from __future__ import annotations

import json
import math
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from coprod.text.codebook import Codebook
from coprod.text.learned import (
    SENTIMENTS,
    ThemeModel,
    dense_features,
    dense_size,
    sparse_features,
)
from coprod.text.pipeline import RulesStage, by_rules


@dataclass(frozen=True)
class Settings:
    """What can be tuned on the development part."""

    min_count: int = 2
    theme_l2: float = 1e-4
    sentiment_l2: float = 1e-3
    epochs: int = 250
    learning_rate: float = 0.05
    balance: float = 0.5  # 0: no class weighting; 1: weight each sentiment by 1/frequency


@dataclass
class Examples:
    """Labelled comments read once through the rules."""

    rows: list[dict[str, Any]]
    stages: list[RulesStage]
    features: list[list[str]]


def load_rows(paths: Sequence[Path]) -> list[dict[str, Any]]:
    """Labelled comments from JSON Lines files (text, themes, sentiment)."""
    rows: list[dict[str, Any]] = []
    for path in paths:
        rows += [json.loads(line) for line in Path(path).read_text("utf-8").splitlines()
                 if line.strip()]
    return rows


def prepare(rows: list[dict[str, Any]], codebook: Codebook) -> Examples:
    """Run the rules over every comment once: training and tuning both read the result."""
    stages = [by_rules(r["text"], codebook) for r in rows]
    return Examples(rows, stages, [sparse_features(s.doc) for s in stages])


def _vocabulary(examples: Examples, min_count: int) -> list[str]:
    counts = Counter(f for feats in examples.features for f in set(feats))
    return sorted(f for f, c in counts.items() if c >= min_count)


def matrix(examples: Examples, vocab: dict[str, int], theme_ids: Sequence[str]) -> np.ndarray:
    """The feature matrix, built exactly as ThemeModel.predict builds one comment's vector:
    sparse features scaled to unit length, then the rules' evidence. Dense, because a few
    thousand comments by some ten thousand features fit in memory and BLAS is fast."""
    n_dense = dense_size(len(theme_ids))
    x = np.zeros((len(examples.stages), len(vocab) + n_dense), dtype=np.float32)
    for r, (feats, stage) in enumerate(zip(examples.features, examples.stages, strict=True)):
        ids = sorted({vocab[f] for f in feats if f in vocab})
        if ids:
            x[r, ids] = 1.0 / math.sqrt(len(ids))
        x[r, len(vocab):] = dense_features(theme_ids, stage.reading(), len(stage.doc.tokens))
    return x


def _targets(rows: list[dict[str, Any]], theme_ids: Sequence[str]) -> tuple[np.ndarray,
                                                                                np.ndarray]:
    themes = np.asarray([[1.0 if t in r["themes"] else 0.0 for t in theme_ids] for r in rows])
    feel = np.zeros((len(rows), len(SENTIMENTS)))
    for i, r in enumerate(rows):
        feel[i, SENTIMENTS.index(r["sentiment"])] = 1.0
    return themes, feel


def _sigmoid(x: np.ndarray) -> np.ndarray:
    result: np.ndarray = 1.0 / (1.0 + np.exp(-np.clip(x, -30, 30)))
    return result


def _softmax(x: np.ndarray) -> np.ndarray:
    e = np.exp(x - x.max(axis=1, keepdims=True))
    result: np.ndarray = e / e.sum(axis=1, keepdims=True)
    return result


def fit(x: np.ndarray, themes: np.ndarray, feel: np.ndarray,
        settings: Settings) -> tuple[np.ndarray, np.ndarray]:
    """Weights and biases by full-batch Adam on log loss with L2 regularisation."""
    n_t = themes.shape[1]
    weights = np.zeros((x.shape[1], n_t + len(SENTIMENTS)), dtype=np.float32)
    bias = np.zeros(n_t + len(SENTIMENTS), dtype=np.float32)
    freq = feel.mean(axis=0) + 1e-3
    class_weight = (1.0 / freq) ** settings.balance
    class_weight /= (feel @ class_weight).mean()
    row_weight = feel @ class_weight
    l2 = np.r_[np.full(n_t, settings.theme_l2), np.full(len(SENTIMENTS), settings.sentiment_l2)]
    m_w, v_w = np.zeros_like(weights), np.zeros_like(weights)
    m_b, v_b = np.zeros_like(bias), np.zeros_like(bias)
    for step in range(1, settings.epochs + 1):
        scores = x @ weights + bias
        grad = np.empty_like(scores)
        grad[:, :n_t] = _sigmoid(scores[:, :n_t]) - themes
        grad[:, n_t:] = (_softmax(scores[:, n_t:]) - feel) * row_weight[:, None]
        grad /= len(x)
        g_w = x.T @ grad + l2 * weights
        g_b = grad.sum(axis=0)
        for param, g, m, v in ((weights, g_w, m_w, v_w), (bias, g_b, m_b, v_b)):
            m *= 0.9
            m += 0.1 * g
            v *= 0.999
            v += 0.001 * g * g
            param -= settings.learning_rate * (m / (1 - 0.9**step)) / (
                np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return weights, bias


def probabilities(x: np.ndarray, weights: np.ndarray, bias: np.ndarray,
                  n_themes: int) -> tuple[np.ndarray, np.ndarray]:
    """Theme and sentiment probabilities for every comment of a matrix."""
    scores = x @ weights + bias
    return _sigmoid(scores[:, :n_themes]), _softmax(scores[:, n_themes:])


def combined(stages: list[RulesStage], probs: np.ndarray, theme_ids: Sequence[str],
             thresholds: np.ndarray, veto: float) -> list[set[str]]:
    """Each comment's themes as the pipeline combines rules and model (for tuning in bulk)."""
    out = []
    for stage, p in zip(stages, probs, strict=True):
        keep = {tid for tid, _ in stage.themes
                if tid not in theme_ids or p[theme_ids.index(tid)] >= veto
                or tid in stage.flag_themes}
        keep |= {tid for tid, pt, t in zip(theme_ids, p, thresholds, strict=True) if pt >= t}
        out.append(keep)
    return out


def micro_f1(gold: Sequence[set[str]], pred: Sequence[set[str]]) -> float:
    """Micro-averaged F1 over every (comment, theme) decision."""
    tp = sum(len(g & p) for g, p in zip(gold, pred, strict=True))
    fp = sum(len(p - g) for g, p in zip(gold, pred, strict=True))
    fn = sum(len(g - p) for g, p in zip(gold, pred, strict=True))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def choose_cutoffs(stages: list[RulesStage], gold: list[set[str]], probs: np.ndarray,
                   theme_ids: Sequence[str]) -> tuple[np.ndarray, float, float]:
    """One threshold for every theme and the veto level, best micro-F1 on the dev part.

    One shared threshold, not one a theme: a dev part of a few hundred comments has too few
    of each theme to set sixteen numbers without fitting its noise.
    """
    best = (-1.0, 0.5, 0.0)
    for veto in (0.0, 0.05, 0.1, 0.15, 0.2):
        for t in np.arange(0.1, 0.71, 0.05):
            thresholds = np.full(len(theme_ids), t)
            score = micro_f1(gold, combined(stages, probs, theme_ids, thresholds, veto))
            if score > best[0] + 1e-9:
                best = (score, float(t), veto)
    return np.full(len(theme_ids), best[1]), best[2], best[0]


def sentiment_accuracy(rows: list[dict[str, Any]], feel: np.ndarray,
                       stages: list[RulesStage]) -> float:
    """Share of comments whose sentiment the pipeline would get right."""
    right = 0
    for r, p, s in zip(rows, feel, stages, strict=True):
        label = "negative" if s.flag.flagged else SENTIMENTS[int(p.argmax())]
        right += label == r["sentiment"]
    return right / len(rows)


@dataclass
class Trained:
    """A trained model and what was measured while training it."""

    model: ThemeModel
    vocab: list[str]
    weights: np.ndarray
    bias: np.ndarray
    dev_micro_f1: float
    dev_sentiment_accuracy: float
    seconds: float


def train(train_rows: list[dict[str, Any]], dev_rows: list[dict[str, Any]],
          codebook: Codebook, settings: Settings = Settings()) -> Trained:
    """Fit on the training part, set the cut-offs on the development part."""
    start = time.perf_counter()
    theme_ids = list(codebook.ids)
    train_ex, dev_ex = prepare(train_rows, codebook), prepare(dev_rows, codebook)
    vocab = _vocabulary(train_ex, settings.min_count)
    index = {f: i for i, f in enumerate(vocab)}
    x = matrix(train_ex, index, theme_ids)
    weights, bias = fit(x, *_targets(train_rows, theme_ids), settings)
    dev_x = matrix(dev_ex, index, theme_ids)
    theme_p, feel_p = probabilities(dev_x, weights, bias, len(theme_ids))
    gold = [set(r["themes"]) for r in dev_rows]
    thresholds, veto, score = choose_cutoffs(dev_ex.stages, gold, theme_p, theme_ids)
    model = ThemeModel(vocab, theme_ids, weights, bias, thresholds, veto)
    return Trained(model, vocab, weights, bias, score,
                   sentiment_accuracy(dev_rows, feel_p, dev_ex.stages),
                   time.perf_counter() - start)
