"""Audit 3's findings on reports that a leader or a young person would notice: small numbers
worked out by subtraction between the two reports (4), the easy-read summary speaking for
everyone rather than young people (9), an empty "In their own words" (10), saved reports of
different periods compared without a word (11), one rule for small numbers and 0 (15), numbers
stored as text, "127.5 days", and a wrong period showing the default report anyway (16)."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

from openpyxl import load_workbook

from coprod.areas.models import Role
from coprod.charters import evaluation
from coprod.reports import services
from coprod.reports.easy_read import THEME_SYMBOLS
from coprod.reports.models import SavedReport
from coprod.surveys.definition.symbols import symbol_names
from coprod.surveys.easy_read.checker import check_text
from coprod.surveys.journey.runner import uk_today
from coprod.yousaid import services as yousaid
from coprod.yousaid.models import Status
from tests.factories_charters import make_charter, make_project
from tests.factories_reports import responses, said
from tests.factories_voice import make_event
from tests.pages import Page
from tests.survey_factories import make_survey

PERIOD = "date_from=1&date_from=1&date_from=2026&date_to=31&date_to=3&date_to=2026"
HIDDEN = "Not shown (small numbers)"


def _scope(area):
    return services.Scope((area.id,), date(2026, 1, 1), date(2026, 3, 31))


def _rows(report, key) -> dict:
    return {row[0]: row[1] for row in report.table(key).rows}


def _known_voices(db, area) -> None:
    """As the audit found it: practitioners 12 comments, 4 survey responses, 15 event places;
    parents 20, 20 and 10; someone else 9 comments, 2 responses, 6 places; young people 8,
    8 and 7."""
    day = date(2026, 2, 10)
    for group, n in (("practitioner", 12), ("parent_carer", 20), ("other", 9),
                     ("young_person", 8)):
        said(db, area, day, group, "email", "ehcp", "negative", times=n)
    survey = make_survey(db, area)
    for group, n in (("practitioner", 4), ("parent_carer", 20), ("someone_else", 2),
                     ("young_person", 8)):
        responses(db, survey, group, day, n)
    make_event(db, area, held_on=day, practitioners_count=15, parent_carers_count=10,
               others_count=6, young_people_count=7)


def test_no_group_total_in_the_evidence_pack_gives_away_a_count_the_voice_report_hides(
        db, area, signed_in):
    _known_voices(db, area)
    voice = services.voice_report(db, _scope(area), 5)
    pack = services.evidence_pack(db, _scope(area), 5)
    responses_shown = _rows(voice, "survey-responses")
    assert responses_shown["Practitioner"] == "fewer than 5"  # 4
    assert responses_shown["someone_else"] == "fewer than 5"  # 2
    assert _rows(voice, "comments-by-group")["Practitioner"] == 12
    assert _rows(voice, "event-attendance")["Practitioners"] == 15
    # Before: Practitioner 31 (12 + 4 + 15), so 31 - 12 - 15 = 4; Someone else 17 gave 2.
    reach = _rows(pack, "reach-by-group")
    assert reach == {"Young person": 23, "Child": 0, "Parent or carer": 50,
                     "Practitioner": HIDDEN, "Someone else": HIDDEN, "Total": 121}
    # Every figure shown is the sum of figures the voice report shows too.
    assert reach["Parent or carer"] == 20 + 20 + 10
    # The same in the CSV and the workbook, which come from the same data.
    leader = signed_in(Role.LEADER)
    table = list(csv.reader(io.StringIO(leader.get(
        f"/staff/reports/evidence-pack/tables/reach-by-group.csv?{PERIOD}")
        .data.decode("utf-8-sig"))))
    assert ["Practitioner", HIDDEN, ""] in table and ["Someone else", HIDDEN, ""] in table
    book = load_workbook(io.BytesIO(leader.get(
        f"/staff/reports/evidence-pack.xlsx?{PERIOD}").data))
    sheet = next(book[name] for name in book.sheetnames if name.startswith("Voices heard by"))
    assert ["Practitioner", HIDDEN] in [[c.value for c in row][:2] for row in sheet.iter_rows()]


def test_the_voices_total_is_hidden_when_a_total_it_adds_up_is(db, area):
    said(db, area, date(2026, 2, 10), "parent_carer", "email", "ehcp", "negative", times=9)
    responses(db, make_survey(db, area), "parent_carer", date(2026, 2, 10), 3)
    pack = services.evidence_pack(db, _scope(area), 5)
    # The voice report says "fewer than 5" responses in all: 12 voices would give 3 away.
    assert _rows(pack, "reach-by-group")["Total"] == HIDDEN
    assert _rows(pack, "reach-by-group")["Parent or carer"] == HIDDEN


def test_0_is_shown_as_0_and_the_rule_says_so_in_every_format(app, db, area, signed_in):
    said(db, area, date(2026, 2, 10), "parent_carer", "email", "ehcp", "negative", times=35)
    report = services.voice_report(db, _scope(area), 5)
    theme = report.table("themes").rows[0]
    assert theme[:6] == ["EHC needs assessments and plans", 35, 0, 35, 0, 0]  # not "fewer than 5"
    leader = signed_in(Role.LEADER)
    rule = leader.page(f"/staff/reports/voice?{PERIOD}").soup.select_one("#small-numbers-rule")
    assert "from 1 to 4 are shown as “fewer than 5”" in rule.text
    assert "0 is shown as 0" in rule.text
    assert "“you said, we did” items and of their evidence count actions" in rule.text
    book = load_workbook(io.BytesIO(leader.get(f"/staff/reports/voice.xlsx?{PERIOD}").data))
    assert report.small_numbers_rule in [c.value for c in book["Contents"]["A"]]


def test_the_easy_read_summary_is_young_peoples_own_with_figures_and_what_was_done(
        db, area, signed_in):
    day = date(2026, 2, 10)
    said(db, area, day, "parent_carer", "email", "communication", "negative", times=40)
    said(db, area, day, "young_person", "survey", "adulthood", "negative", times=7)
    said(db, area, day, "young_person", "survey", "transport", "negative", times=5)
    said(db, area, day, "child", "event", "leisure_friendships", "positive", times=3)
    survey = make_survey(db, area)  # for young people: it need not ask who is answering
    responses(db, survey, None, day, 6)
    item = yousaid.create_item(db, area.id, yousaid.ItemWording(
        you_said="Young people wanted paid work", we_did="20 work placements with support",
        we_did_easy="20 young people now have a job with help."))
    item.status, item.done_on, item.published = Status.DONE.value, date(2026, 3, 1), True
    db.add(item)
    db.commit()
    report = services.voice_report(db, _scope(area), 5)
    told = [line["text"] for line in report.easy_read["told"]]
    assert told == ["You told us 15 things.", "6 of you answered a survey.",
                    "You talked about: growing up.", "You talked about: getting about."]
    assert "being told things" not in " ".join(told)  # the parents' theme
    doing = [line["text"] for line in report.easy_read["doing"]]
    assert "We have done 1 thing people asked for." in doing
    assert "We did this:\n20 young people now have a job with help." in doing
    assert "We will tell you what we change." not in doing
    lines = report.easy_read["told"] + report.easy_read["doing"]
    assert all(check_text(line["text"], is_question=False) == [] for line in lines)
    page = signed_in(Role.FORUM).page(f"/staff/reports/voice/easy-read?{PERIOD}")
    pictures = [li.img["alt"] for li in page.soup.select("#what-you-told-us li")]
    assert pictures == ["A speech bubble", "A pencil and paper", "A work bag", "A bus"]


def test_each_theme_has_its_own_picture_from_the_catalogue():
    assert set(THEME_SYMBOLS.values()) <= set(symbol_names())
    assert len(set(THEME_SYMBOLS.values())) == len(THEME_SYMBOLS)


def test_a_few_young_voices_read_fewer_than_5_in_easy_read(db, area):
    said(db, area, date(2026, 2, 10), "young_person", "survey", "adulthood", "negative", times=3)
    report = services.voice_report(db, _scope(area), 5)
    told = [line["text"] for line in report.easy_read["told"]]
    assert told == ["You told us fewer than 5 things."]  # and no theme from 3 comments
    assert "We will tell you what we change." in [
        line["text"] for line in report.easy_read["doing"]]


def test_a_report_with_no_approved_quotes_says_so(db, area, signed_in):
    said(db, area, date(2026, 2, 10), "parent_carer", "email", "ehcp", "negative", times=6)
    page = signed_in(Role.LEADER).page(f"/staff/reports/voice?{PERIOD}")
    heading = page.soup.select_one("#in-their-own-words")
    assert heading.find_next("p").get_text(strip=True).startswith(
        "No quotes have been approved for this report yet.")


def _saved(db, area, title: str, start: date, end: date) -> SavedReport:
    report = services.voice_report(db, services.Scope((area.id,), start, end), 5)
    row = SavedReport(area_id=area.id, kind="voice", title=title, date_from=start,
                      date_to=end, data=report.as_dict())
    db.add(row)
    db.commit()
    return row


def test_comparing_reports_of_different_or_overlapping_periods_warns(db, area, signed_in):
    quarter = _saved(db, area, "Quarter", date(2026, 1, 1), date(2026, 3, 31))
    year = _saved(db, area, "Year", date(2025, 4, 1), date(2026, 3, 31))
    next_quarter = _saved(db, area, "Next quarter", date(2026, 4, 1), date(2026, 6, 30))
    leader = signed_in(Role.LEADER)
    page = leader.page(f"/staff/reports/compare?first={quarter.id}&second={year.id}")
    warnings = [w.get_text(" ", strip=True) for w in page.soup.select(".govuk-warning-text")]
    assert any("different lengths (90 days and 365 days)" in w for w in warnings)
    assert any("1 January 2026 to 31 March 2026 is in both reports" in w for w in warnings)
    assert any("chosen as earlier covers a later period" in w for w in warnings)
    like_for_like = leader.page(
        f"/staff/reports/compare?first={quarter.id}&second={next_quarter.id}")
    assert not like_for_like.soup.select(".govuk-warning-text")


def test_a_wrong_period_shows_the_error_and_the_form_but_no_report(db, area, signed_in):
    said(db, area, uk_today() - timedelta(days=3), "parent_carer", "email", "ehcp",
         "negative", times=6)
    leader = signed_in(Role.LEADER)
    page = leader.page("/staff/reports/voice?date_from=31&date_from=2&date_from=2026")
    assert page.status == 400
    assert page.title.startswith("Error: ")
    assert page.errors == ["'From' must be a real date"]
    assert page.soup.select_one("form input[name=date_from]") is not None
    assert page.soup.select("table") == [] and "Contents" not in page.text
    assert page.h1 == "Themed voice report"
    assert leader.get("/staff/reports/voice.xlsx?date_from=31&date_from=2&date_from=2026") \
        .status_code == 400


def test_ratings_are_numbers_in_the_workbook_and_half_the_days_a_whole_number(db, area,
                                                                               signed_in):
    make_charter(db, area)
    project = make_project(db, area)
    today = uk_today()
    for source, score in (("officer", 4), ("family", 3), ("young_person", 3)):
        keys = [q.key for q in evaluation.questions_for(db, area.id, source)]
        for n in range(5):
            evaluation.save_evaluation(db, project, source, {
                k: evaluation.Answer(score + n % 2) for k in keys}, today)
    book = load_workbook(io.BytesIO(signed_in(Role.LEADER).get("/staff/reports/voice.xlsx")
                                    .data))
    charter = next(book[n] for n in book.sheetnames if n.startswith("Ratings against the"))
    assert [c.value for c in charter[3]][1:5] == [5, 5, 4.4, 3.4]
    lundy = next(book[n] for n in book.sheetnames if n.startswith("Young people's ratings"))
    assert [c.value for c in lundy[3]][1:3] == [5, 3.4]

    from coprod.yousaid import measures
    found = measures.Measures(total=2, by_status={}, done=2, share_done=1.0,
                              median_days_to_done=127.5, done_told=0, share_done_told=0.0,
                              overdue=0)  # done in 127 and 128 days
    assert ("Half of the done items took 128 days or fewer from the first evidence to done."
            in measures.summary(found))


BACKWARDS = "date_from=1&date_from=4&date_from=2026&date_to=31&date_to=3&date_to=2026"


def test_every_download_of_a_report_with_a_wrong_period_gives_no_file_but_says_why(
        db, area, signed_in):
    """A period typed into a download's address that ends before it starts (or a day that
    does not exist) gets the report page's error summary, never the default period's file."""
    said(db, area, uk_today() - timedelta(days=3), "parent_carer", "email", "ehcp",
         "negative", times=6)
    leader = signed_in(Role.LEADER)
    for path in ("voice.xlsx", "voice/tables/themes.csv", "evidence-pack.xlsx",
                 "voice/easy-read"):
        for query in (BACKWARDS, "date_from=31&date_from=2&date_from=2026"):
            page = Page(leader.get(f"/staff/reports/{path}?{query}"))
            assert page.status == 400 and page.response.mimetype == "text/html", path
            assert "attachment" not in page.response.headers.get("Content-Disposition", "")
            assert len(page.errors) == 1 and page.errors[0] in (
                "'From' must be a real date",
                "'To' must be the same as or after 'From'"), (path, page.errors)
            assert page.soup.select("table") == [], path
