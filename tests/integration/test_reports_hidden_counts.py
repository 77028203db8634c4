"""A count hidden only so that a small one cannot be worked out from the total is not "fewer than
5" (it is often 5 or more, or 0): it reads "hidden", with a note under its table saying why, in
every format a report comes in. So do the small counts beside it, so none can be told apart."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from openpyxl import load_workbook

from coprod.areas.models import Role
from tests.factories_reports import said

PERIOD = "date_from=1&date_from=1&date_from=2026&date_to=31&date_to=3&date_to=2026"
EHCP = "EHC needs assessments and plans"
NOTE = ("“hidden” is a count of fewer than 5, or one hidden so that a small number cannot be "
        "worked out from the total.")


@pytest.fixture
def seven_and_one(db, area):
    """EHC plans, February 2026: 7 parents by email (negative), 1 practitioner by phone
    (positive). By channel, the 1 is hidden and, as 8 - 7 would give it, so is the 7."""
    said(db, area, date(2026, 2, 3), "parent_carer", "email", "ehcp", "negative", times=7)
    said(db, area, date(2026, 2, 4), "practitioner", "phone", "ehcp", "positive")


def _cells(page, key: str) -> dict[str, list[str]]:
    table = page.soup.select_one(f"#table-{key}")
    return {row.th.get_text(strip=True): [td.get_text(strip=True) for td in row.select("td")]
            for row in table.select("tbody tr")}


def test_the_report_page_says_hidden_and_why_not_fewer_than_5(signed_in, area, seven_and_one):
    page = signed_in(Role.LEADER).page(f"/staff/reports/voice?{PERIOD}")
    assert _cells(page, "comments-by-channel") == {
        "Email": ["hidden", ""], "Phone call": ["hidden", ""], "Total": ["8", "100%"]}
    note = page.soup.select_one("#table-comments-by-channel-note")
    assert note.get_text(strip=True) == NOTE
    assert page.soup.select_one("#table-comments-by-channel")["aria-describedby"] == note["id"]
    # Who said them: the practitioner's 1 and, as the 0 first, young people's 0.
    assert _cells(page, "comments-by-group")["Young person"] == ["hidden", ""]
    assert _cells(page, "comments-by-group")["Practitioner"] == ["hidden", ""]
    # Where only small counts are hidden, they still say so, with no note.
    assert page.soup.select_one("#table-survey-responses-note") is None
    chart = next(img for img in page.soup.select("img.coprod-chart")
                 if "Comments by how they reached us" in img["alt"])
    assert chart["alt"] == "Bar chart: Comments by how they reached us. Every number is hidden."
    assert "“hidden”" in page.soup.select_one("#small-numbers-rule").text


def test_the_evidence_pack_says_hidden_in_a_themes_sentiment_split(signed_in, area,
                                                                    seven_and_one):
    page = signed_in(Role.OFFICER).page(f"/staff/reports/evidence-pack?{PERIOD}")
    # Positive 1, negative 7, mixed 0, neutral 0, out of 8: the 1 and the first 0 are hidden.
    assert _cells(page, "themes")[EHCP][:5] == ["8", "hidden", "7", "hidden", "0"]
    assert page.soup.select_one("#table-themes-note").get_text(strip=True) == NOTE


def test_csv_and_workbook_say_hidden_with_the_note_under_the_table(signed_in, area,
                                                                   seven_and_one):
    leader = signed_in(Role.LEADER)
    rows = list(csv.reader(io.StringIO(leader.get(
        f"/staff/reports/voice/tables/comments-by-channel.csv?{PERIOD}")
        .data.decode("utf-8-sig"))))
    assert rows == [["Channel", "Comments", "Share"], ["Email", "hidden", ""],
                    ["Phone call", "hidden", ""], ["Total", "8", "100%"], [], [NOTE]]
    book = load_workbook(io.BytesIO(leader.get(f"/staff/reports/voice.xlsx?{PERIOD}").data))
    sheet = book["Comments by how they reached us"]
    assert [[cell.value for cell in row] for row in sheet.iter_rows(min_row=3)] == [
        ["Email", "hidden", None], ["Phone call", "hidden", None], ["Total", 8, "100%"],
        [None, None, None], [NOTE, None, None]]


def test_the_pdf_says_hidden_with_the_note(app, signed_in, area, seven_and_one):
    from pypdf import PdfReader

    from coprod.reports import jobs
    leader = signed_in(Role.LEADER)
    page = leader.page(f"/staff/reports/voice?{PERIOD}")
    asked = leader.post(f"/staff/reports/voice/pdf?{PERIOD}",
                        data=page.form_data("form[action*='/pdf']"))
    jobs.run_pending(app)
    reader = PdfReader(io.BytesIO(leader.get(asked.headers["Location"] + ".pdf").data))
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert "Email hidden" in text and "Phone call hidden" in text
    assert NOTE in text


def test_two_small_counts_with_nothing_else_to_hide_hide_the_total(signed_in, db, area):
    """4 by email and 4 by phone: "fewer than 5" twice beside a total of 8 could only be 4 and 4,
    and no other count is there to hide, so the total reads "hidden" (and no share is shown)."""
    said(db, area, date(2026, 1, 13), "parent_carer", "email", "ehcp", "negative", times=4)
    said(db, area, date(2026, 2, 10), "parent_carer", "phone", "ehcp", "negative", times=4)
    leader = signed_in(Role.LEADER)
    page = leader.page(f"/staff/reports/voice?{PERIOD}")
    assert _cells(page, "comments-by-channel") == {
        "Email": ["fewer than 5", ""], "Phone call": ["fewer than 5", ""],
        "Total": ["hidden", ""]}
    assert page.soup.select_one("#table-comments-by-channel-note").get_text(strip=True) == NOTE
    rows = list(csv.reader(io.StringIO(leader.get(
        f"/staff/reports/voice/tables/comments-by-channel.csv?{PERIOD}")
        .data.decode("utf-8-sig"))))
    assert ["Total", "hidden", ""] in rows and "8" not in {cell for row in rows for cell in row}
