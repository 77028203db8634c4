"""On a phone, the first survey page arrives in under 50 KB, and the next page of the journey
asks the server for no static file at all: not even to check it is still fresh."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from tests.browser.support import PHONE

pytestmark = pytest.mark.browser

SURVEY = "/surveys/caseworker/"


@contextmanager
def paths_served(app) -> Iterator[list[str]]:
    """Every path the live server answers while inside the block, as the server saw it."""
    seen: list[str] = []
    inner = app.wsgi_app

    def counting(environ, start_response):
        seen.append(environ["PATH_INFO"])
        return inner(environ, start_response)

    app.wsgi_app = counting
    try:
        yield seen
    finally:
        app.wsgi_app = inner


def test_first_page_is_light_and_the_next_fetches_no_static_file(new_page, live_app):
    page = new_page(width=PHONE)
    finished = []
    page.on("requestfinished", lambda request: finished.append(request))
    with paths_served(live_app) as first:
        page.goto(SURVEY)
        page.wait_for_load_state("networkidle")
    sent = sum(request.sizes()["responseBodySize"] for request in finished)
    statics = [path for path in first if path.startswith("/static/")]
    assert len(statics) >= 5, first  # styles, scripts and pictures came from the server
    assert sent < 50 * 1024, f"{sent} bytes over the wire"

    with paths_served(live_app) as second:
        page.get_by_role("button", name="Start").click()
        page.wait_for_load_state("networkidle")
    assert page.locator(".coprod-progress").is_visible()  # the first question
    assert not [path for path in second if path.startswith("/static/")
                and not path.startswith("/static/symbols/")], second
    pictures_again = set(statics) & set(second)
    assert not pictures_again, pictures_again
