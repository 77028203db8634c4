"""Adding up ratings: averages only from 5 ratings up, the officer-family gap in words, and
figures per quarter; every expected number below is worked out by hand."""

from datetime import date

from coprod.charters.summary import RatingRow, disagreement, figure, quarter, summarise

PRINCIPLES = [("tell_my_story_once", "Tell my story once"), ("close_the_loop", "Close the loop")]
SOURCES = ("officer", "family")


def _rows(principle, source, scores, day=date(2026, 5, 1)):
    return [RatingRow(principle, source, score, day) for score in scores]


def test_five_ratings_are_averaged_and_four_are_not():
    assert figure("family", [1, 2, 1, 2, 2]).average == 1.6  # 8 / 5
    four = figure("family", [4, 4, 4, 1])
    assert (four.average, four.shown_average, four.shown_count) == (
        None, "fewer than 5", "fewer than 5")
    assert figure("family", []).shown_average == "no ratings"


def test_officers_think_we_did_well_and_families_do_not_agree():
    rows = (_rows("tell_my_story_once", "officer", [4, 3, 4, 3, 3])     # 17 / 5 = 3.4
            + _rows("tell_my_story_once", "family", [1, 2, 1, 2, 2, 1]))  # 9 / 6 = 1.5
    [story, loop] = summarise(rows, PRINCIPLES, SOURCES)
    assert (story.figures["officer"].average, story.figures["family"].average) == (3.4, 1.5)
    assert story.disagreement == ("Officers think we did well on ‘Tell my story once’; "
                                  "families do not agree.")
    assert loop.disagreement is None and loop.figures["officer"].count == 0


def test_less_than_a_point_apart_is_agreement():
    rows = (_rows("close_the_loop", "officer", [3, 3, 3, 3, 2])   # 2.8
            + _rows("close_the_loop", "family", [2, 2, 2, 2, 1]))  # 1.8: exactly 1 apart
    assert summarise(rows, PRINCIPLES[1:], SOURCES)[0].disagreement is not None
    rows[-1] = RatingRow("close_the_loop", "family", 2, date(2026, 5, 1))  # 2.0: 0.8 apart
    assert summarise(rows, PRINCIPLES[1:], SOURCES)[0].disagreement is None


def test_no_gap_is_claimed_from_fewer_than_five_ratings():
    rows = (_rows("tell_my_story_once", "officer", [4, 4, 4, 4, 4])
            + _rows("tell_my_story_once", "family", [1, 1, 1, 1]))
    [story, _loop] = summarise(rows, PRINCIPLES, SOURCES)
    assert story.disagreement is None
    assert story.figures["family"].shown_average == "fewer than 5"


def test_families_higher_than_officers_is_said_the_other_way_round():
    high, low = figure("family", [4, 4, 3, 4, 4]), figure("officer", [2, 2, 2, 2, 1])
    assert disagreement("Value every voice", low, high) == (
        "Families think we did well on ‘Value every voice’; officers do not agree.")


def test_both_sides_low_but_a_point_apart_is_said_with_numbers():
    officers, families = figure("officer", [2, 2, 2, 2, 2]), figure("family", [1] * 5)
    assert disagreement("Close the loop", officers, families) == (
        "Officers rate ‘Close the loop’ a point or more higher than families do "
        "(2.0 against 1.0 out of 4).")


def test_ratings_over_time_are_grouped_by_quarter_oldest_first():
    rows = (_rows("close_the_loop", "family", [1] * 5, date(2026, 2, 10))
            + _rows("close_the_loop", "family", [3, 3], date(2026, 8, 1)))
    [loop] = summarise(rows, PRINCIPLES[1:], SOURCES)
    assert [label for label, _ in loop.over_time] == ["Jan to Mar 2026", "Jul to Sep 2026"]
    assert loop.over_time[0][1]["family"].average == 1.0
    assert loop.over_time[1][1]["family"].shown_count == "fewer than 5"
    assert quarter(date(2026, 12, 31)) == "Oct to Dec 2026"


def test_evidence_is_shown_with_names_taken_out():
    rows = [RatingRow("close_the_loop", "family", 1, date(2026, 5, 1),
                      "Nobody rang Sarah Jones back.", "Short breaks")]
    [loop] = summarise(rows, PRINCIPLES[1:], SOURCES)
    assert "Sarah Jones" not in loop.evidence[0].evidence
    assert loop.evidence[0].project == "Short breaks"
