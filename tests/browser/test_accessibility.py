"""Every page passes axe-core's WCAG 2.2 A and AA rules in a real browser, at desktop and phone
widths: the public pages in the sitemap, every page each role can reach from its dashboard,
error pages, and forms showing their errors."""

from __future__ import annotations

from collections import deque
from xml.etree import ElementTree

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

from coprod.areas.models import Role
from tests.browser import support
from tests.browser.support import HEIGHTS, WIDTHS

pytestmark = pytest.mark.browser

SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
LINKS = "els => els.map(a => a.href)"
NEXT_FRAMES = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"


def audit_at_both_widths(page) -> list[str]:
    """Audit the loaded page at desktop width, then narrowed to a phone's (the styles and
    GOV.UK Frontend's components follow the width as it changes, as they would on a phone)."""
    failures = []
    for width in WIDTHS:
        if page.viewport_size["width"] != width:
            page.set_viewport_size({"width": width, "height": HEIGHTS[width]})
            page.evaluate(NEXT_FRAMES)
        violations = support.run_axe(page)
        if violations:
            failures.append(support.describe(page, violations))
    # Reflow (WCAG 1.4.10): at 320 CSS pixels (1280 at 400% zoom) the page itself never
    # scrolls sideways; a wide table scrolls inside its own box.
    page.set_viewport_size({"width": REFLOW_WIDTH, "height": 640})
    page.evaluate(NEXT_FRAMES)
    wide = page.evaluate(WIDER_THAN_PAGE, REFLOW_WIDTH)
    if wide:
        failures.append(f"{page.url} scrolls sideways at {REFLOW_WIDTH}px: {wide}")
    return failures


REFLOW_WIDTH = 320
# The page's width when wider than the screen, with the outermost elements that overflow it.
WIDER_THAN_PAGE = """(width) => {
  const total = document.documentElement.scrollWidth;
  if (total <= width) return '';
  const culprits = Array.from(document.querySelectorAll('main *, header *, footer *'))
    .filter(el => el.getBoundingClientRect().right > width + 1)
    .filter(el => !el.parentElement || el.parentElement.getBoundingClientRect().right <= width + 1)
    .slice(0, 3).map(el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
      + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''));
  return total + 'px wide (' + culprits.join(', ') + ')';
}"""


def visit_and_audit(page, url: str, *, axe: bool = True) -> tuple[bool, list[str], list[str]]:
    """Open a page and audit it at both widths: (audited, failures, links on it). Downloads and
    other answers that are not HTML are not audited. Without axe, the page is still opened and
    checked for error answers, browser errors and markup shown as text."""
    page.set_viewport_size({"width": WIDTHS[0], "height": HEIGHTS[WIDTHS[0]]})
    try:
        response = page.goto(url)
    except PlaywrightError as error:
        if "Download is starting" in str(error):
            return False, [], []
        return False, [f"{url} did not open: {error}"], []
    if response is None or not response.headers.get("content-type", "").startswith("text/html"):
        return False, [], []
    failures = [f"{url} answered {response.status}"] if response.status >= 400 else []
    failures += [f"{page.url}: {problem}" for problem in support.watch(page).take()]
    if axe:
        failures += audit_at_both_widths(page)
    failures += support.raw_markup(page)
    return True, failures, page.eval_on_selector_all("a[href]:not([download])", LINKS)


# Each view audited with axe by the first role to reach it (the roles run admin first, who
# sees the most controls); later roles still open it, check its answer and its markup, and
# follow its links. Auditing the same template again for every role doubled the crawl's time.
AXE_AUDITED_VIEWS: dict[str, str] = {}


def crawl(app, page, origin: str, role: str = "") -> tuple[list[str], int]:
    """Breadth first from the page's URL over same-origin links, auditing each page at both
    widths. One URL per view: /staff/voice/1 and /staff/voice/2 share a template, and auditing
    every record's page would only make the run slower. Returns (failures, pages opened)."""
    start = page.url
    queue, seen = deque([(start, "")]), {support.view_of(app, start)}
    failures: list[str] = []
    audited = 0
    while queue and audited < support.MAX_PAGES_PER_ROLE:
        url, parent = queue.popleft()
        view = support.view_of(app, url)
        is_page, found, links = visit_and_audit(
            page, url, axe=AXE_AUDITED_VIEWS.setdefault(view, role) == role)
        if is_page:
            audited += 1
            seen.add(support.view_of(app, page.url))
        failures += [f"{line}\n    (linked from {parent})" if parent else line for line in found]
        for link in map(support.without_fragment, links):
            view = support.view_of(app, link)
            if view not in seen and support.crawlable(link, origin):
                seen.add(view)
                queue.append((link, url))
    return failures, audited


def sitemap_urls(page) -> list[str]:
    """The <loc> of every page in /sitemap.xml."""
    response = page.request.get("/sitemap.xml")
    assert response.ok, f"/sitemap.xml answered {response.status}"
    root = ElementTree.fromstring(response.body())
    return [loc.text.strip() for loc in root.iter(f"{SITEMAP_NS}loc")]


def test_every_public_page_in_the_sitemap_passes_axe(new_page):
    page = new_page()
    urls = sitemap_urls(page)
    assert urls, "the sitemap lists no pages"
    failures = [line for url in urls for line in visit_and_audit(page, url)[1]]
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("role", [role.value for role in Role])
def test_every_page_a_role_can_reach_passes_axe(new_page, sign_in, live_app, live_server, role):
    page = sign_in(new_page(), role)
    failures, audited = crawl(live_app, page, live_server, role)
    assert audited >= 4, f"only {audited} pages reachable from the {role} dashboard"
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("width", WIDTHS)
def test_page_not_found_passes_axe(new_page, audit, width):
    page = new_page(width=width)
    response = page.goto("/no-such-page")
    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Page not found")
    audit(page)


@pytest.mark.parametrize("width", WIDTHS)
def test_page_a_role_cannot_see_passes_axe(new_page, sign_in, audit, width):
    page = sign_in(new_page(width=width), "leader")
    response = page.goto("/staff/people")
    assert response.status == 403
    expect(page.get_by_role("heading", level=1)).to_have_text("You cannot see this page")
    audit(page)


@pytest.mark.parametrize("width", WIDTHS)
def test_sign_in_form_with_errors_passes_axe(new_page, audit, width):
    page = new_page(width=width)
    page.goto("/sign-in")
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter an email address")
    assert page.title().startswith("Error:")
    audit(page)


@pytest.mark.parametrize("width", WIDTHS)
def test_invitation_pages_pass_axe(new_page, sign_in, audit, width):
    admin = sign_in(new_page(width=width), "admin")
    admin.goto("/staff/people")
    admin.get_by_role("button", name="Create invitation link").click()
    expect(admin.locator(".govuk-error-summary")).to_contain_text("Select a role")
    audit(admin)
    admin.get_by_label("Email address", exact=True).fill(f"new-{width}@northvale.example")
    admin.get_by_label("Leader", exact=False).check()
    admin.get_by_role("button", name="Create invitation link").click()
    expect(admin.get_by_role("heading", level=1)).to_have_text("Invitation link created")
    audit(admin)
    link = admin.get_by_label("Invitation link").input_value()

    invited = new_page(width=width)
    invited.goto(link)
    expect(invited.get_by_role("heading", level=1)).to_contain_text("Join")
    audit(invited)
    invited.get_by_role("button", name="Create account").click()
    expect(invited.locator(".govuk-error-summary")).to_contain_text("Enter your full name")
    audit(invited)
    assert invited.goto("/invite/not-a-real-token").status == 404
    audit(invited)
