"""Locale choice. English is the only catalogue today; the page's lang follows the locale."""

from functools import cache

from babel import Locale
from flask import current_app, request


def select_locale() -> Locale:
    """The best supported locale for the browser, English otherwise."""
    supported = current_app.config["SUPPORTED_LOCALES"]
    return _locale(request.accept_languages.best_match(supported) or supported[0])


@cache
def _locale(code: str) -> Locale:
    """Parsed once: Flask-Babel parses a locale name on every request, but takes a Locale as
    it is."""
    return Locale.parse(code)
