"""Errors raised when a survey definition cannot be loaded: every problem, each with its place."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class SurveyProblem:
    """One thing wrong with a survey file, said so that its author can find and fix it."""

    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        """Read like `caseworker.yaml, line 14, questions[2].options[1].label: Enter ...`."""
        parts = [self.file] if self.file else []
        if self.line is not None:
            parts.append(f"line {self.line}")
        if self.field:
            parts.append(self.field)
        place = ", ".join(parts)
        return f"{place}: {self.message}" if place else self.message


class SurveyFileError(ValueError):
    """A survey definition was refused; `problems` lists all of them, not only the first."""

    def __init__(self, problems: Iterable[SurveyProblem]) -> None:
        self.problems: tuple[SurveyProblem, ...] = tuple(sorted(problems, key=_reading_order))
        if not self.problems:
            raise ValueError("SurveyFileError needs at least one problem")
        super().__init__("\n".join(str(problem) for problem in self.problems))

    @property
    def file(self) -> str:
        """The file of the first problem, for callers that show one line."""
        return self.problems[0].file

    @property
    def line(self) -> int | None:
        """The line of the first problem (1-based), or None when it has no line."""
        return self.problems[0].line

    @property
    def field(self) -> str:
        """The field path of the first problem, like `questions[2].options[1].label`."""
        return self.problems[0].field

    @property
    def message(self) -> str:
        """The message of the first problem."""
        return self.problems[0].message

    def lines(self) -> list[str]:
        """Every problem as one formatted line, for a command line or a flash message."""
        return [str(problem) for problem in self.problems]


def _reading_order(problem: SurveyProblem) -> tuple[int, str, str]:
    """Sort problems top to bottom so that the author can work down the file."""
    line = problem.line if problem.line is not None else 0
    return (line, problem.field, problem.message)
