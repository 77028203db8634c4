"""`coprod analyse`: the batch contract on stdin/stdout, and re-theming an area's comments."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

import click
from sqlmodel import Session

from coprod.analysis import retheme
from coprod.text.batch import BatchInputError, run_batch
from coprod.text.codebook import Codebook
from coprod.voice.analyse import Progress
from coprod.voice.area_codebooks import area_codebook, new_version

CORPUS = Path("tests/data/corpus")
DEFAULT_TRAIN = (CORPUS / "train.jsonl", Path("tests/data/theming_dev.jsonl"))
DEFAULT_DEV = (CORPUS / "dev.jsonl",)


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


def train_themes(train_paths: Sequence[str], dev_paths: Sequence[str], out: str | None) -> None:
    """Train the learned layer and write the model file, saying how it did on the dev part."""
    from coprod import text
    from coprod.text import training
    from coprod.text.codebook import load_default_codebook
    from coprod.text.learned import MODEL_FILE, save_model

    train = [Path(p) for p in train_paths] or [p for p in DEFAULT_TRAIN if p.is_file()]
    dev = [Path(p) for p in dev_paths] or [p for p in DEFAULT_DEV if p.is_file()]
    if not train or not dev:
        raise click.UsageError("Give --train and --dev files (run from the repository root to "
                               "use tests/data/corpus).")
    if any(p.name == "test.jsonl" for p in [*train, *dev]):
        raise click.UsageError("The test part is locked: it is for the final score only.")
    train_rows, dev_rows = training.load_rows(train), training.load_rows(dev)
    result = training.train(train_rows, dev_rows, load_default_codebook())
    path = Path(out) if out else Path(text.__file__).with_name(MODEL_FILE)
    m = result.model
    save_model(path, result.vocab, m.theme_ids, result.weights, result.bias,
               [m.thresholds[t] for t in m.theme_ids], m.veto, m.trust)
    click.echo(f"Trained on {len(train_rows)} comments in {result.seconds:.1f} s; "
               f"{len(result.vocab):,} features; dev part ({len(dev_rows)}): theme micro-F1 "
               f"{result.dev_micro_f1:.3f}, sentiment accuracy "
               f"{result.dev_sentiment_accuracy:.3f} (macro-F1 "
               f"{result.dev_sentiment_macro_f1:.3f}).")
    click.echo(f"Wrote {path} ({path.stat().st_size / 1e6:.2f} MB).")
