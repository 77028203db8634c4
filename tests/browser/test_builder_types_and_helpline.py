"""Issue 18 in a browser, JavaScript on and off, on a 390px phone and a 1280px screen: a forum
member adds a question by choosing its type first and sees only that type's settings; an admin
sets the area's helpline, a wrong number said in the GOV.UK error summary. Every page passes
axe-core."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from sqlmodel import select

from coprod.areas.models import Area
from coprod.db import session_scope
from coprod.demo import DEMO_AREA_SLUG
from coprod.surveys.definition.share_words import SHARE_WORDS_QUESTION
from coprod.surveys.models import SurveyStatus
from tests.browser.support import WIDTHS
from tests.survey_factories import make_survey, tiny_definition

pytestmark = pytest.mark.browser
BOTH = [pytest.param(js, width, id=f"{'js-on' if js else 'js-off'}-{width}px")
        for js in (True, False) for width in WIDTHS]


def _draft_survey(app, slug: str, *extra_questions: dict) -> int:
    definition = tiny_definition(slug, easy_read=False)
    definition["questions"] += [dict(q) for q in extra_questions]
    with app.app_context(), session_scope() as session:
        area = session.exec(select(Area).where(Area.slug == DEMO_AREA_SLUG)).one()
        return make_survey(session, area, definition=definition,
                           status=SurveyStatus.DRAFT).id


def _error_summary(page, says: str) -> None:
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_contain_text(says)
    assert page.title().startswith("Error:")


@pytest.mark.parametrize(("js", "width"), BOTH)
def test_forum_member_chooses_the_type_then_sees_only_its_settings(
        new_page, sign_in, audit, live_app, js, width):
    survey_id = _draft_survey(live_app, f"browser-types-{int(js)}-{width}")
    page = sign_in(new_page(js=js, width=width), "forum")
    page.goto(f"/staff/surveys/{survey_id}")
    page.get_by_role("button", name="Add a question").click()  # a GOV.UK button link
    expect(page.get_by_role("heading", level=1)).to_have_text("Add a question")
    expect(page.locator("input[name=text]")).to_have_count(0)
    audit(page)

    page.get_by_role("button", name="Continue").click()
    _error_summary(page, "Select the type of question")
    audit(page)

    page.get_by_label("Agree or disagree").check()
    page.get_by_role("button", name="Continue").click()
    expect(page.locator("#question-type")).to_have_text("Agree or disagree")
    for other in ("subtype", "faces", "max_chars", "answers", "qtype"):
        expect(page.locator(f"main [name={other}]")).to_have_count(0)
    expect(page.get_by_label("Offer “Not applicable”")).to_be_visible()
    audit(page)

    page.get_by_role("button", name="Save question").click()
    _error_summary(page, "Enter the question")
    audit(page)

    page.get_by_label("Question", exact=True).fill("The drop-in was at a good time")
    page.get_by_label("Offer “Not applicable”").check()
    page.get_by_role("button", name="Save question").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Question added.")


@pytest.mark.parametrize(("js", "width"), BOTH)
def test_the_consent_question_is_shown_to_read_and_previewed_by_keyboard(
        new_page, sign_in, tab_to, audit, live_app, js, width):
    """"Can we use your words?" has no form to change it: its page says why, shows what
    respondents see and passes axe; its preview is reached by keyboard alone."""
    survey_id = _draft_survey(live_app, f"browser-consent-{int(js)}-{width}",
                              SHARE_WORDS_QUESTION)
    page = sign_in(new_page(js=js, width=width), "forum")
    page.goto(f"/staff/surveys/{survey_id}")
    page.get_by_role("link", name="See question 3").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Question 3")
    expect(page.locator("main")).to_contain_text("You cannot change, move or remove it")
    expect(page.locator("main")).to_contain_text("Yes, you can use my words")
    expect(page.locator("main form")).to_have_count(0)
    audit(page)
    tab_to(page, "Preview it with its pictures")
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_contain_text("Can we use your words?")
    audit(page)


@pytest.mark.parametrize(("js", "width"), BOTH)
def test_admin_sets_the_helpline_and_a_wrong_number_is_said_plainly(
        new_page, sign_in, audit, js, width):
    page = sign_in(new_page(js=js, width=width), "admin")
    page.get_by_role("link", name="Helpline").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Helpline")
    audit(page)

    page.get_by_label("Name of the helpline").fill("Northvale Young Carers Line")
    page.get_by_label("Phone number").fill("0800 12")
    page.get_by_role("button", name="Save helpline").click()
    _error_summary(page, "Enter the phone number as a UK phone number, like 0808 800 5000")
    audit(page)

    page.get_by_label("Phone number").fill("08088005000")
    page.get_by_role("button", name="Save helpline").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text(
        "call Northvale Young Carers Line on 0808 800 5000")
    expect(page.locator("#helpline-now")).to_contain_text("Northvale Young Carers Line")
    audit(page)

    # Back to the national helpline, as the other journeys expect.
    page.get_by_label("Name of the helpline").fill("")
    page.get_by_label("Phone number").fill("")
    page.get_by_role("button", name="Save helpline").click()
    expect(page.locator("#helpline-now")).to_contain_text("Childline, 0800 1111")


@pytest.mark.parametrize(("js", "width"), BOTH)
def test_admin_gives_the_teams_contact_and_the_feedback_link_leads_to_it(
        new_page, sign_in, tab_to, audit, js, width):
    """By keyboard alone: from the dashboard to the form, a wrong email said in the error
    summary, then the feedback link on every page leads to the saved address."""
    page = sign_in(new_page(js=js, width=width), "admin")
    tab_to(page, "Contact details for families")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Contact details for families")
    tab_to(page, "input#email")
    page.keyboard.type("forum team at northvale")
    tab_to(page, "Save contact details")
    page.keyboard.press("Enter")
    _error_summary(page, "Enter an email address in the correct format, like name@example.com")
    audit(page)
    tab_to(page, "input#email")
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.type("participation@northvale.example")
    tab_to(page, "Save contact details")
    page.keyboard.press("Enter")
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Contact details saved")

    tab_to(page, "Tell us what you think of it")
    page.keyboard.press("Enter")
    feedback = page.locator("#feedback + p + ul")
    expect(feedback.get_by_role("link", name="participation@northvale.example")).to_have_attribute(
        "href", "mailto:participation@northvale.example")
    audit(page)
