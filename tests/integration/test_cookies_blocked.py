"""A browser that keeps no cookies cannot hold a session, so every form's security check fails.
Pressing the button again cannot help: the second time, the page says cookies are blocked
rather than "timed out, press again" for ever."""

from sqlmodel import select

from coprod.surveys.models import SurveyResponse
from tests.factories import make_user
from tests.pages import Page
from tests.survey_factories import make_survey, send

COOKIES = "blocking cookies"


def _alert(page: Page) -> str:
    return page.soup.select_one("[role=alert]").get_text(" ", strip=True)


def test_starting_a_survey_with_cookies_blocked_says_why_it_cannot_start(app, db, area):
    survey = make_survey(db, area)
    browser = app.test_client(use_cookies=False)

    page = send(browser, browser.page(f"/surveys/{survey.slug}/"), {})
    assert "this page timed out. Press Start again." in _alert(page)
    page = send(browser, page, {})
    assert COOKIES in _alert(page)
    assert "Turn on cookies, then press Start again." in _alert(page)
    assert db.exec(select(SurveyResponse).where(
        SurveyResponse.survey_id == survey.id)).all() == []


def test_a_browser_that_keeps_cookies_starts_from_the_page_drawn_again(client, db, area):
    """A failed check once (a session that ended) then Start: the survey starts as before."""
    survey = make_survey(db, area)
    page = send(client, client.page(f"/surveys/{survey.slug}/"), {"csrf_token": "stale"})
    assert "this page timed out" in _alert(page)
    page = send(client, page, {})
    assert "/q/" in page.response.request.path
    assert len(db.exec(select(SurveyResponse).where(
        SurveyResponse.survey_id == survey.id)).all()) == 1


def test_carrying_on_with_a_code_with_cookies_blocked_says_why(app, db, area):
    survey = make_survey(db, area)
    browser = app.test_client(use_cookies=False)
    url = f"/surveys/{survey.slug}/resume"
    page = send(browser, browser.page(url), {"code": "K7P4-QX9M"})
    assert page.errors == ["Sorry, this page timed out. Press Continue again."]
    page = send(browser, page, {})
    assert page.errors == ["Sorry, your browser is blocking cookies. We need a cookie to keep "
                           "your answers. Turn on cookies, then press Continue again."]
    assert page.soup.select_one("#code")["value"] == "K7P4-QX9M"


def test_signing_in_with_cookies_blocked_says_why(app, db, area):
    user = make_user(db, area)
    browser = app.test_client(use_cookies=False)
    page = send(browser, browser.page("/sign-in"), {"email": user.email, "password": "x"})
    assert page.errors == ["Your page timed out. Sign in again."]
    page = send(browser, page, {"password": "x"})
    assert page.errors == ["Your browser is blocking cookies. Turn on cookies for this "
                           "website, then sign in again."]
    assert page.soup.select_one("#email")["value"] == user.email
