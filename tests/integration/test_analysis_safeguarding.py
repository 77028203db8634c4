"""The safeguarding lead's queue: flagged comments in full, a decision with a note, and flags
raised by hand by the people reviewing comments."""

from sqlmodel import select

from coprod.areas.models import Role
from coprod.common.audit import AuditEvent
from coprod.voice.findings import SafeguardingFlag
from tests import factories
from tests.factories_voice import make_comment, make_event

CONCERN = "Tom Smith at the xylophone club said he wants to kill himself"


def _flag_of(db, comment) -> SafeguardingFlag:
    return db.exec(select(SafeguardingFlag).where(SafeguardingFlag.comment_id == comment.id)).one()


def test_the_safeguarding_lead_reads_the_flagged_words_as_they_were_said(signed_in, db, area):
    event = make_event(db, area, title="Xylophone club visit")
    make_comment(db, area, CONCERN, channel="event", event_id=event.id)
    page = signed_in(Role.SAFEGUARDING).page("/staff/analysis/safeguarding")
    assert "1 open flag" in page.text
    assert "Tom Smith at the xylophone club" in page.text
    assert "Xylophone club visit" in page.text
    assert "suicidal" in page.text


def test_the_dashboard_tells_the_safeguarding_lead_how_many_wait(signed_in, db, area):
    make_comment(db, area, CONCERN)
    make_comment(db, area, "My dad hits me when he is angry")
    page = signed_in(Role.SAFEGUARDING).page("/staff/")
    assert "2 flagged comments are waiting for your decision." in page.text


def test_not_a_concern_returns_the_comment_to_the_lists(signed_in, db, area):
    comment = make_comment(db, area, CONCERN)
    officer = signed_in(Role.OFFICER)
    assert "xylophone" not in officer.page("/staff/voice/").text
    lead = signed_in(Role.SAFEGUARDING)
    done = lead.submit(f"/staff/analysis/safeguarding/{_flag_of(db, comment).id}", {
        "outcome": "not_a_concern", "note": "Said in a song lyric; spoke to the club leader."})
    assert "The comment is back in the lists" in done.text
    assert "Nothing is open." in done.text
    flag = _flag_of(db, comment)
    assert flag.handled_by_id == lead.user.id and flag.handled_at is not None
    assert "xylophone" in officer.page("/staff/voice/").text


def test_acted_on_keeps_the_comment_hidden(signed_in, db, area):
    comment = make_comment(db, area, CONCERN)
    signed_in(Role.SAFEGUARDING).submit(
        f"/staff/analysis/safeguarding/{_flag_of(db, comment).id}",
        {"outcome": "acted_on", "note": "Referred to the MASH today."})
    assert "xylophone" not in signed_in(Role.ADMIN).page("/staff/voice/").text


def test_a_decision_needs_an_outcome_and_a_note(signed_in, db, area):
    comment = make_comment(db, area, CONCERN)
    page = signed_in(Role.SAFEGUARDING).submit(
        f"/staff/analysis/safeguarding/{_flag_of(db, comment).id}", {"note": ""})
    assert page.status == 400
    assert page.errors == ["Select what happened", "Enter a note"]
    assert page.title.startswith("Error:")


def test_a_forum_member_can_flag_a_comment_by_hand_and_it_is_hidden_at_once(signed_in, db, area):
    comment = make_comment(db, area, "The xylophone teacher is very cross with my son and he "
                                     "is scared to go")
    forum = signed_in(Role.FORUM)
    review = forum.page(f"/staff/analysis/comments/{comment.id}")
    assert "This may be a safeguarding concern" in review.text
    done = forum.submit(f"/staff/analysis/comments/{comment.id}/safeguarding",
                        {"reason": "Scared of an adult"})
    assert "gone to the safeguarding lead" in done.text
    assert forum.get(f"/staff/analysis/comments/{comment.id}").status_code == 404
    assert "xylophone" not in forum.page("/staff/voice/").text
    flag = _flag_of(db, comment)
    assert flag.raised_by == "person" and flag.raised_by_id == forum.user.id
    queue = signed_in(Role.SAFEGUARDING).page("/staff/analysis/safeguarding")
    assert "Scared of an adult" in queue.text and "Raised by a person" in queue.text


