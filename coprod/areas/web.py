"""Per-request wiring: who is signed in, which area we are in, and what every template knows."""

from __future__ import annotations

from typing import Any

from flask import Flask, current_app, g, redirect, request, session, url_for
from flask.typing import ResponseReturnValue
from flask_babel import format_date, format_datetime, get_locale
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlmodel import select

from coprod.areas.models import Area
from coprod.auth.models import User
from coprod.auth.services import role_in_area
from coprod.common.audit import set_actor
from coprod.common.permissions import can, current_role
from coprod.common.web import SESSION_VERSION, WITHOUT_DATABASE
from coprod.db import get_session
from coprod.extensions import login_manager


def init_app(app: Flask) -> None:
    """Register the user loader, the request hook and the template context."""
    login_manager.user_loader(_load_user)
    login_manager.unauthorized_handler(_unauthorised)
    app.before_request(_load_area_and_role)
    app.context_processor(_template_context)


def _load_user(user_id: str) -> User | None:
    """The signed-in person, unless the account is closed or this session was ended (signed
    out or a new password since it began: see auth.services.end_sessions)."""
    user = get_session().get(User, int(user_id)) if user_id.isdigit() else None
    if user is None or not user.active:
        return None
    return user if session.get(SESSION_VERSION, 0) == user.session_version else None


def _unauthorised() -> ResponseReturnValue:
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


def page_area() -> Area | None:
    """The area to show in the header: the staff member's, the page's, or the home area (none
    on a page drawn without the database)."""
    if g.get(WITHOUT_DATABASE):
        return None
    if g.get("area") is None:
        g.area = default_area()
    area: Area | None = g.area
    return area


def _template_context() -> dict[str, Any]:
    return {"current_area": page_area() if request.endpoint else None, "can": can,
            "current_role": current_role(), "service_name": _l("coprod"),
            "page_lang": str(get_locale() or "en").replace("_", "-"),
            "format_datetime": format_datetime, "format_date": format_date}
