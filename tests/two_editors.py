"""Two people with one record's form open at once (common.edit_forms): what each browser
holds, and saving it with some changes."""

from __future__ import annotations

from typing import Any

from tests.pages import Page

CONFLICT = ("Someone else changed this after you opened the page. It now says: “{now}”. "
            "Your words are below: save again to keep them.")


def values(page: Page, form_selector: str = "main form") -> dict[str, Any]:
    """What a browser would send for the form as it stands: a list for a name sent more than
    once (a date's day, month and year; ticked boxes), which Page.form_data keeps one of."""
    form = page.soup.select_one(form_selector)
    assert form is not None, f"no form {form_selector!r}"
    sent: dict[str, list[str]] = {}
    for field in form.select("input[name], textarea[name], select[name]"):
        kind = field.get("type", "")
        if (kind in ("checkbox", "radio") and not field.has_attr("checked")) or kind == "submit":
            continue
        if field.name == "select":
            chosen = field.select_one("option[selected]") or field.select_one("option")
            value = chosen.get("value", "") if chosen else ""
        else:
            value = field.text if field.name == "textarea" else field.get("value", "")
        sent.setdefault(field["name"], []).append(value)
    return {name: each[0] if len(each) == 1 else each for name, each in sent.items()}


def open_form(client, url: str) -> dict[str, Any]:
    """Open the page, and keep what its form holds (as a browser tab does)."""
    return values(client.page(url))


def save(client, url: str, form: dict[str, Any], **changes: Any) -> Page:
    """Send the form opened earlier with these changes (a fresh token, as the tab's own)."""
    token = client.page(url).form_data()["csrf_token"]
    return Page(client.post(url, data={**form, **changes, "csrf_token": token},
                            follow_redirects=True))
