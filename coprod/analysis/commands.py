"""`coprod analyse`: the batch contract on stdin/stdout, and re-theming an area's comments."""

from __future__ import annotations

from typing import TextIO

import click
from sqlmodel import Session

from coprod.analysis import retheme
from coprod.analysis.area_codebooks import area_codebook, new_version
from coprod.analysis.store import Progress
from coprod.text.batch import BatchInputError, run_batch
from coprod.text.codebook import Codebook


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
