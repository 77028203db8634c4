"""A staff form sent after its security check stopped working (the person signed out and in
again in another tab, which starts a new session) is shown again with what they typed, rather
than a page that sends them back to an empty form.

The view is run once more, as it stands, with the request that failed the check. Its own form
then fails to validate (a FlaskForm checks the token again, and finds it wrong), so it draws the
form with the typed words and an error summary. To be sure the second run can do nothing, it
may not write to the database (coprod.db.refusing_writes), what it changes in the session is put
back, and its page is used only if it is that form with the timed-out error: any other answer
(a redirect, a write tried, an error) gives the plain "Your page timed out" page instead.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from flask import current_app, g, request, session
from flask_babel import gettext as _
from flask_login import current_user
from govuk_frontend_wtf.main import wtforms_errors
from govuk_frontend_wtf.wtforms_widgets import GovDateInput
from werkzeug.wrappers import Response
from wtforms import Form

from coprod.db import refusing_writes

SHOWN_AGAIN = "coprod_timed_out_form_shown"  # on flask.g: the re-run drew its form's error
# Flask-WTF's own words when a form's token is wrong, missing or old.
RAW_TOKEN_ERROR = "The CSRF"
KEEP_IN_SESSION = ("csrf_token",)  # made while drawing the page again: the form sends it back


def timed_out_message() -> str:
    """What the error summary says when a form's security check failed."""
    return str(_("Your page timed out, so nothing was saved yet. Check what you typed, then "
                 "send the form again."))


def form_errors(form: Form, params: dict[str, Any] | None = None) -> dict[str, Any]:
    """govuk_frontend_wtf's wtforms_errors, but a failed token check in plain words (linking to
    the form's first field rather than its hidden token), noted for show_form_again."""
    found: dict[str, Any] = wtforms_errors(form, params or {})
    targets = {f"#{field.id}": _target(field) for field in form}
    for error in found["errorList"]:
        error["href"] = targets.get(error.get("href", ""), error.get("href"))
    for error in found["errorList"]:
        if error.get("href") == "#csrf_token" and str(error.get("text", "")).startswith(
                RAW_TOKEN_ERROR):
            error["text"] = timed_out_message()
            error["href"] = _first_field(form)
            g.setdefault(SHOWN_AGAIN, True)
            # First in the summary: it is why the page is back, whatever else it lists.
            found["errorList"] = [error] + [e for e in found["errorList"] if e is not error]
            break
    return found


def _target(field: Any) -> str:
    """Where an error link takes focus: a date's day box (GOV.UK's script moves focus only to
    a box, and a date's own id is the group around its three), else the field itself."""
    return f"#{field.name}-day" if isinstance(field.widget, GovDateInput) else f"#{field.id}"


def _first_field(form: Form) -> str:
    """The link to the first field a person can type in or choose, else the main content."""
    for field in form:
        if field.type not in ("CSRFTokenField", "HiddenField", "SubmitField"):
            return _target(field)
    return "#main-content"


def show_form_again(view: Callable[..., Any]) -> Response | None:
    """The staff form, drawn again with what was typed and the timed-out error, or None when
    it cannot be (nobody is signed in, or the view did anything but draw its form's errors)."""
    if request.method != "POST" or not current_user.is_authenticated:
        return None
    before = copy.deepcopy(dict(session))
    g.pop(SHOWN_AGAIN, None)
    try:
        with refusing_writes():
            response = current_app.make_response(view(**(request.view_args or {})))
    except Exception:  # noqa: BLE001 (a write refused, or any failure: the plain page instead)
        current_app.logger.info("A timed-out form could not be shown again", exc_info=True)
        response = None
    finally:
        _put_back(before)
    if response is None or response.status_code != 400 or not g.get(SHOWN_AGAIN):
        return None
    return response


def _put_back(before: dict[str, Any]) -> None:
    """The session as it was before the second run (flashes and choices undone), keeping the
    new security token the page was drawn with."""
    for key in list(session.keys()):
        if key not in before and key not in KEEP_IN_SESSION:
            session.pop(key)
    for key, value in before.items():
        if session.get(key) != value:
            session[key] = value
