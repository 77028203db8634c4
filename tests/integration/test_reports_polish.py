"""An independent walk's findings on reports a leader would notice: the evidence pack's
participation log gave its days as 2026-02-01 (text in the workbook, so not sortable) where every
other date reads "1 February 2026", and the workbook's sheet names were cut at Excel's 31
characters mid-word ("Ratings against the charter, of", "Young people's ratings (the Lun")."""

from __future__ import annotations

import io
import json
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from coprod import demo
from coprod.areas.models import Role
from coprod.reports import formats, services
from tests.factories_reports import responses
from tests.factories_voice import make_event
from tests.survey_factories import make_survey

PERIOD = "date_from=1&date_from=1&date_from=2026&date_to=31&date_to=3&date_to=2026"


def _scope(area):
    return services.Scope((area.id,), date(2026, 1, 1), date(2026, 3, 31))


def _log_taken_part(db, area) -> None:
    make_event(db, area, held_on=date(2026, 2, 1), young_people_count=8)
    responses(db, make_survey(db, area), "young_person", date(2026, 2, 5), 6)


def test_the_participation_log_gives_days_as_govuk_dates_on_the_page_and_in_the_pdf(
        app, db, area, signed_in):
    _log_taken_part(db, area)
    page = signed_in(Role.LEADER).page(f"/staff/reports/evidence-pack?{PERIOD}")
    log = page.soup.select_one("#table-participation-log")
    days = [row.select_one("th").get_text(strip=True) for row in log.select("tbody tr")]
    assert days == ["1 February 2026", "5 February 2026"]
    report = services.evidence_pack(db, _scope(area), 5)
    with app.test_request_context():
        printed = formats.print_html(db, area.id, report)
    assert "<th scope=\"row\">1 February 2026</th>" in printed and "2026-02-01" not in printed


def test_the_participation_log_has_real_date_cells_in_the_workbook(db, area, signed_in):
    _log_taken_part(db, area)
    book = load_workbook(io.BytesIO(signed_in(Role.LEADER).get(
        f"/staff/reports/evidence-pack.xlsx?{PERIOD}").data))
    sheet = book["Participation log"]
    assert [c.value for c in sheet[2]][:2] == ["Date", "What"]
    cells = [sheet["A3"], sheet["A4"]]
    assert [c.value for c in cells] == [datetime(2026, 2, 1), datetime(2026, 2, 5)]
    assert all(c.is_date and c.number_format == "d mmmm yyyy" for c in cells)
    # The CSV keeps ISO days, which any spreadsheet reads as dates.
    assert "2026-02-01,Spring drop-in" in formats.table_csv(
        services.evidence_pack(db, _scope(area), 5).table("participation-log"))


def test_a_saved_report_keeps_its_days_as_dates(db, area):
    _log_taken_part(db, area)
    report = services.evidence_pack(db, _scope(area), 5)
    frozen = json.loads(json.dumps(report.as_dict()))  # as the database keeps it
    assert services.Report.from_dict(frozen).table("participation-log").rows[0][0] == \
        date(2026, 2, 1)
    # Reports saved before days were dates held them as text: they read the same way now.
    frozen["sections"][0]["tables"][0]["rows"][0][0] = "2026-02-01"
    assert services.Report.from_dict(frozen).table("participation-log").rows[0][0] == \
        date(2026, 2, 1)


def _whole(name: str, caption: str) -> bool:
    """Not cut: brackets and quotes closed, and not the caption stopped mid-word or on 'of'."""
    closed = name.count("(") == name.count(")") and name.count("“") == name.count("”")
    cut_mid_word = caption.startswith(name) and len(caption) > len(name) and \
        caption[len(name)] not in " ,:"
    return closed and not cut_mid_word and name.split()[-1].lower() not in formats.DANGLING


@pytest.mark.parametrize("kind", list(services.KINDS))
def test_every_sheet_of_every_workbook_has_a_short_whole_name_and_its_title_first(
        app, db, signed_in, kind):
    with app.app_context():  # the whole demo: every table of every report has rows
        area = demo.seed(db)
    admin = signed_in(Role.ADMIN, area)
    book = load_workbook(io.BytesIO(admin.get(
        f"/staff/reports/{kind}.xlsx?date_from=1&date_from=1&date_from=2025"
        "&date_to=31&date_to=3&date_to=2027").data))
    contents = {row[0]: row[1] for row in book["Contents"].iter_rows(min_row=6,
                                                                     values_only=True)}
    assert len(book.sheetnames) >= 10
    for name in book.sheetnames[1:]:
        caption = book[name]["A1"].value
        assert contents[name] == caption
        assert len(name) <= 31 and _whole(name, caption), f"{name!r} for {caption!r}"
    assert "Ratings against the charter" in book.sheetnames


def test_sheet_names_made_from_long_captions_keep_whole_words():
    long_theme = services.Table("trend-x", "Being listened to and co-production: comments "
                                "month by month", [], [], sheet="Being listened to and "
                                "co-production")
    assert formats.whole_words(long_theme.sheet, 31) == "Being listened to"
    taken: set[str] = set()
    twice = [formats._sheet_name(services.Table(
        "x", "Northvale SEND Local Area Partnership: Ratings against the charter (officers)",
        [], []), taken) for _ in range(2)]
    assert twice == ["Northvale SEND Local Area", "Northvale SEND Local Area 2"]
