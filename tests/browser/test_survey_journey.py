"""A young person answers the easy-read caseworker survey on a phone with the keyboard alone
(Tab, Space, Enter, arrow keys; never a click), with JavaScript on and with it off. Every page
of the journey passes axe-core, and nothing needs scrolling sideways at 320 pixels wide."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from playwright.sync_api import expect

from tests.browser.support import PHONE

pytestmark = pytest.mark.browser

SURVEY = "/surveys/caseworker/"
RECEIPT = re.compile(r"[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}")


def h1(page):
    return page.get_by_role("heading", level=1)


def _continue(page, tab_to) -> None:
    tab_to(page, "Continue")
    page.keyboard.press("Enter")


def _pick(page, tab_to, presses: tuple[str, ...] = ()) -> None:
    """Tab into a group of radios, choose the first with Space, then move with arrow keys."""
    tab_to(page, "input[name=answer]")
    page.keyboard.press("Space")
    for key in presses:
        page.keyboard.press(key)


def _tick(page, tab_to, *option_ids: str) -> None:
    for option_id in option_ids:
        tab_to(page, f"#{option_id}")
        page.keyboard.press("Space")


def _on_question(page, audit, number: int, words: str) -> None:
    # The caseworker survey has questions some people skip: a count with no total that jumps.
    expect(page.locator(".coprod-progress")).to_have_text(f"Question {number}")
    expect(h1(page)).to_have_text(words)
    audit(page)


def _read_aloud_shown_only_with_speech(page, js: bool) -> None:
    button = page.get_by_role("button", name="Read this to me")
    if js and page.evaluate("'speechSynthesis' in window"):
        expect(button).to_be_visible()
    else:
        expect(button).to_be_hidden()


def _targets_are_big_enough(page) -> None:
    for label in page.locator(".govuk-radios__label").all():
        box = label.bounding_box()
        assert box["height"] >= 44 and box["width"] >= 44, box


@pytest.mark.parametrize("js", [True, False], ids=["js-on", "js-off"])
def test_young_person_finishes_the_caseworker_survey_by_keyboard_on_a_phone(new_page, tab_to,
                                                                             audit, js):
    _answer_the_caseworker_survey(new_page(js=js, width=PHONE), tab_to, audit, js)


def _caseworker_counts(page, sign_in, live_app) -> dict[str, str]:
    """An officer's view of the results: 'question number / answer' -> number of people."""
    from sqlmodel import select

    from coprod.db import session_scope
    from coprod.surveys.models import Survey

    with live_app.app_context(), session_scope() as session:
        survey_id = session.exec(select(Survey.id).where(Survey.slug == "caseworker")).one()
    sign_in(page, "officer")
    page.goto(f"/staff/surveys/{survey_id}/results")
    counts = {}
    for table in page.locator("main table").all():
        caption = table.locator("caption").inner_text()
        for row in table.locator("tbody tr").all():
            answer = row.locator("th").inner_text()
            counts[f"{caption} / {answer}"] = row.locator("td").first.inner_text()
    return counts


def test_a_finished_survey_shows_in_the_staff_results_with_the_right_counts(
        new_page, tab_to, audit, sign_in, live_app):
    staff = new_page()
    before = _caseworker_counts(staff, sign_in, live_app)
    _answer_the_caseworker_survey(new_page(js=False, width=PHONE), tab_to, audit, js=False)
    after = _caseworker_counts(staff, sign_in, live_app)
    changed = {key: (before.get(key, "0"), value) for key, value in after.items()
               if before.get(key, "0") != value}
    picked = {"Answers to question 1 / Yes", "Answers to question 2 / We meet in person",
              "Answers to question 2 / On the phone", "Answers to question 3 / Happy",
              "Answers to question 5 / A text message"}
    assert picked <= changed.keys(), (sorted(changed), sorted(after)[:30])
    assert [k for k in changed if k.startswith("Answers to question 8 / ")] == [
        "Answers to question 8 / Yes, you can use my words"], sorted(changed)  # share_words
    for key in picked:
        old, new = changed[key]
        assert int(new.replace(",", "")) == int(old.replace(",", "")) + 1, key
    assert all(int(n.replace(",", "")) == int(o.replace(",", "")) + 1
               for o, n in changed.values()), changed


