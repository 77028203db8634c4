"""Safeguarding casework (issue 13, point 4; audit 3, finding 7): the queue in an order a lead
can check (new first, a young person's own words first, the longest wait first), what the lead
needs on each flag's page, the moves between states and who may make them, a history of
decided flags, the local procedure, and automatic flags recorded as coprod's."""

from datetime import date, timedelta

import pytest
from sqlmodel import select

from coprod.analysis import flags
from coprod.analysis.models import FlagStep
from coprod.areas.models import Role
from coprod.common.audit import AuditEvent
from coprod.common.time import utcnow
from coprod.voice.findings import Outcome, SafeguardingFlag
from tests import factories
from tests.factories_voice import make_comment, make_event
from tests.pages import assert_pages_follow_permission


def DAYS_AGO(days: int) -> date:  # noqa: N802
    return date.today() - timedelta(days=days)


NEGLECT = "There is no food at home and he is always hungry"
PHYSICAL = "Dad hits me when he is angry"
CHILD_NOW = "My stepdad hits me and I am scared to go home"
SELF_HARM_JUNE = "My daughter has been self harming since June, CAMHS are involved"
SELF_HARM_NOV = "My daughter is self harming again, she is with CAMHS but the wait is long"


def _flag(db, comment) -> SafeguardingFlag:
    return db.exec(select(SafeguardingFlag).where(SafeguardingFlag.comment_id == comment.id)).one()


def _raised(db, comment, ago: timedelta, outcome: str | None = None) -> SafeguardingFlag:
    flag = _flag(db, comment)
    flag.raised_at, flag.outcome = utcnow() - ago, outcome
    db.add(flag)
    db.commit()
    return flag


def test_the_queue_puts_new_first_a_young_persons_own_words_first_then_the_longest_wait(
        db, area, signed_in):
    """Audit 3, finding 7: two parents' comments about a daughter's self-harm (already with
    CAMHS) sat above a child saying now that their stepdad hits them."""
    child = make_comment(db, area, CHILD_NOW, group="child", channel="survey",
                         said_on=DAYS_AGO(days=0))
    june = make_comment(db, area, SELF_HARM_JUNE, said_on=DAYS_AGO(days=160))
    november = make_comment(db, area, SELF_HARM_NOV, said_on=DAYS_AGO(days=20))
    for_them = make_comment(db, area, PHYSICAL, group="young_person", how_given="on_behalf")
    looked_at = make_comment(db, area, NEGLECT, group="young_person")
    _raised(db, child, timedelta(hours=2))
    _raised(db, june, timedelta(days=10))
    _raised(db, november, timedelta(days=3))
    _raised(db, for_them, timedelta(days=2))
    _raised(db, looked_at, timedelta(days=30), Outcome.IN_PROGRESS.value)

    page = signed_in(Role.SAFEGUARDING).page("/staff/analysis/safeguarding")
    rows = [[cell.get_text(" ", strip=True) for cell in row.select("td")]
            for row in page.soup.select("main tbody tr")]
    assert [row[4] for row in rows] == [CHILD_NOW, SELF_HARM_JUNE, SELF_HARM_NOV, PHYSICAL,
                                        NEGLECT]
    assert [row[0] for row in rows] == ["Child Their own words", "Parent or carer",
                                        "Parent or carer", "Young person",
                                        "Young person Their own words"]
    assert [row[1].split(" since ")[0] for row in rows] == ["2 hours", "10 days", "3 days",
                                                            "2 days", "30 days"]
    hint = page.soup.select_one("#queue-order").get_text(" ", strip=True)
    assert hint.startswith("In this order: new flags, then those someone is looking into")
    assert "own words come first" in hint and "waited longest" in hint


