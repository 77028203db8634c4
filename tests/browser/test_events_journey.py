"""An officer records a listening event and what was heard there with the keyboard alone; families
find events and read what was heard with JavaScript off. Every page passes axe-core."""

from __future__ import annotations

from datetime import timedelta

import pytest
from playwright.sync_api import expect

from coprod.voice.parsing import local_today

pytestmark = pytest.mark.browser


def h1(page):
    return page.get_by_role("heading", level=1)


def checker(audit, js: bool):
    """axe-core runs inside the page, so it can only audit pages with JavaScript on; the
    JavaScript-off journeys are audited by their JavaScript-on twins."""
    return audit if js else (lambda _page: None)


def _type_into(page, tab_to, selector: str, text: str) -> None:
    tab_to(page, selector)
    page.keyboard.type(text)


@pytest.mark.parametrize("js", [True, False], ids=["js-on", "js-off"])
def test_officer_records_an_event_and_what_was_heard_by_keyboard(new_page, sign_in, tab_to,
                                                                  audit, js):
    page = sign_in(new_page(js=js), "officer")
    audit = checker(audit, js)
    title = f"Keyboard drop-in ({'with' if js else 'without'} JavaScript)"
    held_on = local_today() - timedelta(days=3)

    tab_to(page, "a[href='/staff/events/']")
    page.keyboard.press("Enter")
    expect(h1(page)).to_have_text("Listening events")
    audit(page)
    tab_to(page, "Add an event")
    page.keyboard.press("Enter")
    expect(h1(page)).to_have_text("Add an event")
    audit(page)

    # Sent empty first: the error summary lists what is missing, and passes axe too.
    tab_to(page, "Save event")
    page.keyboard.press("Enter")
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter the event name")
    audit(page)

    _type_into(page, tab_to, "#title", title)
    tab_to(page, "#event_type")
    page.keyboard.press("Space")
    _type_into(page, tab_to, "#held_on-day", str(held_on.day))
    _type_into(page, tab_to, "#held_on-month", str(held_on.month))
    _type_into(page, tab_to, "#held_on-year", str(held_on.year))
    _type_into(page, tab_to, "#starts_at", "10:00")
    _type_into(page, tab_to, "#ends_at", "12pm")
    _type_into(page, tab_to, "#place", "Hillside Family Hub, 4 Orchard Road")
    for help_offered in ("#adjustments", "#adjustments-2"):  # BSL interpreter, quiet space
        tab_to(page, help_offered)
        page.keyboard.press("Space")
    tab_to(page, "#parent_carers_count")
    page.keyboard.press("Control+A")
    page.keyboard.type("12")
    tab_to(page, "Save event")
    page.keyboard.press("Enter")

    expect(h1(page)).to_have_text(title)
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Event saved")
    expect(page.locator("main")).to_contain_text("Quiet space")
    audit(page)

    tab_to(page, "Add what we heard")
    page.keyboard.press("Enter")
    expect(h1(page)).to_have_text("Add what we heard")
    audit(page)
    tab_to(page, "#lines")
    page.keyboard.type("The DCO explained what health can fund\n\n<b>Loved the quiet room</b>")
    tab_to(page, "#group")  # the first group, young person; arrow down twice to parent or carer
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    tab_to(page, "Save what we heard")
    page.keyboard.press("Enter")

    expect(page.locator(".govuk-notification-banner")).to_contain_text(
        "2 comments saved. 1 blank line skipped.")
    heard = page.locator("main table").filter(has_text="What was said")
    expect(heard).to_contain_text("The DCO explained what health can fund")
    expect(heard).to_contain_text("<b>Loved the quiet room</b>")
    expect(heard).to_contain_text("Parent or carer")
    audit(page)


def test_families_find_events_and_what_was_heard_without_javascript(new_page, audit):
    page = new_page(js=False)
    page.goto("/")
    page.locator(".govuk-service-navigation").get_by_role("link",
                                                          name="Listening events").click()
    expect(h1(page)).to_have_text("Listening events")
    visited = [page.url]

    page.locator("main ul").first.get_by_role("link").first.click()
    expect(page.locator("main")).to_contain_text("Help offered")
    expect(page.locator("main")).not_to_contain_text("What we heard")
    visited.append(page.url)

    page.go_back()
    page.locator("main ul").nth(1).get_by_role("link").first.click()
    expect(page.get_by_role("heading", name="What we heard")).to_be_visible()
    expect(page.get_by_role("heading", name="Who came")).to_be_visible()
    visited.append(page.url)

    with_js = new_page(js=True)
    for url in visited:
        with_js.goto(url)
        audit(with_js)
