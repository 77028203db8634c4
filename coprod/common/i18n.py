"""Locale choice. English is the only catalogue today; the page's lang follows the locale."""

from flask import current_app, request


def select_locale() -> str:
    """The best supported locale for the browser, English otherwise."""
    supported = current_app.config["SUPPORTED_LOCALES"]
    return request.accept_languages.best_match(supported) or supported[0]
