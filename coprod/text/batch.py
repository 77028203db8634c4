"""The `coprod analyse` contract: JSON Lines of {id, text} in, one analysis per line out.

Every bad input line (not JSON, not an object, no id, no text) is reported by its line number;
none is skipped silently. Good lines are still analysed and written, then BatchInputError is
raised listing every bad line, so the CLI can print it to stderr and exit non-zero. Blank lines
carry no record and are ignored.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, TextIO

from coprod.text.codebook import Codebook, load_default_codebook
from coprod.text.pipeline import analyse


@dataclass(frozen=True, slots=True)
class LineError:
    """One input line that could not be analysed."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


class BatchInputError(ValueError):
    """Raised after a batch in which some input lines were bad; lists them all."""

    def __init__(self, errors: list[LineError], written: int) -> None:
        self.errors = errors
        self.written = written
        noun = "line" if len(errors) == 1 else "lines"
        super().__init__(f"{len(errors)} bad input {noun} (each needs a JSON object with "
                         f"\"id\" and \"text\"): " + "; ".join(str(e) for e in errors))


def parse_line(raw: str, line: int) -> tuple[Any, str]:
    """The (id, text) of one input line, or ValueError saying what is wrong with it."""
    try:
        record = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(record, dict):
        raise ValueError("expected a JSON object with \"id\" and \"text\"")
    comment_id = record.get("id")
    if comment_id is None or isinstance(comment_id, bool) or \
            not isinstance(comment_id, str | int) or comment_id == "":
        raise ValueError("missing \"id\" (a string or a number)")
    text = record.get("text")
    if not isinstance(text, str):
        raise ValueError("missing \"text\" (a string)")
    return comment_id, text


def run_batch(lines_in: Iterable[str], out: TextIO, codebook: Codebook | None = None) -> int:
    """Analyse JSON Lines from lines_in into out; return how many records were written."""
    codebook = codebook or load_default_codebook()
    errors: list[LineError] = []
    written = 0
    for number, raw in enumerate(lines_in, start=1):
        if not raw.strip():
            continue
        try:
            comment_id, text = parse_line(raw, number)
        except ValueError as exc:
            errors.append(LineError(number, str(exc)))
            continue
        record = analyse(text, codebook).to_record(comment_id)
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        written += 1
    if errors:
        raise BatchInputError(errors, written)
    return written
