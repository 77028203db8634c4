"""A linked question's counts on an item's page: under 5 hidden, zeros shown, and one more
hidden where the total would give a hidden count away."""

from coprod.common.small_numbers import Hidden, suppress, total_cell
from coprod.yousaid.models import EvidenceLink
from coprod.yousaid.question_results import shown_counts as reads
from coprod.yousaid.question_results import shown_question
from coprod.yousaid.voices import says_something


def shown_counts(counts: list[int], total: int) -> list[int | None]:
    """Which counts are shown: None where one is hidden, however it reads."""
    return [n if isinstance(n, int) else None for n in reads(counts, total)]


def test_small_counts_are_hidden_and_zeros_are_shown():
    assert shown_counts([1, 2, 7], 10) == [None, None, 7]
    assert shown_counts([0, 2, 0], 2) == [0, None, 0]


def test_one_hidden_count_hides_the_smallest_shown_one_when_the_total_is_shown():
    assert shown_counts([3, 6, 9], 18) == [None, None, 9]
    assert shown_counts([0, 3, 7], 10) == [0, None, None]  # else 3 would be 10 - 7 - 0
    # people could choose more than one answer: the total gives nothing away
    assert shown_counts([3, 6, 9], 12) == [None, 6, 9]


def test_i_dont_understand_and_not_applicable_say_nothing():
    assert says_something("sad") and says_something(["school", "dont_understand"])
    assert not says_something("dont_understand") and not says_something(["not_applicable"])
    assert not says_something("") and not says_something(None) and not says_something([])


def test_a_zero_is_never_the_count_hidden_too_unlike_in_report_tables():
    """Pinned before shown_counts was folded into small_numbers.suppress: where the report
    tables hide a 0 as the second count, an item's page hides the smallest count above 0."""
    # 1 and 1 add up to 2, so each would be known: the 6 is hidden too, the 0 stays shown.
    assert shown_counts([1, 1, 0, 6, 10], 18) == [None, None, 0, None, 10]
    assert shown_counts([3, 6, 6], 15) == [None, None, 6]  # the first of two smallest
    # Nothing above 0 left to hide: nothing more is hidden, and the total of 8 (which would give
    # the two 4s away) is hidden instead: see the test below.
    assert shown_counts([4, 4, 0], 8) == [None, None, 0]
    assert shown_counts([0, 4, 0], 4) == [0, None, 0]  # a total under 5 gives nothing away
    assert shown_counts([0, 0], 0) == [0, 0]
    assert shown_counts([], 0) == []


def test_counts_hidden_beside_one_hidden_too_all_read_hidden_and_only_then():
    few, hidden = Hidden.FEWER, Hidden.HIDDEN
    assert reads([1, 2, 7], 10) == [few, few, 7]
    assert reads([0, 3, 7], 10) == [0, hidden, hidden]  # the 7 is not "fewer than 5"
    assert reads([3, 6, 9], 12) == [few, 6, 9]


def test_the_total_is_hidden_where_no_other_count_is_left_to_hide():
    """4 and 4 of 8, "fewer than 5" each: the 8 gives both away, and with nothing else to hide
    (two groups, or zeros that are always shown) the total reads "hidden" instead."""
    assert total_cell([4, 4], 8) is Hidden.HIDDEN
    assert total_cell([4, 4, 0], 8, zeros_shown=True) is Hidden.HIDDEN
    assert total_cell([1, 1, 1], 3) is None  # under 5: "fewer than 5", as before
    assert total_cell([4, 4, 0], 8) == 8  # the 0 is hidden too instead
    assert suppress([4, 4, 0], total=8) == [Hidden.HIDDEN] * 3
    assert total_cell([3, 4], 7) == 7  # 3 and 4, or 4 and 3: neither is known
    assert total_cell([4, 4, 6], 14) == 14  # the 6 is hidden too
    assert total_cell([4, 4, 9], 12) == 12  # more than one answer each: the sum is not it


def test_a_linked_question_answered_4_and_4_hides_how_many_answered():
    link = EvidenceLink(item_id=1, area_id=1, kind="question", question_id="q", snapshot={
        "survey_title": "Short breaks", "question": "Did you enjoy it?", "answered": 8,
        "options": [{"label": "Yes", "count": 4, "percent": 50},
                    {"label": "No", "count": 4, "percent": 50},
                    {"label": "Not sure", "count": 0, "percent": 0}]})
    shown = shown_question(link, counts_as_said=True)
    assert shown.answered is Hidden.HIDDEN
    assert [o.count for o in shown.options] == ["fewer than 5", "fewer than 5", 0]
    assert "cannot be worked out" in shown.hidden_note
