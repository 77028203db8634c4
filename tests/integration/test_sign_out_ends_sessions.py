"""Issue 11.8: signing out (or a new password) ends the session on the server, so a copy of the
cookie taken before, on a shared computer or from a browser's history, opens nothing."""

from coprod.areas.models import Role
from coprod.auth import services
from tests import factories


def _signed_in_for_real(app, db, area):
    user = factories.make_user(db, area, Role.OFFICER)
    client = app.test_client()
    client.page("/sign-in")
    page = client.submit("/sign-in", {"email": user.email, "password": factories.PASSWORD})
    assert page.h1 == "Dashboard"
    return client, user


def _copy(app, client):
    """Another browser holding the same session cookie."""
    copy = app.test_client()
    copy.set_cookie("session", client.get_cookie("session").value)
    return copy


def test_a_cookie_copied_before_sign_out_no_longer_opens_staff_pages(app, db, area):
    client, _user = _signed_in_for_real(app, db, area)
    copy = _copy(app, client)
    assert copy.get("/staff/voice/").status_code == 200

    client.submit("/staff/", {}, form_selector="form[action='/sign-out']")
    response = copy.get("/staff/voice/")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/sign-in")


def test_signing_in_again_after_signing_out_works(app, db, area):
    client, user = _signed_in_for_real(app, db, area)
    client.submit("/staff/", {}, form_selector="form[action='/sign-out']")
    page = client.submit("/sign-in", {"email": user.email, "password": factories.PASSWORD})
    assert page.h1 == "Dashboard"
    assert client.get("/staff/voice/").status_code == 200


def test_a_new_password_ends_the_sessions_begun_with_the_old_one(app, db, area):
    client, user = _signed_in_for_real(app, db, area)
    services.set_password(db, user, "a-new-password-2026", fast_hash=True)
    assert client.get("/staff/voice/").status_code == 302
    page = client.submit("/sign-in", {"email": user.email, "password": "a-new-password-2026"})
    assert page.h1 == "Dashboard"
