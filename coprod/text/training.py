"""Training the learned layer offline (`coprod train-themes`), with numpy alone.

One-vs-rest logistic regression for the themes and a softmax for the four sentiments, sharing
one sparse feature vector (words, word pairs, character n-grams) and the rules' own evidence; each
sparse weight is learnt scaled by how well its feature tells the label apart (NB-SVM, see
Settings.nb_scale), which the shipped weights already hold, so analysis does no extra work.
The cut-offs (each theme's threshold, when the model may overrule a rule theme, how sure it must
be to overrule the rules' sentiment) are chosen by cross-validation over the training and
development parts together: every comment is scored by a model that did not see it, so the
cut-offs rest on every real comment we may tune on, not on one small dev part. The locked test
parts are never read here. The figures reported are honest too: each fold's cut-offs are chosen
on the other folds before that fold is scored.

The last column reads disclosures: fitted on every comment labelled for safeguarding (the corpus
and our own sets of disclosures and near-misses) with every rules reading a disclosure rule can
move blanked (their flag, their themes, their sentiment and "a theme was found"), so it learns the
wording and the length alone rather than the rules' answer, and a new round of rules hardly moves
it. Measured once each on the held-out safeguarding sets 2 to 8 (546 disclosures, 549
near-misses): the flag alone blanked, after round 11, 477; the themes too, 493; every reading,
519 (session 17), flagging 65, 65 and 67 near-misses. Scaled as the themes are
(Settings.disclosure_nb_scale). Its cut-off is the lowest at which it would flag at most one
ordinary comment in 200 (the corpus's comments that are not disclosures), chosen, and reported,
by cross-validation in the same way.

Codes people confirm feed training as extra rows (`coprod train-themes --include-confirmed`,
coprod/analysis/confirmed.py): a theme a person confirmed or added is a positive label, one they
rejected a negative one, and the sentiment they chose is the label.
"""

from __future__ import annotations

import hashlib
import json
import math
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from coprod.text.codebook import Codebook
from coprod.text.learned import (
    MARGIN,
    SENTIMENTS,
    ThemeModel,
    dense_features,
    dense_size,
    rules_flag_feature,
    sparse_features,
)
from coprod.text.pipeline import RulesStage, by_rules


