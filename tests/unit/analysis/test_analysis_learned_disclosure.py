"""The learned disclosure column: it flags a comment worded like the disclosures people labelled
when no rule matched, never clears a rule's flag, keeps its cut-off through a save, and learns
the wording rather than the rules' own answer."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from coprod.cli import main
from coprod.text.codebook import load_default_codebook
from coprod.text.learned import read_model, rules_flag_feature, save_model, shipped_model
from coprod.text.pipeline import analyse, analyse_with
from coprod.text.safeguarding import WORDED_LIKE_A_DISCLOSURE
from coprod.text.training import Settings, choose_disclosure_cutoff, train
from tests.unit.analysis.rules_only import flagged_by_rules

DATA = Path(__file__).resolve().parents[2] / "data"
LABELLED = [*sorted(DATA.glob("theming_*.jsonl")), *sorted((DATA / "safeguarding_dev").glob("*")),
            *sorted((DATA / "safeguarding_learn").glob("*")),
            DATA / "corpus" / "train.jsonl", DATA / "corpus" / "dev.jsonl"]

# An invented harm word ("grobbled") no rule knows: only the model can learn what it means.
ORDINARY = [
    {"text": f"The {w} was fine and the staff were kind.", "themes": [],
     "sentiment": "positive", "safeguarding": False}
    for w in ("walk", "lunch", "trip", "visit", "party", "day", "club", "swim", "bus", "term")
] + [
    {"text": f"We are still waiting for the {w} after a year.", "themes": ["assessment_waits"],
     "sentiment": "negative", "safeguarding": False}
    for w in ("assessment", "plan", "review", "letter", "referral", "appointment")
] + [  # two the rules flag, so the rules' flag is a feature the theme columns can read
    {"text": f"He hits me when mum is {w}.", "themes": ["social_care"], "sentiment": "negative",
     "safeguarding": True} for w in ("out", "at work")
]
DEV = [{"text": "The picnic was fine.", "themes": [], "sentiment": "positive",
        "safeguarding": False},
       {"text": "Still waiting for the report.", "themes": ["assessment_waits"],
        "sentiment": "negative", "safeguarding": False}]
DISCLOSURES = [
    {"text": f"{who} grobbled {whom} again {when}.", "safeguarding": True}
    for who, whom in (("My uncle", "me"), ("Her stepdad", "her"), ("His brother", "him"),
                      ("The lodger", "us"), ("Mum's boyfriend", "me"))
    for when in ("last night", "at the weekend", "when nobody was in")
] + [
    {"text": f"We went to the {w} again {when}.", "safeguarding": False}
    for w in ("park", "library", "shops") for when in ("last night", "at the weekend")
]
NEW_DISCLOSURE = "My cousin grobbled me again on Sunday."


@pytest.fixture(scope="module")
def trained():
    return train(ORDINARY, DEV, load_default_codebook(),
                 Settings(min_count=1, epochs=150, folds=3), disclosure_rows=DISCLOSURES)


def test_a_disclosure_no_rule_knows_is_flagged_for_the_lead_with_why(trained) -> None:
    codebook = load_default_codebook()
    assert not analyse_with(NEW_DISCLOSURE, codebook, None).safeguarding
    found = analyse_with(NEW_DISCLOSURE, codebook, trained.model)
    assert found.safeguarding
    assert found.safeguarding_reasons == (WORDED_LIKE_A_DISCLOSURE,)
    assert not analyse_with("The swim was fine and the staff were kind.", codebook,
                            trained.model).safeguarding


def test_the_model_never_clears_or_renames_a_flag_the_rules_raised(trained,
                                                                   tmp_path: Path) -> None:
    codebook = load_default_codebook()
    m = trained.model
    bias = trained.bias.copy()
    bias[-1] = -50.0  # a disclosure column sure that nothing is a disclosure
    path = tmp_path / "never.npz"
    save_model(path, trained.vocab, m.theme_ids, trained.weights, bias,
               [m.thresholds[t] for t in m.theme_ids], m.veto, m.trust, 0.5)
    sure_of_nothing = read_model(path)
    found = analyse_with("He hits me when mum is at work.", codebook, sure_of_nothing)
    assert found.safeguarding
    assert found.safeguarding_reasons == ("physical abuse or violence",)
    assert not analyse_with(NEW_DISCLOSURE, codebook, sure_of_nothing).safeguarding


def test_a_learned_flag_does_not_turn_a_comment_negative(trained, tmp_path: Path) -> None:
    # A false alarm costs the lead a minute; it should not also change what the comment says.
    codebook = load_default_codebook()
    m = trained.model
    path = tmp_path / "flags_all.npz"
    save_model(path, trained.vocab, m.theme_ids, trained.weights, trained.bias,
               [m.thresholds[t] for t in m.theme_ids], m.veto, m.trust, 0.0)
    flags_everything = read_model(path)
    text = "The trip was fine and the staff were kind."
    flagged = analyse_with(text, codebook, flags_everything)
    assert flagged.safeguarding
    assert flagged.sentiment == analyse_with(text, codebook, m).sentiment == "positive"


def test_the_cut_off_survives_a_save_and_an_older_file_has_no_column(trained,
                                                                     tmp_path: Path) -> None:
    m = trained.model
    assert m.disclosure_cutoff is not None
    path = tmp_path / "model.npz"
    save_model(path, trained.vocab, m.theme_ids, trained.weights, trained.bias,
               [m.thresholds[t] for t in m.theme_ids], m.veto, m.trust, m.disclosure_cutoff)
    assert read_model(path).disclosure_cutoff == pytest.approx(m.disclosure_cutoff)
    older = tmp_path / "older.npz"
    save_model(older, trained.vocab, m.theme_ids, trained.weights[:, :-1], trained.bias[:-1],
               [m.thresholds[t] for t in m.theme_ids], m.veto, m.trust)
    without = read_model(older)
    assert without.disclosure_cutoff is None
    assert not analyse_with(NEW_DISCLOSURE, load_default_codebook(), without).safeguarding


def test_the_column_learns_the_wording_not_the_rules_answer(trained) -> None:
    flag_row = trained.model.n_sparse + rules_flag_feature(len(trained.model.theme_ids))
    assert trained.weights[flag_row, -1] == 0.0
    assert trained.weights[flag_row, :-1].any()  # the themes and sentiments may read it


def test_the_cut_off_is_the_lowest_that_keeps_ordinary_alarms_to_the_share_allowed() -> None:
    probs = np.array([0.9, 0.6, 0.35, 0.3, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.5, 0.45])
    disclosure = np.array([1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0], dtype=bool)
    ordinary = np.array([1] * 10 + [0, 0], dtype=bool)  # the last two are near-misses
    # Ordinary comments that are not disclosures: 0.3 and six at 0.1. From 0.2 to 0.3 one of
    # seven is flagged (14%); from 0.31 (cut-offs go in steps of 0.01) none is; the near-misses
    # at 0.45 and 0.5 do not count.
    assert choose_disclosure_cutoff(probs, disclosure, ordinary, 0.0) == pytest.approx(0.31)
    assert choose_disclosure_cutoff(probs, disclosure, ordinary, 0.1) == pytest.approx(0.31)
    assert choose_disclosure_cutoff(probs, disclosure, ordinary, 0.15) == pytest.approx(0.2)


def test_training_reports_the_column_out_of_fold(trained) -> None:
    d = trained.disclosures
    assert d is not None
    assert d.comments == len(ORDINARY) + len(DEV) + len(DISCLOSURES)
    assert d.disclosures == 15 + 2
    assert 0.0 <= d.ordinary_alarms <= 1.0 and 0.0 <= d.recall <= 1.0


def test_train_themes_refuses_the_held_out_safeguarding_set(tmp_path: Path) -> None:
    train_file, dev_file = tmp_path / "train.jsonl", tmp_path / "dev.jsonl"
    train_file.write_text("\n".join(json.dumps(r) for r in ORDINARY), "utf-8")
    dev_file.write_text("\n".join(json.dumps(r) for r in DEV), "utf-8")
    locked = tmp_path / "safeguarding_locked" / "heldout_9.jsonl"
    locked.parent.mkdir()
    locked.write_text("\n".join(json.dumps(r) for r in DISCLOSURES), "utf-8")
    out = tmp_path / "m.npz"
    refused = CliRunner().invoke(main, ["train-themes", "--train", str(train_file), "--dev",
                                        str(dev_file), "--disclosures", str(locked),
                                        "--out", str(out)])
    assert refused.exit_code != 0 and "locked" in refused.output
    assert not out.exists()


def test_the_shipped_model_has_a_disclosure_column() -> None:
    model = shipped_model()
    assert model is not None and model.disclosure_cutoff is not None
    assert 0.2 <= model.disclosure_cutoff <= 0.95


def test_the_shipped_column_rarely_sends_the_lead_a_comment_that_is_not_a_disclosure() -> None:
    # What the lead would read in vain: comments labelled not a disclosure that no rule flags
    # and the column does, on the comments it learnt from. Ordinary comments (the corpus's
    # training and development parts, on which the cut-off's budget is set): no more than the
    # share its cut-off allows out of fold (Settings.ordinary_alarms, one in 200); session 14: 13
    # of 4,724. The rest, mostly near-misses written to look like disclosures, are flagged more
    # (3.1% out of fold at the cut-off of session 14): here no more than one in 30; session 14: 33
    # of 2,884 (one in 50 then). Session 17 made the column read the wording alone (no rules
    # reading): 90 of 3,084 here, 5.3% out of fold, for 25 more of 546 held-out disclosures found
    # (sets 2 to 8) and 2 more of 549 held-out near-misses flagged. (Earlier sessions counted both
    # together against the budget: 10 of 6,117, 26 of 7,011, 32 of 7,608; a finer grid of
    # cut-offs, spending the whole budget, made it 46.)
    def alarms(paths: list[Path]) -> tuple[int, int]:
        calm = [json.loads(line)["text"] for path in paths if path.suffix == ".jsonl"
                for line in path.read_text("utf-8").splitlines()
                if line.strip() and not json.loads(line)["safeguarding"]]
        return len(calm), sum(analyse(t).safeguarding and not flagged_by_rules(t) for t in calm)

    ordinary = [DATA / "corpus" / "train.jsonl", DATA / "corpus" / "dev.jsonl"]
    calm, alarmed = alarms(ordinary)
    assert calm > 4000
    assert alarmed <= calm * Settings().ordinary_alarms
    near, alarmed_near = alarms([p for p in LABELLED if p not in ordinary])
    assert near > 2000
    assert alarmed_near <= near / 30


@pytest.mark.parametrize("text", [
    "Nothing to add.",
    "The school has been brilliant this year and he has made friends.",
    "We are still waiting for the EHCP after 40 weeks and nobody answers the phone.",
    "The taxi was late again and he missed assembly.",
    "Thank you for listening to us at the forum.",
    "I would like more clubs in the holidays for children like mine.",
    # too short for the column to judge (each reads 0.76 to 0.81 like a disclosure)
    "He said no.",
    "Mum said yes",
    "Said 0",
])
def test_the_shipped_model_does_not_flag_ordinary_feedback(text: str) -> None:
    assert not analyse(text).safeguarding
