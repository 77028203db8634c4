"""After adding comments, the page says what happened to each: saved, gone straight to the
safeguarding lead (never showing their words), or skipped (issue 13, point 5)."""

from datetime import date, timedelta

from coprod.areas.models import Role
from tests.factories_voice import make_event

CONCERN = "Dad hits me when he is angry"
SAID = date.today() - timedelta(days=3)
SAID_ON = [str(SAID.day), str(SAID.month), str(SAID.year)]


def _banner(page) -> str:
    banner = page.soup.select_one(".govuk-notification-banner")
    return banner.get_text(" ", strip=True) if banner else ""


def test_pasting_says_how_many_were_saved_sent_to_safeguarding_and_skipped(db, area, signed_in):
    officer = signed_in(Role.OFFICER)
    page = officer.submit("/staff/voice/paste", {
        "lines": f"The bus was late\n\nThe new SENCo listens\n{CONCERN}\n\nMore respite please",
        "group": "young_person", "channel": "email", "said_on": SAID_ON, "how_given": "alone"})
    message = _banner(page)
    assert "4 comments saved." in message
    assert "1 may be a safeguarding concern: it went straight to the safeguarding lead" in message
    assert "2 blank lines skipped." in message
    assert "hits me" not in page.text
    listed = page.soup.select("main table tbody tr")
    assert len(listed) == 3


def test_adding_one_concern_says_where_it_went_instead_of_a_page_not_found(db, area, signed_in):
    officer = signed_in(Role.OFFICER)
    page = officer.submit("/staff/voice/new", {
        "text": CONCERN, "group": "child", "channel": "phone", "said_on": SAID_ON,
        "how_given": "alone"})
    assert page.status == 200
    assert "1 comment saved. 1 may be a safeguarding concern" in _banner(page)
    assert "hits me" not in page.text


def test_what_was_heard_at_an_event_says_the_same(db, area, signed_in):
    event = make_event(db, area, held_on=SAID)
    page = signed_in(Role.FORUM).submit(f"/staff/events/{event.id}/what-we-heard", {
        "lines": f"Loved the quiet room\n{CONCERN}", "group": "young_person"})
    assert "2 comments saved. 1 may be a safeguarding concern" in _banner(page)
    assert "hits me" not in page.text
