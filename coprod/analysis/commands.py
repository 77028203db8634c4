"""`coprod analyse`: the batch contract on stdin/stdout, and re-theming an area's comments."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

import click
from sqlmodel import Session

from coprod.analysis import retheme
from coprod.text.batch import BatchInputError, run_batch
from coprod.text.codebook import Codebook
from coprod.voice.analyse import Progress
from coprod.voice.area_codebooks import area_codebook, new_version

CORPUS = Path("tests/data/corpus")
DEFAULT_TRAIN = (CORPUS / "train.jsonl",)
DEFAULT_DEV = (CORPUS / "dev.jsonl",)
# Learnt from, never scored: the older examples written in our own words.
DEFAULT_EXTRA = (Path("tests/data/theming_dev.jsonl"),)
# Labelled for safeguarding, learnt from by the disclosure column only: our own sets of
# disclosures and near-misses, blind sets since tuned on or learnt from (never the held-out one).
DEFAULT_DISCLOSURES = (*sorted(Path("tests/data").glob("theming_*.jsonl")),
                       *sorted(Path("tests/data/safeguarding_dev").glob("*.jsonl")),
                       *sorted(Path("tests/data/safeguarding_learn").glob("*.jsonl")))
LOCKED_PARTS = ("test.jsonl", "test_b.jsonl", "test_c.jsonl")  # locked test parts A, B, C


def analyse_lines(lines_in: TextIO, out: TextIO, codebook: Codebook | None) -> None:
    """JSON Lines in, JSON Lines out. Bad lines are named on stderr after the good ones are
    written, and the command exits with status 1."""
    try:
        run_batch(lines_in, out, codebook)
    except BatchInputError as error:
        out.flush()
        for problem in error.errors:
            click.echo(f"Error: {problem}", err=True)
        noun = "line" if len(error.errors) == 1 else "lines"
        click.echo(f"{len(error.errors)} bad input {noun}; {error.written} analysed.", err=True)
        raise SystemExit(1) from None


def area_book(session: Session, area_id: int) -> Codebook:
    """The codebook an area themes with."""
    return area_codebook(session, area_id).codebook


def _report(progress: Progress) -> None:
    click.echo(f"{min(progress.done, progress.total):,} of {progress.total:,} comments "
               "re-themed", err=True)


def retheme_area(session: Session, area_id: int, everything: bool) -> int:
    """Re-theme the area's out-of-date comments (all of them with `everything`), printing
    progress after each chunk; returns how many were done."""
    if everything:
        new_version(session, area_id)
    done = retheme.run(session, area_id, report=_report)
    click.echo(f"Re-themed {done:,} comments.")
    return done


def train_themes(train_paths: Sequence[str], dev_paths: Sequence[str],
                 extra_paths: Sequence[str], out: str | None,
                 confirmed: Sequence[dict[str, Any]] = (),
                 disclosure_paths: Sequence[str] = ()) -> None:
    """Train the learned layer and write the model file, saying how it did by
    cross-validation over the training and development parts. `confirmed` (comments people
    coded) and the extra files are learnt from, never scored; the disclosure files teach the
    disclosure column only."""
    from coprod import text
    from coprod.text import training
    from coprod.text.codebook import load_default_codebook
    from coprod.text.learned import MODEL_FILE, save_model

    train = [Path(p) for p in train_paths] or [p for p in DEFAULT_TRAIN if p.is_file()]
    dev = [Path(p) for p in dev_paths] or [p for p in DEFAULT_DEV if p.is_file()]
    extra = [Path(p) for p in extra_paths] or (
        [] if train_paths else [p for p in DEFAULT_EXTRA if p.is_file()])
    disclosures = [Path(p) for p in disclosure_paths] or (
        [] if train_paths else [p for p in DEFAULT_DISCLOSURES if p.is_file()])
    if not train or not dev:
        raise click.UsageError("Give --train and --dev files (run from the repository root to "
                               "use tests/data/corpus).")
    if any(p.name in LOCKED_PARTS or p.parent.name == "safeguarding_locked"
           for p in [*train, *dev, *extra, *disclosures]):
        raise click.UsageError("The test parts are locked: they are for the final score only.")
    train_rows, dev_rows = training.load_rows(train), training.load_rows(dev)
    result = training.train(train_rows, dev_rows, load_default_codebook(),
                            extra_rows=[*training.load_rows(extra), *confirmed],
                            disclosure_rows=training.load_rows(disclosures))
    path = Path(out) if out else Path(text.__file__).with_name(MODEL_FILE)
    m = result.model
    save_model(path, result.vocab, m.theme_ids, result.weights, result.bias,
               [m.thresholds[t] for t in m.theme_ids], m.veto, m.trust, m.disclosure_cutoff)
    f = result.figures
    click.echo(f"Trained in {result.seconds:.1f} s; {len(result.vocab):,} features. "
               f"Cross-validated on {f.comments} comments (training and development parts): "
               f"theme micro-F1 {f.theme_micro_f1:.3f} (rules alone {f.rules_micro_f1:.3f}; "
               f"{'one threshold a theme' if f.per_theme else 'one shared threshold'}), "
               f"sentiment accuracy {f.sentiment_accuracy:.3f} (macro-F1 "
               f"{f.sentiment_macro_f1:.3f}; rules alone {f.rules_sentiment_accuracy:.3f}).")
    if (d := result.disclosures) is not None:
        click.echo(f"Disclosure column, cross-validated on {d.comments:,} comments labelled for "
                   f"safeguarding: alone it flags {d.recall:.0%} of {d.disclosures} disclosures, "
                   f"{d.ordinary_alarms:.1%} of ordinary comments and {d.near_miss_alarms:.1%} "
                   f"of near-misses (cut-off {d.cutoff:.2f}).")
    click.echo(f"Wrote {path} ({path.stat().st_size / 1e6:.2f} MB).")