def test_nobody_else_opens_the_queue_or_a_flag(signed_in, db, area):
    flag = _flag_of(db, make_comment(db, area, CONCERN))
    for role in (Role.ADMIN, Role.OFFICER, Role.FORUM, Role.LEADER):
        client = signed_in(role)
        assert client.get("/staff/analysis/safeguarding").status_code == 403
        assert client.get(f"/staff/analysis/safeguarding/{flag.id}").status_code == 403


def test_another_areas_flag_is_not_found(signed_in, db, area):
    other = factories.make_area(db)
    flag = _flag_of(db, make_comment(db, other, CONCERN))
    assert signed_in(Role.SAFEGUARDING).get(
        f"/staff/analysis/safeguarding/{flag.id}").status_code == 404


def test_the_audit_log_records_decisions_without_copying_words(signed_in, db, area):
    comment = make_comment(db, area, CONCERN)
    lead = signed_in(Role.SAFEGUARDING)
    lead.submit(f"/staff/analysis/safeguarding/{_flag_of(db, comment).id}",
                {"outcome": "acted_on", "note": "Rang Tom's mum about the xylophone club"})
    [event] = db.exec(select(AuditEvent).where(AuditEvent.record_type == "SafeguardingFlag")).all()
    assert event.user_id == lead.user.id and event.changes["outcome"] == "acted_on"
    assert "xylophone" not in str(event.changes) and event.changes["note"] == "(changed)"


def test_the_lead_sees_how_many_flags_only_a_person_caught(signed_in, db, area):
    """The check's misses are counted where the lead works: a flag raised by hand on a comment
    the check let through, apart from the check's own (re-raised by a person or not)."""
    make_comment(db, area, CONCERN)
    re_raised = make_comment(db, area, "My dad hits me when he is angry")
    missed = make_comment(db, area, "The xylophone teacher is very cross with my son and he "
                                    "is scared to go")
    assert db.exec(select(SafeguardingFlag).where(
        SafeguardingFlag.comment_id == missed.id)).first() is None, "the check lets this through"
    lead = signed_in(Role.SAFEGUARDING)
    lead.submit(f"/staff/analysis/safeguarding/{_flag_of(db, re_raised).id}",
                {"outcome": "not_a_concern", "note": "Spoke to the family; a story he wrote."})
    forum = signed_in(Role.FORUM)
    for comment in (missed, re_raised):
        forum.submit(f"/staff/analysis/comments/{comment.id}/safeguarding", {"reason": "Worried"})
    queue = lead.page("/staff/analysis/safeguarding")
    assert "3 open flags" in queue.text
    assert "What the automatic check misses" in queue.text
    assert ("In this area the check has raised 2 flags; people have raised 1 more on a comment "
            "it let through.") in queue.text


def test_a_comment_no_rule_matched_reaches_the_lead_with_why(signed_in, db, area):
    """The learned check flags a comment worded like a disclosure that no rule matched; the lead
    sees which check raised it, and the page says what the checks miss. (A young person's words
    from a blind safeguarding set the model learnt from: no rule knows "putting me in care".)"""
    comment = make_comment(db, area, "my mum screams in my face and says shes putting me in care "
                                     "if i dont shut up")
    flag = _flag_of(db, comment)
    assert flag.reasons == ["worded like a disclosure (no rule matched)"]
    lead = signed_in(Role.SAFEGUARDING)
    queue = lead.page("/staff/analysis/safeguarding")
    assert "worded like a disclosure (no rule matched)" in queue.text
    assert "between 6 and 9 in every 10" in queue.text
    assert "The automatic check" in lead.page(f"/staff/analysis/safeguarding/{flag.id}").text
