"""Staff signing in and out, and what they see when it goes wrong."""

from datetime import timedelta

from coprod.areas.models import Role
from coprod.auth.models import SignInThrottle
from coprod.common.time import utcnow
from tests import factories


def test_officer_signs_in_and_lands_on_their_dashboard(client, db, area):
    user = factories.make_user(db, area, Role.OFFICER)
    page = client.submit("/sign-in", {"email": user.email.upper(), "password": factories.PASSWORD})
    assert page.h1 == "Dashboard"
    assert area.name in page.text


def test_empty_sign_in_shows_both_messages_in_the_error_summary(client, area):
    page = client.submit("/sign-in", {"email": "", "password": ""})
    assert page.status == 400
    assert page.errors == ["Enter an email address", "Enter your password"]
    assert page.title.startswith("Error:")
    assert page.soup.select_one(".govuk-error-summary a")["href"] == "#email"


def test_malformed_email_is_explained(client, area):
    page = client.submit("/sign-in", {"email": "jo at example", "password": "x"})
    assert page.errors == ["Enter an email address in the correct format, like name@example.com"]


def test_wrong_password_gives_one_message_that_does_not_say_which_part_was_wrong(client, db, area):
    user = factories.make_user(db, area)
    wrong_password = client.submit("/sign-in", {"email": user.email, "password": "nope"})
    unknown_email = client.submit("/sign-in", {"email": "nobody@example.org", "password": "nope"})
    assert wrong_password.errors == unknown_email.errors == [
        "Enter a correct email address and password"]


def test_repeated_failures_slow_sign_in_then_lock_it(app, client, db, area):
    user = factories.make_user(db, area)
    rules = app.config
    for _ in range(rules["SIGN_IN_SLOW_AFTER"]):
        client.submit("/sign-in", {"email": user.email, "password": "wrong"})
    page = client.submit("/sign-in", {"email": user.email, "password": factories.PASSWORD})
    assert "Too many failed attempts. Wait" in page.errors[0]
    assert page.h1 == "Sign in"

    throttle = db.get(SignInThrottle, user.email)
    for _ in range(rules["SIGN_IN_LOCK_AFTER"] - throttle.failures):
        throttle.last_failure_at = utcnow() - timedelta(minutes=1)
        db.add(throttle)
        db.commit()
        page = client.submit("/sign-in", {"email": user.email, "password": "wrong"})
    assert "This account is locked until" in page.errors[0]
    page = client.submit("/sign-in", {"email": user.email, "password": factories.PASSWORD})
    assert "locked" in page.errors[0]


def test_lock_expires_and_a_good_sign_in_clears_the_count(client, db, area):
    user = factories.make_user(db, area)
    db.add(SignInThrottle(email=user.email, failures=9, last_failure_at=utcnow() - timedelta(
        hours=1), locked_until=utcnow() - timedelta(minutes=1)))
    db.commit()
    page = client.submit("/sign-in", {"email": user.email, "password": factories.PASSWORD})
    assert page.h1 == "Dashboard"
    db.expire_all()
    assert db.get(SignInThrottle, user.email).failures == 0


def test_sign_in_does_not_send_people_to_other_sites(client, db, area):
    user = factories.make_user(db, area)
    client.page("/sign-in")
    form = client.page("/sign-in?next=//evil.example/").form_data()
    form.update(email=user.email, password=factories.PASSWORD)
    response = client.post("/sign-in?next=//evil.example/", data=form)
    assert response.headers["Location"] == "/staff/"


def test_staff_pages_send_signed_out_people_to_sign_in(client, area):
    response = client.get("/staff/people")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/sign-in?next=/staff/people")


def test_sign_out_ends_the_session(signed_in):
    client = signed_in(Role.OFFICER)
    page = client.submit("/staff/", {}, form_selector="header form")
    assert "You have signed out." in page.text
    assert client.get("/staff/").status_code == 302


def test_person_in_two_areas_chooses_and_can_switch(client, db, area):
    other = factories.make_area(db, "Otherford SEND Partnership")
    user = factories.make_user(db, area, Role.OFFICER)
    from coprod.areas.models import Membership

    db.add(Membership(user_id=user.id, area_id=other.id, role=Role.LEADER.value))
    db.commit()
    page = client.submit("/sign-in", {"email": user.email, "password": factories.PASSWORD})
    assert page.h1 == "Which area do you want to work in?"
    page = client.submit("/staff/switch-area", {"area": str(other.id)})
    assert "You are now working in Otherford SEND Partnership." in page.text
    assert page.soup.select_one(".govuk-caption-l").text == "Otherford SEND Partnership"


def test_switching_to_an_area_you_are_not_in_is_refused(signed_in, db):
    client = signed_in(Role.ADMIN)
    stranger = factories.make_area(db)
    page = client.submit("/staff/switch-area", {"area": str(stranger.id)})
    assert page.status == 400
    assert page.errors == ["Select one of your areas"]


def test_choosing_an_area_does_not_send_people_to_other_sites(signed_in, area):
    client = signed_in(Role.OFFICER)
    for target in ("//evil.example/", "/\\evil.example/", "https://evil.example/"):
        url = f"/staff/switch-area?next={target}"
        form = client.page(url).form_data()
        form["area"] = str(area.id)
        response = client.post(url, data=form)
        assert response.headers["Location"] == "/staff/", target
