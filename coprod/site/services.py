"""Health and the list of public pages."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session, select

from coprod.areas.models import Area
from coprod.charters.services import public_pages as charter_pages
from coprod.events.services import public_pages as event_pages
from coprod.surveys.journey.runner import open_surveys

STATIC_PUBLIC_PAGES = ("site.home", "site.accessibility", "site.privacy", "site.cookies")


def database_answers(session: Session) -> bool:
    """True when a trivial query succeeds."""
    try:
        session.exec(text("SELECT 1")).one()
        return True
    except Exception:  # noqa: BLE001 - any failure means "not healthy"
        return False


def all_areas(session: Session) -> list[Area]:
    """Every area, by name."""
    return list(session.exec(select(Area).order_by(Area.name)).all())


def public_endpoints(session: Session) -> list[tuple[str, dict]]:
    """Every public page as (endpoint, url arguments); each domain adds its own pages here."""
    pages: list[tuple[str, dict]] = [(endpoint, {}) for endpoint in STATIC_PUBLIC_PAGES]
    pages += [("site.area_home", {"area_slug": area.slug}) for area in all_areas(session)]
    pages += event_pages(session)
    pages += charter_pages(session)
    pages += [("journey.start_page", {"slug": survey.slug}) for survey in open_surveys(session)]
    pages += [("yousaid_public.public_board", {}), ("yousaid_public.public_easy_read", {}),
              ("yousaid_public.what_happened", {})]
    pages += [(endpoint, {"area_slug": area.slug}) for area in all_areas(session)
              for endpoint in ("yousaid_public.area_board", "yousaid_public.area_easy_read",
                               "yousaid_public.area_poster", "yousaid_public.area_what_happened")]
    return pages
