"""Reading an uploaded CSV file: one rule for every import. UTF-8 (with or without Excel's byte
order mark) is read; anything else is refused with what is wrong and where, never read with
replacement characters ("Café" stored as "Caf\ufffd") or as columns that make no sense."""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

SAVE_AS = _l("In Excel, choose 'Save as' and then 'CSV UTF-8'")


class CsvFileError(ValueError):
    """The file cannot be read as a CSV file; the message says why, for the person uploading."""


def csv_text(data: bytes) -> str:
    """The file's text, if it is UTF-8; else CsvFileError naming the problem and its line."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise CsvFileError(_("The file must be saved as UTF-8, not UTF-16 ('Unicode text'). "
                             "%(how)s", how=SAVE_AS))
    if b"\x00" in data:
        line = data[:data.index(b"\x00")].count(b"\n") + 1
        raise CsvFileError(_("The file must be saved as UTF-8 text. Line %(line)d has a hidden "
                             "character, so it may not be a CSV file. %(how)s", line=line,
                             how=SAVE_AS))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise CsvFileError(_("The file must be saved as UTF-8. Line %(line)d has a letter or "
                             "sign saved another way (often an accented letter like é). "
                             "%(how)s", line=line, how=SAVE_AS)) from error


@contextmanager
def named_csv_errors(reader: Any) -> Iterator[None]:
    """Around reading a csv reader's rows: a row Python's csv module refuses (a value over
    131,072 characters, say) becomes CsvFileError with its line, rather than an error page."""
    try:
        yield
    except csv.Error as error:
        line = getattr(getattr(reader, "reader", reader), "line_num", 0)  # a DictReader lags
        if "field larger than field limit" in str(error):
            limit = f"{csv.field_size_limit():,}"
            raise CsvFileError(_("Line %(line)d has a value longer than %(n)s characters: "
                                 "shorten it", line=line, n=limit)) from error
        raise CsvFileError(_("Line %(line)d cannot be read as CSV (%(error)s)", line=line,
                             error=error)) from error
