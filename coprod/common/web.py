"""Per-request wiring that knows no domain: public forms, safe redirects, security headers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from flask import Flask, Response, current_app, request, url_for

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
       "form-action 'self'; frame-ancestors 'none'")

PUBLIC_FORMS: set[str] = set()
V = TypeVar("V", bound=Callable[..., Any])


def public_form(view: V) -> V:
    """Mark a view whose form, on a failed CSRF check, is shown again with what was typed."""
    PUBLIC_FORMS.add(f"{view.__module__}:{view.__name__}")
    return view


def is_public_form(endpoint_view: Callable[..., Any]) -> bool:
    """Whether a view was marked with @public_form."""
    return f"{endpoint_view.__module__}:{endpoint_view.__name__}" in PUBLIC_FORMS


def safe_next(target: str | None) -> str:
    """Where to go after signing in or choosing an area: only a path on this site, so a link
    cannot send someone elsewhere ("//host" and "/\\host" both leave the site)."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return url_for("areas.dashboard")


def init_app(app: Flask) -> None:
    """Add the security headers to every response (who is signed in, and where, is
    coprod.areas.web)."""
    app.after_request(_security_headers)


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
