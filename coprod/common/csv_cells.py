"""Cells for CSV files and Excel workbooks people open in a spreadsheet."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from openpyxl.worksheet.worksheet import Worksheet

SPREADSHEET_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: object) -> str:
    """A cell a spreadsheet will not run as a formula (a leading ' makes it text)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(SPREADSHEET_FORMULA_STARTS) else text


DAY_FORMAT = "d mmmm yyyy"  # Excel's way of writing GOV.UK's "6 December 2025"


def append_sheet_row(sheet: Worksheet, values: Sequence[object]) -> None:
    """Add a row to a workbook sheet as a person should read it: text stays text (openpyxl
    would store "=..." as a formula) and a date is a real date cell, sortable, shown as on the
    page."""
    sheet.append(values)
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"
        elif isinstance(cell.value, date):
            cell.number_format = DAY_FORMAT
