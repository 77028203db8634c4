"""Per-request wiring that knows no domain: public forms, safe redirects, security headers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import urlsplit

from flask import Flask, Response, abort, current_app, g, request, url_for
from werkzeug.exceptions import BadRequest
from werkzeug.routing import IntegerConverter, Map

from coprod.extensions import login_manager

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
       "form-action 'self'; frame-ancestors 'none'")

PUBLIC_FORMS: set[str] = set()
SESSION_VERSION = "session_version"  # in the session: the User.session_version it began with
WITHOUT_DATABASE = "coprod_without_database"  # on flask.g: see without_database()
V = TypeVar("V", bound=Callable[..., Any])


def public_form(view: V) -> V:
    """Mark a view whose form, on a failed CSRF check, is shown again with what was typed."""
    PUBLIC_FORMS.add(f"{view.__module__}:{view.__name__}")
    return view


def is_public_form(endpoint_view: Callable[..., Any]) -> bool:
    """Whether a view was marked with @public_form."""
    return f"{endpoint_view.__module__}:{endpoint_view.__name__}" in PUBLIC_FORMS


SENT_AGAIN = "sent_again"  # in a public form drawn again after a failed check: see cookies_refused


def cookies_refused() -> bool:
    """The browser is not keeping cookies: this form came from a page drawn again after a
    failed security check (it says so in SENT_AGAIN), and still no session cookie comes back,
    though that page set one. Pressing the button again cannot help, so the page says why."""
    return (request.form.get(SENT_AGAIN) == "yes"
            and current_app.config["SESSION_COOKIE_NAME"] not in request.cookies)


def safe_next(target: str | None, default: str | None = None) -> str:
    """Where to go after signing in, choosing an area or pressing a button: only a path on this
    site, else `default` (the dashboard). Browsers drop tabs and newlines from a URL and read a
    backslash as a slash, so "/<tab>/host", "/\\host" and "//host" all leave the site: any control
    character, space or backslash is refused, as is anything with a scheme or a host."""
    fallback = default or url_for("areas.dashboard")
    if not target or not target.startswith("/") or target.startswith("//"):
        return fallback
    if "\\" in target or any(ord(c) < 33 or ord(c) == 127 for c in target):
        return fallback
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return fallback
    return target


class HiddenCharacter(BadRequest):
    """Something sent holds a NUL character: no text anyone types has one, and PostgreSQL
    cannot store it (an answer with one saved, then every submit failed)."""


MAX_ID = 2**31 - 1  # PostgreSQL's integer: a bigger "id" names nothing


def as_id(text: str) -> int | None:
    """A record id sent in a form or an address, or None for anything that cannot be one
    (not digits, or too big for the database: PostgreSQL refuses it with an error)."""
    return int(text) if text.isascii() and text.isdigit() and int(text) <= MAX_ID else None


class IdConverter(IntegerConverter):
    """`<int:…>` in a URL: only numbers a database id can be (PostgreSQL's integer stops at
    2**31 - 1), so a bigger one is "Page not found" rather than an error from the database."""

    def __init__(self, url_map: Map, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("max", MAX_ID)
        super().__init__(url_map, *args, **kwargs)


def _refuse_hidden_characters() -> None:
    """At the edge, before any other hook or view: a NUL in the address is a page that does not
    exist; in a form or query, a request we explain and refuse, so nothing is half-stored. A
    form part with no name (which broke every form's reading of the request) is refused too."""
    if any("\x00" in value for value in (request.view_args or {}).values()
           if isinstance(value, str)):
        abort(404)
    sent = (*request.args.items(multi=True), *request.form.items(multi=True))
    if any(key is None for key, _value in (*sent, *request.files.items(multi=True))):
        abort(400)  # a form part with no name: no browser sends one
    if any("\x00" in key or "\x00" in value for key, value in sent):
        raise HiddenCharacter()


def init_app(app: Flask) -> None:
    """Refuse hidden characters first of all, and add the security headers to every response
    (who is signed in, and where, is coprod.areas.web; IdConverter is registered in create_app,
    before the blueprints' URLs are read)."""
    app.before_request_funcs.setdefault(None, []).insert(0, _refuse_hidden_characters)
    app.after_request(_security_headers)


def check_security_tokens_last(app: Flask) -> None:
    """Flask-WTF checks each form's security token in a request hook of its own, registered
    when it starts; move it after every other hook, so that a form drawn again after a failed
    check (common.errors, common.timed_out) knows who is signed in and their area, as any other
    page does. The hooks before it only read. Called once every hook is registered."""
    hooks = app.before_request_funcs.setdefault(None, [])
    checks = [hook for hook in hooks if getattr(hook, "__name__", "") == "csrf_protect"]
    if len(checks) != 1:
        raise RuntimeError("Flask-WTF's csrf_protect request hook was not found once")
    hooks.remove(checks[0])
    hooks.append(checks[0])


def without_database() -> None:
    """Draw this request's page (an error page) without asking the database anything: no area
    in the header and nobody signed in, since the database may be what failed (and after a
    failed transaction every loaded record would be read again)."""
    g.setdefault(WITHOUT_DATABASE, True)
    g.area, g.role = None, None
    g._login_user = login_manager.anonymous_user()


SECURITY_HEADERS = (
    ("Content-Security-Policy", CSP),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "same-origin"),
    ("X-Frame-Options", "DENY"),
    ("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
)
HSTS = ("Strict-Transport-Security", "max-age=31536000; includeSubDomains")


def _security_headers(response: Response) -> Response:
    """SECURITY_HEADERS are added, not set: no view sends them itself, and setting each one
    searched every header already there."""
    response.headers.extend(SECURITY_HEADERS)
    if current_app.config.get("SESSION_COOKIE_SECURE"):
        response.headers.extend((HSTS,))
    if request.endpoint != "static":
        # Shared family devices: never keep answers or staff pages in the browser's cache.
        response.headers["Cache-Control"] = "no-store"
    return response
