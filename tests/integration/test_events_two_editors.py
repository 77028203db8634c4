"""Two people changing one listening event, or one of its actions, at once: each keeps what
they changed, and neither undoes the other unseen (common.edit_forms). Before, the last save
won: it put back every field as its page was opened."""

from __future__ import annotations

from datetime import date, time, timedelta

from coprod.areas.models import Role
from coprod.events import services
from coprod.events.models import EventAction, ListeningEvent
from tests.factories_voice import make_event
from tests.two_editors import CONFLICT, open_form, save, values

SOON = date.today() + timedelta(days=30)


def _edit(event) -> str:
    return f"/staff/events/{event.id}/edit"


def test_each_keeps_what_they_changed_in_an_event(signed_in, db, area):
    event = make_event(db, area, partners="Parent carer forum", notes="")
    officer, admin = signed_in(Role.OFFICER), signed_in(Role.ADMIN)
    hers, his = open_form(officer, _edit(event)), open_form(admin, _edit(event))
    assert "Event updated." in save(officer, _edit(event), hers,
                                    partners="Parent carer forum, SENDIASS").text
    assert "Event updated." in save(admin, _edit(event), his, parent_carers_count="14",
                                    adjustments=["quiet_space", "childcare"]).text
    db.expire_all()
    stored = db.get(ListeningEvent, event.id)
    assert stored.partners == "Parent carer forum, SENDIASS"
    assert (stored.parent_carers_count, set(stored.adjustments)) == (14, {"childcare",
                                                                          "quiet_space"})
    assert (stored.title, stored.starts_at, stored.held_on) == (
        "Spring drop-in", time(10), event.held_on)


def test_both_changing_an_event_field_shows_the_newer_words_and_saves_nothing_unseen(
        signed_in, db, area):
    event = make_event(db, area, place="Northvale Library, Market Street")
    officer, admin = signed_in(Role.OFFICER), signed_in(Role.ADMIN)
    hers, his = open_form(officer, _edit(event)), open_form(admin, _edit(event))
    save(officer, _edit(event), hers, place="Northvale Library, room 2")
    clash = save(admin, _edit(event), his, place="Town Hall, Bridge Street", notes="Lift works")
    assert clash.status == 400
    assert clash.errors == [CONFLICT.format(now="Northvale Library, room 2")]
    assert clash.soup.select_one("input#place")["value"] == "Town Hall, Bridge Street"
    assert clash.soup.select_one("textarea#notes").text.strip() == "Lift works"
    db.expire_all()
    stored = db.get(ListeningEvent, event.id)
    assert (stored.place, stored.notes) == ("Northvale Library, room 2", "")  # nothing unseen

    again = save(admin, _edit(event), values(clash))  # read it, and saved again: knowingly
    assert "Event updated." in again.text
    db.expire_all()
    stored = db.get(ListeningEvent, event.id)
    assert (stored.place, stored.notes) == ("Town Hall, Bridge Street", "Lift works")


def test_two_changes_that_do_not_fit_together_are_not_saved(signed_in, db, area):
    """One moved the end earlier, the other the start later: each was fine, together the event
    would end before it starts."""
    event = make_event(db, area)  # 10:00 to 12:00
    officer, admin = signed_in(Role.OFFICER), signed_in(Role.ADMIN)
    hers, his = open_form(officer, _edit(event)), open_form(admin, _edit(event))
    save(officer, _edit(event), hers, ends_at="11:00")
    clash = save(admin, _edit(event), his, starts_at="11:30")
    assert clash.status == 400
    assert clash.errors == ["End time must be after the start time"]
    assert clash.soup.select_one("input#ends_at")["value"] == "11:00"  # what it says now
    db.expire_all()
    assert db.get(ListeningEvent, event.id).starts_at == time(10)


def _action(db, area) -> EventAction:
    return services.add_action(db, make_event(db, area), "Publish CAMHS waiting times", "ICB",
                               SOON)


def _change(action, tail: str = "") -> str:
    return f"/staff/events/{action.event_id}/actions/{action.id}{tail}"


def test_each_keeps_what_they_changed_in_an_action(signed_in, db, area):
    action = _action(db, area)
    officer, admin = signed_in(Role.OFFICER), signed_in(Role.ADMIN)
    hers, his = open_form(officer, _change(action)), open_form(admin, _change(action))
    assert "Action changed." in save(officer, _change(action), hers,
                                     text="Publish CAMHS waiting times monthly").text
    assert "Action changed." in save(admin, _change(action), his, owner="ICB and council").text
    db.expire_all()
    stored = db.get(EventAction, action.id)
    assert (stored.text, stored.owner, stored.due_on) == (
        "Publish CAMHS waiting times monthly", "ICB and council", SOON)


def test_both_changing_an_action_shows_the_newer_words_and_saves_nothing_unseen(
        signed_in, db, area):
    action = _action(db, area)
    officer, admin = signed_in(Role.OFFICER), signed_in(Role.ADMIN)
    hers, his = open_form(officer, _change(action)), open_form(admin, _change(action))
    save(officer, _change(action), hers, owner="ICB commissioning")
    clash = save(admin, _change(action), his, owner="Council SEND team")
    assert clash.status == 400
    assert clash.errors == [CONFLICT.format(now="ICB commissioning")]
    assert clash.soup.select_one("input#owner")["value"] == "Council SEND team"
    db.expire_all()
    assert db.get(EventAction, action.id).owner == "ICB commissioning"

    assert "Action changed." in save(admin, _change(action), values(clash)).text
    db.expire_all()
    assert db.get(EventAction, action.id).owner == "Council SEND team"


def test_a_status_save_that_changes_nothing_does_not_put_back_the_old_status(
        signed_in, db, area):
    """Status and reason go together ("won't do" needs it; any other status keeps none), so
    the one change two people can each make here is the status: a save from a page opened
    before, left as it was, keeps the status someone else set meanwhile."""
    action = _action(db, area)
    url = _change(action, "/status")
    officer, admin = signed_in(Role.OFFICER), signed_in(Role.ADMIN)
    hers, his = open_form(officer, url), open_form(admin, url)
    save(officer, url, hers, status="wont_do", reason="No budget this year")
    save(admin, url, his)  # opened at "to do", saved as it was
    db.expire_all()
    stored = db.get(EventAction, action.id)
    assert (stored.status, stored.reason) == ("wont_do", "No budget this year")


def test_both_setting_an_actions_status_shows_the_newer_one_and_saves_nothing_unseen(
        signed_in, db, area):
    action = _action(db, area)
    url = _change(action, "/status")
    officer, admin = signed_in(Role.OFFICER), signed_in(Role.ADMIN)
    hers, his = open_form(officer, url), open_form(admin, url)
    save(officer, url, hers, status="done")
    clash = save(admin, url, his, status="wont_do", reason="No budget this year")
    assert clash.status == 400
    assert clash.errors == [CONFLICT.format(now="Done")]
    assert clash.soup.select_one("input[name=status][value=wont_do]").has_attr("checked")
    db.expire_all()
    assert (db.get(EventAction, action.id).status, db.get(EventAction, action.id).reason) == (
        "done", "")

    save(admin, url, values(clash))
    db.expire_all()
    stored = db.get(EventAction, action.id)
    assert (stored.status, stored.reason) == ("wont_do", "No budget this year")
