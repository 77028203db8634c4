"""An officer removes a comment added by mistake with the keyboard alone, with JavaScript on and
off; a survey answer's page says why it cannot be removed. Every page passes axe-core."""

from __future__ import annotations

from datetime import timedelta

import pytest
from playwright.sync_api import expect
from sqlmodel import select

from coprod.areas.models import Area
from coprod.db import session_scope
from coprod.demo import DEMO_AREA_SLUG
from coprod.voice import services
from coprod.voice.models import Comment
from coprod.voice.parsing import local_today

pytestmark = pytest.mark.browser


def _area_id(session) -> int:
    return session.exec(select(Area.id).where(Area.slug == DEMO_AREA_SLUG)).one()


def _typed_comment(app, text: str) -> int:
    with app.app_context(), session_scope() as session:
        comment = services.add_comment(session, _area_id(session), text, "parent_carer",
                                       "email", local_today() - timedelta(days=1))
        return comment.id


def _survey_comment(app) -> int:
    with app.app_context(), session_scope() as session:
        return session.exec(select(Comment.id).where(
            Comment.area_id == _area_id(session), Comment.survey_response_id.is_not(None))
        ).first()


@pytest.mark.parametrize("js", [True, False], ids=["js-on", "js-off"])
def test_officer_removes_a_comment_by_keyboard(new_page, sign_in, tab_to, audit, live_app, js):
    comment_id = _typed_comment(live_app, f"Typed twice by mistake ({js=}).")
    page = sign_in(new_page(js=js), "officer")
    page.goto(f"/staff/voice/{comment_id}")

    tab_to(page, "Remove this comment")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Remove this comment?")
    audit(page)
    tab_to(page, "Remove comment")
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_contain_text(f"Comment {comment_id} removed.")
    audit(page)
    assert page.goto(f"/staff/voice/{comment_id}").status == 404


def test_a_survey_answer_says_why_it_cannot_be_removed(new_page, sign_in, audit, live_app):
    comment_id = _survey_comment(live_app)
    assert comment_id is not None, "the demo has no survey answers in the voice record"
    page = sign_in(new_page(), "officer")
    page.goto(f"/staff/voice/{comment_id}/remove")
    expect(page.get_by_role("heading", level=1)).to_have_text("This comment cannot be removed")
    audit(page)
