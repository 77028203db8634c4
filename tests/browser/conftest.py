"""Fixtures for tests that drive a real Chromium (Debian's /usr/bin/chromium) with Playwright.

Mark each test `@pytest.mark.browser` (tests in this folder get the mark anyway). One browser
serves the whole run; each page gets a fresh browser context (a fresh profile: no cookies).

    live_app             the Flask app behind it (to look things up, e.g. in `app_context()`).
    live_server          base URL ("http://127.0.0.1:<port>") of the app served by a real WSGI
                         server, on a database of its own (a temp SQLite file, or
                         `<TEST_DATABASE_URL's db>_browser` on PostgreSQL), migrated and seeded
                         with the demo data (`coprod.demo.seed`). Development settings: CSRF on.
    browser              the session's Playwright Browser.
    new_page(js=True, width=1280, height=None)
                         a Page in a new context whose base URL is the live server, so
                         `page.goto("/accessibility")` works. js=False turns JavaScript off.
                         Every page is watched: a CSP violation (a blocked script or style) or an
                         uncaught script error fails the test.
    sign_in(page, role)  signs in through the real form as the demo user with that role
                         ("admin", "officer", "forum", "leader", "safeguarding" or a Role) and
                         waits for the dashboard. Returns the page.
    audit(page)          runs axe-core (WCAG 2.0/2.1/2.2 A and AA) on the page as it stands and
                         fails on any violation, listing rule, impact, help and selectors; counts
                         the page for the summary line. With JavaScript off (where axe itself
                         cannot run) it audits the page's HTML, scripts removed, in a twin page
                         with JavaScript on. Use it on each new page of a journey,
                         at both widths (`@pytest.mark.parametrize("width", WIDTHS)`, from
                         tests.browser.support).
    tab_to(page, target, max_tabs=60, backwards=False)
                         presses Tab (Shift+Tab if backwards) until the focused element matches
                         a CSS selector or shows the text (its text, label, aria-label, or a
                         button's value). Returns a Locator for the focused element.

Pages linked from a role's dashboard (and from pages they link to) are crawled and audited at
both widths by test_accessibility.py without any change here, one URL per view (endpoint), so
seed demo data that makes each of your pages reachable by a link. Pages only reached by a POST
(a form with errors, a confirmation) or a token need a journey of their own that calls
`audit(page)`. Note: `page.evaluate` of anything that waits on a timer or a promise never ends
in a page with JavaScript off; `audit` knows this.

Without /usr/bin/chromium the browser tests are skipped, unless COPROD_REQUIRE_BROWSER=1
(CI sets it): then they fail.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import pytest
from flask import Flask

from coprod.areas.models import Role
from coprod.demo import DEMO_PASSWORD
from tests.browser import support
from tests.browser.support import DEMO_EMAILS, DESKTOP, HEIGHTS


def pytest_collection_modifyitems(items) -> None:
    """Everything in tests/browser drives the browser, marked or not."""
    here = os.path.dirname(__file__)
    for item in items:
        if str(item.path).startswith(here):
            item.add_marker(pytest.mark.browser)


def pytest_terminal_summary(terminalreporter) -> None:
    """Show how much axe-core audited, so CI output proves the pages were checked."""
    if support.TALLY.views:
        terminalreporter.write_line(support.TALLY.summary())


def _no_browser(reason: str) -> None:
    if os.environ.get(support.REQUIRE_BROWSER) == "1":
        pytest.fail(f"{reason}, and {support.REQUIRE_BROWSER}=1 says the browser tests must run "
                    "(install Debian's chromium package).", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser() -> Iterator:
    """One headless Chromium for the whole run."""
    if not support.CHROMIUM.exists():
        _no_browser(f"{support.CHROMIUM} is not installed")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _no_browser("Playwright is not installed")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(support.CHROMIUM),
                                              headless=True, args=support.CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def live_app(tmp_path_factory) -> Iterator[Flask]:
    """The app the live server serves, on its own migrated and seeded database."""
    with support.browser_database(tmp_path_factory.mktemp("browser")) as url:
        yield support.seeded_app(url)


@pytest.fixture(scope="session")
def live_server(live_app) -> Iterator[str]:
    """The base URL of the seeded app, served for the whole run."""
    with support.LiveServer(live_app) as server:
        yield server.url


@pytest.fixture
def new_page(browser, live_server) -> Iterator[Callable]:
    """A factory of pages, each in a fresh context; checks their consoles when the test ends."""
    contexts, pages = [], []

    def make(js: bool = True, width: int = DESKTOP, height: int | None = None):
        context = browser.new_context(base_url=live_server, java_script_enabled=js,
                                      viewport={"width": width,
                                                "height": height or HEIGHTS.get(width, 800)})
        context.set_default_timeout(10_000)
        if not js:
            support.JS_OFF.add(context)
        page = context.new_page()
        support.watch(page)
        contexts.append(context)
        pages.append(page)
        return page

    yield make
    problems = [f"{page.url}: {p}" for page in pages for p in support.watch(page).take()]
    for context in contexts:
        context.close()
    assert not problems, "The browser reported:\n" + "\n".join(problems)


@pytest.fixture
def sign_in() -> Callable:
    """Sign in through the form as a demo role; wait for the dashboard."""

    def sign_in_as(page, role: str | Role):
        role = Role(role).value
        page.goto("/sign-in")
        page.get_by_label("Email address", exact=True).fill(DEMO_EMAILS[role])
        page.get_by_label("Password", exact=True).fill(DEMO_PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url("**/staff/")
        support.ROLES[page.context] = role
        return page

    return sign_in_as


@pytest.fixture
def audit() -> Callable:
    """Assert that axe-core finds nothing and the console reported no blocked script or style."""

    def check(page) -> None:
        problems = support.watch(page).take()
        assert not problems, f"The browser reported on {page.url}:\n" + "\n".join(problems)
        violations = support.run_axe(page)
        assert not violations, support.describe(page, violations)

    return check


@pytest.fixture
def tab_to() -> Callable:
    """Press Tab until the focus is on the element wanted; fail if it never gets there."""

    def tab(page, target: str, max_tabs: int = 60, backwards: bool = False):
        for _ in range(max_tabs):
            page.keyboard.press("Shift+Tab" if backwards else "Tab")
            if page.evaluate(support.FOCUS_MATCHES, target):
                return page.locator("*:focus")
        pytest.fail(f"{max_tabs} presses of Tab never reached {target!r} on {page.url}")

    return tab
