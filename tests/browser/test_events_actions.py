"""An officer corrects and then removes an action agreed at an event with the keyboard alone,
with JavaScript on and off. Every page passes axe-core."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from sqlmodel import select

from coprod.areas.models import Area
from coprod.db import session_scope
from coprod.demo import DEMO_AREA_SLUG
from coprod.events import services
from coprod.events.models import ListeningEvent

pytestmark = pytest.mark.browser


def _new_action(app, text: str) -> tuple[int, int]:
    """A new action on the demo area's first event: (event id, action id)."""
    with app.app_context(), session_scope() as session:
        event = session.exec(select(ListeningEvent).join(Area).where(
            Area.slug == DEMO_AREA_SLUG).order_by(ListeningEvent.id)).first()
        action = services.add_action(session, event, text)
        return event.id, action.id


@pytest.mark.parametrize("js", [True, False], ids=["js-on", "js-off"])
def test_officer_corrects_then_removes_an_action_by_keyboard(new_page, sign_in, tab_to, audit,
                                                             live_app, js):
    event_id, action_id = _new_action(live_app, f"Send the notes out ({js=})")
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
