"""A message after a button says what kind it is: a green "Success" banner only when something
was done; a refusal is a blue "Important" banner, read out at once, and the page does not
open scrolled past it (with JavaScript off, nothing else would show the person why)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import select

from coprod.areas.models import Role
from coprod.voice.findings import CommentTheme
from tests.factories_voice import make_comment, make_event
from tests.pages import Page

TRANSPORT = "The school transport was late again and nobody rang us"


def _token(client) -> str:
    return client.page("/staff/").soup.select_one("input[name=csrf_token]")["value"]


def _banner(page: Page, words: str):
    """The notification banner that says `words` (None when no banner says them)."""
    return next((b for b in page.soup.select("main .govuk-notification-banner")
                 if words in b.get_text(" ", strip=True)), None)


def _assert_refusal(page: Page, words: str) -> None:
    banner = _banner(page, words)
    assert banner is not None, f"no banner says {words!r}"
    assert "govuk-notification-banner--success" not in banner["class"]
    assert banner.select_one(".govuk-notification-banner__title").get_text(strip=True) == \
        "Important"
    assert "Success" not in banner.get_text(" ", strip=True)
    assert banner["role"] == "alert"


def test_bulk_review_with_nothing_ticked_is_an_important_banner_not_scrolled_past(
        db, area, signed_in):
    comment = make_comment(db, area, TRANSPORT)
    officer = signed_in(Role.OFFICER)
    for action in ("confirm", "sentiment"):
        response = officer.post("/staff/analysis/bulk", data={
            "csrf_token": _token(officer), "next": "/staff/analysis/?show=all",
            "action": action})
        assert response.status_code == 302
        assert "#" not in response.headers["Location"]
        assert response.headers["Location"].endswith("/staff/analysis/?show=all")
        _assert_refusal(officer.page(response.headers["Location"]),
                        "Nothing changed: tick at least one comment")
    assert {t.status for t in db.exec(select(CommentTheme).where(
        CommentTheme.comment_id == comment.id)).all()} == {"suggested"}


def test_a_bulk_review_that_worked_is_still_a_success_banner(db, area, signed_in):
    comment = make_comment(db, area, TRANSPORT)
    officer = signed_in(Role.OFFICER)
    response = officer.post("/staff/analysis/bulk", data={
        "csrf_token": _token(officer), "next": "/staff/analysis/", "action": "confirm",
        "comment": [str(comment.id)]})
    assert response.headers["Location"].endswith("#review-list")
    banner = _banner(officer.page(response.headers["Location"]), "1 comment reviewed.")
    assert "govuk-notification-banner--success" in banner["class"]


def test_making_an_item_with_no_comments_ticked_is_an_important_banner(db, area, signed_in):
    officer = signed_in(Role.OFFICER)
    page = Page(officer.post("/staff/you-said-we-did/from-ticked-comments", data={
        "csrf_token": _token(officer), "next": "/staff/analysis/"}, follow_redirects=True))
    _assert_refusal(page, "Tick the comments the item rests on first.")


def test_a_quote_that_cannot_be_published_says_why_in_an_error_summary(db, area, signed_in):
    """Not a banner: the comment's page again, at the top an error summary (audit3 #8), never
    a success."""
    event = make_event(db, area, "Youth forum", held_on=date.today() - timedelta(days=30),
                       young_people_count=3)
    comment = make_comment(db, area, "Young person said", group="young_person",
                           channel="event", event_id=event.id, share_consent=True)
    officer = signed_in(Role.OFFICER)
    page = Page(officer.post(f"/staff/voice/{comment.id}/publish", data={
        "csrf_token": _token(officer), "publish": "yes"}))
    assert page.status == 400 and page.title.startswith("Error:")
    assert page.soup.select_one("main .govuk-notification-banner") is None
    summary = page.soup.select_one("main .govuk-error-summary").get_text(" ", strip=True)
    assert ("You cannot approve this comment for public pages: fewer than 5 people from its "
            "group are counted") in summary


def test_nothing_waiting_for_review_is_not_called_a_success(db, area, signed_in):
    officer = signed_in(Role.OFFICER)
    page = Page(officer.get("/staff/analysis/next", follow_redirects=True))
    _assert_refusal(page, "Nothing is waiting for review.")
