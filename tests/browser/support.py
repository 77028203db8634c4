"""The machinery behind the browser fixtures: the browser's settings, a database and a live
server of the browser run's own, axe-core, the console watch, the crawler's rules, the tally."""

from __future__ import annotations

import os
import re
import secrets
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from flask import Flask
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlmodel import select
from werkzeug.exceptions import HTTPException
from werkzeug.serving import WSGIRequestHandler, make_server

from coprod import create_app, demo, migrate
from coprod.areas.models import Area
from coprod.config import PROJECT_ROOT
from coprod.db import get_engine, session_scope
from coprod.events import services as events
from coprod.events.models import ListeningEvent

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-quic"]
REQUIRE_BROWSER = "COPROD_REQUIRE_BROWSER"
AXE_PATH = PROJECT_ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
DESKTOP, PHONE = 1280, 390
WIDTHS = (DESKTOP, PHONE)
HEIGHTS = {DESKTOP: 800, PHONE: 844}

# Runs inside the page. Only violations are gathered: asking for passes too doubles the time.
# Beside the WCAG rules, axe's best-practice "region": nothing on a page outside a landmark
# (an independent check found the phase banner and a back link there).
AXE_RUN = """async (tags) => {
  const results = await axe.run(document, {runOnly: {type: 'tag', values: tags},
                                           rules: {region: {enabled: true}},
                                           resultTypes: ['violations']});
  return results.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
    nodes: v.nodes.map(n => ({target: [].concat(n.target).join(' '),
                              summary: n.failureSummary || ''}))}));
}"""

# Runs inside the page: does the focused element match a CSS selector or show this text
# (its own text, its value if it is a button, its aria-label, or its label's text)?
FOCUS_MATCHES = """(target) => {
  const el = document.activeElement;
  if (!el || el === document.body) return false;
  try { if (el.matches(target)) return true; } catch (e) { /* not a selector: compare text */ }
  const clean = s => (s || '').replace(/\\s+/g, ' ').trim();
  // a table's scroll box is named by its aria-label, not by the buttons inside it
  const names = [el.getAttribute('role') === 'region' ? '' : el.innerText,
                 el.getAttribute('aria-label'),
                 ...Array.from(el.labels || []).map(label => label.innerText)];
  if (['button', 'submit', 'reset'].includes(el.type)) names.push(el.value);
  return names.some(name => clean(name).includes(target));
}"""

CSP_MESSAGE = re.compile(r"content[- ]security[- ]policy", re.IGNORECASE)
SKIP_PATH_PREFIXES = ("/static/", "/sign-out")
SKIP_SUFFIXES = (".csv", ".json", ".jsonl", ".png", ".svg", ".xml", ".pdf", ".zip", ".jpg",
                 ".jpeg", ".gif", ".webp", ".txt", ".ics", ".xlsx", ".docx", ".odt", ".ods")
MAX_PAGES_PER_ROLE = 150
DEMO_EMAILS = {role.value: email for role, email, _name in demo.DEMO_USERS}


# --- a database and a server of the browser run's own ---------------------------------------

@contextmanager
def browser_database(tmp_dir: Path) -> Iterator[str]:
    """A fresh, empty database: a SQLite file, or `<TEST_DATABASE_URL's name>_browser` on the
    same PostgreSQL server (so the rolled-back unit and integration tests never see it)."""
    base = os.environ.get("TEST_DATABASE_URL")
    if not base:
        yield f"sqlite:///{tmp_dir / 'browser.db'}"
        return
    url = make_url(base)
    name = f"{url.database}_browser"
    server = create_engine(url, isolation_level="AUTOCOMMIT")
    quoted = server.dialect.identifier_preparer.quote(name)
    drop = text(f"DROP DATABASE IF EXISTS {quoted} WITH (FORCE)")
    with server.connect() as connection:
        connection.execute(drop)
        connection.execute(text(f"CREATE DATABASE {quoted}"))
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with server.connect() as connection:
            connection.execute(drop)
        server.dispose()


