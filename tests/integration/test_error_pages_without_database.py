"""Issue 11.5: when the database cannot be reached, every page answers with the service's own
kind error page (a 500 that says to try again later), never the server's bare "Internal Server
Error". Before: 255 of 271 error replies in a PostgreSQL outage were bare, because the page's
header looked up the area in the database."""

import pytest
from sqlalchemy.exc import OperationalError

from coprod import create_app
from coprod.db import SESSION_FACTORY
from tests.pages import Page

KIND = "Sorry, there is a problem with the service"


@pytest.fixture
def down(database_url):
    """The app pointed at a database that is not there (the same kind as the suite's)."""
    url = ("postgresql+psycopg://postgres@127.0.0.1:9/nowhere?connect_timeout=2"
           if database_url.startswith("postgresql") else "sqlite:////nonexistent/dir/coprod.db")
    app = create_app("test", DATABASE_URL=url, TESTING=False, PROPAGATE_EXCEPTIONS=False)
    yield app
    app.extensions["coprod.engine"].dispose()


@pytest.mark.parametrize("path", ["/", "/events/", "/surveys/a-survey/", "/privacy",
                                  "/sign-in", "/surveys/delete-my-answers"])
def test_public_pages_say_sorry_kindly_when_the_database_is_down(down, path):
    page = Page(down.test_client().get(path))
    assert page.status == 500
    assert page.h1 == KIND
    assert "Try again later" in page.text
    assert page.soup.select_one("header") and page.soup.select_one("footer")  # the site's frame


def test_a_signed_in_person_gets_the_kind_page_too(down):
    client = down.test_client()
    with client.session_transaction() as session:
        session["_user_id"], session["area_id"] = "1", 1
    for path in ("/staff/", "/staff/voice/", "/staff/analysis/"):
        page = Page(client.get(path))
        assert (page.status, page.h1) == (500, KIND), path


def test_a_form_sent_while_the_database_is_down_gets_the_kind_page(down):
    client = down.test_client()
    page = Page(client.get("/sign-in"))
    form = page.form_data() if page.soup.select_one("main form") else {}
    page = Page(client.post("/sign-in", data={**form, "email": "a@example.org",
                                              "password": "x"}))
    assert (page.status, page.h1) == (500, KIND)


def test_a_database_restart_as_a_page_ends_still_sends_the_page(make_app):
    """PostgreSQL restarts just as a page is finished: ending the request's transaction fails.
    The person still gets their page, and the next person is served by a fresh connection.
    Before: the failure came after the page was made, so gunicorn sent its bare "Internal
    Server Error" (6 of 8 error replies in bench/faults.py's run on PostgreSQL)."""
    app = make_app(TESTING=False, PROPAGATE_EXCEPTIONS=False)
    factory = app.extensions[SESSION_FACTORY]
    dropped = []

    def session_whose_connection_drops():
        session = factory()
        real_close = session.close

        def close():
            if not dropped:
                dropped.append(session)
                raise OperationalError("ROLLBACK", {}, Exception(
                    "server closed the connection unexpectedly"))
            real_close()

        session.close = close
        return session

    app.extensions[SESSION_FACTORY] = session_whose_connection_drops
    client = app.test_client()
    first = client.get("/privacy")
    assert dropped, "the page did not use the database, so nothing was tested"
    assert first.status_code == 200 and 'class="govuk-template' in first.get_data(as_text=True)
    assert client.get("/privacy").status_code == 200
