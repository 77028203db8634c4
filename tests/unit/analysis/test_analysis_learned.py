"""The learned layer: trained offline, shipped small, read back exactly, and beside the rules."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from coprod.cli import main
from coprod.text.codebook import codebook_from_dict, load_default_codebook
from coprod.text.learned import MODEL_FILE, read_model, save_model, shipped_model
from coprod.text.pipeline import analyse, analyse_with
from coprod.text.training import (
    Fitted,
    Settings,
    ThemeEvidence,
    choose_cutoffs,
    fold_of,
    prepare,
    score,
    train,
)

SHIPPED = Path(__file__).resolve().parents[3] / "coprod" / "text" / MODEL_FILE

# "Minibus" and "escort" mean transport here, but no invented word is in the codebook: only
# the model can learn "glorbic" from these examples.
TRAIN = [
    {"text": f"The glorbic {w} again this week.", "themes": ["transport"],
     "sentiment": "negative"} for w in ("was late", "never came", "broke down", "went missing",
                                         "left early", "forgot him", "was full", "changed")
] + [
    {"text": f"Our {w} was fine and the staff were kind.", "themes": [],
     "sentiment": "positive"} for w in ("walk", "lunch", "trip", "visit", "party", "day")
]
DEV = [{"text": "The glorbic was late twice.", "themes": ["transport"], "sentiment": "negative"},
       {"text": "Our picnic was fine.", "themes": [], "sentiment": "positive"}]


def test_shipped_model_is_small_and_holds_no_pickles() -> None:
    assert SHIPPED.is_file()
    assert SHIPPED.stat().st_size < 5_000_000
    with zipfile.ZipFile(SHIPPED) as z:
        names = set(z.namelist())
    assert {"vocab.npy", "weights.npy", "theme_ids.npy", "thresholds.npy"} <= names
    model = shipped_model()
    assert model is not None and set(model.theme_ids) == set(load_default_codebook().ids)


def _trained():
    return train(TRAIN, DEV, load_default_codebook(), Settings(min_count=1, epochs=150))


def test_model_learns_a_word_the_rules_do_not_know() -> None:
    codebook = load_default_codebook()
    comment = "The glorbic did not turn up on Monday."
    assert "transport" not in analyse_with(comment, codebook, None).theme_ids
    assert "transport" in analyse_with(comment, codebook, _trained().model).theme_ids


def test_the_model_scores_a_comment_exactly_as_training_scored_it() -> None:
    # Training builds a sparse matrix for many comments at once; the product scores one
    # comment word by word from a cached table. Both must give the same probabilities.
    result = _trained()
    codebook = load_default_codebook()
    texts = [r["text"] for r in TRAIN + DEV] + [
        "No EHCP yet?! The glorbic was late, late, LATE again; nobody rang us back.", "", "ok"]
    examples = prepare([{"text": t} for t in texts], codebook)
    theme_p, feel_p = score(Fitted(result.vocab, result.weights, result.bias), examples,
                            codebook.ids)
    for stage, themes, feel in zip(examples.stages, theme_p, feel_p, strict=True):
        guess = result.model.predict(stage.doc, stage.reading())
        assert np.allclose([guess.themes[t] for t in codebook.ids], themes, atol=1e-5)
        assert np.allclose(list(guess.sentiment.values()), feel, atol=1e-5)


def test_a_saved_model_reads_back_with_the_same_themes(tmp_path: Path) -> None:
    result = _trained()
    m = result.model
    path = tmp_path / "model.npz"
    save_model(path, result.vocab, m.theme_ids, result.weights, result.bias,
               [m.thresholds[t] for t in m.theme_ids], m.veto, m.trust)
    again = read_model(path)
    codebook = load_default_codebook()
    for text in ("The glorbic broke down again.", "Our walk was fine.", "No ehcp yet."):
        assert analyse_with(text, codebook, again).theme_ids == \
            analyse_with(text, codebook, m).theme_ids


def test_an_areas_own_theme_still_comes_from_its_cues() -> None:
    codebook = codebook_from_dict({"themes": [{"id": "swimming", "name": "Swimming",
                                               "cues": {"swimming pool": 2}}]},
                                  extend_default=True)
    result = analyse("The swimming pool has no hoist so she cannot go.", codebook)
    assert "swimming" in result.theme_ids
    assert "swimming" not in shipped_model().theme_ids


def test_an_area_that_removed_a_theme_never_gets_it_from_the_model() -> None:
    codebook = codebook_from_dict({"remove_themes": ["transport"]}, extend_default=True)
    result = analyse("The school bus never turned up and the taxi driver shouts at him.",
                     codebook)
    assert "transport" not in result.theme_ids


def _vetoing_everything(tmp_path: Path):
    """The trained toy model, saved with a veto no probability reaches: it would drop every
    theme the rules found that it is allowed to judge."""
    result = _trained()
    m = result.model
    path = tmp_path / "vetoing.npz"
    save_model(path, result.vocab, m.theme_ids, result.weights, result.bias,
               [m.thresholds[t] for t in m.theme_ids], 1.01, m.trust)
    return read_model(path)


def test_the_model_never_vetoes_a_theme_an_areas_own_cue_names(tmp_path: Path) -> None:
    model = _vetoing_everything(tmp_path)
    text = "Since the summer the hub card scheme has stopped working for families like ours."
    area = codebook_from_dict(
        {"themes": [{"id": "leisure_friendships", "cues": {"hub card": 1.0}}]},
        extend_default=True)
    assert "leisure_friendships" in analyse_with(text, area, None).theme_ids
    assert "leisure_friendships" in analyse_with(text, area, model).theme_ids
    # The shipped cue beside it is the model's to judge, and this model rules it out.
    both = "We won at the tribunal in May, and the hub card scheme has stopped working for us."
    found = analyse_with(both, area, model).theme_ids
    assert "disputes" in analyse_with(both, area, None).theme_ids
    assert "leisure_friendships" in found and "disputes" not in found


def test_on_a_short_comment_the_model_neither_adds_nor_removes_a_theme(tmp_path: Path) -> None:
    model = _vetoing_everything(tmp_path)
    codebook = load_default_codebook()
    short = "We finally won at the tribunal."
    long = "We finally won at the tribunal in May after a whole year of it."
    assert analyse_with(short, codebook, model).theme_ids == \
        analyse_with(short, codebook, None).theme_ids
    assert "disputes" in analyse_with(short, codebook, model).theme_ids
    assert "disputes" in analyse_with(long, codebook, None).theme_ids
    assert "disputes" not in analyse_with(long, codebook, model).theme_ids


def test_train_themes_writes_a_model_and_refuses_the_locked_test_part(tmp_path: Path) -> None:
    train_file, dev_file = tmp_path / "train.jsonl", tmp_path / "dev.jsonl"
    train_file.write_text("\n".join(json.dumps(r) for r in TRAIN), "utf-8")
    dev_file.write_text("\n".join(json.dumps(r) for r in DEV), "utf-8")
    out = tmp_path / "m.npz"
    result = CliRunner().invoke(main, ["train-themes", "--train", str(train_file),
                                       "--dev", str(dev_file), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "theme micro-F1" in result.output and out.is_file()
    for name in ("test.jsonl", "test_b.jsonl", "test_c.jsonl"):
        locked = tmp_path / name
        locked.write_text(dev_file.read_text("utf-8"), "utf-8")
        refused = CliRunner().invoke(main, ["train-themes", "--train", str(train_file),
                                            "--dev", str(locked), "--out", str(out)])
        assert refused.exit_code != 0 and "locked" in refused.output


def test_training_reports_figures_from_comments_no_fold_was_fitted_on() -> None:
    result = _trained()
    figures = result.figures
    assert figures.comments == len(TRAIN) + len(DEV)
    assert 0 <= figures.theme_micro_f1 <= 1 and 0 <= figures.sentiment_accuracy <= 1
    assert len({fold_of(r, 5) for r in TRAIN + DEV}) > 1  # more than one fold was scored


def test_each_theme_gets_the_threshold_its_own_probabilities_need() -> None:
    # The model is unsure of "early help" (its comments score 0.3, the rest 0.1) and keen on
    # "transport" (0.8 against 0.5): no one threshold serves both, one a theme does.
    gold = np.array([[1, 0], [0, 1], [0, 0], [0, 0]] * 5, dtype=bool)
    probs = np.array([[0.3, 0.5], [0.1, 0.8], [0.1, 0.5], [0.1, 0.5]] * 5)
    nothing = np.zeros_like(gold)
    evidence = ThemeEvidence(nothing, nothing, nothing, np.ones(len(gold), dtype=bool), gold)
    shared, _, shared_f1 = choose_cutoffs(evidence, probs, per_theme=False)
    own, _, own_f1 = choose_cutoffs(evidence, probs, per_theme=True)
    assert len(set(shared)) == 1 and shared_f1 < 1.0
    assert own[0] <= 0.3 < 0.5 < own[1] <= 0.8 and own_f1 == 1.0


@pytest.mark.parametrize("locked_name", ["test.jsonl", "test_b.jsonl", "test_c.jsonl"])
def test_train_themes_refuses_any_locked_part_before_training(tmp_path: Path,
                                                                 locked_name: str) -> None:
    train_file, locked = tmp_path / "train.jsonl", tmp_path / locked_name
    train_file.write_text("\n".join(json.dumps(r) for r in TRAIN), "utf-8")
    locked.write_text("\n".join(json.dumps(r) for r in DEV), "utf-8")
    out = tmp_path / "m.npz"
    for args in (["--train", str(locked), "--dev", str(train_file)],
                 ["--train", str(train_file), "--dev", str(locked)]):
        refused = CliRunner().invoke(main, ["train-themes", *args, "--out", str(out)])
        assert refused.exit_code != 0 and "locked" in refused.output
    assert not out.exists()


@pytest.mark.parametrize("text", ["", "   ", "!!!", "12345"])
def test_comments_with_no_known_words_still_analyse(text: str) -> None:
    result = analyse(text)
    assert result.sentiment in {"positive", "negative", "mixed", "neutral"}
    assert -1 <= result.polarity <= 1
