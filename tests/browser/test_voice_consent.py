"""An officer records a phone caller's yes to sharing their words and approves the words for
public pages, by keyboard with JavaScript off; a page left open after the caller changed their
mind refuses approval with an error summary. Every page passes axe-core (audit3 #8)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from playwright.sync_api import expect
from sqlmodel import select

from coprod.areas.models import Area, Membership
from coprod.db import session_scope
from coprod.demo import DEMO_AREA_SLUG
from coprod.voice import services
from coprod.voice.models import Comment
from coprod.voice.parsing import local_today

pytestmark = pytest.mark.browser


def _phone_comment(app, text: str) -> int:
    """A comment the demo officer typed in from a call, with no yes recorded."""
    with app.app_context(), session_scope() as session:
        area_id = session.exec(select(Area.id).where(Area.slug == DEMO_AREA_SLUG)).one()
        officer = session.exec(select(Membership.user_id).where(
            Membership.area_id == area_id, Membership.role == "officer")).first()
        comment = services.add_comment(session, area_id, text, "parent_carer", "phone",
                                       local_today() - timedelta(days=1),
                                       created_by_id=officer, share_consent=False)
        return comment.id


def _they_change_their_mind(app, comment_id: int) -> None:
    with app.app_context(), session_scope() as session:
        services.record_consent(session, session.get(Comment, comment_id), False)


def test_officer_records_a_yes_then_approves_and_a_no_is_refused(
        new_page, sign_in, tab_to, audit, live_app):
    comment_id = _phone_comment(
        live_app, "The new short breaks leaflet finally explains who can ask for help.")
    page = sign_in(new_page(js=False), "officer")
    page.goto(f"/staff/voice/{comment_id}")
    expect(page.locator("main")).to_contain_text(
        "It cannot be published: the person did not agree that their words can be shared.")
    expect(page.get_by_role("button", name="Approve it for public pages")).to_have_count(0)
    audit(page)

    tab_to(page, "record their answer")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Can we share their words?")
    audit(page)
    expect(page.locator("input[name=share_consent][value=no]")).to_be_checked()  # No first
    tab_to(page, "input[name=share_consent]")
    page.keyboard.press("ArrowUp")  # from No up to Yes
    tab_to(page, "Save their answer")
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_contain_text("Their answer is saved.")
    audit(page)

    _they_change_their_mind(live_app, comment_id)  # the page in front of us is now stale
    tab_to(page, "Approve it for public pages")
    page.keyboard.press("Enter")
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("You cannot approve this comment for public pages: the "
                                     "person did not agree that their words can be shared")
    audit(page)
