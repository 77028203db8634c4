"""A form sent with a missing or stale security token never loses what was typed."""

from datetime import date, timedelta

from sqlmodel import select

from coprod.areas.models import Role
from coprod.auth.models import Invite, User
from coprod.voice.models import Comment
from tests.pages import Page

TIMED_OUT = ("Your page timed out, so nothing was saved yet. Check what you typed, then send "
             "the form again.")
YESTERDAY = date.today() - timedelta(days=1)


def test_sign_in_with_a_stale_token_is_shown_again_with_the_email_kept(client, area):
    client.page("/sign-in")
    response = client.post("/sign-in", data={"csrf_token": "stale", "email": "jo@example.org",
                                             "password": "secret"})
    page = Page(response)
    assert page.h1 == "Sign in"
    assert page.errors == ["Your page timed out. Sign in again."]
    assert page.soup.select_one("#email")["value"] == "jo@example.org"
    assert page.soup.select_one("input[name=csrf_token]")["value"] != "stale"


def test_a_comment_sent_after_signing_in_again_elsewhere_is_shown_again_as_typed(
        signed_in, db, area):
    """Signing out and in again in another tab starts a new session, so an open form's token
    no longer matches: its words come back, with a plain error, and nothing is saved."""
    officer = signed_in(Role.OFFICER)
    typed = "Waited 14 months 😞 <script>alert('x')</script> " + "Nobody rang back. " * 200
    form = officer.page("/staff/voice/new").form_data()
    form.update({"csrf_token": "from-the-old-session", "text": typed, "group": "parent_carer",
                 "channel": "phone", "said_on": [str(YESTERDAY.day), str(YESTERDAY.month),
                                                 str(YESTERDAY.year)], "how_given": "alone"})
    page = Page(officer.post("/staff/voice/new", data=form))

    assert page.status == 400
    assert page.h1 == "Add a comment"
    assert page.errors == [TIMED_OUT]
    assert page.soup.select_one(".govuk-error-summary a")["href"] == "#text"
    assert page.soup.select_one("textarea#text").text.strip("\n") == typed
    assert page.soup.select_one("input[name=channel][value=phone]").has_attr("checked")
    assert page.soup.select_one("input[name=csrf_token]")["value"] != "from-the-old-session"
    said_on = [box["value"] for box in page.soup.select("input[name=said_on]")]
    assert said_on == [str(YESTERDAY.day), str(YESTERDAY.month), str(YESTERDAY.year)]
    assert db.exec(select(Comment).where(Comment.area_id == area.id)).all() == []

    sent = Page(officer.post("/staff/voice/new", data={**page.form_data(), "said_on": said_on},
                             follow_redirects=True))
    assert sent.errors == [], sent.errors
    assert "1 comment saved." in sent.text
    [comment] = db.exec(select(Comment).where(Comment.area_id == area.id)).all()
    assert comment.original_text == typed.strip()


def test_an_invitation_with_a_stale_token_keeps_the_email_and_invites_nobody(signed_in, db):
    admin = signed_in(Role.ADMIN)
    page = Page(admin.post("/staff/people", data={"csrf_token": "stale",
                                                  "email": "x@example.org", "role": "forum"}))
    assert page.status == 400
    assert page.h1 == "People"
    assert page.errors == [TIMED_OUT]
    assert page.soup.select_one("#email")["value"] == "x@example.org"
    assert db.exec(select(Invite)).all() == []


def test_a_button_with_a_stale_token_does_nothing_and_says_so(signed_in, db):
    """Signing out changes the database (it ends every copy of the session): drawing a page
    again after a failed check may not, so the plain page is shown and nothing changes."""
    admin = signed_in(Role.ADMIN)
    version = admin.user.session_version
    page = Page(admin.post("/sign-out", data={"csrf_token": "stale"}))
    assert page.status == 400
    assert page.h1 == "Your page timed out"
    assert "Nothing was saved" in page.text
    db.expire_all()
    assert db.get(User, admin.user.id).session_version == version
    assert admin.get("/staff/").status_code == 200  # still signed in


def test_a_staff_form_sent_after_signing_out_gets_a_plain_explanation(app, db, area):
    """Nobody is signed in to show the form to: the plain page, and nothing saved."""
    client = app.test_client()
    page = Page(client.post("/staff/voice/new", data={"csrf_token": "stale", "text": "Hello"}))
    assert page.status == 400
    assert page.h1 == "Your page timed out"
    assert db.exec(select(Comment)).all() == []