@dataclass(frozen=True)
class Settings:
    """What is tuned by cross-validation (see bench figures in the commit that set them)."""

    # Chosen by 5-fold cross-validation over the corpus's training and development parts, each
    # fold scored with cut-offs chosen on the others (theme micro-F1; sentiment accuracy /
    # macro-F1). On 1,206 comments (batches A and B): 120 epochs, theme_balance 0.5,
    # sentiment_l2 0.01, balance 1.0 gave 0.635, 0.686 / 0.532; sentiment_l2 0.001 0.717 / 0.566,
    # 0.0001 0.735 / 0.593; with balance 0.5, 0.744 / 0.597 (the strong sentiment penalty and
    # full class weighting were underfitting: 0.72 even on the training comments). On 3,211
    # comments (with batch C): the old settings 0.664, 0.683 / 0.486; sentiment_l2 0.0001 and
    # balance 0.5, 0.742 / 0.605; theme_balance 0.25 0.668 (1.0 0.657-0.662); theme_l2 1e-3
    # 0.650, 1e-5 0.657; 200 epochs 0.665, 0.737 / 0.600; min_count 3 no change; without our
    # older examples as extra rows no change.
    min_count: int = 2
    theme_l2: float = 1e-4
    sentiment_l2: float = 1e-4
    epochs: int = 120
    learning_rate: float = 0.05
    balance: float = 0.5  # 0: no class weighting; 1: weight each sentiment by 1/frequency
    theme_balance: float = 0.25  # 0: none; 1: a theme's positives weigh as much as its negatives
    folds: int = 5
    # One threshold a theme, one shared threshold, or (None) whichever scores better when each
    # fold is scored with cut-offs chosen on the others.
    per_theme: bool | None = None
    # The disclosure column: how much its few positives weigh (as theme_balance), and the share
    # of ordinary comments it may flag. Session 11, fitted on 5,572 labelled comments (423
    # disclosures) and scored on a blind set of 160 it never saw (tests/data/safeguarding_dev):
    # with the rules as they were before that set was read (51 of its 80 disclosures, 6 of its 80
    # near-misses), the column at 0.5 made it 70 and 7, at 0.6 69 and 7, at 0.7 68 and 7; out of
    # fold it flagged 0.5%, 0.3% and 0.2% of ordinary comments. One in 500 kept most of the gain.
    # Session 12, out of fold on 8,917 comments (1,906 disclosures, 4,724 ordinary comments,
    # 2,287 near-misses), rules and column together: a budget of 1 in 1,000 finds 0.763 of the
    # disclosures (the column alone flags 1 ordinary comment), 1 in 500 0.807 (5), 1 in 333 0.836
    # (11), 1 in 200 0.854 (19), 1 in 100 0.880 (29); near-misses 5.9% to 9.4%. Each step buys
    # about 50 of 1,906 disclosures for 6 to 10 more ordinary comments a lead reads in vain (of
    # 4,724): a miss costs far more, so 1 in 200 (about 15 extra reads in 3,000 comments a year).
    # Session 13, with sets 6a-6f (10,112 comments, 2,504 disclosures): the same budget puts the
    # cut-off at 0.75 (0.70 before), the column alone flagging 72% of disclosures out of fold;
    # scaled (disclosure_nb_scale, below), 0.70 and 79%. Session 14, cut-offs in steps of 0.01
    # (DISCLOSURE_CUTOFFS): 0.66, 82% (0.49% of ordinary comments, 3.1% of near-misses).
    # Session 18: everyday comments written blind (tests/data/safeguarding_locked/ordinary_10)
    # showed the budget met on the corpus is not met on everyday ones (5 of 300 flagged, at
    # 0.66 to 0.74 against 0.61): the corpus had 115 ordinary comments under 13 words. With 799
    # more marked "ordinary" (safeguarding_learn/ordinary_8*) their scores fell (99th percentile
    # 0.68 -> 0.60) but the cut-off chosen at the same budget fell with them (0.61 -> 0.60):
    # still 5 of 300. With corpus batch F as well (1,000 comments, 301 of 15 words or fewer),
    # 2 of 300 at 0.59. The budget is unchanged; the learning data is what moved. Session 19: a
    # second blind set (ordinary_11, 299, written before anything changed) flagged 4 with the same
    # model, 3 by the column: 6 of 599 over both (1.0%), twice the budget met on the corpus.
    # Session 20: a third (ordinary_12, 288) flagged 2 (0.7%); sets 10 and 11 then moved to the
    # learn sets: cut-off 0.59 again, held-out disclosures 662 -> 664 of 703, set 12 still 2.
    disclosure_balance: float = 0.5
    ordinary_alarms: float = 0.005
    # The disclosure column scaled as the themes are (nb_scale, below), at full strength: out of
    # fold on 10,112 comments at the same budget it alone finds 79% of 2,504 disclosures against
    # 72%, flagging 0.4% of ordinary comments as before and 2.6% of near-misses against 2.2%.
    disclosure_nb_scale: float = 1.0
    # NB-SVM style scaling (Wang and Manning 2012): each sparse feature's weight for a theme (or
    # for the disclosure column) is learnt as its log-count ratio for that label
    # (|r|, scaled to mean 1) times a penalised parameter, so words that tell the label apart
    # move first and furthest. 0: plain logistic regression; 1: the full ratio. Cross-validated
    # themes on 4,797 comments: without, 0.695; at 0.5, 0.711; at 0.75, 0.717; at 1, 0.719; at 2,
    # 0.717. From 0.75 up "The teacher sent the homework home. It was nice weather..." is read as
    # workforce (a test of the codebook's rules), so 0.5: the strongest that keeps every guide
    # case. Scaling the sentiments as well gave 0.738 / 0.648 but broke another guide case (see
    # fit), so only the themes are scaled. The disclosure column has its own setting (above).
    nb_scale: float = 0.5


@dataclass
class Examples:
    """Labelled comments read once through the rules."""

    rows: list[dict[str, Any]]
    stages: list[RulesStage]
    features: list[list[str]]

    def take(self, keep: Sequence[int]) -> Examples:
        """The examples at these positions."""
        return Examples([self.rows[i] for i in keep], [self.stages[i] for i in keep],
                        [self.features[i] for i in keep])

    def __add__(self, other: Examples) -> Examples:
        return Examples(self.rows + other.rows, self.stages + other.stages,
                        self.features + other.features)


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


def fold_of(row: dict[str, Any], folds: int) -> int:
    """A comment's fold, from its text alone: the same every run, whatever order rows come in."""
    digest = hashlib.sha256(row["text"].encode("utf-8")).hexdigest()
    return int(digest, 16) % folds


