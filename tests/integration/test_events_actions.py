"""Correcting and removing an action agreed at an event: prefilled, checked like a new one,
recorded in the audit log; never another event's or another area's action."""

from datetime import date, timedelta

from sqlmodel import select

from coprod.areas.models import Role
from coprod.common.audit import AuditEvent
from coprod.events import services
from coprod.events.models import EventAction
from tests import factories
from tests.factories_voice import make_event
from tests.pages import assert_pages_follow_permission

NEXT_MONTH = date.today() + timedelta(days=30)


def _action(db, area, text="Publish CAMHS waiting times", event=None) -> EventAction:
    return services.add_action(db, event or make_event(db, area), text, "ICB")


def _url(action, tail="") -> str:
    return f"/staff/events/{action.event_id}/actions/{action.id}{tail}"


def test_an_officer_corrects_an_action(signed_in, db, area):
    action = _action(db, area)
    officer = signed_in(Role.OFFICER)
    event_page = officer.page(f"/staff/events/{action.event_id}/")
    assert event_page.soup.select_one(f'a[href="{_url(action)}"]').get_text(" ", strip=True) \
        == "Change action 1"
    form = officer.page(_url(action))
    assert form.h1 == "Change this action"
    assert form.form_data()["text"] == "Publish CAMHS waiting times"

    page = officer.submit(_url(action), {
        "text": "Publish CAMHS waiting times every month", "owner": "ICB and council",
        "due_on": [str(NEXT_MONTH.day), str(NEXT_MONTH.month), str(NEXT_MONTH.year)]})
    assert "Action changed." in page.text and "every month" in page.text
    db.expire_all()
    changed = db.get(EventAction, action.id)
    assert (changed.text, changed.owner, changed.due_on) == (
        "Publish CAMHS waiting times every month", "ICB and council", NEXT_MONTH)
    assert db.exec(select(AuditEvent).where(AuditEvent.action == "update",
                                            AuditEvent.record_type == "EventAction")).first()


def test_a_blank_action_is_refused_and_nothing_changes(signed_in, db, area):
    action = _action(db, area)
    page = signed_in(Role.OFFICER).submit(_url(action), {"text": "   "})
    assert page.status == 400
    assert page.errors == ["Enter the action agreed"]
    db.expire_all()
    assert db.get(EventAction, action.id).text == "Publish CAMHS waiting times"


def test_an_officer_removes_an_action_added_twice(signed_in, db, area):
    action = _action(db, area)
    officer = signed_in(Role.OFFICER)
    asked = officer.page(_url(action, "/remove"))
    assert asked.h1 == "Remove this action?" and "Publish CAMHS" in asked.text
    action_id = action.id
    page = officer.submit(_url(action, "/remove"), {})
    assert "Action removed." in page.text
    db.expire_all()
    assert db.get(EventAction, action_id) is None


def test_another_events_or_areas_action_is_not_found(signed_in, db, area):
    action = _action(db, area)
    other_event = make_event(db, area, "Summer drop-in")
    theirs = _action(db, factories.make_area(db, "Elsewhere SEND Partnership"))
    officer = signed_in(Role.OFFICER)
    for url in (f"/staff/events/{other_event.id}/actions/{action.id}",
                f"/staff/events/{other_event.id}/actions/{action.id}/remove",
                _url(theirs), _url(theirs, "/remove")):
        assert officer.get(url).status_code == 404, url
    token = officer.page(f"/staff/events/{other_event.id}/actions/new").form_data()["csrf_token"]
    officer.post(_url(theirs, "/remove"), data={"csrf_token": token})
    db.expire_all()
    assert db.get(EventAction, theirs.id) is not None


def test_only_people_who_manage_events_change_actions(signed_in, db, area):
    action = _action(db, area)
    assert_pages_follow_permission(signed_in, "manage_events",
                                   [_url(action), _url(action, "/remove")])
