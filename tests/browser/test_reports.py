"""A leader signs in, chooses a period, reads the themed voice report, asks for the PDF and
downloads it once it is ready, downloads a table as CSV and the Excel workbook, and opens the
evidence pack and the easy-read summary; with JavaScript on and off, at both widths, every page
passing axe-core."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from playwright.sync_api import expect
from pypdf import PdfReader

from tests.browser.support import WIDTHS

pytestmark = pytest.mark.browser


def _download(page, link_text: str) -> bytes:
    with page.expect_download(timeout=120_000) as info:
        page.get_by_role("link", name=link_text).first.click()
    return Path(info.value.path()).read_bytes()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("js", [True, False], ids=["js-on", "js-off"])
def test_leader_reads_downloads_and_opens_the_evidence_pack(new_page, sign_in, audit, js,
                                                            width):
    page = sign_in(new_page(js=js, width=width), "leader")
    page.get_by_role("link", name="Reports", exact=True).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Reports")
    audit(page)
    page.get_by_role("link", name="Themed voice report").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Themed voice report")

    # Choose the last six months (the demo's comments span the last year).
    page.get_by_text("Choose the period and who it covers").click()
    _day, month, year = page.locator("#date_to-day").input_value(), \
        page.locator("#date_to-month").input_value(), page.locator("#date_to-year").input_value()
    from_month = (int(month) - 6 - 1) % 12 + 1
    from_year = int(year) - (1 if int(month) <= 6 else 0)
    page.locator("#date_from-day").fill("1")
    page.locator("#date_from-month").fill(str(from_month))
    page.locator("#date_from-year").fill(str(from_year))
    page.get_by_role("button", name="Show the report").click()
    expect(page.locator("#report-period")).to_contain_text(str(from_year))
    themes = page.locator("#table-themes tbody tr")
    expect(themes.first).to_be_visible()
    chart = page.locator("img.coprod-chart").first
    expect(chart).to_have_attribute("alt", re.compile(r"^Bar chart: "))
    image = page.request.get(chart.get_attribute("src"), timeout=60_000)
    assert image.ok and b"<svg" in image.body()[:500]
    audit(page)

    report_url = page.url
    page.get_by_role("button", name="Prepare a PDF (for board papers)").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Themed voice report as a PDF")
    audit(page)
    # The web process's worker thread builds it; the page says so until then (no JavaScript).
    for _try in range(60):
        if page.get_by_role("link", name="Download the PDF").count():
            break
        page.wait_for_timeout(2000)
        page.get_by_role("link", name="Check whether the PDF is ready").click()
    pdf = PdfReader(io.BytesIO(_download(page, "Download the PDF")))
    assert pdf.metadata.title.startswith("Themed voice report")
    assert "Themes ranked by the number of comments" in "".join(
        p.extract_text() for p in pdf.pages)
    page.goto(report_url)
    table = list(csv.reader(io.StringIO(_download(
        page, "Download “Themes ranked by the number of comments” (CSV)").decode("utf-8-sig"))))
    assert table[0][:2] == ["Theme", "Comments"] and len(table) > 2
    book = load_workbook(io.BytesIO(_download(
        page, "Download every table as an Excel workbook (.xlsx)")))
    assert "Themes by number of comments" in book.sheetnames

    page.get_by_role("link", name="Easy-read summary for children and young people").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("What you told us")
    expect(page.get_by_role("heading", name="What we are doing")).to_be_visible()
    audit(page)

    page.goto("/staff/reports/")
    page.get_by_role("link", name="Area SEND evidence pack").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Area SEND evidence pack")
    expect(page.locator("#table-participation-log")).to_be_visible()
    expect(page.locator("#table-reach-against-population")).to_be_visible()
    audit(page)


@pytest.mark.parametrize("js", [True, False], ids=["js-on", "js-off"])
def test_saving_a_report_with_no_name_says_why_at_the_top(new_page, sign_in, audit, js):
    page = sign_in(new_page(js=js), "leader")
    page.goto("/staff/reports/voice")
    page.get_by_role("button", name="Save this report").click()
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("Enter a name for the saved report")
    expect(summary).to_be_in_viewport()
    expect(page).to_have_title(re.compile(r"^Error: Themed voice report"))
    audit(page)
    summary.get_by_role("link", name="Enter a name for the saved report").click()
    expect(page.get_by_label("Name this saved report")).to_be_in_viewport()
    if js:  # GOV.UK Frontend focuses the summary, then the field its link names
        expect(page.get_by_label("Name this saved report")).to_be_focused()


def test_a_report_printed_from_the_browser_keeps_every_column_and_leaves_the_controls(
        new_page, sign_in):
    """Leaders also press Ctrl+P: a wide table must print whole (the "Previous period" column
    was cut off at the page's edge) and the filters and buttons stay on screen."""
    page = sign_in(new_page(), "leader")
    page.goto("/staff/reports/voice")
    expect(page.locator("#table-themes")).to_be_visible()
    page.emulate_media(media="print")
    widths = page.evaluate("""() => Array.from(document.querySelectorAll('.coprod-table-scroll'))
        .map(box => [box.scrollWidth, box.clientWidth])""")
    assert widths and all(scroll <= client + 1 for scroll, client in widths), widths
    text = PdfReader(io.BytesIO(page.pdf(format="A4"))).pages
    words = " ".join(p.extract_text() for p in text)
    assert "Previous period" in words.replace("\n", " ")
    assert "Show the report" not in words and "Prepare a PDF" not in words


@pytest.mark.parametrize("js", [True, False], ids=["js-on", "js-off"])
def test_a_wrong_date_is_said_at_the_top_with_the_form_and_no_report(new_page, sign_in, audit,
                                                                     js):
    page = sign_in(new_page(js=js), "leader")
    page.goto("/staff/reports/voice")
    page.get_by_text("Choose the period and who it covers").click()
    page.locator("#date_from-day").fill("31")
    page.locator("#date_from-month").fill("2")
    page.get_by_role("button", name="Show the report").click()
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("'From' must be a real date")
    expect(page).to_have_title(re.compile(r"^Error: Themed voice report"))
    expect(page.locator("#table-themes")).to_have_count(0)  # no report under the error
    audit(page)
    summary.get_by_role("link").first.click()
    expect(page.locator("#date_from-day")).to_be_in_viewport()
    if js:  # GOV.UK's script moves focus to the box the link names; the date's group has none
        expect(page.locator("#date_from-day")).to_be_focused()


def test_comparing_a_saved_report_with_itself_warns_that_the_periods_overlap(new_page, sign_in,
                                                                          audit):
    page = sign_in(new_page(), "leader")
    page.goto("/staff/reports/compare")
    options = page.locator("#first option")
    expect(options.first).to_be_attached()
    page.locator("#first").select_option(index=options.count() - 1)
    page.locator("#second").select_option(index=options.count() - 1)
    page.get_by_role("button", name="Compare").click()
    expect(page.locator(".govuk-warning-text").first).to_contain_text("overlap")
    audit(page)
