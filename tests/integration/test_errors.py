"""When something breaks, people see a plain page with a way back, never a stack trace."""

from tests.pages import Page


def test_unexpected_error_shows_a_calm_500_page(make_app):
    app = make_app(PROPAGATE_EXCEPTIONS=False)

    @app.get("/boom")
    def boom():
        raise RuntimeError("kaboom")

    page = Page(app.test_client().get("/boom"))
    assert page.status == 500
    assert page.h1 == "Sorry, there is a problem with the service"
    assert "kaboom" not in page.text


def test_bad_request_page_is_plain(make_app):
    from flask import abort

    app = make_app()

    @app.get("/bad")
    def bad():
        abort(400)

    page = Page(app.test_client().get("/bad"))
    assert page.status == 400
    assert page.h1 == "Sorry, we could not understand that request"
    assert page.soup.select_one("main a[href='/']")


def test_forbidden_page_explains_who_to_ask(signed_in):
    from coprod.areas.models import Role

    page = signed_in(Role.LEADER).page("/staff/people")
    assert page.status == 403
    assert "Ask your area's coprod admin" in page.text