def _vocabulary(examples: Examples, min_count: int) -> list[str]:
    counts = Counter(f for feats in examples.features for f in set(feats))
    return sorted(f for f, c in counts.items() if c >= min_count)


@dataclass(frozen=True)
class Matrix:
    """Comments by features: the sparse counts row by row (each row's feature ids and values),
    then the rules' dense evidence. Kept sparse because a comment holds a few hundred of some
    twenty thousand features: the products below touch only those, many times faster than a
    dense matrix through BLAS."""

    n_sparse: int
    starts: np.ndarray  # where each row's entries start in ids and values (one more at the end)
    ids: np.ndarray
    values: np.ndarray
    dense: np.ndarray
    by_feature: np.ndarray  # the entries ordered by feature id, for the transposed product

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.dense), self.n_sparse + self.dense.shape[1]

    def __matmul__(self, weights: np.ndarray) -> np.ndarray:
        """Each comment's scores: its features' weights, summed."""
        out: np.ndarray = self.dense @ weights[self.n_sparse:]
        rows = np.flatnonzero(np.diff(self.starts))
        if len(rows):
            terms = weights[self.ids] * self.values[:, None]
            out[rows] += np.add.reduceat(terms, self.starts[rows], axis=0)
        return out

    def transposed_times(self, grad: np.ndarray) -> np.ndarray:
        """Each feature's gradient: the sum over comments holding it (x.T @ grad)."""
        out = np.zeros((self.shape[1], grad.shape[1]), dtype=grad.dtype)
        out[self.n_sparse:] = self.dense.T @ grad
        if len(self.ids):
            rows = np.repeat(np.arange(len(self.dense)), np.diff(self.starts))[self.by_feature]
            ids = self.ids[self.by_feature]
            firsts = np.flatnonzero(np.r_[True, ids[1:] != ids[:-1]])
            terms = grad[rows] * self.values[self.by_feature, None]
            out[ids[firsts]] = np.add.reduceat(terms, firsts, axis=0)
        return out


def matrix(examples: Examples, vocab: dict[str, int], theme_ids: Sequence[str]) -> Matrix:
    """The feature matrix, built exactly as ThemeModel.predict builds one comment's vector:
    sparse feature counts over the square root of their sum, then the rules' evidence."""
    dense = np.zeros((len(examples.stages), dense_size(len(theme_ids))), dtype=np.float32)
    ids: list[np.ndarray] = []
    values: list[np.ndarray] = []
    for r, (feats, stage) in enumerate(zip(examples.features, examples.stages, strict=True)):
        known = [vocab[f] for f in feats if f in vocab]
        unique, counts = np.unique(np.asarray(known, dtype=np.int64), return_counts=True)
        ids.append(unique)
        values.append((counts / math.sqrt(len(known))).astype(np.float32) if known
                      else np.zeros(0, dtype=np.float32))
        dense[r] = dense_features(theme_ids, stage.reading(), len(stage.doc.tokens))
    starts = np.r_[0, np.cumsum([len(i) for i in ids])].astype(np.int64)
    all_ids = np.concatenate(ids) if ids else np.zeros(0, dtype=np.int64)
    return Matrix(len(vocab), starts, all_ids,
                  np.concatenate(values) if values else np.zeros(0, dtype=np.float32), dense,
                  np.argsort(all_ids, kind="stable"))


def _targets(rows: list[dict[str, Any]], theme_ids: Sequence[str]) -> tuple[np.ndarray,
                                                                                np.ndarray]:
    themes = np.asarray([[1.0 if t in r["themes"] else 0.0 for t in theme_ids] for r in rows])
    themes = themes.reshape(len(rows), len(theme_ids))
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


def nb_scales(x: Matrix, labels: np.ndarray, beta: float) -> np.ndarray:
    """Each feature's scale for each column (a theme, or any label against the others):
    (1 - beta) + beta times the feature's absolute log-count ratio for the label (presence
    counts among the comments that have it and those that do not, add-one smoothed), divided by
    its mean over the features; 1 for the dense features (the rules' evidence)."""
    scale = np.ones((x.shape[1], labels.shape[1]), dtype=np.float32)
    if not beta or not len(x.ids):
        return scale
    present = replace(x, values=np.ones_like(x.values))
    pos = 1.0 + present.transposed_times(labels.astype(np.float32))[:x.n_sparse]
    neg = 1.0 + present.transposed_times((1 - labels).astype(np.float32))[:x.n_sparse]
    ratio = np.abs(np.log(pos / pos.sum(axis=0)) - np.log(neg / neg.sum(axis=0)))
    ratio /= np.maximum(ratio.mean(axis=0), 1e-9)
    scale[:x.n_sparse] = (1 - beta) + beta * ratio
    return scale


