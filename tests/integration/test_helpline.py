"""Issue 18: an admin names the area's own helpline (checked as a real UK number), and every
survey page that tells someone who may not be safe to seek help names it; the change is in the
audit log; only admins may set it."""

from __future__ import annotations

from sqlmodel import select

from coprod.areas.models import Role
from coprod.common.audit import AuditEvent
from tests.pages import assert_pages_follow_permission
from tests.survey_factories import make_survey


def test_admin_sets_the_areas_helpline_and_young_people_see_it(signed_in, client, db, area):
    admin = signed_in(Role.ADMIN)
    before = admin.page("/staff/helpline")
    assert "the national helpline, Childline, 0800 1111" in before.soup.select_one(
        "#helpline-now").text
    page = admin.submit("/staff/helpline", {"name": "Northvale Young Carers Line",
                                            "phone": "08088005000"})
    assert page.status == 200
    assert ("People who may not be safe are told to call Northvale Young Carers Line on "
            "0808 800 5000.") in page.text
    survey = make_survey(db, area)
    start = client.page(f"/surveys/{survey.slug}/")
    assert "Or call Northvale Young Carers Line free on 0808 800 5000." in start.text
    assert "Childline" not in start.text
    changed = db.exec(select(AuditEvent).where(AuditEvent.record_type == "Area",
                                               AuditEvent.area_id == area.id)).all()
    assert [e.changes["helpline_phone"] for e in changed] == ["0808 800 5000"]
    assert changed[0].user_id == admin.user.id
    log = admin.page("/staff/audit-log")
    assert "helpline name to Northvale Young Carers Line" in log.text


def test_a_helpline_number_that_cannot_exist_is_refused_the_govuk_way(signed_in, db, area):
    page = signed_in(Role.ADMIN).submit("/staff/helpline", {"name": "Youth line",
                                                            "phone": "0800 12"})
    assert page.status == 400
    assert page.title.startswith("Error:")
    assert page.errors == ["Enter the phone number as a UK phone number, like 0808 800 5000"]
    db.refresh(area)
    assert area.helpline() == ("Childline", "0800 1111")


def test_a_name_needs_a_number_and_a_number_needs_a_name(signed_in):
    admin = signed_in(Role.ADMIN)
    assert admin.submit("/staff/helpline", {"name": "Youth line", "phone": ""}).errors == [
        "Enter the helpline's phone number"]
    assert admin.submit("/staff/helpline", {"name": " ", "phone": "0800 1111"}).errors == [
        "Enter the name of the helpline"]


def test_emptying_both_goes_back_to_childline(signed_in, db, area):
    admin = signed_in(Role.ADMIN)
    admin.submit("/staff/helpline", {"name": "Youth line", "phone": "0300 123 4567"})
    admin.submit("/staff/helpline", {"name": "", "phone": ""})
    db.refresh(area)
    assert (area.helpline_name, area.helpline_phone) == (None, None)
    assert area.helpline() == ("Childline", "0800 1111")


def test_only_admins_set_the_helpline(signed_in):
    assert_pages_follow_permission(signed_in, "set_helpline", ["/staff/helpline"])
    assert "Helpline" in {a.text for a in signed_in(Role.ADMIN).page("/staff/").soup.select(
        "main h2 a")}