def seeded_app(database_url: str) -> Flask:
    """The app as `make run` builds it (development settings, CSRF on), migrated and seeded
    with the demo area and one user per role."""
    app = create_app("development", DATABASE_URL=database_url,
                     SECRET_KEY=secrets.token_hex(32))
    with app.app_context():
        migrate.upgrade(get_engine())
        with session_scope() as session:
            demo.seed(session)
    return app


def new_demo_action(app: Flask, text: str) -> tuple[int, int]:
    """A new action on the demo area's first event: (event id, action id)."""
    with app.app_context(), session_scope() as session:
        event = session.exec(select(ListeningEvent).join(Area).where(
            Area.slug == demo.DEMO_AREA_SLUG).order_by(ListeningEvent.id)).first()
        assert event is not None, "the demo area has no event"
        action = events.add_action(session, event, text)
        return event.id, action.id


RESPONSE_KEY = "tests.live_server.response"


class _QuietHandler(WSGIRequestHandler):
    """No line per request in the test output (errors are still logged)."""

    def log_request(self, *args, **kwargs) -> None:
        pass

    def connection_dropped(self, error, environ=None) -> None:
        """The browser left mid-response (it moved to the next page). Werkzeug's server can
        then skip closing the response, leaving a static file open for the garbage collector
        to report in whichever test runs next: close it here."""
        response = (environ or {}).pop(RESPONSE_KEY, None)
        if hasattr(response, "close"):
            response.close()


def _keeping_response(app: Flask):
    """The app, with each response kept in its environ for _QuietHandler.connection_dropped."""

    def serve(environ, start_response):
        response = environ[RESPONSE_KEY] = app(environ, start_response)
        return response

    return serve


class LiveServer:
    """The app behind a real threaded WSGI server on a free port of 127.0.0.1."""

    def __init__(self, app: Flask) -> None:
        self.app = app
        self._server = make_server("127.0.0.1", 0, _keeping_response(app), threaded=True,
                                   request_handler=_QuietHandler)
        self.url = f"http://127.0.0.1:{self._server.server_port}"
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        name="coprod-live-server", daemon=True)

    def __enter__(self) -> LiveServer:
        self._thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)
        self.app.extensions["coprod.engine"].dispose()


# --- what the browser reports --------------------------------------------------------------

class ConsoleWatch:
    """Collects the page's CSP violations (a script or style was blocked) and uncaught
    script errors, until they are taken."""

    def __init__(self, page) -> None:
        self.problems: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", self._page_error)

    def _console(self, message) -> None:
        if CSP_MESSAGE.search(message.text):
            self.problems.append(f"CSP violation: {message.text}")

    def _page_error(self, error) -> None:
        self.problems.append(f"Uncaught script error: {error}")

    def take(self) -> list[str]:
        """The problems seen since the last take."""
        problems, self.problems = self.problems, []
        return problems


WATCHES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
ROLES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
JS_OFF: weakref.WeakSet = weakref.WeakSet()


def watch(page) -> ConsoleWatch:
    """The page's console watch, started on first use."""
    if page not in WATCHES:
        WATCHES[page] = ConsoleWatch(page)
    return WATCHES[page]


def who(page) -> str:
    """The role the page's browser context signed in as, or "public"."""
    return ROLES.get(page.context, "public")


# --- axe-core ------------------------------------------------------------------------------

_axe_source: list[str] = []


def axe_source() -> str:
    """axe-core's script, read once."""
    if not _axe_source:
        _axe_source.append(AXE_PATH.read_text(encoding="utf-8"))
    return _axe_source[0]


def run_axe(page, described_as=None) -> list[dict]:
    """axe-core's WCAG 2.2 A and AA violations on the page as it stands. Injected with
    `evaluate`, which the page's Content-Security-Policy does not apply to."""
    if page.context in JS_OFF and described_as is None:
        return run_axe_without_js(page)
    if page.evaluate("typeof window.axe") == "undefined":
        page.evaluate(axe_source())
    violations = page.evaluate(AXE_RUN, WCAG_TAGS)
    TALLY.count(described_as or page, len(violations))
    return violations


