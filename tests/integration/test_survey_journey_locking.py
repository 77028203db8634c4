"""Many respondents at once on SQLite: a respondent's page never waits for someone else's save.

SQLite lets one connection write at a time. A respondent's page reads (the survey, their
answers, the form's checks) without the write lock and asks for it only to save, so a page that
shows an error, or any page read while another respondent is saving, answers at once. Real
locks need real commits: this test uses its own app and connections, and removes its area.
"""

import sqlite3
import threading

import pytest
from sqlmodel import Session

from coprod.areas.models import Area
from tests import factories
from tests.pages import Page
from tests.survey_factories import make_survey


@pytest.fixture
def sqlite_app(make_app, database_url):
    if not database_url.startswith("sqlite"):
        pytest.skip("SQLite's single writer lock only")
    return make_app()


def _post_in_thread(client, path: str, data: dict, results: list) -> None:
    results.append(client.post(path, data=data))


def test_a_respondents_mistake_is_shown_while_someone_else_is_saving(sqlite_app, database_url):
    engine = sqlite_app.extensions["coprod.engine"]
    with sqlite_app.app_context(), Session(engine, expire_on_commit=False) as session:
        area = factories.make_area(session)
        try:
            survey = make_survey(session, area)
            client = sqlite_app.test_client()
            start = Page(client.get(f"/surveys/{survey.slug}/"))
            first = Page(client.post(f"/surveys/{survey.slug}/start",
                                     data=start.form_data(), follow_redirects=True))
            assert first.h1 == "How did you feel?"

            writer = sqlite3.connect(database_url.removeprefix("sqlite:///"), timeout=30,
                                     isolation_level=None)
            writer.execute("BEGIN IMMEDIATE")  # someone else is saving, and takes a while
            try:
                results: list = []
                thread = threading.Thread(target=_post_in_thread, daemon=True, args=(
                    client, f"/surveys/{survey.slug}/q/feel",
                    {"csrf_token": first.form_data()["csrf_token"]}, results))
                thread.start()
                thread.join(timeout=5)
                assert not thread.is_alive(), "the respondent's page waited for the other save"
            finally:
                writer.execute("ROLLBACK")
                writer.close()
            thread.join(timeout=30)
            page = Page(results[0])
            assert page.status == 400
            assert page.h1 == "How did you feel?" and page.errors

            saved = Page(client.post(f"/surveys/{survey.slug}/q/feel", follow_redirects=True,
                                     data={**first.form_data(), "answer": "happy"}))
            assert saved.h1 == "Tell us more."
        finally:
            session.rollback()
            session.delete(session.get(Area, area.id))
            session.commit()