def _answer_the_caseworker_survey(page, tab_to, audit, js: bool) -> None:
    """Start to receipt by keyboard alone, checking and auditing every page on the way."""
    page.goto(SURVEY)
    expect(h1(page)).to_have_text("What makes a good caseworker?")
    expect(page.get_by_text("It takes about 5 minutes.")).to_be_visible()
    audit(page)
    tab_to(page, "Start")
    page.keyboard.press("Enter")

    _on_question(page, audit, 1, "Do you know who your caseworker is?")
    _read_aloud_shown_only_with_speech(page, js)
    _targets_are_big_enough(page)
    _continue(page, tab_to)  # nothing chosen: the error summary explains, and passes axe
    expect(page.locator(".govuk-error-summary")).to_contain_text("Select an answer")
    audit(page)
    _pick(page, tab_to)  # Yes
    _continue(page, tab_to)

    _on_question(page, audit, 2, "How do you talk with your caseworker?")
    _tick(page, tab_to, "answer", "answer-2")  # in person, on the phone
    _continue(page, tab_to)
    _on_question(page, audit, 3, "How do you feel about your caseworker?")
    _pick(page, tab_to)  # happy
    _continue(page, tab_to)
    _on_question(page, audit, 4, "What makes a good caseworker?")
    _tick(page, tab_to, "answer", "answer-3")  # listens, uses words I understand
    _continue(page, tab_to)
    _on_question(page, audit, 5, "How should your caseworker get in touch with you?")
    _pick(page, tab_to, ("ArrowDown",))  # a text message
    _continue(page, tab_to)
    _on_question(page, audit, 6, "Do you have a say in what goes in your plan?")
    _pick(page, tab_to, ("ArrowUp",))  # from the first answer up to the last: I don't understand
    _continue(page, tab_to)
    _on_question(page, audit, 7, "What could caseworkers do better?")
    tab_to(page, "textarea#answer")
    page.keyboard.type("Reply to my messages 😊")
    _continue(page, tab_to)
    _on_question(page, audit, 8, "Can we share your words?")
    expect(page.get_by_text("We will not share your name.")).to_be_visible()
    expect(page.locator("label", has_text="Yes, you can share my words").locator("img")
           ).to_have_attribute("alt", "A green tick")
    _targets_are_big_enough(page)
    _pick(page, tab_to)  # Yes, you can share my words
    _continue(page, tab_to)
    _on_question(page, audit, 9, "How old are you?")
    _pick(page, tab_to, ("ArrowDown",))  # 14 to 16
    _continue(page, tab_to)
    _on_question(page, audit, 10, "Did someone help you answer?")
    _pick(page, tab_to)  # on my own
    _continue(page, tab_to)

    expect(h1(page)).to_have_text("Check your answers")
    answers = page.locator(".govuk-summary-list")
    for words in ("On the phone", "Happy", "A text message", "I don't understand",
                  "Reply to my messages 😊", "Yes, you can share my words", "14 to 16",
                  "I answered on my own"):
        expect(answers).to_contain_text(words)
    audit(page)
    tab_to(page, "Send my answers")
    page.keyboard.press("Enter")

    expect(page.locator(".govuk-panel")).to_contain_text("Thank you")
    expect(page.locator(".govuk-panel .coprod-code")).to_have_text(RECEIPT)
    expect(page.get_by_role("heading", name="What happens next")).to_be_visible()
    audit(page)


@pytest.mark.parametrize("js", [True, False], ids=["js-on", "js-off"])
def test_saving_for_later_and_deleting_answers_pass_axe(new_page, tab_to, audit, js):
    page = new_page(js=js, width=PHONE)
    page.goto(SURVEY)
    tab_to(page, "Start")
    page.keyboard.press("Enter")
    expect(h1(page)).to_have_text("Do you know who your caseworker is?")
    _pick(page, tab_to, ("ArrowDown",))  # No
    tab_to(page, "Save and come back later")
    page.keyboard.press("Enter")
    expect(h1(page)).to_have_text("Your answers are saved")
    audit(page)
    code = page.locator(".coprod-code--big").inner_text().strip()
    assert RECEIPT.fullmatch(code)

    other_phone = new_page(js=js, width=PHONE)
    other_phone.goto(f"{SURVEY}resume")
    expect(h1(other_phone)).to_have_text("Carry on with your answers")
    audit(other_phone)
    tab_to(other_phone, "#code")
    other_phone.keyboard.type(code.lower())
    _continue(other_phone, tab_to)
    expect(h1(other_phone)).to_have_text("What makes a good caseworker?")

    other_phone.goto("/surveys/delete-my-answers")
    audit(other_phone)
    tab_to(other_phone, "Continue")
    other_phone.keyboard.press("Enter")
    expect(other_phone.locator(".govuk-error-summary")).to_contain_text("Enter your code")
    audit(other_phone)


@pytest.mark.parametrize("path", [SURVEY, f"{SURVEY}resume", "/surveys/delete-my-answers"])
def test_journey_pages_fit_320_pixels_without_sideways_scrolling(new_page, path):
    page = new_page(width=320)
    page.goto(path)
    if path == SURVEY:
        page.get_by_role("button", name="Start").press("Enter")
        expect(page.locator(".coprod-progress")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 320


@pytest.mark.parametrize("js", [True, False], ids=["js-on", "js-off"])
def test_too_many_tries_page_passes_axe(new_page, tab_to, audit, live_app, js):
    """The easy-read page after too many wrong codes. This computer (127.0.0.1) is locked out
    for the test only: the lock is removed afterwards, whatever happens."""
    from coprod.common.time import utcnow
    from coprod.db import session_scope
    from coprod.surveys.journey import throttle as code_throttle
    from coprod.surveys.models import CodeThrottle

    with live_app.app_context(), session_scope() as session:
        key = code_throttle.client_key("127.0.0.1", live_app.config["SECRET_KEY"])
        session.merge(CodeThrottle(client_key=key, failures=10, window_started_at=utcnow(),
                                   locked_until=utcnow() + timedelta(minutes=15)))
        session.commit()
        try:
            page = new_page(js=js, width=PHONE)
            page.goto(f"{SURVEY}resume")
            tab_to(page, "#code")
            page.keyboard.type("ABCD-EFGH")
            _continue(page, tab_to)
            expect(h1(page)).to_have_text("Too many tries")
            audit(page)
        finally:
            session.delete(session.get(CodeThrottle, key))
            session.commit()
