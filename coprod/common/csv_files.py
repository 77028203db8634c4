"""Reading an uploaded CSV file: one rule for every import. UTF-8 (with or without Excel's byte
order mark) is read; anything else is refused with what is wrong and where, never read with
replacement characters ("Café" stored as "Caf\ufffd") or as columns that make no sense."""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

SAVE_AS = "In Excel, choose 'Save as' and then 'CSV UTF-8'"


class CsvFileError(ValueError):
    """The file cannot be read as a CSV file; the message says why, for the person uploading."""


def csv_text(data: bytes) -> str:
    """The file's text, if it is UTF-8; else CsvFileError naming the problem and its line."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise CsvFileError(f"The file must be saved as UTF-8, not UTF-16 ('Unicode text'). "
                           f"{SAVE_AS}")
    if b"\x00" in data:
        line = data[:data.index(b"\x00")].count(b"\n") + 1
        raise CsvFileError(f"The file must be saved as UTF-8 text. Line {line} has a hidden "
                           f"character, so it may not be a CSV file. {SAVE_AS}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise CsvFileError(f"The file must be saved as UTF-8. Line {line} has a letter or sign "
                           f"saved another way (often an accented letter like é). "
                           f"{SAVE_AS}") from error


@contextmanager
def named_csv_errors(reader: Any) -> Iterator[None]:
    """Around reading a csv reader's rows: a row Python's csv module refuses (a value over
    131,072 characters, say) becomes CsvFileError with its line, rather than an error page."""
    try:
        yield
    except csv.Error as error:
        line = getattr(getattr(reader, "reader", reader), "line_num", 0)  # a DictReader lags
        if "field larger than field limit" in str(error):
            raise CsvFileError(f"Line {line} has a value longer than {csv.field_size_limit():,} "
                               "characters: shorten it") from error
        raise CsvFileError(f"Line {line} cannot be read as CSV ({error})") from error
