"""Counting results: percentages of those who answered, hidden answers left out, alt text."""

from __future__ import annotations

from datetime import UTC, datetime

from coprod.common.charts import draw
from coprod.surveys.definition.survey import survey_from_dict
from coprod.surveys.models import SurveyResponse
from coprod.surveys.results.charts import chart_alt, chart_spec
from coprod.surveys.results.exports import BOM, responses_csv
from coprod.surveys.results.services import ResponseRow, percent, question_results
from tests.survey_factories import tiny_definition


def _rows(*answers: dict) -> list[ResponseRow]:
    when = datetime(2026, 5, 1, tzinfo=UTC)
    return [ResponseRow(SurveyResponse(id=n, area_id=1, survey_id=1, version_id=1,
                                       resume_hash=str(n), status="complete", submitted_at=when,
                                       helped="on_my_own" if n % 2 else None), 1, given)
            for n, given in enumerate(answers, start=1)]


DEFN = survey_from_dict(tiny_definition("drop-in"))


def test_percentages_round_half_up_and_never_divide_by_zero():
    assert [percent(1, 3), percent(2, 3), percent(1, 8), percent(0, 0)] == [33, 67, 13, 0]


def test_counts_are_of_the_people_who_answered_each_question():
    rows = _rows({"feel": "happy"}, {"feel": "happy"}, {"feel": "sad"}, {"say": "Only words"})
    feel, say, helped = question_results(DEFN, rows)
    assert feel.answered == 3
    assert [(o.value, o.count, o.percent) for o in feel.options] == [
        ("happy", 2, 67), ("ok", 0, 0), ("sad", 1, 33), ("dont_understand", 0, 0)]
    assert [t.text for t in say.texts] == ["Only words"]
    assert helped.question.id == "helped_answer" and helped.answered == 2


def test_an_answer_only_an_earlier_version_offered_is_still_counted():
    feel = question_results(DEFN, _rows({"feel": "meh"}))[0]
    assert ("meh", "meh", 1, 100) in [(o.value, o.label, o.count, o.percent)
                                      for o in feel.options]


def test_chart_alt_text_names_the_most_chosen_answers():
    feel = question_results(DEFN, _rows({"feel": "happy"}, {"feel": "happy"}, {"feel": "sad"}))[0]
    assert chart_alt(feel) == ("Bar chart for “How did you feel?”, 3 people answered. Most chose "
                               "“Happy” (2, 67%), then “Sad” (1, 33%). The table beside it has "
                               "every number.")
    assert draw(chart_spec(feel)).startswith(b"\x89PNG")
    assert b"<svg" in draw(chart_spec(feel), "svg")


def test_csv_starts_with_a_bom_and_guards_against_formulas():
    text = responses_csv(DEFN, _rows({"feel": "happy", "say": "@SUM(A1)"}))
    assert text.startswith(BOM)
    assert text.splitlines()[1].endswith(",happy,'@SUM(A1)")
