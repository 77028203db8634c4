"""An officer ticks three comments, makes one "you said, we did" item, moves it through agreed
and in progress to done, records that families were told and publishes it; then a young person
with the receipt code of one of those comments finds it on the easy-read "what happened" page,
with JavaScript off. Every page on the way passes axe-core."""

from __future__ import annotations

import re
from datetime import date

import pytest
from playwright.sync_api import expect
from sqlmodel import select

from coprod.areas.models import Area
from coprod.db import session_scope
from coprod.demo import DEMO_AREA_SLUG
from tests.factories_voice import make_comment
from tests.factories_yousaid import make_respondent

pytestmark = pytest.mark.browser
MARK = "zebra crossing"  # words only these three comments share
EASY_SAID = "You said the road outside college is not safe to cross."
EASY_DID = "We asked the council to paint a new zebra crossing."


def _three_comments(app) -> str:
    """Three comments about the same thing, one from a survey; the survey's receipt code."""
    with app.app_context(), session_scope() as session:
        area = session.exec(select(Area).where(Area.slug == DEMO_AREA_SLUG)).one()
        code, _comment = make_respondent(session, area, f"We need a {MARK} outside college")
        for text in (f"No {MARK} near the college gates", f"Please put a {MARK} on Bridge St"):
            make_comment(session, area, text, "young_person", "email")
        return code


def test_officer_closes_the_loop_and_a_young_person_hears_back(new_page, sign_in, audit,
                                                                live_app):
    code = _three_comments(live_app)
    page = sign_in(new_page(), "officer")

    def click(name: str, then_shows: str, role: str = "link") -> None:
        page.get_by_role(role, name=name, exact=True).first.click()
        expect(page.locator("main")).to_contain_text(then_shows)
        audit(page)

    click("You said, we did", "Follow each thing families said")
    click("Make an item from comments", "Tick the comments that say the same thing")
    page.get_by_label("Words in the comment").fill(MARK)
    click("Search", "The newest 3 comments that match.", "button")
    for box in page.locator("input[name=comment]").all():
        box.check()
    click("Make an item from the ticked comments", "3 comments", "button")
    page.get_by_label("You said", exact=True).fill("The road outside the college is unsafe")
    page.get_by_label("You said, in easy read").fill(EASY_SAID)
    page.get_by_label("We did, or we will", exact=True).fill(
        "Highways agreed a new zebra crossing on Bridge Street")
    page.get_by_label("We did, or we will, in easy read").fill(EASY_DID)
    click("Save item", "Fewer than 5 voices behind this item", "button")

    for status, label in (("Agreed", "Agreed"), ("In progress", "In progress"),
                          ("Done", "Done")):
        click("Change status", "Change status")
        page.get_by_label(status, exact=True).check()
        click("Save status", f"Status changed to {label}.", "button")

    click("Record that families were told", "Record that families were told")
    page.locator("#told_on-day").fill(str(date.today().day))
    page.locator("#told_on-month").fill(str(date.today().month))
    page.locator("#told_on-year").fill(str(date.today().year))
    page.get_by_label("Forum meeting").check()
    page.get_by_label("How many were reached (optional)").fill("25")
    click("Save", "Saved: families were told.", "button")
    click("Publish", "Published.", "button")

    young = new_page(js=False)
    young.goto("/you-said-we-did/what-happened")
    audit(young)
    young.get_by_label("Your receipt code").fill(code)
    young.get_by_role("button", name="Show me").click()
    main = young.locator("main")
    expect(main).to_contain_text(EASY_SAID)
    expect(main).to_contain_text("We did this.")
    expect(main).to_contain_text(EASY_DID)
    expect(main).not_to_contain_text(MARK + " outside college")  # never their own words
    audit(young)


@pytest.mark.parametrize("path", ["/you-said-we-did/", "/you-said-we-did/easy-read",
                                  "/you-said-we-did/poster"])
def test_the_public_pages_work_without_javascript(new_page, audit, path):
    page = new_page(js=False)
    page.goto(path)
    expect(page.locator("h1")).to_contain_text("You said, we did")
    expect(page.locator(".coprod-ysyd-card").first).to_be_visible()
    audit(page)
    if path == "/you-said-we-did/":
        page.get_by_label("Status").select_option("done")
        page.get_by_role("button", name="Show").click()
        expect(page).to_have_url(re.compile(r"status=done"))
        audit(page)
