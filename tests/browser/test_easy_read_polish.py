"""Issue 18 in a browser: a young person on a 390px phone, keyboard only, JavaScript on and off,
keeps one code from "save and come back later" to the thank-you page, sees a question count that
never jumps, a picture and a read-aloud control on every page, and deletes their answers only
after saying yes on a page that says what goes. Every page passes axe-core."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.support import PHONE

pytestmark = pytest.mark.browser

SURVEY = "/surveys/caseworker/"
CODE = re.compile(r"[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}")


def _h1(page):
    return page.get_by_role("heading", level=1)


def _pictured_and_readable(page, js: bool) -> None:
    """A picture with alt text beside the words, and "Read this to me" where speech exists."""
    pictures = page.locator("main img.coprod-symbol:not(.coprod-symbol--button)")
    assert pictures.count() > 0, page.url
    assert all(img.get_attribute("alt") for img in pictures.all()), page.url
    button = page.locator("main button[data-read-aloud]")
    expect(button).to_have_count(1)
    if js and page.evaluate("'speechSynthesis' in window"):
        expect(button).to_be_visible()
    else:
        expect(button).to_be_hidden()


def _go(page) -> None:
    """Press Enter on the focused button or link and wait for the next page."""
    with page.expect_navigation():
        page.keyboard.press("Enter")


def _answer_this_question(page, tab_to) -> None:
    if page.locator("textarea#answer").count():
        tab_to(page, "textarea#answer")
        page.keyboard.type("Call me back please.")
    else:
        tab_to(page, "input[name=answer]")
        page.keyboard.press("Space")
    tab_to(page, "Continue")
    _go(page)


@pytest.mark.parametrize("js", [True, False], ids=["js-on", "js-off"])
def test_young_person_keeps_one_code_and_deletes_only_after_confirming(new_page, tab_to, audit,
                                                                      js):
    page = new_page(js=js, width=PHONE)
    page.goto(SURVEY)
    _pictured_and_readable(page, js)
    tab_to(page, "Start")
    _go(page)

    tab_to(page, "input[name=answer]")
    page.keyboard.press("Space")
    tab_to(page, "Save and come back later")
    _go(page)
    expect(_h1(page)).to_have_text("Your answers are saved")
    _pictured_and_readable(page, js)
    audit(page)
    code = page.locator(".coprod-code--big").inner_text().strip()
    assert CODE.fullmatch(code)

    page.goto(f"{SURVEY}resume")
    _pictured_and_readable(page, js)
    tab_to(page, "#code")
    page.keyboard.type(code)
    tab_to(page, "Continue")
    _go(page)

    counts = []
    while _h1(page).inner_text() != "Check your answers":
        progress = page.locator(".coprod-progress").inner_text()
        counts.append(progress)
        assert " of " not in progress, progress  # the caseworker survey has skippable questions
        _pictured_and_readable(page, js)
        audit(page)
        _answer_this_question(page, tab_to)
    assert counts == [f"Question {n}" for n in range(2, 2 + len(counts))]

    _pictured_and_readable(page, js)
    audit(page)
    tab_to(page, "Send my answers")
    _go(page)

    expect(page.locator(".govuk-panel .coprod-code")).to_have_text(code)
    assert set(CODE.findall(page.locator("main").inner_text())) == {code}
    _pictured_and_readable(page, js)
    audit(page)
    tab_to(page, "Delete my answers")
    _go(page)

    expect(_h1(page)).to_have_text("Are you sure you want to delete your answers?")
    expect(page.get_by_text("You cannot undo this.")).to_be_visible()
    # Back to the thank-you page, the code in view (not an empty box to type it in again)
    expect(page.locator(".govuk-back-link")).to_have_attribute(
        "href", re.compile(r"^/surveys/[a-z0-9-]+/thank-you$"))
    _pictured_and_readable(page, js)
    audit(page)
    tab_to(page, "Yes, delete my answers")
    _go(page)

    expect(_h1(page)).to_have_text("Your answers are deleted")
    _pictured_and_readable(page, js)
    audit(page)
