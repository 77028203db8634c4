"""Locale choice. English is the only catalogue today; the page's lang follows the locale."""

from datetime import date, datetime
from functools import cache

from babel import Locale
from flask import Flask, current_app, has_request_context, request
from flask_babel import format_date


def select_locale() -> Locale:
    """The best supported locale for the browser, English otherwise (and outside a request: a
    command or a job speaks the first supported language)."""
    supported = current_app.config["SUPPORTED_LOCALES"]
    if not has_request_context():
        return _locale(supported[0])
    return _locale(request.accept_languages.best_match(supported) or supported[0])


@cache
def _locale(code: str) -> Locale:
    """Parsed once: Flask-Babel parses a locale name on every request, but takes a Locale as
    it is."""
    return Locale.parse(code)


def govuk_date(value: date | datetime | None) -> str:
    """A date in GOV.UK style, in the page's language: "14 March 2025" ("" for none)."""
    return format_date(value, "d MMMM yyyy") if value else ""


def govuk_cell(value: object) -> object:
    """A table cell as a page or a PDF shows it: a date in GOV.UK style, anything else as it
    is. Report tables keep their dates as dates so that a spreadsheet gets real date cells."""
    return govuk_date(value) if isinstance(value, date) else value


def govuk_day(value: date | datetime | None) -> str:
    """A date with its weekday, for events: "Friday 14 March 2025"."""
    return format_date(value, "EEEE d MMMM yyyy") if value else ""


def init_app(app: Flask) -> None:
    """Dates go through Babel, never strftime (English only, and %-d is glibc's alone)."""
    app.add_template_filter(govuk_date, "govuk_date")
    app.add_template_filter(govuk_day, "govuk_day")
    app.add_template_filter(govuk_cell, "govuk_cell")
