"""A parent evaluates a project against the charter by keyboard alone with JavaScript off; an
officer then finds that rating counted on the dashboard beside the officers' own, and the
parent's words held back (fewer than 5 families rated that project). The charter,
evaluation and dashboard pages pass axe-core at phone and desktop widths."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from sqlmodel import select

from coprod.areas.models import Area
from coprod.charters.models import EvaluationLink, Project
from coprod.db import session_scope
from coprod.demo import DEMO_AREA_SLUG
from tests.browser.support import HEIGHTS, WIDTHS

pytestmark = pytest.mark.browser
EVIDENCE = "The forum met us before the plan was written"


def _open_family_link(app) -> str:
    """The demo's open link for parents on 'Redesigning annual reviews'."""
    with app.app_context(), session_scope() as session:
        return session.exec(select(EvaluationLink.token).join(
            Project, Project.id == EvaluationLink.project_id).join(
            Area, Area.id == Project.area_id).where(
            Area.slug == DEMO_AREA_SLUG, Project.title == "Redesigning annual reviews",
            EvaluationLink.audience == "family", EvaluationLink.uses_codes.is_(False))).one()


def _audit_both_widths(page, audit) -> None:
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": HEIGHTS[width]})
        audit(page)
    page.set_viewport_size({"width": WIDTHS[0], "height": HEIGHTS[WIDTHS[0]]})


def test_parent_evaluates_by_keyboard_and_officer_sees_it_beside_officers(
        new_page, sign_in, tab_to, audit, live_app):
    token = _open_family_link(live_app)
    parent = new_page(js=False)
    parent.goto(f"/evaluate/{token}/")
    expect(parent.locator("h1")).to_have_text("Tell us how we worked with you")
    _audit_both_widths(parent, audit)
    tab_to(parent, "Start")
    parent.keyboard.press("Enter")
    for number in range(1, 7):
        expect(parent.locator("main")).to_contain_text(f"Question {number} of 6")
        if number == 1:
            _audit_both_widths(parent, audit)
        tab_to(parent, "#score")
        parent.keyboard.press("Space")  # the first face: "Yes"
        if number == 1:
            tab_to(parent, "#evidence")
            parent.keyboard.type(EVIDENCE)
        tab_to(parent, "Continue")
        parent.keyboard.press("Enter")
    expect(parent.locator("h1")).to_have_text("Can we share your words?")  # they wrote why
    _audit_both_widths(parent, audit)
    tab_to(parent, "#share")
    parent.keyboard.press("Space")  # the first answer: "Yes, you can share my words"
    tab_to(parent, "Send my answers")
    parent.keyboard.press("Enter")
    expect(parent.locator("h1")).to_have_text("Thank you")
    _audit_both_widths(parent, audit)

    officer = sign_in(new_page(), "officer")
    tab_to(officer, "See the ratings")
    officer.keyboard.press("Enter")
    expect(officer.locator("h1")).to_have_text("How projects lived up to the charter")
    row = officer.locator("table").first.locator("tr", has_text="Start together and stay together")
    expect(row.locator("td")).to_have_text(["5", "3.4", "7", "3.1"])  # families: (18 + 4) / 7
    evidence = officer.locator("details", has_text="Start together and stay together")
    evidence.locator("summary").click()
    expect(evidence).to_contain_text("Families, Redesigning annual reviews: what families "
                                     "wrote is held back until 5 families have answered.")
    expect(evidence).not_to_contain_text(EVIDENCE)
    expect(evidence).to_contain_text("Officers, Redesigning annual reviews, 4 of 4")
    _audit_both_widths(officer, audit)


def test_public_charter_pages_pass_axe(new_page, audit):
    page = new_page(js=False)
    for path in ("charter/", "charter/easy-read", "charter/print"):
        page.goto(f"/areas/{DEMO_AREA_SLUG}/{path}")
        _audit_both_widths(page, audit)
