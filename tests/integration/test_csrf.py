"""A form sent with a missing or stale security token never loses what was typed."""


def test_sign_in_with_a_stale_token_is_shown_again_with_the_email_kept(client, area):
    client.page("/sign-in")
    response = client.post("/sign-in", data={"csrf_token": "stale", "email": "jo@example.org",
                                             "password": "secret"})
    from tests.pages import Page

    page = Page(response)
    assert page.h1 == "Sign in"
    assert page.errors == ["Your page timed out. Sign in again."]
    assert page.soup.select_one("#email")["value"] == "jo@example.org"
    assert page.soup.select_one("input[name=csrf_token]")["value"] != "stale"


def test_staff_form_with_a_stale_token_gets_a_plain_explanation(signed_in):
    from coprod.areas.models import Role
    from tests.pages import Page

    admin = signed_in(Role.ADMIN)
    page = Page(admin.post("/staff/people", data={"email": "x@example.org", "role": "forum"}))
    assert page.status == 400
    assert page.h1 == "Your page timed out"
    assert "Nothing was saved" in page.text
