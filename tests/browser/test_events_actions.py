"""An officer corrects and then removes an action agreed at an event with the keyboard alone,
with JavaScript on and off. Every page passes axe-core."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.support import new_demo_action

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("js", [True, False], ids=["js-on", "js-off"])
def test_officer_corrects_then_removes_an_action_by_keyboard(new_page, sign_in, tab_to, audit,
                                                             live_app, js):
    event_id, action_id = new_demo_action(live_app, f"Send the notes out ({js=})")
    page = sign_in(new_page(js=js), "officer")
    page.goto(f"/staff/events/{event_id}/")
    url = f"/staff/events/{event_id}/actions/{action_id}"

    def press(target: str, then_shows: str) -> None:
        tab_to(page, target)
        page.keyboard.press("Enter")
        expect(page.locator("main")).to_contain_text(then_shows)
        audit(page)

    press(f"a[href='{url}']", "Change this action")
    tab_to(page, "#owner")
    page.keyboard.type("Parent carer forum")
    press("Save action", "Action changed.")
    expect(page.locator("main")).to_contain_text("Parent carer forum")
    press(f"a[href='{url}/remove']", "Remove this action?")
    press("Remove action", "Action removed.")
    expect(page.locator("main")).not_to_contain_text(f"Send the notes out ({js=})")
