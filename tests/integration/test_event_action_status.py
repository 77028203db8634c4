"""Event actions have a status (issue 13, point 6): to do, doing, done, or won't do with the
reason; set with GOV.UK radios, checked on the server, shown where actions are listed, and
recorded in the audit log in words. Actions from before have the status "to do"."""

from datetime import date, timedelta

import pytest
from alembic import command
from sqlalchemy import create_engine, text
from sqlmodel import select

from coprod import migrate
from coprod.areas import audit_words
from coprod.areas.models import Role
from coprod.common.audit import AuditEvent
from coprod.events import services
from coprod.events.models import ActionStatus, EventAction
from tests import factories
from tests.factories_voice import make_event
from tests.pages import Page, assert_pages_follow_permission

WHY = "The bus contract is fixed until 2028; we will ask again at renewal"


def _action(db, area, text="Write to families about transport", event=None) -> EventAction:
    return services.add_action(db, event or make_event(db, area), text, "Transport team",
                               date.today() + timedelta(days=30))


def _url(action) -> str:
    return f"/staff/events/{action.event_id}/actions/{action.id}/status"


def _row(page, text: str):
    return next(row for row in page.soup.select("#actions ~ .coprod-table-scroll table tbody tr")
                if text in row.get_text())


def test_a_new_action_is_to_do_and_the_event_page_says_so(signed_in, db, area):
    action = _action(db, area)
    assert action.status == "to_do" and action.reason == ""
    page = signed_in(Role.LEADER).page(f"/staff/events/{action.event_id}/")
    row = _row(page, "Write to families about transport")
    assert row.select_one(".govuk-tag").get_text(strip=True) == "To do"
    assert "Update status" not in row.get_text()  # a leader reads, and changes nothing


def test_an_officer_moves_an_action_to_doing_then_done(signed_in, db, area):
    action = _action(db, area)
    officer = signed_in(Role.OFFICER)
    event_page = officer.page(f"/staff/events/{action.event_id}/")
    link = event_page.soup.select_one(f'a[href="{_url(action)}"]')
    assert link.get_text(" ", strip=True) == "Update status of action 1"
    form = officer.page(_url(action))
    assert form.h1 == "Where does this action stand?"
    assert [label.get_text(strip=True) for label in form.soup.select(".govuk-radios__label")] \
        == ["To do", "Doing", "Done", "Won't do"]
    assert form.form_data()["status"] == "to_do"

    page = officer.submit(_url(action), {"status": "doing"})
    assert "is now: doing." in page.text
    assert _row(page, "Write to families").select_one(".govuk-tag").get_text(strip=True) \
        == "Doing"
    page = officer.submit(_url(action), {"status": "done"})
    assert _row(page, "Write to families").select_one(".govuk-tag").get_text(strip=True) \
        == "Done"
    db.expire_all()
    assert db.get(EventAction, action.id).status == "done"


def test_wont_do_without_a_reason_is_refused_with_the_error_summary(signed_in, db, area):
    action = _action(db, area)
    page = signed_in(Role.FORUM).submit(_url(action), {"status": "wont_do", "reason": "  "})
    assert page.status == 400
    assert page.errors == ["Say why the action will not be done"]
    assert page.soup.select_one(".govuk-error-summary a")["href"] == "#reason"
    assert page.form_data()["status"] == "wont_do"  # what they chose is kept
    db.expire_all()
    assert db.get(EventAction, action.id).status == "to_do"


def test_wont_do_with_a_reason_is_saved_and_shown_with_its_reason(signed_in, db, area):
    action = _action(db, area)
    page = signed_in(Role.OFFICER).submit(_url(action), {"status": "wont_do", "reason": WHY})
    assert "is now: won't do." in page.text
    row = _row(page, "Write to families")
    assert row.select_one(".govuk-tag").get_text(strip=True) == "Won't do"
    assert f"Why: {WHY}" in row.get_text(" ", strip=True)
    db.expire_all()
    assert (db.get(EventAction, action.id).status, db.get(EventAction, action.id).reason) == (
        "wont_do", WHY)


def test_a_reason_goes_when_the_action_is_taken_up_again(db, area):
    action = _action(db, area)
    services.set_action_status(db, action, ActionStatus.WONT_DO, WHY)
    services.set_action_status(db, action, ActionStatus.DOING, WHY)
    assert (action.status, action.reason) == ("doing", "")
    with pytest.raises(ValueError):
        services.set_action_status(db, action, ActionStatus.WONT_DO, "   ")


@pytest.mark.parametrize("status", [None, "finished"])
def test_no_status_or_one_that_does_not_exist_is_refused(signed_in, db, area, status):
    action = _action(db, area)
    officer = signed_in(Role.OFFICER)
    data = {**officer.page(_url(action)).form_data(), "status": status}
    page = Page(officer.post(_url(action), data={k: v for k, v in data.items() if v}))
    assert page.status == 400 and page.errors == ["Select where the action stands"]


def test_the_change_is_in_the_audit_log_in_words(signed_in, db, area):
    action = _action(db, area)
    officer = signed_in(Role.OFFICER)
    officer.submit(_url(action), {"status": "wont_do", "reason": "No money this year"})
    entry = db.exec(select(AuditEvent).where(AuditEvent.record_type == "EventAction",
                                             AuditEvent.action == "update")).one()
    words = audit_words.in_words(entry, officer.user.name)
    assert words == (f"{officer.user.name} changed the status from to do to won't do, the "
                     "reason to No money this year of the event action 'Write to families "
                     "about transport'")


def test_who_may_set_a_status_and_never_on_another_areas_action(signed_in, db, area):
    action = _action(db, area)
    assert_pages_follow_permission(signed_in, "manage_events", [_url(action)])
    other_event = make_event(db, area, "Summer drop-in")
    theirs = _action(db, factories.make_area(db, "Elsewhere SEND Partnership"))
    officer = signed_in(Role.OFFICER)
    for url in (f"/staff/events/{other_event.id}/actions/{action.id}/status", _url(theirs)):
        assert officer.get(url).status_code == 404, url


def test_actions_from_before_the_upgrade_are_to_do(tmp_path):
    url = f"sqlite:///{tmp_path / 'before.db'}"
    engine = create_engine(url)
    config = migrate.alembic_config(url)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0015_polish")
        connection.execute(text(
            "INSERT INTO eventaction (id, event_id, area_id, text, owner, created_at) "
            "VALUES (1, 1, 1, 'Publish CAMHS waiting times', 'ICB', '2026-01-05')"))
        command.upgrade(config, "heads")
        assert connection.execute(text("SELECT status, reason FROM eventaction")).one() == (
            "to_do", "")
    engine.dispose()
