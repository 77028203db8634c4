"""Cells for CSV files people open in a spreadsheet."""

from __future__ import annotations

SPREADSHEET_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: object) -> str:
    """A cell a spreadsheet will not run as a formula (a leading ' makes it text)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(SPREADSHEET_FORMULA_STARTS) else text
