"""WCAG 1.4.10 Reflow on staff pages, JavaScript off, at 320 CSS pixels: a long word (a project
called "Neurodevelopmental pathway", the example URL in an error message, 5,000 letters pasted
without a space) wraps instead of making the whole page scroll sideways."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from sqlmodel import select

from coprod.areas.models import Area
from coprod.charters.models import Project
from coprod.db import session_scope
from coprod.reports.models import SelfEvaluation

pytestmark = pytest.mark.browser

WIDTH = 320
PAGE_WIDTH = "document.documentElement.scrollWidth"


def _project_path(live_app) -> str:
    with live_app.app_context(), session_scope() as session:
        project_id = session.exec(select(Project.id).join(Area, Area.id == Project.area_id).where(
            Area.slug == "northvale", Project.title == "Neurodevelopmental pathway")).one()
    return f"/staff/charters/projects/{project_id}/"


@pytest.mark.parametrize("role", ["admin", "officer", "forum", "leader"])
def test_a_charter_project_with_a_long_word_in_its_name_fits_320_pixels(new_page, sign_in,
                                                                         live_app, role):
    page = sign_in(new_page(js=False, width=WIDTH), role)
    page.goto(_project_path(live_app))
    expect(page.get_by_role("heading", level=1)).to_have_text("Neurodevelopmental pathway")
    expect(page.get_by_role("region", name="Ratings of each principle for this project")
           ).to_be_visible()
    assert page.evaluate(PAGE_WIDTH) <= WIDTH


def test_an_event_with_a_wrong_online_link_says_so_within_320_pixels(new_page, sign_in):
    page = sign_in(new_page(js=False, width=WIDTH), "officer")
    page.goto("/staff/events/new")
    page.get_by_label("Online link").fill("not a link")
    page.get_by_role("button", name="Save event").click()
    message = "like https://meet.example.org/forum"
    expect(page.locator(".govuk-error-message")).to_contain_text([message])
    expect(page.locator(".govuk-error-summary")).to_contain_text(message)
    assert page.evaluate(PAGE_WIDTH) <= WIDTH


def test_a_self_evaluation_without_spaces_wraps_in_the_evidence_pack(new_page, sign_in,
                                                                     live_app):
    with live_app.app_context(), session_scope() as session:
        kept = session.exec(select(SelfEvaluation.text).join(
            Area, Area.id == SelfEvaluation.area_id).where(Area.slug == "northvale")).first()
    page = sign_in(new_page(js=False, width=WIDTH), "admin")
    try:
        page.goto("/staff/reports/self-evaluation")
        page.get_by_label("Self-evaluation").fill("x" * 5000)
        page.get_by_role("button", name="Save the self-evaluation").click()
        expect(page.get_by_role("heading", level=1)).to_contain_text("evidence pack")
        expect(page.locator("#self-evaluation ~ p.govuk-body").first).to_contain_text("x" * 50)
        assert page.evaluate(PAGE_WIDTH) <= WIDTH
    finally:
        _put_back(live_app, kept)


def _put_back(live_app, text: str | None) -> None:
    """The other browser tests share the demo area: leave its self-evaluation as it was."""
    with live_app.app_context(), session_scope() as session:
        row = session.exec(select(SelfEvaluation).join(Area, Area.id == SelfEvaluation.area_id)
                           .where(Area.slug == "northvale")).first()
        if row is not None and text is None:
            session.delete(row)
        elif row is not None:
            row.text = text
            session.add(row)
        session.commit()
