"""A staff week in a real browser (issue 13): an admin changes a role and withdraws an
invitation; a safeguarding lead takes a flag from new to in progress to referred; an officer
confirms the themes of five comments in one action by keyboard; an officer says an event's
action won't be done, is asked why, and says why. Every page is audited by
axe-core at 390px and 1280px, with JavaScript on and off, and shows no markup as text."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser import support
from tests.browser.support import HEIGHTS, WIDTHS

pytestmark = pytest.mark.browser

JS = pytest.mark.parametrize("js", [False, True], ids=["js-off", "js-on"])


def h1(page):
    return page.get_by_role("heading", level=1)


def banner(page):
    return page.locator(".govuk-notification-banner")


@pytest.fixture
def audit_both(audit):
    """Audit the page as it stands at both widths, and check it shows no markup as text."""

    def check(page) -> None:
        size = page.viewport_size
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": HEIGHTS[width]})
            audit(page)
        page.set_viewport_size(size)
        assert not support.raw_markup(page)

    return check


@JS
def test_an_admin_changes_a_role_and_withdraws_an_invitation(new_page, sign_in, audit_both,
                                                            js):
    page = sign_in(new_page(js=js), "admin")
    page.get_by_role("link", name="People").first.click()
    expect(h1(page)).to_have_text("People")
    audit_both(page)
    page.get_by_role("link", name="Change role or remove for Dr Helen Marsh").click()
    expect(h1(page)).to_have_text("Dr Helen Marsh")
    audit_both(page)
    page.get_by_label(re.compile(r"Officer:")).check()
    page.get_by_role("button", name="Change role").click()
    expect(banner(page)).to_contain_text("Dr Helen Marsh is now officer.")
    audit_both(page)
    # and back, so the demo leader stays a leader for the other tests
    page.get_by_role("link", name="Change role or remove for Dr Helen Marsh").click()
    page.get_by_label(re.compile(r"Leader:")).check()
    page.get_by_role("button", name="Change role").click()
    expect(banner(page)).to_contain_text("Dr Helen Marsh is now leader.")

    email = f"new.js-{'on' if js else 'off'}@northvale.example"
    page.get_by_label("Email address").fill(email)
    page.get_by_label(re.compile(r"Parent carer forum:")).check()
    page.get_by_role("button", name="Create invitation link").click()
    expect(h1(page)).to_have_text("Invitation link created")
    expect(page.get_by_text("It gives the role Parent carer forum")).to_be_visible()
    audit_both(page)
    page.get_by_role("link", name="Back to people").click()
    page.get_by_role("link", name=f"Withdraw the invitation for {email}").click()
    expect(h1(page)).to_have_text(f"Withdraw the invitation for {email}?")
    audit_both(page)
    page.get_by_role("button", name="Withdraw invitation").click()
    expect(banner(page)).to_contain_text(f"The invitation for {email} is withdrawn.")
    expect(page.get_by_text(f"{email} as")).to_have_count(0)
    # the last admin cannot step down
    page.get_by_role("link", name="Change role or remove for Priya Shah").click()
    page.get_by_label(re.compile(r"Officer:")).check()
    page.get_by_role("button", name="Change role").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("the only admin of this area")
    audit_both(page)


@JS
def test_a_safeguarding_lead_takes_a_flag_from_new_to_in_progress_to_referred(
        new_page, sign_in, audit_both, js):
    page = sign_in(new_page(js=js), "safeguarding")
    expect(page.get_by_text(re.compile(r"waiting for your decision"))).to_be_visible()
    page.get_by_role("link", name="Safeguarding").first.click()
    expect(h1(page)).to_have_text("Safeguarding")
    audit_both(page)
    new_rows = page.locator("main tbody tr", has=page.locator(".govuk-tag", has_text="New"))
    if not new_rows.count():
        pytest.skip("no new flag is left in the demo data")
    new_rows.first.get_by_role("link", name=re.compile(r"^Open flag")).click()
    expect(h1(page)).to_have_text(re.compile(r"^Safeguarding flag \d+"))
    flag_url = page.url
    expect(page.locator("#local-procedure")).to_be_visible()
    audit_both(page)
    page.get_by_label(re.compile(r"In progress:")).check()
    page.get_by_label("Who is looking into it").select_option(label="Sam Reid")
    page.get_by_label("Note").fill("Ringing the school's safeguarding lead first.")
    page.get_by_role("button", name="Save decision").click()
    expect(banner(page)).to_contain_text("Decision saved.")
    audit_both(page)
    page.goto(flag_url)
    expect(page.locator(".govuk-summary-list")).to_contain_text("In progress: Sam Reid")
    page.get_by_label(re.compile(r"Referred:")).check()
    page.get_by_label("Note").fill("Referred by phone; reference 4471.")
    page.get_by_role("button", name="Save decision").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter who it was referred to")
    audit_both(page)
    page.get_by_label(re.compile(r"Referred:")).check()
    page.get_by_label("Who it was referred to").fill("Northvale children's services front door")
    page.get_by_label("Note").fill("Referred by phone; reference 4471.")
    page.get_by_role("button", name="Save decision").click()
    expect(banner(page)).to_contain_text("Decision saved.")
    page.goto(flag_url)
    history = page.locator("main ol")
    expect(history).to_contain_text("moved it from new to in progress (Sam Reid)")
    expect(history).to_contain_text(
        "moved it from in progress to referred (Northvale children's services front door)")
    audit_both(page)
    page.get_by_role("link", name="Back to safeguarding").click()
    page.get_by_role("link", name="Decided flags").click()
    expect(h1(page)).to_have_text("Decided flags")
    audit_both(page)


@JS
def test_an_officer_confirms_the_themes_of_five_comments_in_one_action_by_keyboard(
        new_page, sign_in, tab_to, audit_both, js):
    page = sign_in(new_page(js=js), "officer")
    tab_to(page, "Themes")
    page.keyboard.press("Enter")
    expect(h1(page)).to_have_text("Review themes")
    audit_both(page)
    boxes = page.locator("input[name=comment]")
    if boxes.count() < 5:
        pytest.skip("fewer than 5 comments wait for review in the demo data")
    chosen = []
    for _n in range(5):
        box = tab_to(page, "input[name=comment]:not(:checked)", max_tabs=80)
        chosen.append(box.get_attribute("value"))
        page.keyboard.press("Space")
    tab_to(page, "Confirm their suggested themes", max_tabs=200)
    page.keyboard.press("Enter")
    expect(banner(page)).to_contain_text("5 comments reviewed.")
    expect(h1(page)).to_have_text("Review themes")
    expect(page).to_have_url(re.compile(r"#review-list$"))
    for comment_id in chosen:
        expect(page.locator(f"#comment-{comment_id}")).to_have_count(0)
    audit_both(page)


@JS
def test_an_officer_says_an_action_wont_be_done_and_is_asked_why(new_page, sign_in,
                                                                 audit_both, live_app, js):
    text = f"Move the forum to evenings (js-{'on' if js else 'off'})"
    event_id, _action_id = support.new_demo_action(live_app, text)
    page = sign_in(new_page(js=js), "officer")
    page.goto(f"/staff/events/{event_id}/")
    row = page.locator("#actions ~ .coprod-table-scroll table tbody tr", has_text=text)
    expect(row.locator(".govuk-tag")).to_have_text("To do")
    audit_both(page)
    row.get_by_role("link", name=re.compile(r"^Update status of action")).click()
    expect(h1(page)).to_have_text("Where does this action stand?")
    audit_both(page)
    page.get_by_role("radio", name="Won't do").check()
    page.get_by_role("button", name="Save status").click()
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("Say why the action will not be done")
    expect(page.get_by_role("radio", name="Won't do")).to_be_checked()
    audit_both(page)
    summary.get_by_role("link", name="Say why the action will not be done").click()
    reason = page.get_by_label("If you won't do it, say why")
    if js:  # GOV.UK Frontend's error summary moves the focus to the field
        expect(reason).to_be_focused()
    reason.fill("The room is not free in the evenings until September")
    page.get_by_role("button", name="Save status").click()
    expect(banner(page)).to_contain_text(f"The action '{text}' is now: won't do.")
    row = page.locator("#actions ~ .coprod-table-scroll table tbody tr", has_text=text)
    expect(row.locator(".govuk-tag")).to_have_text("Won't do")
    expect(row).to_contain_text("Why: The room is not free in the evenings until September")
    audit_both(page)
