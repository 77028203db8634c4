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
    app.add_template_global(area_page_url)


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
    if "home_area" in g:  # asked for by every link in the navigation
        home: Area | None = g.home_area
        return home
    g.home_area = _home_area()
    return g.home_area


def _home_area() -> Area | None:
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


def show_area(area: Area) -> Area:
    """Make this public page speak for `area` (its header, title and navigation), whoever is
    signed in. Kept apart from g.area, the signed-in member of staff's area, which staff pages
    and permissions use: a Southmere officer reading Northvale's survey sees Northvale's."""
    g.page_area = area
    return area


def page_area() -> Area | None:
    """The area to show in the header: the public page's own (see show_area), else the staff
    member's, else the home area (none on a page drawn without the database)."""
    if g.get(WITHOUT_DATABASE):
        return None
    area: Area | None = g.get("page_area") or g.get("area")
    return area if area is not None else default_area()


# A public page of an area by name: the home area keeps its short address; any other area's
# page is under /areas/<slug>/, so its families stay on their own area's pages.
PUBLIC_PAGES: dict[str, tuple[str, str]] = {
    "home": ("site.home", "site.area_home"),
    "events": ("events.public_events", "events.area_events"),
    "board": ("yousaid_public.public_board", "yousaid_public.area_board"),
    "easy_read": ("yousaid_public.public_easy_read", "yousaid_public.area_easy_read"),
    "what_happened": ("yousaid_public.what_happened", "yousaid_public.area_what_happened"),
    "charter": ("charter_pages.home_charter", "charter_pages.public_charter"),
    "delete_answers": ("journey.delete_my_answers", "journey.area_delete_my_answers"),
    "answers_deleted": ("journey.answers_deleted", "journey.area_answers_deleted"),
}


def area_page_url(page: str, area: Area | None = None) -> str:
    """The address of one of an area's public pages (the page's own area unless given)."""
    home_endpoint, area_endpoint = PUBLIC_PAGES[page]
    area = area or page_area()
    if area is None or area.id == getattr(default_area(), "id", None):
        return url_for(home_endpoint)
    return url_for(area_endpoint, area_slug=area.slug)


def _template_context() -> dict[str, Any]:
    return {"current_area": page_area() if request.endpoint else None, "can": can,
            "current_role": current_role(), "service_name": _l("coprod"),
            "page_lang": str(get_locale() or "en").replace("_", "-"),
            "format_datetime": format_datetime, "format_date": format_date}
