"""The rules of an item, kept by the service whatever page (or import) asks: done needs what was
done, can't do needs a reason, told families needs a date and a channel, and nothing is
published without its public wording in plain words and easy read."""

from datetime import date, timedelta

import pytest
from sqlmodel import select

from coprod.common.audit import AuditEvent
from coprod.yousaid import services
from coprod.yousaid.models import ProgressStep, Status, YouSaidItem
from tests.factories_yousaid import PUBLIC, make_item

YESTERDAY = date.today() - timedelta(days=1)


def test_an_item_starts_new_unpublished_with_a_first_step_on_its_timeline(db, area):
    item = services.create_item(db, area.id, services.ItemWording(
        you_said="  Waiting lists are too long  ", themes=("assessment_waits", "assessment_waits")),
        user_id=None, author="Sam Officer")
    assert (item.status, item.published, item.you_said, item.themes) == (
        "new", False, "Waiting lists are too long", ["assessment_waits"])
    steps = services.timeline(db, item)
    assert [(s.text, s.written_by) for s in steps] == [("Item started", "Sam Officer")]


def test_an_item_needs_what_families_said(db, area):
    with pytest.raises(services.ItemError) as error:
        services.create_item(db, area.id, services.ItemWording(you_said="   "))
    assert (error.value.field, error.value.message) == ("you_said", "Enter what families said")


def test_done_needs_what_was_done(db, area):
    item = make_item(db, area)
    with pytest.raises(services.ItemError) as error:
        services.change_status(db, item, Status.DONE.value)
    assert error.value.field == "we_did"
    db.rollback()
    assert db.get(YouSaidItem, item.id).status == "new"
    services.change_status(db, item, "done", we_did="We hired 2 more plan writers")
    assert (item.status, item.we_did, item.done_on) == (
        "done", "We hired 2 more plan writers", date.today())


def test_cant_do_needs_a_reason_in_plain_words(db, area):
    item = make_item(db, area)
    with pytest.raises(services.ItemError) as error:
        services.change_status(db, item, "cant_do", reason="   ")
    assert (error.value.field, error.value.message) == (
        "reason", "Enter why this cannot be done, in plain words")
    services.change_status(db, item, "cant_do", reason="The law sets the 20 week limit")
    assert item.status == "cant_do" and item.reason == "The law sets the 20 week limit"


def test_every_status_change_is_a_dated_step_with_its_author(db, area):
    item = make_item(db, area)
    for status in ("agreed", "in_progress"):
        services.change_status(db, item, status, author="Sam Officer")
    services.change_status(db, item, "done", we_did="Done it", note="Finished in May",
                           author="Sam Officer")
    texts = [u.text for u in db.exec(select(ProgressStep).where(ProgressStep.item_id == item.id)
                                     .order_by(ProgressStep.id))]
    assert texts == ["Item started", "Status changed from New to Agreed",
                     "Status changed from Agreed to In progress", "Finished in May"]


def test_told_families_needs_a_date_and_a_channel(db, area):
    item = make_item(db, area)
    with pytest.raises(services.ItemError) as no_date:
        services.record_told(db, item, None, "newsletter")
    with pytest.raises(services.ItemError) as no_channel:
        services.record_told(db, item, YESTERDAY, "")
    with pytest.raises(services.ItemError) as unknown_channel:
        services.record_told(db, item, YESTERDAY, "carrier_pigeon")
    with pytest.raises(services.ItemError) as future:
        services.record_told(db, item, date.today() + timedelta(days=1), "newsletter")
    assert [e.value.field for e in (no_date, no_channel, unknown_channel, future)] == [
        "told_on", "how", "how", "told_on"]
    told = services.record_told(db, item, YESTERDAY, "forum_meeting", audience="Forum members",
                                reached=40)
    assert (told.told_on, told.how, told.reached) == (YESTERDAY, "forum_meeting", 40)


@pytest.mark.parametrize("missing", ["you_said_easy", "we_did", "we_did_easy"])
def test_an_item_is_not_published_without_its_public_wording(db, area, missing):
    item = make_item(db, area, **{**PUBLIC, missing: ""})
    with pytest.raises(services.ItemError) as error:
        services.set_published(db, item, True)
    assert error.value.field == missing
    assert db.get(YouSaidItem, item.id).published is False
    make_ok = make_item(db, area, **PUBLIC)
    services.set_published(db, make_ok, True)
    assert make_ok.published is True


def test_a_published_item_cannot_lose_its_public_wording(db, area):
    item = make_item(db, area, **PUBLIC, published=True)
    wording = services.ItemWording.of(item)
    wording.we_did_easy = ""
    with pytest.raises(services.ItemError) as error:
        services.change_wording(db, item, wording)
    assert error.value.field == "we_did_easy"
    db.refresh(item)
    assert item.we_did_easy == PUBLIC["we_did_easy"]


def test_a_bulk_change_moves_all_or_none(db, area):
    ready = make_item(db, area, we_did="Did it")
    not_ready = make_item(db, area)
    problems = services.change_statuses(db, [ready, not_ready], "done", user_id=None)
    assert [(i.id, e.field) for i, e in problems] == [(not_ready.id, "we_did")]
    db.expire_all()
    assert {db.get(YouSaidItem, i.id).status for i in (ready, not_ready)} == {"new"}
    assert services.change_statuses(db, [ready, not_ready], "agreed", user_id=None) == []
    db.expire_all()
    assert {db.get(YouSaidItem, i.id).status for i in (ready, not_ready)} == {"agreed"}


def test_changes_are_in_the_audit_log(db, area, app):
    from coprod.common.audit import set_actor

    set_actor(db, None, area.id)
    item = make_item(db, area)
    services.change_status(db, item, "agreed")
    kinds = {(e.action, e.record_type) for e in db.exec(select(AuditEvent).where(
        AuditEvent.area_id == area.id, AuditEvent.record_type.like("%tem")))}
    assert ("create", "YouSaidItem") in kinds and ("update", "YouSaidItem") in kinds