SCRIPT_TAG = re.compile(r"<script\b[^>]*>.*?</script>", re.IGNORECASE | re.DOTALL)


def run_axe_without_js(page) -> list[dict]:
    """axe-core cannot run where JavaScript is off (its timers never fire, so it never ends).
    So the page's HTML as it stands, scripts removed, is served to a twin page with JavaScript
    on, at the same URL and size, and audited there: the same DOM a person without JavaScript
    gets, with the same stylesheets."""
    html = SCRIPT_TAG.sub("", page.content())
    url = page.url
    twin_context = page.context.browser.new_context(viewport=page.viewport_size)
    try:
        twin = twin_context.new_page()
        twin.route(lambda address: address == url, lambda route: route.fulfill(
            status=200, content_type="text/html; charset=utf-8", body=html))
        twin.goto(url)
        return run_axe(twin, described_as=page)
    finally:
        twin_context.close()


def describe(page, violations: list[dict]) -> str:
    """Every violation: rule, impact, help, and the selector of each element that fails."""
    size = page.viewport_size or {"width": 0, "height": 0}
    lines = [f"axe: {len(violations)} violation(s) on {page.url} "
             f"(as {who(page)}, viewport {size['width']}x{size['height']}, "
             f"JavaScript {'off' if page.context in JS_OFF else 'on'}):"]
    for v in violations:
        lines.append(f"  - {v['id']} [{v['impact']}] {v['help']} ({v['helpUrl']})")
        for node in v["nodes"]:
            summary = " ".join(node["summary"].split())
            lines.append(f"      at {node['target']}: {summary}")
    return "\n".join(lines)


# --- which links the crawler follows -------------------------------------------------------

def crawlable(url: str, origin: str) -> bool:
    """Same-origin pages: no static files, downloads or sign-out."""
    parts = urlsplit(url)
    if f"{parts.scheme}://{parts.netloc}" != origin or parts.scheme not in ("http", "https"):
        return False
    path = parts.path or "/"
    return not (path.startswith(SKIP_PATH_PREFIXES) or path.lower().endswith(SKIP_SUFFIXES))


def view_of(app: Flask, url: str) -> str:
    """The endpoint that answers a URL (pages of one view share a template), else its path."""
    path = urlsplit(url).path or "/"
    try:
        endpoint, _args = app.url_map.bind("localhost").match(path, method="GET")
    except HTTPException:  # not found, wrong method, or a redirect to add a slash
        return path
    return str(endpoint)


def without_fragment(url: str) -> str:
    """The URL without its #fragment (the same page)."""
    return url.split("#", 1)[0]


# --- the tally printed at the end of the run -----------------------------------------------

@dataclass
class Tally:
    """Pages (who saw which path) and page-views (each page at each width) audited."""

    pages: set[tuple[str, str]] = field(default_factory=set)
    widths: set[int] = field(default_factory=set)
    views: int = 0
    violations: int = 0

    def count(self, page, violations: int) -> None:
        self.pages.add((who(page), urlsplit(page.url).path))
        self.widths.add((page.viewport_size or {}).get("width", 0))
        self.views += 1
        self.violations += violations

    def summary(self) -> str:
        widths = len(self.widths)
        return (f"axe: audited {len(self.pages)} pages ({self.views} page-views at {widths} "
                f"width{'s' if widths != 1 else ''}), {self.violations} violations")


TALLY = Tally()


def raw_markup(page) -> list[str]:
    """Markup the page shows as text (tests/pages.py's check, on the page the browser has)."""
    from bs4 import BeautifulSoup

    from tests.pages import raw_markup_problem

    problem = raw_markup_problem(BeautifulSoup(page.content(), "html.parser"))
    return [f"{page.url}: {problem}"] if problem else []