def test_a_flag_page_shows_when_it_was_said_the_event_who_heard_it_and_the_procedure(
        db, area, signed_in):
    event = make_event(db, area, "Youth club visit", held_on=DAYS_AGO(days=9),
                       facilitators="Amira Khan and Joe Bell")
    comment = make_comment(db, area, PHYSICAL, channel="event", event_id=event.id,
                           said_on=DAYS_AGO(days=9))
    admin = signed_in(Role.ADMIN)
    admin.submit("/staff/analysis/safeguarding/procedure", {
        "text": "Ring the front door the same day; record it on the child's file.",
        "front_door_phone": "0113 496 0000", "out_of_hours_phone": ""})
    lead = signed_in(Role.SAFEGUARDING)
    page = lead.page(f"/staff/analysis/safeguarding/{_flag(db, comment).id}")
    rows = {row.dt.get_text(strip=True): row.dd.get_text(" ", strip=True)
            for row in page.soup.select(".govuk-summary-list__row")}
    assert rows["When it was said"] == DAYS_AGO(days=9).strftime("%-d %B %Y")
    assert rows["How it reached us"] == "Listening event"
    assert rows["Event"].startswith("Youth club visit")
    assert rows["Who heard it"] == "Amira Khan and Joe Bell"
    assert rows["Where it stands"] == "New"
    procedure = page.soup.select_one("#local-procedure")
    assert "Ring the front door the same day" in procedure.text
    assert procedure.select_one("a[href='tel:01134960000']").text == "0113 496 0000"


def test_a_lead_takes_a_flag_to_in_progress_then_referred_and_it_stays_hidden(
        db, area, signed_in):
    comment = make_comment(db, area, PHYSICAL)
    flag = _flag(db, comment)
    lead = signed_in(Role.SAFEGUARDING)
    colleague = factories.make_user(db, area, Role.SAFEGUARDING)
    url = f"/staff/analysis/safeguarding/{flag.id}"
    lead.submit(url, {"outcome": "in_progress", "assigned_to": str(lead.user.id),
                      "note": "Calling the school first"})
    queue = lead.page("/staff/analysis/safeguarding")
    assert "In progress: Person safeguarding" in queue.text
    done = lead.submit(url, {"outcome": "referred", "referred_to": "Northvale MASH",
                             "note": "Referred by phone at 11:00"})
    assert "Decision saved. The comment stays hidden" in done.text
    page = lead.page(url)
    history = [li.get_text(" ", strip=True) for li in page.soup.select("main ol li")]
    assert "moved it from new to in progress (Person safeguarding)" in history[0]
    assert "moved it from in progress to referred (Northvale MASH)" in history[1]
    assert "Referred by phone at 11:00" in history[1]
    officer = signed_in(Role.OFFICER)
    assert officer.get(f"/staff/voice/{comment.id}").status_code == 404
    assert colleague.id != lead.user.id


@pytest.mark.parametrize("start,move,allowed", [
    (None, Outcome.IN_PROGRESS, True), (None, Outcome.REFERRED, True),
    (None, Outcome.ACTED_ON, True), (None, Outcome.NOT_A_CONCERN, True),
    ("in_progress", Outcome.REFERRED, True), ("in_progress", Outcome.IN_PROGRESS, True),
    ("referred", Outcome.ACTED_ON, True), ("referred", Outcome.IN_PROGRESS, True),
    ("referred", Outcome.REFERRED, False), ("acted_on", Outcome.REFERRED, False),
    ("acted_on", Outcome.IN_PROGRESS, True), ("not_a_concern", Outcome.ACTED_ON, False),
])
def test_which_moves_the_casework_allows(start, move, allowed):
    flag = SafeguardingFlag(comment_id=1, area_id=1, outcome=start, assigned_to_id=7)
    problem = flags.why_not_move(flag, move, 7, 7, "Northvale MASH")
    assert (problem is None) is allowed, problem


def test_only_the_assigned_person_moves_an_in_progress_flag_on_though_anyone_may_take_it(
        db, area, signed_in):
    flag = SafeguardingFlag(comment_id=1, area_id=1, outcome="in_progress", assigned_to_id=7)
    assert "Only the person it is assigned to" in flags.why_not_move(
        flag, Outcome.ACTED_ON, 8, None, "")
    assert flags.why_not_move(flag, Outcome.IN_PROGRESS, 8, 8, "") is None


