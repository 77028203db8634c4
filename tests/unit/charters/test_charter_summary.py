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


def test_officers_evidence_is_shown_with_its_score_and_names_taken_out():
    rows = [RatingRow("close_the_loop", "officer", 1, date(2026, 5, 1),
                      "Nobody rang Sarah Jones back.", "Short breaks")]
    [loop] = summarise(rows, PRINCIPLES[1:], SOURCES)
    assert "Sarah Jones" not in loop.evidence[0].evidence
    assert (loop.evidence[0].project, loop.evidence[0].score) == ("Short breaks", 1)


FAMILY_WORDS = ["We waited months.", "Nobody rang Sarah Jones back.", "asked early",
                "Felt heard.", "Better than last year."]


def _family(scores, words, project="Short breaks", project_id=3):
    return [RatingRow("close_the_loop", "family", score, date(2026, 5, day + 1), said,
                      project, project_id)
            for day, (score, said) in enumerate(zip(scores, words, strict=True))]


def test_four_families_words_are_held_back_and_never_beside_a_score():
    [loop] = summarise(_family([1, 2, 3, 4], FAMILY_WORDS[:4]), PRINCIPLES[1:], SOURCES)
    assert loop.evidence == []
    [held] = loop.words
    assert (held.source, held.project, held.said, held.held_back) == (
        "family", "Short breaks", (), True)


def test_five_families_words_are_shown_sorted_with_no_scores_and_names_taken_out():
    [loop] = summarise(_family([1, 2, 3, 4, 2], FAMILY_WORDS), PRINCIPLES[1:], SOURCES)
    assert loop.evidence == []
    [shown] = loop.words
    assert not shown.held_back
    assert list(shown.said) == sorted(shown.said, key=str.casefold)  # not the order given
    assert shown.said[0] == "asked early" and "We waited months." in shown.said
    assert not any("Sarah Jones" in said for said in shown.said)
    assert not hasattr(shown, "score")


def test_the_five_are_counted_per_project_not_across_projects():
    rows = (_family([1, 2, 3], FAMILY_WORDS[:3], "Short breaks", 3)
            + _family([4, 4], FAMILY_WORDS[3:], "EHC plan template", 6))
    [loop] = summarise(rows, PRINCIPLES[1:], SOURCES)
    assert [(w.project, w.held_back) for w in loop.words] == [
        ("EHC plan template", True), ("Short breaks", True)]


def test_a_rating_without_words_still_counts_towards_the_five():
    [loop] = summarise(_family([1, 2, 3, 4, 2], ["Felt heard.", "", "", "", ""]),
                       PRINCIPLES[1:], SOURCES)
    assert loop.words[0].said == ("Felt heard.",)


def test_two_officers_ratings_are_counted_and_averaged_as_their_named_scores_show():
    """Each officer's score is on the page beside their name and evidence: "fewer than 5"
    above it hid nothing and told the officer nothing. A family's stay held back."""
    officers, families = figure("officer", [3, 4]), figure("family", [3, 4])
    assert (officers.shown_count, officers.shown_average) == ("2", "3.5")
    assert (families.shown_count, families.shown_average) == ("fewer than 5", "fewer than 5")