def fit(x: Matrix, themes: np.ndarray, feel: np.ndarray,
        settings: Settings) -> tuple[np.ndarray, np.ndarray]:
    """Weights and biases by full-batch Adam on log loss with L2 regularisation. With
    settings.nb_scale, the sparse weights are learnt as nb_scales times the penalised
    parameters."""
    n_t = themes.shape[1]
    n_f = feel.shape[1]  # the sentiments, or none for the disclosure column
    # the themes only: scaling the sentiments too (0.738 / 0.648 out of fold) read "college is
    # alright. the bus takes ages tho" as neutral, against the labelling guide's mixed
    scale = np.concatenate([nb_scales(x, themes, settings.nb_scale),
                            np.ones((x.shape[1], feel.shape[1]), dtype=np.float32)], axis=1)
    weights = np.zeros((x.shape[1], n_t + n_f), dtype=np.float32)
    bias = np.zeros(n_t + n_f, dtype=np.float32)
    freq = feel.mean(axis=0) + 1e-3
    class_weight = (1.0 / freq) ** settings.balance
    class_weight /= (feel @ class_weight).mean()
    row_weight = feel @ class_weight
    # A rare theme's few positives weigh more, so its probabilities are not all squashed low.
    share = np.clip(themes.mean(axis=0), 1e-3, 0.5)
    theme_weight = 1.0 + themes * (((1 - share) / share) ** settings.theme_balance - 1.0)
    l2 = np.r_[np.full(n_t, settings.theme_l2), np.full(n_f, settings.sentiment_l2)]
    m_w, v_w = np.zeros_like(weights), np.zeros_like(weights)
    m_b, v_b = np.zeros_like(bias), np.zeros_like(bias)
    for step in range(1, settings.epochs + 1):
        scores = x @ (weights * scale) + bias
        grad = np.empty_like(scores)
        grad[:, :n_t] = (_sigmoid(scores[:, :n_t]) - themes) * theme_weight
        if n_f:
            grad[:, n_t:] = (_softmax(scores[:, n_t:]) - feel) * row_weight[:, None]
        grad /= x.shape[0]
        g_w = x.transposed_times(grad) * scale + l2 * weights
        g_b = grad.sum(axis=0)
        for param, g, m, v in ((weights, g_w, m_w, v_w), (bias, g_b, m_b, v_b)):
            m *= 0.9
            m += 0.1 * g
            v *= 0.999
            v += 0.001 * g * g
            param -= settings.learning_rate * (m / (1 - 0.9**step)) / (
                np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return weights * scale, bias


def probabilities(x: Matrix, weights: np.ndarray, bias: np.ndarray,
                  n_themes: int) -> tuple[np.ndarray, np.ndarray]:
    """Theme and sentiment probabilities for every comment of a matrix."""
    scores = x @ weights + bias
    return _sigmoid(scores[:, :n_themes]), _softmax(scores[:, n_themes:])


@dataclass(frozen=True)
class Fitted:
    """A model fitted on some examples, before its cut-offs are chosen."""

    vocab: list[str]
    weights: np.ndarray
    bias: np.ndarray


def fit_examples(examples: Examples, theme_ids: Sequence[str], settings: Settings,
                 vocab: list[str] | None = None) -> Fitted:
    """Vocabulary (unless given), weights and biases learnt from these examples alone."""
    vocab = _vocabulary(examples, settings.min_count) if vocab is None else vocab
    x = matrix(examples, {f: i for i, f in enumerate(vocab)}, theme_ids)
    weights, bias = fit(x, *_targets(examples.rows, theme_ids), settings)
    return Fitted(vocab, weights, bias)


def fit_disclosure(examples: Examples, theme_ids: Sequence[str], settings: Settings,
                   vocab: list[str] | None = None) -> Fitted:
    """The disclosure column (one weight a feature and a bias) learnt from these examples, with
    the rules' own flag and theme readings blanked: their weights stay nought, so the column
    reads the wording."""
    vocab = _vocabulary(examples, settings.min_count) if vocab is None else vocab
    x = _wording(examples, vocab, theme_ids)
    weights, bias = fit(x, _disclosures(examples.rows)[:, None], np.zeros((len(x.dense), 0)),
                        replace(settings, theme_balance=settings.disclosure_balance,
                                nb_scale=settings.disclosure_nb_scale))
    return Fitted(vocab, weights, bias)


def _wording(examples: Examples, vocab: list[str], theme_ids: Sequence[str]) -> Matrix:
    """The feature matrix with every rules reading blanked, as the disclosure column reads
    it."""
    x = matrix(examples, {f: i for i, f in enumerate(vocab)}, theme_ids)
    # Every rules reading a disclosure rule can move: the themes (a disclosure adds the theme it
    # is about), the sentiment sums and label (a disclosure weighs as a complaint), the flag and
    # "a theme was found". Only the comment's length is left beside its words.
    x.dense[:, :rules_flag_feature(len(theme_ids)) + 2] = 0.0
    return x


def _disclosures(rows: Sequence[dict[str, Any]]) -> np.ndarray:
    return np.asarray([1.0 if r["safeguarding"] else 0.0 for r in rows])


def score(fitted: Fitted, examples: Examples,
          theme_ids: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Theme and sentiment probabilities a fitted model gives these examples."""
    x = matrix(examples, {f: i for i, f in enumerate(fitted.vocab)}, theme_ids)
    return probabilities(x, fitted.weights, fitted.bias, len(theme_ids))


def out_of_fold(pool: Examples, extra: Examples, theme_ids: Sequence[str],
                settings: Settings) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every pooled comment's probabilities from a model fitted without its fold (the extra
    examples are in every fit, and never scored); and each comment's fold."""
    folds = np.asarray([fold_of(r, settings.folds) for r in pool.rows], dtype=int)
    theme_p = np.zeros((len(pool.rows), len(theme_ids)))
    feel_p = np.zeros((len(pool.rows), len(SENTIMENTS)))
    for k in range(settings.folds):
        held = np.flatnonzero(folds == k)
        if not len(held):
            continue
        fitted = fit_examples(pool.take(np.flatnonzero(folds != k)) + extra, theme_ids,
                              settings)
        theme_p[held], feel_p[held] = score(fitted, pool.take(held), theme_ids)
    return theme_p, feel_p, folds


@dataclass(frozen=True)
class ThemeEvidence:
    """What the pipeline combines, as arrays a comment a row, for tuning cut-offs in bulk."""

    rules: np.ndarray  # the rules found the theme
    kept: np.ndarray  # a rule theme the model may not veto (RulesStage.kept_themes)
    excluded: np.ndarray  # an exclusion phrase rules the theme out
    long: np.ndarray  # long enough for the model to add themes (MIN_WORDS)
    gold: np.ndarray

    def take(self, keep: np.ndarray) -> ThemeEvidence:
        return ThemeEvidence(self.rules[keep], self.kept[keep], self.excluded[keep],
                             self.long[keep], self.gold[keep])


def theme_evidence(examples: Examples, theme_ids: Sequence[str]) -> ThemeEvidence:
    """The rules' side of each comment's themes, and the gold labels."""
    def table(sets: list[set[str]]) -> np.ndarray:
        return np.asarray([[t in s for t in theme_ids] for s in sets],
                          dtype=bool).reshape(len(sets), len(theme_ids))
    stages = examples.stages
    return ThemeEvidence(table([{t for t, _ in s.themes} for s in stages]),
                         table([s.kept_themes for s in stages]),
                         table([set(s.excluded) for s in stages]),
                         np.asarray([s.long_enough for s in stages]),
                         table([set(r["themes"]) for r in examples.rows]))


def combined(ev: ThemeEvidence, probs: np.ndarray, thresholds: np.ndarray,
             veto: float) -> np.ndarray:
    """Each comment's themes as the pipeline combines rules and model (see
    pipeline._learned_themes): rule themes the model does not rule out, plus the model's."""
    found: np.ndarray = (ev.rules & ((probs >= veto) | ev.kept)) | (
        ev.long[:, None] & (probs >= thresholds[None, :]) & ~ev.excluded)
    return found


def micro_f1(gold: np.ndarray, pred: np.ndarray) -> float:
    """Micro-averaged F1 over every (comment, theme) decision."""
    tp = int((gold & pred).sum())
    wrong = int((gold != pred).sum())
    return 2 * tp / (2 * tp + wrong) if tp else 0.0


THRESHOLDS = np.round(np.arange(0.05, 0.81, 0.05), 2)
VETOES = (0.0, 0.05, 0.1, 0.15, 0.2)


def choose_cutoffs(ev: ThemeEvidence, probs: np.ndarray,
                   per_theme: bool) -> tuple[np.ndarray, float, float]:
    """Thresholds and the veto level with the best micro-F1: first one shared threshold, then,
    with per_theme, each theme's own in turn (twice round), kept only where it helps."""
    n = probs.shape[1]
    best = (-1.0, np.full(n, 0.5), 0.0)
    for veto in VETOES:
        for t in THRESHOLDS:
            thresholds = np.full(n, t)
            f1 = micro_f1(ev.gold, combined(ev, probs, thresholds, veto))
            if f1 > best[0] + 1e-9:
                best = (f1, thresholds, veto)
    f1, thresholds, veto = best
    if per_theme:
        for _ in range(2):
            for k in range(n):
                for t in THRESHOLDS:
                    trial = thresholds.copy()
                    trial[k] = t
                    score_ = micro_f1(ev.gold, combined(ev, probs, trial, veto))
                    if score_ > f1 + 1e-9:
                        f1, thresholds = score_, trial
    return thresholds, veto, f1


@dataclass(frozen=True)
class FeelingEvidence:
    """The rules' sentiment, disclosures and the gold labels, as index arrays."""

    rules: np.ndarray
    flagged: np.ndarray
    long: np.ndarray  # long enough for the model to overrule the rules (MIN_WORDS)
    gold: np.ndarray

    def take(self, keep: np.ndarray) -> FeelingEvidence:
        return FeelingEvidence(self.rules[keep], self.flagged[keep], self.long[keep],
                               self.gold[keep])


def feeling_evidence(examples: Examples) -> FeelingEvidence:
    """The rules' side of each comment's sentiment, and the gold label."""
    return FeelingEvidence(
        np.asarray([SENTIMENTS.index(s.feeling.label) for s in examples.stages], dtype=int),
        np.asarray([s.flag.flagged for s in examples.stages], dtype=bool),
        np.asarray([s.long_enough for s in examples.stages], dtype=bool),
        np.asarray([SENTIMENTS.index(r["sentiment"]) for r in examples.rows], dtype=int))


def sentiment_labels(feel: np.ndarray, ev: FeelingEvidence, offsets: np.ndarray,
                     trust: float) -> np.ndarray:
    """The labels the pipeline gives (as indexes into SENTIMENTS): the model's when the comment
    is long enough and the model sure enough (its likeliest sentiment at `trust` or above, and
    MARGIN likelier than the rules' reading), else the rules'; negative for a disclosure."""
    shifted = feel * np.exp(offsets)
    shifted /= shifted.sum(axis=1, keepdims=True)
    rows = np.arange(len(shifted))
    best = shifted.argmax(axis=1)
    top = shifted[rows, best]
    sure = (top >= trust) & (top - shifted[rows, ev.rules] >= MARGIN) & ev.long
    labels: np.ndarray = np.where(sure, best, ev.rules)
    labels[ev.flagged] = SENTIMENTS.index("negative")
    return labels


def sentiment_figures(gold: Sequence[str] | np.ndarray,
                      pred: Sequence[str] | np.ndarray) -> tuple[float, float]:
    """Accuracy and macro-F1 over the four sentiments (labels or their indexes)."""
    g, p = np.asarray(gold), np.asarray(pred)
    f1s = []
    for label in (SENTIMENTS if g.dtype.kind in "US" else range(len(SENTIMENTS))):
        tp = int(((g == label) & (p == label)).sum())
        wrong = int(((g == label) != (p == label)).sum())
        f1s.append(2 * tp / (2 * tp + wrong) if tp else 0.0)
    return float((g == p).mean()), sum(f1s) / len(f1s)


# How sure the model must be to overrule the rules' sentiment: too low and it calls short plain
# answers ("Nothing to add", "see above") negative, since most of the corpus is.
TRUST_LEVELS = (0.4, 0.5, 0.6, 0.7, 0.8)
SHIFTS = np.arange(-1.0, 1.01, 0.25)


def choose_sentiment(feel: np.ndarray, ev: FeelingEvidence) -> tuple[np.ndarray, float]:
    """Shifts to each sentiment's score and how sure the model must be to overrule the rules,
    best accuracy plus macro-F1. Class weighting in training buys the rarer labels' F1 and the
    shifts give back what it costs in accuracy; where the model is unsure the rules' reading (a
    plain "Nothing to add" is neutral) stands."""
    best, chosen = -1.0, (np.zeros(len(SENTIMENTS)), 0.0)
    for trust in TRUST_LEVELS:
        for neg in SHIFTS:
            for mixed in SHIFTS:
                for neutral in SHIFTS:
                    offsets = np.array([0.0, neg, mixed, neutral])
                    value = sum(sentiment_figures(
                        ev.gold, sentiment_labels(feel, ev, offsets, trust)))
                    if value > best + 1e-9:
                        best, chosen = value, (offsets, trust)
    return chosen


@dataclass(frozen=True)
class Figures:
    """Cross-validated figures on the pooled comments, each fold scored with cut-offs chosen
    on the other folds (what to expect on comments the model has not seen)."""

    comments: int
    theme_micro_f1: float
    rules_micro_f1: float  # the rules alone, on the same comments
    sentiment_accuracy: float
    sentiment_macro_f1: float
    rules_sentiment_accuracy: float
    per_theme: bool  # one threshold a theme (else one shared by all)


def honest_figures(theme_p: np.ndarray, feel_p: np.ndarray, folds: np.ndarray,
                   themes: ThemeEvidence, feelings: FeelingEvidence,
                   settings: Settings) -> Figures:
    """Score each fold with cut-offs chosen on the others, so no comment tunes its own."""
    predicted = np.zeros_like(themes.gold)
    labels = np.zeros_like(feelings.gold)
    for k in np.unique(folds):
        held, rest = folds == k, folds != k
        thresholds, veto, _ = choose_cutoffs(themes.take(rest), theme_p[rest],
                                             bool(settings.per_theme))
        predicted[held] = combined(themes.take(held), theme_p[held], thresholds, veto)
        offsets, trust = choose_sentiment(feel_p[rest], feelings.take(rest))
        labels[held] = sentiment_labels(feel_p[held], feelings.take(held), offsets, trust)
    accuracy, macro = sentiment_figures(feelings.gold, labels)
    return Figures(len(folds), micro_f1(themes.gold, predicted),
                   micro_f1(themes.gold, themes.rules), accuracy, macro,
                   float((feelings.rules == feelings.gold).mean()), bool(settings.per_theme))


# In steps of 0.01: steps of 0.05 left part of the budget unspent (out of fold on 10,112
# comments, 0.70 flagged 0.42% of ordinary comments and found 79% of 2,504 disclosures; 0.66
# flags 0.49% and finds 82%, near-misses 2.4% -> 3.1%).
DISCLOSURE_CUTOFFS = np.round(np.arange(0.2, 0.96, 0.01), 2)


def choose_disclosure_cutoff(probs: np.ndarray, disclosure: np.ndarray, ordinary: np.ndarray,
                             share: float) -> float:
    """The lowest cut-off at which at most `share` of the ordinary comments that are not
    disclosures would be flagged: as many disclosures caught as that allows."""
    calm = probs[ordinary & ~disclosure]
    for cutoff in DISCLOSURE_CUTOFFS:
        if not len(calm) or float((calm >= cutoff).mean()) <= share:
            return float(cutoff)
    return float(DISCLOSURE_CUTOFFS[-1])


@dataclass(frozen=True)
class DisclosureFigures:
    """The disclosure column alone, cross-validated (each fold scored by a model and a cut-off
    that never saw it): what it adds to the rules on a phrasing they were not written for."""

    comments: int
    disclosures: int
    cutoff: float  # chosen on every comment, for the shipped model
    recall: float  # of the disclosures, how many it flags
    ordinary_alarms: float  # of the ordinary comments that are not disclosures, how many
    near_miss_alarms: float  # of the others (written to look like disclosures), how many


def disclosure_figures(examples: Examples, ordinary: np.ndarray, theme_ids: Sequence[str],
                       settings: Settings) -> DisclosureFigures:
    """Score every comment with a disclosure column and a cut-off fitted without its fold."""
    disclosure = _disclosures(examples.rows).astype(bool)
    folds = np.asarray([fold_of(r, settings.folds) for r in examples.rows], dtype=int)
    probs = np.zeros(len(examples.rows))
    for k in range(settings.folds):
        held = np.flatnonzero(folds == k)
        if len(held):
            rest = np.flatnonzero(folds != k)
            fitted = fit_disclosure(examples.take(rest), theme_ids, settings)
            x = _wording(examples.take(held), fitted.vocab, theme_ids)
            probs[held] = _sigmoid(x @ fitted.weights + fitted.bias)[:, 0]
    # as the pipeline reads it: a comment too short for the column is never flagged by it
    probs[np.asarray([not s.column_reads for s in examples.stages], dtype=bool)] = 0.0
    flagged = np.zeros(len(probs), dtype=bool)
    for k in np.unique(folds):
        held, rest = folds == k, folds != k
        cutoff = choose_disclosure_cutoff(probs[rest], disclosure[rest], ordinary[rest],
                                          settings.ordinary_alarms)
        flagged[held] = probs[held] >= cutoff

    def share(mask: np.ndarray) -> float:
        return float(flagged[mask].mean()) if mask.any() else 0.0
    return DisclosureFigures(len(probs), int(disclosure.sum()),
                             choose_disclosure_cutoff(probs, disclosure, ordinary,
                                                      settings.ordinary_alarms),
                             share(disclosure), share(ordinary & ~disclosure),
                             share(~ordinary & ~disclosure))


@dataclass
class Trained:
    """A trained model and what was measured while training it."""

    model: ThemeModel
    vocab: list[str]
    weights: np.ndarray
    bias: np.ndarray
    figures: Figures
    seconds: float
    disclosures: DisclosureFigures | None = None


def train(train_rows: list[dict[str, Any]], dev_rows: list[dict[str, Any]],
          codebook: Codebook, settings: Settings = Settings(),
          extra_rows: Sequence[dict[str, Any]] = (),
          disclosure_rows: Sequence[dict[str, Any]] = ()) -> Trained:
    """Cut-offs by cross-validation over the training and development rows together, then the
    final model fitted on all of them (and on extra_rows, which are learnt from but never
    scored: our own older examples, or codes people confirmed). With disclosure_rows (comments
    labelled only for safeguarding), the disclosure column is learnt from every comment
    labelled for safeguarding, the training and development ones and those marked "ordinary"
    standing for ordinary comments when its cut-off is chosen."""
    start = time.perf_counter()
    theme_ids = list(codebook.ids)
    pool = prepare([*train_rows, *dev_rows], codebook)
    extra = prepare(list(extra_rows), codebook)
    folds = max(2, min(settings.folds, len(pool.rows)))
    settings = replace(settings, folds=folds)
    theme_p, feel_p, fold_ids = out_of_fold(pool, extra, theme_ids, settings)
    themes, feelings = theme_evidence(pool, theme_ids), feeling_evidence(pool)
    choices = (False, True) if settings.per_theme is None else (settings.per_theme,)
    figures = max((honest_figures(theme_p, feel_p, fold_ids, themes, feelings,
                                  replace(settings, per_theme=c)) for c in choices),
                  key=lambda f: f.theme_micro_f1)  # a tie keeps one shared threshold
    thresholds, veto, _ = choose_cutoffs(themes, theme_p, figures.per_theme)
    offsets, trust = choose_sentiment(feel_p, feelings)
    if not disclosure_rows:
        fitted = fit_examples(pool + extra, theme_ids, settings)
        bias = fitted.bias.copy()
        bias[len(theme_ids):] += offsets
        model = ThemeModel(fitted.vocab, theme_ids, fitted.weights, bias, thresholds, veto,
                           trust)
        return Trained(model, fitted.vocab, fitted.weights, bias, figures,
                       time.perf_counter() - start)
    seen = {r["text"] for r in pool.rows}
    labelled = [r for r in [*extra.rows, *disclosure_rows] if "safeguarding" in r]
    others = prepare([r for r in {r["text"]: r for r in labelled
                                  if r["text"] not in seen}.values()], codebook)
    everyone = pool + others
    # Ordinary comments: the corpus's, and those labelled only for safeguarding that were written
    # as everyday feedback ("ordinary": true), not to look like a disclosure.
    ordinary = np.asarray([i < len(pool.rows) or bool(r.get("ordinary"))
                           for i, r in enumerate(everyone.rows)], dtype=bool)
    found = disclosure_figures(everyone, ordinary, theme_ids, settings)
    # One vocabulary for both, so the disclosure column's words are rows of the same table.
    vocab = _vocabulary(pool + extra + others, settings.min_count)
    fitted = fit_examples(pool + extra, theme_ids, settings, vocab)
    column = fit_disclosure(everyone, theme_ids, settings, vocab)
    weights = np.concatenate([fitted.weights, column.weights], axis=1)
    bias = np.r_[fitted.bias, column.bias]
    bias[len(theme_ids):len(theme_ids) + len(SENTIMENTS)] += offsets
    model = ThemeModel(vocab, theme_ids, weights, bias, thresholds, veto, trust, found.cutoff)
    return Trained(model, vocab, weights, bias, figures, time.perf_counter() - start, found)