def test_in_progress_needs_a_person_and_referred_needs_to_whom(db, area, signed_in):
    comment = make_comment(db, area, PHYSICAL)
    flag = _flag(db, comment)
    lead = signed_in(Role.SAFEGUARDING)
    url = f"/staff/analysis/safeguarding/{flag.id}"
    page = lead.submit(url, {"outcome": "in_progress", "assigned_to": "", "note": "Looking"})
    assert page.status == 400 and page.errors == ["Select who is looking into it"]
    page = lead.submit(url, {"outcome": "referred", "referred_to": " ", "note": "Sent"})
    assert page.status == 400 and page.errors == ["Enter who it was referred to"]
    # every problem at once, not one round of errors after another
    page = lead.submit(url, {"outcome": "referred", "referred_to": "", "note": ""})
    assert sorted(page.errors) == ["Enter a note", "Enter who it was referred to"]
    assert _flag(db, comment).outcome is None
    assert not db.exec(select(FlagStep)).all()


def test_decided_flags_keep_a_history_with_filters(db, area, signed_in):
    lead = signed_in(Role.SAFEGUARDING)
    acted = make_comment(db, area, PHYSICAL)
    fine = make_comment(db, area, NEGLECT)
    flags.move_flag(db, _flag(db, acted), Outcome.ACTED_ON, "Referred", lead.user.id)
    flags.move_flag(db, _flag(db, fine), Outcome.NOT_A_CONCERN, "A story", lead.user.id)
    page = lead.page("/staff/analysis/safeguarding/decided")
    assert PHYSICAL in page.text and NEGLECT in page.text
    only_acted = lead.page("/staff/analysis/safeguarding/decided?outcome=acted_on")
    assert PHYSICAL in only_acted.text and NEGLECT not in only_acted.text
    tomorrow = date.today() + timedelta(days=1)
    later = lead.page(f"/staff/analysis/safeguarding/decided?decided_from={tomorrow.day}"
                      f"&decided_from={tomorrow.month}&decided_from={tomorrow.year}")
    assert "No decided flags match these filters." in later.text
    assert "Decided flags" in lead.page("/staff/analysis/safeguarding").text


def test_no_decided_flags_yet_is_said_as_such_not_as_a_filter_that_matched_nothing(
        db, area, signed_in):
    page = signed_in(Role.SAFEGUARDING).page("/staff/analysis/safeguarding/decided")
    assert "No flag has been decided yet." in page.text and "match" not in page.text


def test_the_procedure_phone_numbers_are_checked(db, area, signed_in):
    admin = signed_in(Role.ADMIN)
    page = admin.submit("/staff/analysis/safeguarding/procedure", {
        "text": "Ring the front door.", "front_door_phone": "12345",
        "out_of_hours_phone": "call Jo"})
    assert page.status == 400
    assert page.errors == [
        "Enter the front door phone number as a UK phone number, like 0113 496 0000",
        "Enter the out of hours phone number as a UK phone number, like 0113 496 0001"]
    assert flags.procedure(db, area.id) is None
    assert "Safeguarding procedure" in {a.text for a in admin.page("/staff/").soup.select("main a")}


def test_who_may_see_and_move_flags_and_set_the_procedure(db, area, signed_in):
    flag = _flag(db, make_comment(db, area, PHYSICAL))
    assert_pages_follow_permission(signed_in, "handle_safeguarding", [
        "/staff/analysis/safeguarding", "/staff/analysis/safeguarding/decided",
        f"/staff/analysis/safeguarding/{flag.id}"])
    assert_pages_follow_permission(signed_in, "set_safeguarding_procedure",
                                   ["/staff/analysis/safeguarding/procedure"])


def test_another_areas_flag_is_not_found(db, area, signed_in):
    other = factories.make_area(db)
    flag = _flag(db, make_comment(db, other, PHYSICAL))
    assert signed_in(Role.SAFEGUARDING).get(
        f"/staff/analysis/safeguarding/{flag.id}").status_code == 404


def test_an_automatic_flag_is_recorded_as_made_by_coprod_not_the_person_typing(
        db, area, signed_in):
    officer = signed_in(Role.OFFICER)
    officer.submit("/staff/voice/new", {
        "text": PHYSICAL, "group": "young_person", "channel": "email",
        "said_on": ["1", "11", "2026"],
        "how_given": "alone"})
    entries = db.exec(select(AuditEvent).where(AuditEvent.area_id == area.id)).all()
    by_type = {e.record_type: e.user_id for e in entries}
    assert by_type["Comment"] == officer.user.id
    assert by_type["SafeguardingFlag"] is None
