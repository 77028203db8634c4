"""A linked question's counts on an item's page: under 5 hidden, zeros shown, and one more
hidden where the total would give a hidden count away."""

from coprod.yousaid.question_results import shown_counts
from coprod.yousaid.voices import says_something


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
