"""Reviewing themes and handling a safeguarding flag with the keyboard alone, on pages that
axe-core finds nothing wrong with, with JavaScript on and off."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.support import WIDTHS

pytestmark = pytest.mark.browser

JS = pytest.mark.parametrize("js", [False, True], ids=["js-off", "js-on"])


def h1(page):
    return page.get_by_role("heading", level=1)


@pytest.mark.parametrize("width", WIDTHS)
def test_theme_pages_have_no_accessibility_problems(new_page, sign_in, audit, width):
    page = sign_in(new_page(width=width), "officer")
    for url, heading in [("/staff/analysis/", "Review themes"),
                         ("/staff/analysis/?show=all&low=y", "Review themes"),
                         ("/staff/analysis/themes", "Themes"),
                         ("/staff/analysis/emerging-topics", "Emerging topics"),
                         ("/staff/analysis/codebook", "Codebook")]:
        page.goto(url)
        expect(h1(page)).to_have_text(heading)
        audit(page)
    page.goto("/staff/analysis/?show=all")
    page.get_by_role("link", name=re.compile(r"^Review comment")).first.click()
    expect(h1(page)).to_have_text(re.compile(r"^Comment \d+"))
    audit(page)
    page.get_by_role("button", name="Add theme").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Select a theme to add")
    audit(page)


@pytest.mark.parametrize("width", WIDTHS)
def test_safeguarding_pages_have_no_accessibility_problems(new_page, sign_in, audit, width):
    page = sign_in(new_page(width=width), "safeguarding")
    page.goto("/staff/analysis/safeguarding")
    expect(h1(page)).to_have_text("Safeguarding")
    audit(page)
    page.get_by_role("link", name=re.compile(r"^Open flag")).first.click()
    expect(h1(page)).to_have_text(re.compile(r"^Safeguarding flag \d+"))
    audit(page)
    page.get_by_role("button", name="Save decision").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter a note")
    audit(page)


@JS
def test_an_officer_confirms_a_theme_with_the_keyboard_alone(new_page, sign_in, tab_to, js):
    page = sign_in(new_page(js=js), "officer")
    tab_to(page, "Themes")
    page.keyboard.press("Enter")
    expect(h1(page)).to_have_text("Review themes")
    button = tab_to(page, "Confirm theme", max_tabs=120)
    label = " ".join(button.inner_text().split())
    name = re.match(r"Confirm theme (.+) for comment \d+", label)[1]
    page.keyboard.press("Enter")
    expect(page.locator(".govuk-notification-banner")).to_contain_text(
        f"Theme confirmed: {name}")
    expect(h1(page)).to_have_text("Review themes")


@JS
def test_the_safeguarding_lead_handles_a_flag_with_the_keyboard_alone(new_page, sign_in, tab_to,
                                                                      js):
    page = sign_in(new_page(js=js), "safeguarding")
    tab_to(page, "Safeguarding")
    page.keyboard.press("Enter")
    expect(h1(page)).to_have_text("Safeguarding")
    if page.get_by_text("Nothing is open.").count():
        pytest.skip("an earlier test handled every demo flag")
    tab_to(page, "td a.govuk-link")  # the first Open link (the region says "Open flags")
    page.keyboard.press("Enter")
    expect(h1(page)).to_have_text(re.compile(r"^Safeguarding flag \d+"))
    # Tab reaches a group of radios once (its first choice); arrows move within it, as in
    # every browser: In progress, Referred, Acted on.
    tab_to(page, "In progress")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    expect(page.locator("input[name=outcome][value=acted_on]")).to_be_checked()
    tab_to(page, "textarea")
    page.keyboard.type("Spoke to the family and referred to children's social care.")
    tab_to(page, "Save decision")
    page.keyboard.press("Enter")
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Decision saved.")
    expect(h1(page)).to_have_text("Safeguarding")


@JS
def test_a_refused_bulk_review_says_why_where_it_can_be_seen(new_page, sign_in, audit, js):
    page = sign_in(new_page(js=js), "officer")
    page.goto("/staff/analysis/?show=all")
    page.get_by_role("button", name="Confirm their suggested themes").click()
    banner = page.locator(".govuk-notification-banner")
    expect(banner).to_contain_text("Nothing changed: tick at least one comment")
    expect(banner.locator(".govuk-notification-banner__title")).to_have_text("Important")
    expect(banner).not_to_have_class(re.compile("govuk-notification-banner--success"))
    expect(banner).to_be_in_viewport()
    if js:
        expect(banner).to_be_focused()
    audit(page)
