"""Issue 11.5: when the database cannot be reached, every page answers with the service's own
kind error page (a 500 that says to try again later), never the server's bare "Internal Server
Error". Before: 255 of 271 error replies in a PostgreSQL outage were bare, because the page's
header looked up the area in the database."""

import pytest

from coprod import create_app
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
