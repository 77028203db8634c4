"""A test client that reads every HTML page it gets as a person (and a checker) would."""

from __future__ import annotations

from collections import Counter

from bs4 import BeautifulSoup
from flask.testing import FlaskClient

# Escaped markup a person would see as text: a link or tag shown as `<a class=...`, or text
# escaped twice (`&lt;`). Typed words in a form's box are the person's own, so not checked.
RAW_MARKUP = ("<a ", "</a>", "<p ", "<p>", "</p>", "<span ", "<br>", "&lt;", "&gt;", "&amp;",
              "&quot;")


def raw_markup_problem(soup: BeautifulSoup) -> str | None:
    """What raw markup the page shows as visible text, if any (None when it shows none)."""
    body = soup.body or soup
    for node in body.find_all(string=True):
        if node.parent is None or node.parent.name in ("script", "style", "textarea", "template"):
            continue
        for piece in RAW_MARKUP:
            if piece in node:
                return f"the page shows markup as text ({piece!r} in {node.strip()[:80]!r})"
    return None


class Page:
    """A parsed HTML response, checked for one h1, a title and unique ids."""

    def __init__(self, response) -> None:
        self.response = response
        self.status = response.status_code
        self.soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
        self.check()

    def check(self) -> None:
        h1s = self.soup.find_all("h1")
        assert len(h1s) == 1, f"expected one h1, found {len(h1s)} on {self.response.request.path}"
        assert self.title, "page has no title"
        ids = Counter(tag["id"] for tag in self.soup.find_all(id=True))
        duplicates = [i for i, n in ids.items() if n > 1]
        assert not duplicates, f"duplicate ids {duplicates}"
        problem = raw_markup_problem(self.soup)
        assert not problem, f"{problem} on {self.response.request.path}"
        for fieldset in self.soup.find_all("fieldset"):
            legend = fieldset.find("legend")
            assert legend and legend.get_text(strip=True), (
                f"a group of fields with no legend on {self.response.request.path}: a screen "
                "reader would not say what the question is")

    @property
    def title(self) -> str:
        return self.soup.title.get_text(strip=True) if self.soup.title else ""

    @property
    def h1(self) -> str:
        return self.soup.h1.get_text(" ", strip=True)

    @property
    def text(self) -> str:
        return self.soup.get_text(" ", strip=True)

    @property
    def errors(self) -> list[str]:
        """The messages in the GOV.UK error summary, in order."""
        summary = self.soup.select_one(".govuk-error-summary")
        return [li.get_text(" ", strip=True) for li in summary.select("li")] if summary else []

    def field_error(self, field_id: str) -> str:
        """The inline error message next to one field."""
        message = self.soup.select_one(f"#{field_id}-error")
        return message.get_text(" ", strip=True) if message else ""

    def form_data(self, form_selector: str = "main form") -> dict:
        """The values a browser would send for a form as it stands (hidden fields included)."""
        form = self.soup.select_one(form_selector)
        assert form is not None, f"no form {form_selector!r}"
        data = {}
        for field in form.select("input[name], textarea[name], select[name]"):
            kind = field.get("type", "")
            if kind in ("checkbox", "radio") and not field.has_attr("checked"):
                continue
            if kind == "submit":
                continue
            if field.name == "select":  # a browser sends the chosen option, else the first
                options = field.select("option")
                chosen = next((o for o in options if o.has_attr("selected")), None)
                chosen = chosen or (options[0] if options else None)
                data[field["name"]] = chosen.get("value", chosen.text) if chosen else ""
                continue
            data[field["name"]] = field.get("value", "") if field.name != "textarea" else field.text
        return data


class CheckingClient(FlaskClient):
    """Every HTML response is parsed and checked; `page()` and `submit()` read like a person."""

    def open(self, *args, **kwargs):
        """Every HTML page any test gets is checked for markup shown as text."""
        response = super().open(*args, **kwargs)
        if response.mimetype == "text/html" and not response.is_streamed:
            soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
            problem = raw_markup_problem(soup)
            assert not problem, f"{problem} on {response.request.path}"
        return response

    def page(self, url: str, **kwargs) -> Page:
        """GET a page and parse it."""
        return Page(self.get(url, **kwargs))

    def submit(self, url: str, data: dict, form_selector: str = "main form",
               follow_redirects: bool = True) -> Page:
        """Open the page, fill the form over what it already holds, and send it."""
        page = self.page(url)
        form = page.form_data(form_selector)
        form.update(data)
        action = page.soup.select_one(form_selector).get("action") or url
        return Page(self.post(action, data=form, follow_redirects=follow_redirects))


def assert_pages_follow_permission(signed_in, action: str, urls: list[str]) -> None:
    """Every role opens each page if its permissions allow `action`, else gets 403."""
    from coprod.areas.models import Role
    from coprod.common.permissions import role_can

    for role in Role:
        expected = 200 if role_can(role.value, action) else 403
        for url in urls:
            assert signed_in(role).get(url).status_code == expected, (role, url)
