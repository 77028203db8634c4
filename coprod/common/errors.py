"""Error pages in plain words, each with a way back."""

from __future__ import annotations

from typing import Any

from flask import Flask, current_app, g, render_template, request
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from coprod.common.timed_out import form_errors, show_form_again
from coprod.common.web import WITHOUT_DATABASE, HiddenCharacter, is_public_form, without_database

MESSAGES = {
    400: ("Sorry, we could not understand that request",
          "Something in the page or link was not right. Go back and try again."),
    403: ("You cannot see this page",
          "Your role in this area does not include this page. "
          "Ask your area's coprod admin if you think you need it."),
    404: ("Page not found",
          "If you typed the web address, check it is correct. "
          "If you pasted the web address, check you copied the entire address."),
    405: ("Sorry, that did not work",
          "This page cannot be used like that. Go back to the page you came from and try again."),
    500: ("Sorry, there is a problem with the service",
          "Try again later. Anything you had already saved is safe."),
}
HIDDEN_CHARACTER = ("Sorry, we could not use what you sent",
                    "It has a hidden character that we cannot store. This can happen when text "
                    "is pasted from another program. Go back, type that text again instead of "
                    "pasting it, and try again. Nothing was saved.")

TOO_BIG = ("The file is too big",
           "The file must be %(limit)s MB or smaller. Go back and choose a smaller file: a CSV "
           "file with many rows can be split into several files. Nothing was saved.")


def init_app(app: Flask) -> None:
    """Register one handler for HTTP errors and one for failed CSRF checks (and the error
    summary's reading of a form, which words a failed check plainly)."""
    app.add_template_global(form_errors, "wtforms_errors")
    app.register_error_handler(CSRFError, _csrf_failed)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected)


def _page(status: int, title: str, body: str, **values: str) -> tuple[str, int]:
    """The error page in the site's own layout. If that cannot be drawn (the database is down:
    the header names the area, the menu asks who is signed in), it is drawn again without
    anything from the database, so nobody sees the server's bare "Internal Server Error"."""
    if status >= 500:
        without_database()
    try:
        return render_template("errors/error.html", status=status, title=_(title),
                               body=_(body, **values)), status
    except Exception:  # noqa: BLE001 (an error page must always answer)
        if g.get(WITHOUT_DATABASE):
            raise
        current_app.logger.exception("Error page could not be drawn; drawing it plainly")
        without_database()
        return render_template("errors/error.html", status=status, title=_(title),
                               body=_(body, **values)), status


def _http_error(error: HTTPException) -> Any:
    if error.code == 401:
        return current_app.login_manager.unauthorized()
    if isinstance(error, HiddenCharacter):
        return _page(400, *HIDDEN_CHARACTER)
    if error.code == 413:
        return _too_big()
    title, body = MESSAGES.get(error.code or 500, MESSAGES[400])
    return _page(error.code or 500, title, body)


def _too_big() -> tuple[str, int]:
    """Anything sent over MAX_CONTENT_LENGTH (in practice, an uploaded file): say so, and the
    limit in megabytes, as a computer shows a file's size."""
    megabytes = current_app.config["MAX_CONTENT_LENGTH"] / (1024 * 1024)
    return _page(413, *TOO_BIG, limit=f"{megabytes:g}")


def _unexpected(error: Exception) -> ResponseReturnValue:
    current_app.logger.exception("Unhandled error", exc_info=error)
    propagate = current_app.config.get("PROPAGATE_EXCEPTIONS")
    if propagate or (propagate is None and (current_app.testing or current_app.debug)):
        raise error
    return _page(500, *MESSAGES[500])


def _csrf_failed(error: CSRFError) -> Any:
    """A public form is shown again with what was typed, and so is a staff form when its
    person is signed in (common.timed_out); anything else gets a plain page."""
    view = current_app.view_functions.get(request.endpoint or "")
    if view is not None and is_public_form(view):
        g.csrf_failed = True
        try:
            return view(**(request.view_args or {}))
        except HTTPException as error:  # an abort() in the view: its own page, as Flask's
            return current_app.handle_http_exception(error)
    shown = show_form_again(view) if view is not None else None
    if shown is not None:
        return shown
    return _page(400, "Your page timed out",
                 "For your security, forms stop working after a while or when you sign out. "
                 "Go back, reload the page and try again. Nothing was saved.")
