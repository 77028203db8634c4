"""An admin invites someone with a one-time link; what the invited person sees, good and bad."""

from sqlmodel import select

from coprod.areas.models import Membership, Role
from coprod.auth.models import Invite
from tests import factories


def test_admin_invites_a_forum_member_who_then_creates_an_account(signed_in, db, app, area):
    admin = signed_in(Role.ADMIN)
    page = admin.submit("/staff/people", {"email": "Jo@Forum.example", "role": "forum"})
    assert page.h1 == "Invitation link created"
    link = page.soup.select_one("#invite-link")["value"]
    assert "jo@forum.example" in page.text

    newcomer = app.test_client()
    page = newcomer.submit(link, {"name": "Jo Forum", "password": "a long enough password",
                                  "confirm": "a long enough password"})
    assert page.h1 == "Dashboard"
    assert f"You have joined {area.name}" in page.text
    assert not page.soup.find(string="People")  # forum members do not manage people


def test_invitation_link_works_only_once(signed_in, db, app, area):
    admin = signed_in(Role.ADMIN)
    _invite, token = factories.make_invite(db, area, admin.user)
    first = app.test_client()
    first.submit(f"/invite/{token}", {"name": "A", "password": "x" * 12, "confirm": "x" * 12})
    page = app.test_client().page(f"/invite/{token}")
    assert page.status == 410
    assert page.h1 == "This invitation link has already been used"


def test_expired_invitation_says_so_and_what_to_do(signed_in, db, app, area):
    admin = signed_in(Role.ADMIN)
    _invite, token = factories.make_invite(db, area, admin.user, hours_left=-1)
    page = app.test_client().page(f"/invite/{token}")
    assert page.status == 410
    assert page.h1 == "This invitation link has expired"
    assert "Ask the person who invited you for a new link" in page.text


def test_made_up_invitation_link_is_not_found(client, area):
    page = client.page("/invite/not-a-real-token")
    assert page.status == 404
    assert page.h1 == "This invitation link does not work"


def test_invitation_form_errors_are_explained(signed_in, db, app, area):
    admin = signed_in(Role.ADMIN)
    _invite, token = factories.make_invite(db, area, admin.user)
    page = app.test_client().submit(f"/invite/{token}", {"name": "  ", "password": "short",
                                                         "confirm": "different"})
    assert page.errors == ["Enter your full name", "Password must be between 12 and 200 characters",
                           "The passwords do not match"]
    assert db.get(Invite, _invite.id).used_at is None


def test_invite_form_errors_are_explained(signed_in):
    admin = signed_in(Role.ADMIN)
    page = admin.submit("/staff/people", {"email": "not an email"})
    assert page.status == 400
    assert page.errors == ["Enter an email address in the correct format, like name@example.com",
                           "Select a role"]


def test_existing_user_joins_a_second_area_with_their_password(signed_in, db, app, area):
    admin = signed_in(Role.ADMIN)
    other_area = factories.make_area(db)
    person = factories.make_user(db, other_area, Role.OFFICER)
    _invite, token = factories.make_invite(db, area, admin.user, email=person.email,
                                           role=Role.LEADER)
    client = app.test_client()
    page = client.submit(f"/invite/{token}", {"password": "wrong password"})
    assert page.errors == ["Enter your correct coprod password"]
    page = client.submit(f"/invite/{token}", {"password": factories.PASSWORD})
    assert page.h1 == "Dashboard"
    memberships = db.exec(select(Membership).where(Membership.user_id == person.id))
    roles = {m.area_id: m.role for m in memberships}
    assert roles == {other_area.id: "officer", area.id: "leader"}
