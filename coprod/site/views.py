"""Public pages: the area's home, statements, health and the sitemap."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, make_response, render_template, url_for
from sqlmodel import select

from coprod.areas.models import Area
from coprod.areas.web import default_area, show_area
from coprod.db import get_session
from coprod.extensions import csrf
from coprod.site import services

bp = Blueprint("site", __name__)


@bp.get("/")
def home():
    """The home area's front page (the one a family reaches first)."""
    area = default_area()
    if area is not None:
        show_area(area)  # a member of staff from another area still sees the home area's name
    return render_template("site/home.html", area=area, areas=services.all_areas(get_session()))


@bp.get("/areas/<area_slug>/")
def area_home(area_slug: str):
    """Any area's front page, for sites that serve more than one area."""
    area = get_session().exec(select(Area).where(Area.slug == area_slug)).first()
    if area is None:
        abort(404)
    show_area(area)
    return render_template("site/home.html", area=area, areas=[])


@bp.get("/accessibility")
def accessibility():
    """The accessibility statement."""
    return render_template("site/accessibility.html")


@bp.get("/privacy")
def privacy():
    """The privacy notice (its times are those `coprod purge` applies)."""
    return render_template("site/privacy.html",
                           code_minutes=current_app.config["CODE_TRIES_MINUTES"])


@bp.get("/cookies")
def cookies():
    """What cookies coprod sets, and why."""
    return render_template("site/cookies.html")


@bp.get("/healthz")
@csrf.exempt
def healthz():
    """200 when the database answers, 503 when it does not."""
    ok = services.database_answers(get_session())
    return {"status": "ok" if ok else "unavailable"}, 200 if ok else 503


@bp.get("/sitemap.xml")
def sitemap():
    """Every public page, for search engines and for our own accessibility audit."""
    urls = [url_for(endpoint, _external=True, **args)
            for endpoint, args in services.public_endpoints(get_session())]
    response = make_response(render_template("site/sitemap.xml", urls=urls))
    response.mimetype = "application/xml"
    return response
