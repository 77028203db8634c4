"""Per-request wiring: who is signed in, which area we are in, headers on every response."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from flask import Flask, abort, current_app, g, redirect, request, session, url_for
from flask_babel import format_date, format_datetime, get_locale
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlmodel import select
from werkzeug.exceptions import BadRequest
from werkzeug.routing import IntegerConverter

from coprod.areas.models import Area
from coprod.auth.models import User
from coprod.auth.services import role_in_area
from coprod.common.audit import set_actor
from coprod.common.permissions import can, current_role
from coprod.db import get_session
from coprod.extensions import login_manager

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
       "form-action 'self'; frame-ancestors 'none'")

PUBLIC_FORMS: set[str] = set()
SESSION_VERSION = "session_version"  # in the session: the User.session_version it began with


def public_form(view: Callable) -> Callable:
    """Mark a view whose form, on a failed CSRF check, is shown again with what was typed."""
    PUBLIC_FORMS.add(f"{view.__module__}:{view.__name__}")
    return view


def is_public_form(endpoint_view: Callable) -> bool:
    """Whether a view was marked with @public_form."""
    return f"{endpoint_view.__module__}:{endpoint_view.__name__}" in PUBLIC_FORMS


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


class IdConverter(IntegerConverter):
    """`<int:…>` in a URL: only numbers a database id can be (PostgreSQL's integer stops at
    2**31 - 1), so a bigger one is "Page not found" rather than an error from the database."""

    def __init__(self, url_map, *args, **kwargs) -> None:
        kwargs.setdefault("max", 2**31 - 1)
        super().__init__(url_map, *args, **kwargs)


def _refuse_hidden_characters() -> None:
    """At the edge, before any other hook or view: a NUL in the address is a page that does not
    exist; in a form or query, a request we explain and refuse, so nothing is half-stored."""
    if any("\x00" in value for value in (request.view_args or {}).values()
           if isinstance(value, str)):
        abort(404)
    sent = (*request.args.items(multi=True), *request.form.items(multi=True))
    if any("\x00" in key or "\x00" in value for key, value in sent):
        raise HiddenCharacter()


def init_app(app: Flask) -> None:
    """Register the request hooks, the user loader and the template context. (IdConverter is
    registered in create_app, before the blueprints' URLs are read.)"""
    app.before_request_funcs.setdefault(None, []).insert(0, _refuse_hidden_characters)
    login_manager.user_loader(_load_user)
    login_manager.unauthorized_handler(_unauthorised)
    app.before_request(_load_area_and_role)
    app.after_request(_security_headers)
    app.context_processor(_template_context)


def _load_user(user_id: str) -> User | None:
    """The signed-in person, unless the account is closed or this session was ended (signed
    out or a new password since it began: see auth.services.end_sessions)."""
    user = get_session().get(User, int(user_id)) if user_id.isdigit() else None
    if user is None or not user.active:
        return None
    return user if session.get(SESSION_VERSION, 0) == user.session_version else None


def _unauthorised():
    return redirect(url_for("auth.sign_in", next=request.full_path.rstrip("?")))


def default_area() -> Area | None:
    """The area the public pages speak for: COPROD_HOME_AREA, else the first area made."""
    db = get_session()
    slug = current_app.config.get("HOME_AREA")
    if slug:
        area = db.exec(select(Area).where(Area.slug == slug)).first()
        if area:
            return area
    return db.exec(select(Area).order_by(Area.id)).first()


def _load_area_and_role() -> None:
    if request.endpoint in (None, "static", "site.healthz"):
        return
    g.role = None
    g.area = None
    if current_user.is_authenticated:
        area_id = session.get("area_id")
        role = role_in_area(get_session(), current_user.id, area_id) if area_id else None
        if role:
            g.area, g.role = get_session().get(Area, area_id), role
        set_actor(get_session(), current_user.id, area_id if role else None)


WITHOUT_DATABASE = "coprod_without_database"  # on flask.g: see without_database()


def without_database() -> None:
    """Draw this request's page (an error page) without asking the database anything: no area
    in the header and nobody signed in, since the database may be what failed (and after a
    failed transaction every loaded record would be read again)."""
    g.setdefault(WITHOUT_DATABASE, True)
    g.area, g.role = None, None
    g._login_user = login_manager.anonymous_user()


def page_area() -> Area | None:
    """The area to show in the header: the staff member's, the page's, or the home area."""
    if g.get(WITHOUT_DATABASE):
        return None
    if g.get("area") is None:
        g.area = default_area()
    return g.area


def _template_context() -> dict:
    return {"current_area": page_area() if request.endpoint else None, "can": can,
            "current_role": current_role(), "service_name": _l("coprod"),
            "page_lang": str(get_locale() or "en").replace("_", "-"),
            "format_datetime": format_datetime, "format_date": format_date}


SECURITY_HEADERS = (
    ("Content-Security-Policy", CSP),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "same-origin"),
    ("X-Frame-Options", "DENY"),
    ("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
)
HSTS = ("Strict-Transport-Security", "max-age=31536000; includeSubDomains")


def _security_headers(response):
    """SECURITY_HEADERS are added, not set: no view sends them itself, and setting each one
    searched every header already there."""
    response.headers.extend(SECURITY_HEADERS)
    if current_app.config.get("SESSION_COOKIE_SECURE"):
        response.headers.extend((HSTS,))
    if request.endpoint != "static":
        # Shared family devices: never keep answers or staff pages in the browser's cache.
        response.headers["Cache-Control"] = "no-store"
    return response
