"""Admins manage the people of their area (issue 13, point 1): change a role, remove someone
(their work stays theirs), withdraw an unused invitation, no second invitation for someone
already here, and an area always keeps an admin."""

from sqlmodel import select

from coprod.areas.models import Membership, Role
from coprod.auth.models import Invite, User
from tests import factories
from tests.factories_voice import make_comment
from tests.pages import assert_pages_follow_permission


def _role(db, user, area) -> str | None:
    found = db.exec(select(Membership).where(Membership.user_id == user.id,
                                             Membership.area_id == area.id)).first()
    return found.role if found else None


def test_an_admin_changes_a_persons_role_from_the_people_page(db, area, signed_in):
    admin = signed_in(Role.ADMIN)
    officer = factories.make_user(db, area, Role.OFFICER)
    people = admin.page("/staff/people")
    link = people.soup.find("a", href=f"/staff/people/{officer.id}")
    assert link.get_text(" ", strip=True) == f"Change role or remove for {officer.name}"
    done = admin.submit(link["href"], {"role": "leader"})
    assert f"{officer.name} is now leader." in done.text
    assert _role(db, officer, area) == "leader"


def test_the_last_admin_cannot_be_demoted_or_removed(db, area, signed_in):
    admin = signed_in(Role.ADMIN)
    page = admin.submit(f"/staff/people/{admin.user.id}", {"role": "officer"})
    assert page.status == 400
    assert page.errors == [f"{admin.user.name} is the only admin of this area. Make someone "
                           "else an admin first, so someone can still manage its people."]
    removal = admin.page(f"/staff/people/{admin.user.id}/remove")
    assert removal.h1 == f"{admin.user.name} cannot be removed"
    assert not removal.soup.select("main form")
    token = admin.page("/staff/").soup.select_one("input[name=csrf_token]")["value"]
    refused = admin.post(f"/staff/people/{admin.user.id}/remove", data={"csrf_token": token})
    assert refused.status_code == 409
    assert _role(db, admin.user, area) == "admin"


def test_with_two_admins_one_may_step_down(db, area, signed_in):
    admin = signed_in(Role.ADMIN)
    other = factories.make_user(db, area, Role.ADMIN)
    admin.submit(f"/staff/people/{other.id}", {"role": "officer"})
    assert _role(db, other, area) == "officer"


def test_a_removed_persons_work_stays_and_is_still_theirs(db, area, signed_in):
    admin = signed_in(Role.ADMIN)
    officer = factories.make_user(db, area, Role.OFFICER)
    comment = make_comment(db, area, created_by_id=officer.id)
    page = admin.submit(f"/staff/people/{officer.id}/remove", {})
    assert f"{officer.name} no longer works in this area." in page.text
    assert _role(db, officer, area) is None
    assert db.get(User, officer.id) is not None
    assert db.get(type(comment), comment.id).created_by_id == officer.id
    assert officer.name not in [td.text for td in page.soup.select("main tbody td")]


def test_an_admin_withdraws_an_unused_invitation_and_its_link_stops_working(db, app, area,
                                                                            signed_in):
    admin = signed_in(Role.ADMIN)
    invite, token = factories.make_invite(db, area, admin.user, "sam@example.org", Role.OFFICER)
    people = admin.page("/staff/people")
    assert "sam@example.org as officer" in people.text
    link = people.soup.find("a", href=f"/staff/people/invitations/{invite.id}/withdraw")
    confirm = admin.page(link["href"])
    assert "It gives the role officer." in confirm.text
    done = admin.submit(link["href"], {})
    assert "The invitation for sam@example.org is withdrawn." in done.text
    assert db.exec(select(Invite).where(Invite.id == invite.id)).first() is None
    assert app.test_client().get(f"/invite/{token}").status_code == 404


def test_inviting_someone_already_in_the_area_says_so_and_makes_no_invitation(db, area,
                                                                              signed_in):
    admin = signed_in(Role.ADMIN)
    factories.make_user(db, area, Role.OFFICER, email="priya@example.org")
    page = admin.submit("/staff/people", {"email": "Priya@Example.org", "role": "leader"})
    assert page.status == 400
    assert page.errors == ["Person officer is already in this area as officer. Change their "
                           "role on their page instead of inviting them."]
    assert not db.exec(select(Invite).where(Invite.email == "priya@example.org")).all()


def test_the_invitation_says_which_role_it_gives(db, app, area, signed_in):
    admin = signed_in(Role.ADMIN)
    created = admin.submit("/staff/people", {"email": "new@example.org", "role": "leader"})
    assert "It gives the role Leader: reads dashboards and reports." in created.text
    link = created.soup.select_one("#invite-link")["value"]
    page = app.test_client().page(link)
    assert "Your role will be Leader: reads dashboards and reports." in page.text


def test_another_areas_person_or_invitation_is_not_found(db, area, signed_in):
    other = factories.make_area(db)
    stranger = factories.make_user(db, other, Role.OFFICER)
    invite, _token = factories.make_invite(db, other, stranger)
    admin = signed_in(Role.ADMIN)
    assert admin.get(f"/staff/people/{stranger.id}").status_code == 404
    assert admin.get(f"/staff/people/{stranger.id}/remove").status_code == 404
    assert admin.get(f"/staff/people/invitations/{invite.id}/withdraw").status_code == 404


def test_only_admins_manage_people(db, area, signed_in):
    person = factories.make_user(db, area, Role.FORUM)
    invite, _token = factories.make_invite(db, area, person)
    assert_pages_follow_permission(signed_in, "manage_users", [
        f"/staff/people/{person.id}", f"/staff/people/{person.id}/remove",
        f"/staff/people/invitations/{invite.id}/withdraw"])
