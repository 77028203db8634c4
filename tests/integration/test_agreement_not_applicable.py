"""Issue 18: "Not applicable" on an agreement question is counted on its own, never in the base
of the percentages, so people the statement does not fit do not shrink the share who agree."""

from __future__ import annotations

import pytest

from coprod.areas.models import Role
from coprod.surveys.definition import library
from coprod.surveys.results.charts import chart_alt
from coprod.surveys.results.services import (
    ResultFilters,
    counted_results,
    question_results,
    response_rows,
)
from coprod.yousaid import evidence
from tests.survey_factories import make_survey, tiny_definition
from tests.survey_results_helpers import add_response

# 6 people agree, 2 disagree, 4 say the statement is not about them: 75% agree, not 50%.
ANSWERS = ["agree"] * 3 + ["strongly_agree"] * 3 + ["disagree"] * 2 + ["not_applicable"] * 4


@pytest.fixture
def short_breaks(db, area):
    definition = tiny_definition("short-breaks", easy_read=False)
    definition["questions"].insert(0, {
        "id": "helped", "type": "agreement", "text": "Short breaks helped my family",
        "offer_not_applicable": True})
    survey = make_survey(db, area, definition=definition)
    for answer in ANSWERS:
        add_response(db, survey, {"helped": answer, "feel": "ok"})
    return survey


def _rows(page) -> list[tuple[str, ...]]:
    table = page.soup.select("table")[0]
    return [tuple(cell.get_text(strip=True) for cell in row.select("th, td"))
            for row in table.select("tbody tr")]


def test_officer_sees_agreement_shares_of_those_who_gave_a_view(signed_in, short_breaks):
    page = signed_in(Role.OFFICER).page(f"/staff/surveys/{short_breaks.id}/results")
    assert _rows(page) == [
        ("Strongly agree", "3", "38%"), ("Agree", "3", "38%"),
        ("Neither agree nor disagree", "0", "0%"), ("Disagree", "2", "25%"),
        ("Strongly disagree", "0", "0%"), ("Not applicable", "4", "Not counted")]
    note = page.soup.select_one(".coprod-not-applicable").get_text()
    assert "Percentages are of the 8 people who gave a view" in note
    alt = page.soup.select_one("img.coprod-chart")["alt"]
    assert "8 people answered" in alt
    assert "4 more said “Not applicable”, not counted in the percentages" in alt


def test_counting_in_sql_and_reading_every_response_agree_on_the_base(db, app, short_breaks):
    defn = library.current_definition(db, short_breaks)
    in_sql, _total = counted_results(db, short_breaks.id, defn, ResultFilters())
    read = question_results(defn, response_rows(db, short_breaks.id, ResultFilters()))
    for result in (in_sql[0], read[0]):
        assert (result.answered, result.not_applicable, result.base) == (12, 4, 8)
        shares = {o.value: o.percent for o in result.options}
        assert shares["disagree"] == 25 and shares["not_applicable"] is None
    with app.test_request_context():
        assert "(3, 38%)" in chart_alt(in_sql[0])


def test_a_question_everyone_found_not_applicable_says_so(db, app, area):
    definition = tiny_definition("nobody-fits", easy_read=False)
    definition["questions"].insert(0, {"id": "helped", "type": "agreement", "text": "It helped",
                                       "offer_not_applicable": True})
    survey = make_survey(db, area, definition=definition)
    add_response(db, survey, {"helped": "not_applicable", "feel": "ok"})
    defn = library.current_definition(db, survey)
    result = counted_results(db, survey.id, defn, ResultFilters())[0][0]
    assert result.base == 0
    with app.test_request_context():
        assert "all 1 people who answered said “Not applicable”" in chart_alt(result)


def test_a_linked_result_on_a_you_said_item_keeps_not_applicable_out_of_the_shares(
        db, area, short_breaks):
    snapshot = evidence.question_snapshot(db, short_breaks, "helped")
    shares = {o["label"]: o["percent"] for o in snapshot["options"]}
    assert shares["Disagree"] == 25 and shares["Not applicable"] is None
