"""Small helpers for survey definition tests: a valid survey's YAML, and finding a line in it."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

import pytest

EASY_READ_HEADER = """\
slug: drop-in
title: Drop-in feedback
easy_read_title: Tell us about the drop-in
audience: young_people
easy_read: true
purpose: We want to know what you think.
minutes: 2
who_sees_answers: A small team at the council will read your answers.
what_happens_next: We will read every answer.
"""


def _survey_yaml(*questions: str, header: str = EASY_READ_HEADER) -> str:
    """An easy-read survey file with these questions, each part written as YAML list items."""
    items = "\n".join(textwrap.dedent(part).strip() for part in questions)
    return header + "questions:\n" + textwrap.indent(items, "  ") + "\n"


def _line_with(text: str, needle: str) -> int:
    """The 1-based line of the first line containing `needle`, so tests need not count."""
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} is not in the text")


@pytest.fixture
def survey_yaml() -> Callable[..., str]:
    """Build survey YAML around some questions."""
    return _survey_yaml


@pytest.fixture
def line_with() -> Callable[[str, str], int]:
    """Find the line a test expects an error on."""
    return _line_with
