"""Every change made by a signed-in person is recorded, and admins can read it."""

from sqlmodel import select

from coprod.areas.models import Role
from coprod.common.audit import AuditEvent


def test_creating_an_invitation_is_in_the_audit_log_without_the_secret(signed_in, db, area):
    admin = signed_in(Role.ADMIN)
    admin.submit("/staff/people", {"email": "new.person@example.org", "role": "leader"})
    event = db.exec(select(AuditEvent).where(AuditEvent.record_type == "Invite")).one()
    assert (event.user_id, event.area_id, event.action) == (admin.user.id, area.id, "create")
    assert event.changes["email"] == "new.person@example.org"
    assert event.changes["token_hash"] == "(changed)"

    page = admin.page("/staff/audit-log")
    row = page.soup.select_one("tbody tr").get_text(" ", strip=True)
    assert f"{admin.user.name} added the invitation 'new.person@example.org'" in row
    assert "token" not in page.text


def test_changes_made_without_a_signed_in_person_are_not_attributed(db, area):
    assert db.exec(select(AuditEvent).where(AuditEvent.area_id == area.id)).all() == []
