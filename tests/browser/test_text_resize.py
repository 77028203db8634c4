"""WCAG 1.4.4 Resize text: with the text at 200% on a desktop (the root font size doubled, as
text-only zoom does it: the window as wide as before), columns that sit side by side stack, each
as wide as its row, as on a phone, and every table fits its box, its counts seen without
scrolling it; at normal size the same columns stay side by side."""

from __future__ import annotations

import pytest
from sqlmodel import select

from coprod.db import session_scope
from coprod.surveys.models import Survey

pytestmark = pytest.mark.browser

# Each grid row of the page's main content: its width, and the box of each of its columns.
ROWS = """() => Array.from(document.querySelectorAll('main .govuk-grid-row')).map(row => ({
  width: row.getBoundingClientRect().width,
  columns: Array.from(row.children)
    .filter(el => /\\bgovuk-grid-column-/.test(el.className))
    .map(el => { const box = el.getBoundingClientRect();
                 return {left: box.left, top: box.top, width: box.width}; })
}))"""
# How far each table's scroll box must be scrolled sideways to see all of its table.
HIDDEN_SIDEWAYS = """els => els.map(box => [box.getAttribute('aria-label'),
                                             box.scrollWidth - box.clientWidth])"""


def _results_path(live_app) -> str:
    with live_app.app_context(), session_scope() as session:
        survey_id = session.exec(select(Survey.id).where(Survey.slug == "caseworker")).one()
    return f"/staff/surveys/{survey_id}/results"


def _text_size(page, size: str) -> None:
    """The root font size, set as text-only zoom sets it (a script, which the page's CSP
    allows, where a <style> element would be blocked)."""
    page.evaluate("size => { document.documentElement.style.fontSize = size; }", size)


def _rows_with_columns_side_by_side(page) -> list[dict]:
    return [row for row in page.evaluate(ROWS) if len(row["columns"]) > 1]


@pytest.mark.parametrize("width", [1280, 1024])
@pytest.mark.parametrize("where", ["dashboard", "survey results"])
def test_columns_stack_when_the_text_is_200_percent(new_page, sign_in, live_app, width, where):
    page = sign_in(new_page(width=width), "admin")
    page.goto("/staff/" if where == "dashboard" else _results_path(live_app))
    tables = page.locator("main .govuk-grid-row .coprod-table-scroll")
    assert tables.count() >= 3, f"the {where} page shows {tables.count()} tables in columns"

    rows = _rows_with_columns_side_by_side(page)
    assert rows, f"the {where} page has no row of columns"
    for row in rows:
        first, second = row["columns"][:2]
        assert second["top"] == first["top"] and second["left"] > first["left"], (
            f"at normal size on a {width}px screen, columns on the {where} page are not side "
            f"by side: "
            f"{row}")
        assert first["width"] <= row["width"] * 0.6, row

    _text_size(page, "200%")
    for row in page.evaluate(ROWS):
        tops = [column["top"] for column in row["columns"]]
        assert tops == sorted(set(tops)), (
            f"at 200% text on a {width}px screen, columns on the {where} page share a line: "
            f"{row}")
        for column in row["columns"]:
            assert abs(column["width"] - row["width"]) <= 1, (
                f"at 200% text a column on the {where} page is {column['width']:.0f}px wide in a "
                f"{row['width']:.0f}px row")
    hidden = {label: px for label, px in tables.evaluate_all(HIDDEN_SIDEWAYS) if px > 1}
    assert not hidden, f"at 200% text these tables must be scrolled sideways to read: {hidden}"
    assert page.evaluate("document.documentElement.scrollWidth") <= width, (
        f"at 200% text the {where} page scrolls sideways on a {width}px screen")

    _text_size(page, "")
    assert _rows_with_columns_side_by_side(page) == rows, "back at 100% the layout differs"
