"""Both reports on known data, every figure worked out by hand; small numbers suppressed,
including the subtraction case; quotes; formats (CSV, Excel, PDF, easy read); saved reports."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime

import pytest
from openpyxl import load_workbook
from sqlmodel import select

from coprod.areas.models import Role
from coprod.common.small_numbers import Hidden, suppress
from coprod.reports import services
from coprod.voice.models import Comment
from tests import factories
from tests.factories_reports import responses, said
from tests.factories_voice import make_event
from tests.pages import assert_pages_follow_permission  # noqa: F401  (used below)
from tests.survey_factories import make_survey

PERIOD = "date_from=1&date_from=1&date_from=2026&date_to=31&date_to=3&date_to=2026"
EHCP = "EHC needs assessments and plans"
COMMUNICATION = "Communication and information"


@pytest.fixture
def known(db, area):
    """In the period (1 January to 31 March 2026), 18 comments anyone may read:
    EHC plans: 7 negative from parents by email (10 Jan), 4 positive from young people in a
    survey (10 Feb, responses 101 to 104), 1 mixed from a practitioner by phone (10 Mar);
    communication: 6 positive from young people in a survey (20 Feb, responses 104 and 105).
    Left out: 1 flagged comment (11 Jan) and 1 after the period. Before the period (the 90
    days before): 6 EHC plan comments and 2 communication ones. 6 survey responses from young
    people (5 Feb) and 1 still in progress; 1 event (1 Feb): 8 young people, 3 parents."""
    said(db, area, date(2026, 1, 10), "parent_carer", "email", "ehcp", "negative", times=7,
         text="The plan for [name] took forty weeks and nobody told us why")
    for rid in (101, 102, 103, 104):
        said(db, area, date(2026, 2, 10), "young_person", "survey", "ehcp", "positive",
             text=f"My plan helps me at college every day, response {rid}", response_id=rid)
    said(db, area, date(2026, 3, 10), "practitioner", "phone", "ehcp", "mixed",
         text="Plans are better written now but still arrive late")
    said(db, area, date(2026, 2, 20), "young_person", "survey", "communication", "positive",
         text="They explained everything clearly, response 105", response_id=105)
    said(db, area, date(2026, 2, 20), "young_person", "survey", "communication", "positive",
         times=4, text="Letters were easy to read this time", response_id=106)
    said(db, area, date(2026, 2, 20), "young_person", "survey", "communication", "positive",
         text="Staff told me what would happen next, response 104", response_id=104)
    said(db, area, date(2026, 1, 11), "parent_carer", "email", "ehcp", "negative",
         text="Something worrying that only the safeguarding lead may read", flagged=True)
    said(db, area, date(2026, 4, 2), "parent_carer", "email", "ehcp", "negative")
    said(db, area, date(2025, 11, 15), "parent_carer", "email", "ehcp", "negative", times=6)
    said(db, area, date(2025, 11, 15), "young_person", "survey", "communication", "positive",
         times=2)
    survey = make_survey(db, area)
    responses(db, survey, "young_person", date(2026, 2, 5), 6)
    responses(db, survey, "young_person", date(2026, 2, 5), 1, status="in_progress")
    make_event(db, area, held_on=date(2026, 2, 1), young_people_count=8,
               parent_carers_count=3)
    return survey


def _scope(area):
    return services.Scope((area.id,), date(2026, 1, 1), date(2026, 3, 31))


def _rows(report, key):
    return report.table(key).rows


def test_suppression_hides_small_counts_and_the_count_a_total_would_give_away():
    # "fewer than 5" where only small counts are hidden; where one more is hidden so that the
    # total gives nothing away, every hidden count reads "hidden" (the one more may be 5 or
    # more, or 0), so none can be told from another.
    few, hid = Hidden.FEWER, Hidden.HIDDEN
    assert suppress([10, 7, 1], 5, total=18) == [10, hid, hid]  # 7 = 18 - 10 - 1 otherwise
    assert suppress([10, 7, 1], 5) == [10, 7, few]  # no total shown: nothing to subtract
    assert suppress([10, 3, 1], 5, total=14) == [10, few, few]  # two hidden already
    assert suppress([4, 0], 5, total=4) == [few, 0]  # 0 is shown: it is nobody
    assert suppress([12, 8, 2], 10, total=22) == [12, few, few]  # the threshold is a setting
    # With 0s shown, a hidden count is 1 to 4: two hidden that add up to 2 are 1 each, so
    # another is hidden too (a 0 first, the smallest count when there is none).
    assert suppress([10, 1, 1, 0, 6], 5, total=18) == [10, hid, hid, hid, 6]
    assert suppress([10, 4, 4, 6], 5, total=24) == [10, hid, hid, hid]
    assert suppress([10, 2, 1, 0], 5, total=13) == [10, few, few, 0]  # 3 = 1 + 2 or 2 + 1


def test_voice_report_headline_figures(db, area, known):
    report = services.voice_report(db, _scope(area), 5)
    # Practitioner (1) is hidden; with the total shown it would be 18 - 17, so a 0 is hidden
    # too (child); the other 0 is shown. Both read "hidden": "fewer than 5" would be untrue of
    # the 0's place, and telling them apart would give the 1 away (they add up to 1).
    assert _rows(report, "comments-by-group") == [
        ["Young person", 10, "56%"], ["Child", "hidden", ""],
        ["Parent or carer", 7, "39%"], ["Practitioner", "hidden", ""],
        ["Someone else", 0, "0%"], ["Total", 18, "100%"]]
    # Phone (1) is hidden; with the total shown, email (7) would be 18 - 10 - 1: hidden too.
    assert _rows(report, "comments-by-channel") == [
        ["Survey", 10, "56%"], ["Email", "hidden", ""], ["Phone call", "hidden", ""],
        ["Total", 18, "100%"]]
    assert report.table("comments-by-channel").note == (
        "“hidden” is a count of fewer than 5, or one hidden so that a small number cannot be "
        "worked out from the total.")
    assert report.table("survey-responses").note == ""
    assert _rows(report, "survey-responses") == [["Young person", 6, "100%"],
                                                 ["Total", 6, "100%"]]
    assert _rows(report, "event-attendance") == [  # 3 parents, and a 0 so 11 - 8 says nothing
        ["Young people", 8, "73%"], ["Children", "hidden", ""],
        ["Parents and carers", "hidden", ""], ["Practitioners", 0, "0%"],
        ["Others", 0, "0%"], ["Total", 11, "100%"]]
    assert report.sections[0].paragraphs[0] == (
        "Comments recorded from 1 January 2026 to 31 March 2026: 18. Listening events held: 1.")


def test_a_board_reads_who_answered_in_the_surveys_own_words_and_foster_carers_count_as_carers(
        db, area):
    survey = make_survey(db, area, "send-experience")
    responses(db, survey, "foster_carer", date(2026, 2, 5), 6)
    responses(db, survey, "prefer_not_to_say", date(2026, 2, 5), 5)
    responses(db, survey, "parent_carer", date(2026, 2, 5), 7)
    report = services.voice_report(db, _scope(area), 5)
    assert _rows(report, "survey-responses") == [
        ["A foster carer or kinship carer", 6, "33%"], ["A parent or carer", 7, "39%"],
        ["Prefer not to say", 5, "28%"], ["Total", 18, "100%"]]
    pack = services.evidence_pack(db, _scope(area), 5)
    assert ["Parent or carer", 13, "72%"] in _rows(pack, "reach-by-group")


def test_voice_report_themes_trend_and_groups(db, area, known):
    report = services.voice_report(db, _scope(area), 5)
    few = "fewer than 5"
    assert _rows(report, "themes") == [
        [EHCP, 12, few, 7, few, 0, 6, "Up 6"],
        [COMMUNICATION, 6, 6, 0, 0, 0, few, "Not shown (small numbers)"]]
    assert report.table("theme-trend").headers == ["Theme", "Jan 2026", "Feb 2026", "Mar 2026"]
    # EHC plans 7, 4, 1 by month (12 shown elsewhere): 4 and 1 hidden.
    assert _rows(report, "theme-trend") == [[EHCP, 7, few, few], [COMMUNICATION, 0, 6, 0]]
    assert report.table("themes-by-group").headers == [
        "Theme", "Children and young people", "Parents and carers", "Practitioners",
        "Someone else"]
    assert _rows(report, "themes-by-group") == [[EHCP, few, 7, few, 0],
                                                [COMMUNICATION, 6, 0, 0, 0]]
    chart = report.table("themes").chart
    assert chart["labels"] == [EHCP, COMMUNICATION] and chart["values"] == [12, 6]
    assert chart["value_texts"] == ["12", "6"]
    trend = report.table("trend-ehcp").chart
    assert trend["values"] == [7, 0, 0] and trend["value_texts"] == ["7", few, few]


def _approve_every_quote(db, area) -> None:
    for comment in db.exec(select(Comment).where(Comment.area_id == area.id)):
        comment.published_at = datetime(2026, 4, 1, tzinfo=UTC)
        comment.share_consent = True  # they agreed their words can be shared
        db.add(comment)
    db.commit()


def test_quotes_are_redacted_unflagged_varied_and_never_two_from_one_response(db, area, known):
    _approve_every_quote(db, area)  # the flagged comment too: it is still never quoted
    report = services.voice_report(db, _scope(area), 4)
    quotes = report.sections[1].quotes
    ehcp = [(q.sentiment, q.text) for q in quotes[EHCP]]
    # The practitioner's mixed comment is the only one from practitioners (fewer than 4).
    assert ehcp == [
        ("negative", "The plan for [name] took forty weeks and nobody told us why"),
        ("positive", "My plan helps me at college every day, response 104")]
    # Response 104 already gave a quote: the next communication comment is used instead.
    assert [q.text for q in quotes[COMMUNICATION]] == ["Letters were easy to read this time"]
    everything = str(report.as_dict())
    assert "Priya" not in everything and "safeguarding lead may read" not in everything


def test_quotes_need_the_persons_own_yes_and_none_yet_is_said_in_words(db, area, known,
                                                                     signed_in):
    """Approved by staff is not enough (audit3 #8): without the person's yes, no quote; and a
    report with no quote says so rather than showing an empty "In their own words"."""
    _approve_every_quote(db, area)
    for comment in db.exec(select(Comment).where(Comment.area_id == area.id)):
        comment.share_consent = False
        db.add(comment)
    db.commit()
    report = services.voice_report(db, _scope(area), 5)
    assert report.sections[1].quotes == {EHCP: [], COMMUNICATION: []}
    page = signed_in(Role.LEADER).page(f"/staff/reports/voice?{PERIOD}")
    assert "In their own words No quotes have been approved for this report yet." in page.text


def test_quotes_follow_the_publication_rule(db, area, known):
    """Only quotes a person approved, never from a group (or a group within the theme)
    counted as fewer than 5."""
    report = services.voice_report(db, _scope(area), 5)
    assert report.sections[1].quotes == {EHCP: [], COMMUNICATION: []}  # nothing approved yet
    _approve_every_quote(db, area)
    said(db, area, date(2026, 3, 20), "parent_carer", "email", "ehcp", "negative",
         text="The newest comment of all, which nobody approved for publication")
    report = services.voice_report(db, _scope(area), 5)
    quotes = report.sections[1].quotes
    # EHC plans: young people's 4 comments on it are "fewer than 5"; practitioners' 1 too.
    assert [(q.group, q.text) for q in quotes[EHCP]] == [
        ("Parent or carer", "The plan for [name] took forty weeks and nobody told us why")]
    assert [(q.group, q.text) for q in quotes[COMMUNICATION]] == [
        ("Young person", "Staff told me what would happen next, response 104")]


def test_you_said_we_did_and_evaluation_sections_read_their_packages(db, area, known):
    report = services.voice_report(db, _scope(area), 5)
    by_key = {s.key: s for s in report.sections}
    assert by_key["you-said-we-did"].not_recorded == (
        "No “you said, we did” items were started in this period.")
    assert by_key["evaluation"].not_recorded == (
        "No co-production evaluations were recorded in this period.")
    from coprod.yousaid import services as yousaid
    item = yousaid.create_item(db, area.id, yousaid.ItemWording(
        you_said="Plans take too long", we_did="Two more caseworkers from April"))
    item.created_at = item.created_at.replace(year=2026, month=2, day=1)
    db.add(item)
    db.commit()
    report = services.voice_report(db, _scope(area), 5)
    section = next(s for s in report.sections if s.key == "you-said-we-did")
    assert section.paragraphs[0] == "There are 1 items. 0 are done (0%)."
    assert ["New", 1] in section.tables[0].rows
    assert section.tables[1].rows == [["Plans take too long", "Two more caseworkers from April",
                                       "New", 0, "No"]]


def test_evidence_pack_log_reach_and_population(signed_in, db, area, known):
    admin = signed_in(Role.ADMIN)
    numbers = {"early_years": (20, 80), "primary": (100, 400), "secondary": (150, 350),
               "post_16": (50, 50)}
    data = {}
    for phase, (ehc, support) in numbers.items():
        data[f"{phase}_ehc"], data[f"{phase}_support"] = str(ehc), str(support)
    assert admin.submit("/staff/reports/population", data, follow_redirects=False).status == 302
    report = services.evidence_pack(db, _scope(area), 5)
    log = _rows(report, "participation-log")
    assert log == [[date(2026, 2, 1), "Spring drop-in", "Listening event", 11],
                   [date(2026, 2, 5), known.title, "Survey", 6]]
    # Voices: young people 10 comments + 6 responses + 8 places; parents 7 + 3. The voice
    # report hides parents' 3 places, the practitioner's 1 comment and a 0 for children (so
    # that neither can be worked out from its total): their voices are not shown either.
    hidden = "Not shown (small numbers)"
    assert _rows(report, "reach-by-group") == [
        ["Young person", 24, "69%"], ["Child", hidden, ""], ["Parent or carer", hidden, ""],
        ["Practitioner", hidden, ""], ["Someone else", 0, "0%"], ["Total", 35, "100%"]]
    assert _rows(report, "send-population") == [
        ["Early years (0 to 4)", 20, 80, 100], ["Primary (5 to 11)", 100, 400, 500],
        ["Secondary (11 to 16)", 150, 350, 500], ["Post-16 (16 to 25)", 50, 50, 100]]
    assert _rows(report, "reach-against-population") == [
        ["Children (early years and primary)", 600, hidden, ""],
        ["Young people (secondary and post-16)", 600, 24, "4.0"]]
    reach = next(s for s in report.sections if s.key == "reach")
    assert reach.paragraphs[0].startswith("We heard least from children: the number is not "
                                          "shown, as it would give away a small number.")
    assert report.sections[-1].title == "Self-evaluation (draft)"
    assert any(EHCP in p for p in report.sections[-1].paragraphs)


def test_a_bad_population_number_is_said_and_nothing_is_saved(signed_in, db, area):
    admin = signed_in(Role.ADMIN)
    page = admin.submit("/staff/reports/population", {"primary_ehc": "lots",
                                                      "primary_support": "40"})
    assert page.status == 400
    assert "Primary (5 to 11): with an EHC plan must be a whole number, 0 or more" in page.errors
    assert services.send_population(db, (area.id,))["primary"] == (0, 0)


def test_blank_population_boxes_are_refused_not_saved_as_0(signed_in, db, area):
    services.save_population(db, area.id, {"early_years": (20, 80), "primary": (100, 400),
                                           "secondary": (150, 350), "post_16": (50, 50)})
    admin = signed_in(Role.ADMIN)
    page = admin.page("/staff/reports/population")
    blank = {name: "" for name in page.form_data() if name != "csrf_token"}
    page = admin.submit("/staff/reports/population", blank)
    assert page.status == 400
    assert page.title.startswith("Error: ")
    assert page.errors[:2] == ["Enter how many in Early years (0 to 4) have an EHC plan, or 0 "
                               "if none", "Enter how many in Early years (0 to 4) have SEN "
                               "support, or 0 if none"]
    assert len(page.errors) == 8
    assert "SEND population saved." not in page.text
    assert services.send_population(db, (area.id,))["primary"] == (100, 400)


def test_population_boxes_start_empty_until_entered_and_0_is_kept(signed_in, db, area):
    admin = signed_in(Role.ADMIN)
    page = admin.page("/staff/reports/population")
    assert {v for k, v in page.form_data().items() if k != "csrf_token"} == {""}
    numbers = {name: "0" for name in page.form_data() if name != "csrf_token"}
    numbers["primary_ehc"] = "12"
    assert admin.submit("/staff/reports/population", numbers).status == 200
    assert services.entered_population(db, area.id)["primary"] == (12, 0)
    assert admin.page("/staff/reports/population").form_data()["primary_support"] == "0"


def test_the_report_page_shows_every_table_and_chart_with_its_summary(signed_in, area, known):
    page = signed_in(Role.LEADER).page(f"/staff/reports/voice?{PERIOD}")
    assert page.status == 200
    text = page.soup.get_text(" ", strip=True)
    assert "<a" not in text and "&lt;" not in text  # no escaped markup shown as words
    captions = [c.get_text(strip=True) for c in page.soup.select("table caption")]
    assert "Themes ranked by the number of comments" in captions
    theme_table = page.soup.select_one("#table-themes")
    first = [c.get_text(strip=True) for c in theme_table.select("tbody tr")[0].select("th, td")]
    assert first == [EHCP, "12", "fewer than 5", "7", "fewer than 5", "0", "6", "Up 6"]
    charts = page.soup.select("img.coprod-chart")
    assert charts and all(img["alt"].startswith("Bar chart") for img in charts)
    assert "The largest is EHC needs assessments and plans (12 comments)" in " ".join(
        img["alt"] for img in charts)


def test_csv_and_workbook_keep_formula_like_text_as_text(signed_in, db, area):
    said(db, area, date(2026, 2, 1), "parent_carer", "email", "ehcp", "negative", times=5)
    leader = signed_in(Role.LEADER)
    rows = list(csv.reader(io.StringIO(leader.get(
        f"/staff/reports/voice/tables/themes.csv?{PERIOD}").data.decode("utf-8-sig"))))
    assert rows[0][:2] == ["Theme", "Comments"] and rows[1][:2] == [EHCP, "5"]
    response = leader.get(f"/staff/reports/voice.xlsx?{PERIOD}")
    book = load_workbook(io.BytesIO(response.data))
    assert book.sheetnames[0] == "Contents"
    assert "Themes by number of comments" in book.sheetnames
    sheet = book["Themes by number of comments"]
    assert [c.value for c in sheet[2]][:2] == ["Theme", "Comments"]
    assert [c.value for c in sheet[3]][:2] == [EHCP, 5]
    # A theme an area named like a formula stays text in the workbook and in the CSV.
    from coprod.reports.formats import table_csv, workbook
    report = services.voice_report(db, _scope(area), 5)
    report.table("themes").rows[0][0] = "=SUM(A1:A9)"
    sheet = load_workbook(io.BytesIO(workbook(report)))["Themes by number of comments"]
    assert sheet["A3"].value == "=SUM(A1:A9)" and sheet["A3"].data_type == "s"
    assert "'=SUM(A1:A9)" in table_csv(report.table("themes"))


def test_easy_read_summary_passes_the_checker(signed_in, db, area, known):
    from coprod.surveys.easy_read.checker import check_text
    report = services.voice_report(db, _scope(area), 5)
    lines = report.easy_read["told"] + report.easy_read["doing"]
    # Young people's own theme (6 of their comments), not the top theme of everyone's (EHC
    # plans: 12, of which only 4 are theirs).
    assert [line["text"] for line in report.easy_read["told"]] == [
        "You told us 10 things.", "6 of you answered a survey.",
        "You talked about: being told things."]
    assert all(check_text(line["text"], is_question=False) == [] for line in lines)
    page = signed_in(Role.FORUM).page(f"/staff/reports/voice/easy-read?{PERIOD}")
    assert page.soup.h1.get_text(strip=True) == "What you told us"
    items = page.soup.select("#what-you-told-us li")
    assert items and all(li.img and li.img["alt"] for li in items)


def test_saved_report_is_frozen_and_two_can_be_compared(signed_in, db, area, known):
    leader = signed_in(Role.LEADER)
    saved = _save(leader, "Board, April 2026")
    assert saved.status_code == 302
    said(db, area, date(2026, 3, 1), "parent_carer", "email", "ehcp", "negative", times=3)
    frozen = leader.page(saved.headers["Location"])
    row = [c.get_text(strip=True) for c in frozen.soup.select_one("#table-themes tbody tr")
           .select("th, td")]
    assert row[:2] == [EHCP, "12"]  # as it was, not the 15 there are now
    second = _save(leader, "Board, May 2026")
    first_id = saved.headers["Location"].rsplit("/", 1)[1]
    second_id = second.headers["Location"].rsplit("/", 1)[1]
    listing = leader.page("/staff/reports/")
    assert "Board, April 2026" in listing.text and "Board, May 2026" in listing.text
    compared = leader.page(f"/staff/reports/compare?first={first_id}&second={second_id}")
    changes = {tuple(c.get_text(strip=True) for c in tr.select("th, td"))
               for tr in compared.soup.select("#changes tbody tr")}
    assert (f"Themes ranked by the number of comments: {EHCP}, Comments", "12", "15",
            "Up 3") in changes


def _save(client, title: str):
    page = client.page(f"/staff/reports/voice?{PERIOD}")
    data = page.form_data("form[action*='/save']")
    data["title"] = title
    return client.post(f"/staff/reports/voice/save?{PERIOD}", data=data)


def test_another_areas_saved_report_is_a_404(signed_in, db, area, known):
    leader = signed_in(Role.LEADER)
    saved = _save(leader, "Board")
    other = signed_in(Role.LEADER, factories.make_area(db))
    assert other.get(saved.headers["Location"]).status_code == 404


def test_pdf_is_tagged_with_title_language_headings_tables_and_charts(app, signed_in, area,
                                                                      known):
    from pypdf import PdfReader

    from coprod.reports import jobs
    leader = signed_in(Role.LEADER)
    page = leader.page(f"/staff/reports/voice?{PERIOD}")
    asked = leader.post(f"/staff/reports/voice/pdf?{PERIOD}",
                        data=page.form_data("form[action*='/pdf']"))
    jobs.run_pending(app)
    response = leader.get(asked.headers["Location"] + ".pdf")
    assert response.mimetype == "application/pdf"
    reader = PdfReader(io.BytesIO(response.data))
    assert reader.metadata.title.startswith("Themed voice report")
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en" and root["/MarkInfo"]["/Marked"]
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Contents" in text and "Themes ranked by the number of comments" in text
    assert EHCP in text and "fewer than 5" in text and "Page 1 of" in text
    tags = _structure_tags(root["/StructTreeRoot"])
    assert {"/H1", "/H2", "/Table", "/TH", "/TD", "/Figure"} <= tags
    figures = _figures_alt(root["/StructTreeRoot"])
    assert figures and all(alt.startswith("Bar chart") for alt in figures)


def _walk(node, seen=None):
    seen = seen if seen is not None else set()
    node = node.get_object() if hasattr(node, "get_object") else node
    if id(node) in seen:
        return
    seen.add(id(node))
    yield node
    kids = node.get("/K") if hasattr(node, "get") else None
    for kid in (kids if isinstance(kids, list) else [kids] if kids is not None else []):
        kid = kid.get_object() if hasattr(kid, "get_object") else kid
        if hasattr(kid, "get"):
            yield from _walk(kid, seen)


def _structure_tags(root) -> set[str]:
    return {str(n.get("/S")) for n in _walk(root) if n.get("/S")}


def _figures_alt(root) -> list[str]:
    return [str(n.get("/Alt")) for n in _walk(root) if n.get("/S") == "/Figure"]


def test_reports_follow_the_permission_table(signed_in, area, known):
    for role in Role:
        client = signed_in(role)
        expected = 200 if role != Role.SAFEGUARDING else 403
        assert client.get(f"/staff/reports/voice?{PERIOD}").status_code == expected
    assert signed_in(Role.FORUM).get("/staff/reports/population").status_code == 403
    assert signed_in(Role.LEADER).page("/").status == 200


def _cli(app, *args):
    from coprod.cli import main
    return app.test_cli_runner().invoke(main, ["report", *args])


def test_report_command_writes_each_format_with_a_progress_line(app, db, area, known,
                                                                tmp_path):
    base = ["--area", area.slug, "--from", "2026-01-01", "--to", "2026-03-31"]
    result = _cli(app, *base, "--format", "xlsx", "--out", str(tmp_path / "r.xlsx"))
    assert result.exit_code == 0, result.output
    assert "Counting themed voice report" in result.stderr
    sheet = load_workbook(tmp_path / "r.xlsx")["Themes by number of comments"]
    assert [c.value for c in sheet[3]][:2] == [EHCP, 12]
    result = _cli(app, *base, "--kind", "evidence-pack", "--format", "csv", "--out",
                  str(tmp_path / "pack"))
    assert result.exit_code == 0, result.output
    log = (tmp_path / "pack" / "participation-log.csv").read_text(encoding="utf-8-sig")
    assert "2026-02-01,Spring drop-in,Listening event,11" in log
    result = _cli(app, *base, "--format", "html", "--out", str(tmp_path / "r.html"))
    html = (tmp_path / "r.html").read_text()
    assert result.exit_code == 0 and "Drawing" in result.stderr
    assert '<html lang="en">' in html and "data:image/svg+xml;base64," in html


def test_report_command_says_what_is_wrong(app, db, area, tmp_path):
    out = str(tmp_path / "r.pdf")
    wrong_area = _cli(app, "--area", "nowhere", "--from", "2026-01-01", "--to", "2026-03-31",
                      "--out", out)
    assert wrong_area.exit_code == 2 and "No area with the slug 'nowhere'" in wrong_area.stderr
    backwards = _cli(app, "--area", area.slug, "--from", "2026-03-31", "--to", "2026-01-01",
                     "--out", out)
    assert "--to (2026-01-01) must be the same as or after --from" in backwards.stderr
    bad_date = _cli(app, "--area", area.slug, "--from", "31/03/2026", "--to", "2026-01-01",
                    "--out", out)
    assert bad_date.exit_code == 2 and "'31/03/2026' does not match the format" in \
        bad_date.stderr
    bad_kind = _cli(app, "--area", area.slug, "--from", "2026-01-01", "--to", "2026-03-31",
                    "--kind", "board", "--out", out)
    assert bad_kind.exit_code == 2 and "'board' is not one of" in bad_kind.stderr


def test_the_self_evaluation_states_its_limit_and_keeps_words_over_it(signed_in, db, area):
    officer = signed_in(Role.OFFICER)
    page = officer.page("/staff/reports/self-evaluation")
    box = page.soup.select_one("textarea#text")
    hints = [page.soup.select_one(f"#{i}").get_text(strip=True)
             for i in box["aria-describedby"].split()]
    assert "You can enter up to 10,000 characters" in hints  # a character count, as comments
    assert box.find_parent(attrs={"data-module": "govuk-character-count"})["data-maxlength"] \
        == "10000"
    too_long = "We listened. " * 800  # 10,400 characters
    refused = officer.submit("/staff/reports/self-evaluation", {"text": too_long})
    assert refused.errors == ["Self-evaluation must be 10,000 characters or fewer"]
    assert refused.soup.select_one("textarea#text").text.strip() == too_long.strip()
