"""The core journeys work with the keyboard alone, with JavaScript on and with it off."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from coprod.demo import DEMO_AREA_NAME, DEMO_PASSWORD
from tests.browser.support import DEMO_EMAILS

pytestmark = pytest.mark.browser

JS = pytest.mark.parametrize("js", [False, True], ids=["js-off", "js-on"])
FOCUSED_ID = "document.activeElement && document.activeElement.id"


def h1(page):
    return page.get_by_role("heading", level=1)


@JS
def test_public_reads_home_page_statement_and_footer_links(new_page, audit, js):
    page = new_page(js=js)
    page.goto("/")
    expect(h1(page)).to_have_text("Have your say about SEND services")
    audit(page)
    footer = page.locator("footer")
    for link, heading in [("Accessibility statement", "Accessibility statement for coprod"),
                          ("Privacy notice", "Privacy notice"), ("Cookies", "Cookies")]:
        footer.get_by_role("link", name=link).click()
        expect(h1(page)).to_have_text(heading)
        audit(page)
    page.locator("header").get_by_role("link", name=DEMO_AREA_NAME).click()
    expect(h1(page)).to_have_text("Have your say about SEND services")


@JS
def test_staff_sign_in_with_the_keyboard_alone_and_reach_their_dashboard(new_page, tab_to, js):
    page = new_page(js=js)
    page.goto("/")
    tab_to(page, "Staff sign in")
    page.keyboard.press("Enter")
    expect(h1(page)).to_have_text("Sign in")
    tab_to(page, "Email address")
    page.keyboard.type(DEMO_EMAILS["officer"])
    tab_to(page, "Password")
    page.keyboard.type(DEMO_PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url("**/staff/")
    expect(h1(page)).to_have_text("Dashboard")
    expect(page.get_by_text("Signed in as Tom Okafor.")).to_be_visible()


@JS
def test_staff_sign_out_with_the_keyboard(new_page, sign_in, tab_to, live_server, js):
    page = sign_in(new_page(js=js), "forum")
    tab_to(page, "Sign out")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_server}/")
    expect(page.locator(".govuk-notification-banner")).to_contain_text("You have signed out.")
    page.goto("/staff/")
    expect(h1(page)).to_have_text("Sign in")


@JS
def test_sign_in_error_summary_links_move_focus_to_the_field(new_page, tab_to, js):
    page = new_page(js=js)
    page.goto("/sign-in")
    tab_to(page, "button.govuk-button[type=submit]")
    page.keyboard.press("Enter")
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("There is a problem")
    if js:
        # GOV.UK Frontend moves focus to the summary so screen readers announce it at once.
        expect(summary).to_be_focused()
    tab_to(page, "Enter an email address")
    page.keyboard.press("Enter")
    assert page.evaluate(FOCUSED_ID) == "email"
    tab_to(page, "Enter your password", backwards=True)
    page.keyboard.press("Enter")
    assert page.evaluate(FOCUSED_ID) == "password"


@JS
def test_skip_link_is_the_first_tab_stop_and_skips_to_the_main_content(new_page, js):
    page = new_page(js=js)
    page.goto("/")
    page.keyboard.press("Tab")
    skip = page.locator("*:focus")
    expect(skip).to_have_text("Skip to main content")
    expect(skip).to_have_class("govuk-skip-link")
    box = skip.bounding_box()
    assert box and box["height"] > 10, "the skip link is not visible when it has focus"
    page.keyboard.press("Enter")
    # the skip link's own script moves focus as the browser follows the link: wait for both
    expect(page).to_have_url(re.compile(r"#main-content$"))
    if js:
        expect(page.locator("main")).to_be_focused()
    page.keyboard.press("Tab")
    assert page.evaluate("!!document.activeElement.closest('main')"), (
        "Tab after the skip link did not land inside the main content")
