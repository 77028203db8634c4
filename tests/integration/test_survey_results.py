"""Staff read results: counts and percentages, filters, charts with tables, exports, sharing."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime

import pytest

from coprod.areas.models import Role
from coprod.surveys.models import Channel, ResponseStatus
from tests.survey_factories import make_survey
from tests.survey_results_helpers import add_response

MAY = datetime(2026, 5, 10, 12, tzinfo=UTC)
JUNE = datetime(2026, 6, 10, 12, tzinfo=UTC)


@pytest.fixture
def drop_in(db, area):
    """A drop-in survey with 4 counted responses and 1 still being written."""
    survey = make_survey(db, area)
    add_response(db, survey, {"feel": "happy", "say": "Loved it 😊"}, group="young_person",
                 when=MAY)
    add_response(db, survey, {"feel": "happy", "say": "Ça va, merci. 谢谢"},
                 group="parent_carer", channel=Channel.PAPER, when=JUNE)
    add_response(db, survey, {"feel": "sad", "say": "=HYPERLINK(\"x\")"}, group="young_person",
                 when=JUNE)
    add_response(db, survey, {"feel": "ok"}, status=ResponseStatus.PARTIAL,
                 group="parent_carer", when=JUNE)
    add_response(db, survey, {"feel": "sad"}, status=ResponseStatus.IN_PROGRESS, when=JUNE)
    return survey


def _table(page, caption_start: str) -> list[tuple[str, str, str]]:
    for table in page.soup.select("table"):
        if table.caption.get_text(strip=True).startswith(caption_start):
            return [tuple(cell.get_text(strip=True) for cell in row.select("th, td"))
                    for row in table.select("tbody tr")]
    raise AssertionError(f"no table {caption_start!r}")


def test_results_count_complete_and_partial_responses_with_percentages(signed_in, drop_in):
    page = signed_in(Role.OFFICER).page(f"/staff/surveys/{drop_in.id}/results")
    assert page.status == 200
    assert "4 responses" in page.soup.select_one("#response-count").text
    assert _table(page, "Answers to question 1") == [
        ("Happy", "2", "50%"), ("OK", "1", "25%"), ("Sad", "1", "25%"),
        ("I don't understand", "0", "0%")]
    chart = page.soup.select_one("img.coprod-chart")
    assert "4 people answered" in chart["alt"] and "Most chose “Happy” (2, 50%)" in chart["alt"]


def test_free_text_answers_are_listed_escaped(signed_in, drop_in):
    page = signed_in(Role.LEADER).page(f"/staff/surveys/{drop_in.id}/results")
    answers = [li.contents[0].strip() for li in page.soup.select(".coprod-free-text li")]
    assert answers == ['=HYPERLINK("x")', "Ça va, merci. 谢谢", "Loved it 😊"]  # newest first


def test_results_filter_by_group_channel_and_date(signed_in, drop_in):
    officer = signed_in(Role.OFFICER)
    base = f"/staff/surveys/{drop_in.id}/results"
    by_group = officer.page(f"{base}?group=parent_carer")
    assert _table(by_group, "Answers to question 1")[:3] == [
        ("Happy", "1", "50%"), ("OK", "1", "50%"), ("Sad", "0", "0%")]
    by_channel = officer.page(f"{base}?channel=paper")
    assert "1 response" in by_channel.soup.select_one("#response-count").text
    in_may = officer.page(f"{base}?date_from=1&date_from=5&date_from=2026"
                          "&date_to=31&date_to=5&date_to=2026")
    assert "1 response" in in_may.soup.select_one("#response-count").text


def test_an_impossible_filter_date_is_said_the_govuk_way(signed_in, drop_in):
    page = signed_in(Role.OFFICER).page(
        f"/staff/surveys/{drop_in.id}/results?date_from=31&date_from=2&date_from=2026")
    assert page.status == 400
    assert "'Answered from' must be a real date" in page.errors
    # What was typed is kept, and no figures claim to match filters that were not applied.
    assert page.soup.select_one("#date_from-day")["value"] == "31"
    assert page.soup.select_one("#response-count").get_text(strip=True) == (
        "Correct the filters to see the results.")
    assert "match the filters" not in page.text and not page.soup.select("table")


def test_a_from_date_after_the_to_date_is_an_error_not_0_responses(signed_in, drop_in):
    page = signed_in(Role.ADMIN).page(
        f"/staff/surveys/{drop_in.id}/results?date_from=30&date_from=6&date_from=2026"
        "&date_to=1&date_to=5&date_to=2026")
    assert page.status == 400
    message = "'Answered up to' must be the same as or after 'Answered from'"
    assert page.errors == [message]
    link = page.soup.select_one(".govuk-error-summary a")
    assert link.get_text(strip=True) == message and link["href"] == "#date_to-day"
    assert page.soup.select_one("#date_to #date_to-day")  # the 'to' date's boxes
    assert message in page.field_error("date_to")
    assert [page.soup.select_one(f"#date_{end}-{part}")["value"]
            for end in ("from", "to") for part in ("day", "month", "year")] == [
        "30", "6", "2026", "1", "5", "2026"]
    assert "0 responses" not in page.text and not page.soup.select("table")


def test_the_page_shows_an_svg_chart_and_a_png_is_drawn_only_when_asked_for(signed_in, db,
                                                                           drop_in):
    from coprod.common.charts import ChartImage
    client = signed_in(Role.LEADER)
    src = client.page(f"/staff/surveys/{drop_in.id}/results").soup.select_one("img.coprod-chart")
    svg = client.get(src["src"])
    assert svg.status_code == 200
    assert svg.mimetype == "image/svg+xml" and b"<svg" in svg.data
    assert b">Happy</text>" in svg.data  # words stay words (selectable, sharp when zoomed)
    key = src["src"].rsplit("/", 1)[1].removesuffix(".svg")
    db.expire_all()
    assert db.get(ChartImage, key).png is None
    response = client.get(src["src"].replace(".svg", ".png"))
    assert response.mimetype == "image/png"
    assert response.data.startswith(b"\x89PNG\r\n\x1a\n")
    assert client.get(f"/staff/surveys/{drop_in.id}/results/charts/{'0' * 64}.svg"
                      ).status_code == 404


def test_a_repeat_view_draws_no_chart_and_the_key_is_the_numbers_alone(
        signed_in, db, drop_in, monkeypatch):
    """Two people (an officer filtering nothing, a leader) see the same numbers: the same chart
    addresses, drawn once; new numbers give a new address."""
    from coprod.common import charts
    drawn = []
    real_draw = charts.draw
    monkeypatch.setattr(charts, "draw", lambda spec, kind="png": drawn.append(spec.title)
                        or real_draw(spec, kind))

    def chart_sources(role):
        client = signed_in(role)
        sources = [img["src"] for img in client.page(
            f"/staff/surveys/{drop_in.id}/results").soup.select("img.coprod-chart")]
        assert all(client.get(src).status_code == 200 for src in sources)
        return sources

    first = chart_sources(Role.OFFICER)
    assert len(drawn) == len(first) >= 1
    assert chart_sources(Role.LEADER) == first
    assert len(drawn) == len(first), "a repeat view drew a chart again"
    add_response(db, drop_in, {"feel": "sad"}, when=JUNE)
    after = chart_sources(Role.OFFICER)
    assert after[0] != first[0] and len(drawn) == len(first) + 1


def test_csv_export_has_a_bom_one_row_per_response_and_keeps_every_script(signed_in, drop_in):
    response = signed_in(Role.LEADER).get(f"/staff/surveys/{drop_in.id}/responses.csv")
    assert response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    assert response.data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(response.data.decode("utf-8-sig"))))
    assert len(rows) == 4
    assert [r["say"] for r in rows] == ["Loved it 😊", "Ça va, merci. 谢谢",
                                        "'=HYPERLINK(\"x\")", ""]
    assert [r["status"] for r in rows] == ["complete"] * 3 + ["partial"]
    assert rows[1]["channel"] == "paper"


def test_json_export_lists_each_response_with_its_answers(signed_in, drop_in):
    response = signed_in(Role.OFFICER).get(f"/staff/surveys/{drop_in.id}/responses.json")
    assert response.mimetype == "application/json"
    document = json.loads(response.data)
    assert [q["id"] for q in document["questions"]] == ["feel", "say"]
    assert len(document["responses"]) == 4
    assert document["responses"][0]["answers"] == {"feel": "happy", "say": "Loved it 😊"}


def test_qr_codes_are_served_as_png_and_svg(signed_in, drop_in):
    officer = signed_in(Role.OFFICER)
    png = officer.get(f"/staff/surveys/{drop_in.id}/qr.png")
    assert png.mimetype == "image/png" and png.data.startswith(b"\x89PNG")
    svg = officer.get(f"/staff/surveys/{drop_in.id}/qr.svg")
    assert svg.mimetype == "image/svg+xml" and b"<svg" in svg.data
    share = officer.page(f"/staff/surveys/{drop_in.id}/share")
    assert share.soup.select_one("#public-link")["value"].endswith(f"/surveys/{drop_in.slug}/")


def test_paper_version_mirrors_the_questions_with_easy_read_words_and_tick_boxes(
        signed_in, db, area):
    survey = make_survey(db, area, template="event-feedback")
    page = signed_in(Role.FORUM).page(f"/staff/surveys/{survey.id}/paper")
    questions = page.soup.select(".coprod-paper__question")
    assert len(questions) == 10  # 9 questions and "Did someone help you answer?"
    assert "What did you like?" in questions[4].get_text()  # its easy-read words
    assert questions[0].select(".coprod-paper__box")
    assert questions[0].select_one("img")["alt"]
    assert "Only answer this if you ticked" in questions[3].get_text()
    assert page.soup.select(".coprod-paper__line")
    share = questions[6].get_text(" ", strip=True)  # asked on paper too, after the words
    assert "Can we share your words?" in share and "No, do not share my words" in share


def test_leader_sees_results_but_cannot_edit(signed_in, drop_in):
    leader = signed_in(Role.LEADER)
    listing = leader.page("/staff/surveys/")
    assert listing.status == 200
    assert not listing.soup.select(f"a[href='/staff/surveys/{drop_in.id}']")
    assert leader.get(f"/staff/surveys/{drop_in.id}/results").status_code == 200
    for path in ("", "/details", "/questions/new", "/publish", "/share"):
        assert leader.get(f"/staff/surveys/{drop_in.id}{path}").status_code == 403, path


def test_safeguarding_lead_sees_neither_results_nor_the_builder(signed_in, drop_in):
    lead = signed_in(Role.SAFEGUARDING)
    for path in ("/", f"/{drop_in.id}", f"/{drop_in.id}/results", f"/{drop_in.id}/responses.csv"):
        assert lead.get(f"/staff/surveys{path}").status_code == 403, path


def test_an_answer_hidden_by_other_answers_is_not_counted(signed_in, db, area):
    survey = make_survey(db, area, template="event-feedback")
    add_response(db, survey, {"how_was_it": "happy", "easy_to_join_in": "yes",
                              "what_was_hard": ["noisy_or_busy"]})
    add_response(db, survey, {"how_was_it": "sad", "easy_to_join_in": "no",
                              "what_was_hard": ["hard_words"]})
    page = signed_in(Role.OFFICER).page(f"/staff/surveys/{survey.id}/results")
    rows = dict((label, count) for label, count, _ in _table(page, "Answers to question 4"))
    assert rows["It was too noisy or too busy"] == "0"
    assert rows["The words were hard to understand"] == "1"


def test_counting_in_sql_gives_what_reading_every_response_gives(db, area):
    """The results page's aggregate counting agrees with reading each response, hidden answers,
    free text, "did someone help you" and filters included."""
    from coprod.surveys.definition import library
    from coprod.surveys.results import services as results
    survey = make_survey(db, area, template="event-feedback")
    add_response(db, survey, {"how_was_it": "happy", "easy_to_join_in": "yes",
                              "what_was_hard": ["noisy_or_busy"], "do_better": "Quiet room"},
                 helped="on_my_own")
    add_response(db, survey, {"how_was_it": "sad", "easy_to_join_in": "no",
                              "what_was_hard": ["hard_words", "noisy_or_busy"]},
                 group="young_person", when=JUNE)
    add_response(db, survey, {"how_was_it": "sad", "easy_to_join_in": "no",
                              "what_was_hard": ["hard_words"]}, status=ResponseStatus.PARTIAL,
                 group="young_person", when=MAY, helped="someone_helped")
    add_response(db, survey, {"how_was_it": "ok"}, status=ResponseStatus.IN_PROGRESS)
    defn = library.current_definition(db, survey)

    def shown(found):
        return [(r.question.id, r.answered, [(o.value, o.count, o.percent) for o in r.options],
                 sorted((t.response_id, t.text, t.group, t.answered_on) for t in r.texts))
                for r in found]

    for filters in (results.ResultFilters(), results.ResultFilters(group="young_person"),
                    results.ResultFilters(date_from=JUNE.date())):
        rows = results.response_rows(db, survey.id, filters)
        found, total = results.counted_results(db, survey.id, defn, filters)
        assert total == len(rows)
        assert shown(found) == shown(results.question_results(defn, rows))
    everyone, _ = results.counted_results(db, survey.id, defn, results.ResultFilters())
    hard = {o.value: o.count for o in everyone[3].options}
    assert hard["hard_words"] == 2 and hard["noisy_or_busy"] == 1


BACKWARDS = ("date_from=30&date_from=6&date_from=2026&date_to=1&date_to=5&date_to=2026",
             "'Answered up to' must be the same as or after 'Answered from'")
NO_SUCH_DAY = ("date_from=31&date_from=2&date_from=2026", "'Answered from' must be a real date")
# Values the lists do not have: they matched nothing ("0 responses") under boxes showing
# "Any way" and "Everyone", and downloaded a file of headings alone.
NO_SUCH_CHANNEL = ("channel=nonsense", "Select how they answered from the list")
NO_SUCH_GROUP = ("group=nobody", "Select a respondent group from the list")


@pytest.mark.parametrize("kind", ["csv", "codes.csv", "json"])
@pytest.mark.parametrize("query,message", [BACKWARDS, NO_SUCH_DAY, NO_SUCH_CHANNEL,
                                           NO_SUCH_GROUP])
def test_a_responses_export_with_wrong_filters_gives_no_file_but_says_why(
        signed_in, drop_in, kind, query, message):
    """Someone who types or edits the export's address gets the results page's error, never
    every response under filters that were not applied."""
    page = signed_in(Role.OFFICER).page(f"/staff/surveys/{drop_in.id}/responses.{kind}?{query}")
    assert page.status == 400
    assert page.response.mimetype == "text/html"
    assert "attachment" not in page.response.headers.get("Content-Disposition", "")
    assert page.h1 == "Results" and page.errors == [message]
    assert "Loved it" not in page.text and not page.soup.select("table")


@pytest.mark.parametrize("query,message", [NO_SUCH_CHANNEL, NO_SUCH_GROUP])
def test_a_filter_value_the_list_does_not_have_is_an_error_not_0_responses(
        signed_in, drop_in, query, message):
    page = signed_in(Role.OFFICER).page(f"/staff/surveys/{drop_in.id}/results?{query}")
    assert page.status == 400 and page.errors == [message]
    assert "0 responses" not in page.text and not page.soup.select("table")
