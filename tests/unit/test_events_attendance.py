"""Attendance by financial quarter, and counts that are safe to publish."""

from datetime import date

import pytest

from coprod.events.attendance import Quarter, financial_quarter, public_count, totals_by_quarter
from coprod.events.models import ListeningEvent


@pytest.mark.parametrize("day,quarter", [
    (date(2025, 4, 1), Quarter(2025, 1)), (date(2025, 6, 30), Quarter(2025, 1)),
    (date(2025, 7, 1), Quarter(2025, 2)), (date(2025, 12, 31), Quarter(2025, 3)),
    (date(2026, 1, 1), Quarter(2025, 4)), (date(2026, 3, 31), Quarter(2025, 4)),
])
def test_the_financial_year_starts_in_april(day, quarter):
    assert financial_quarter(day) == quarter


def test_quarter_labels_say_which_months():
    assert Quarter(2025, 1).label == "2025-26 Q1 (April to June 2025)"
    assert Quarter(2025, 4).label == "2025-26 Q4 (January to March 2026)"


def test_totals_add_up_by_quarter_and_overall():
    events = [ListeningEvent(area_id=1, title="a", event_type="drop_in", held_on=date(2025, 5, 1),
                             parent_carers_count=10, young_people_count=2),
              ListeningEvent(area_id=1, title="b", event_type="drop_in", held_on=date(2025, 6, 1),
                             parent_carers_count=3),
              ListeningEvent(area_id=1, title="c", event_type="drop_in", held_on=date(2026, 2, 1),
                             practitioners_count=4)]
    quarters, overall = totals_by_quarter(events)
    assert [q for q, _t in quarters] == [Quarter(2025, 4), Quarter(2025, 1)]
    first_quarter = quarters[1][1]
    assert first_quarter.events == 2 and first_quarter.by_group["parent_carers_count"] == 13
    assert first_quarter.total == 15
    assert overall.total == 19 and overall.events == 3


@pytest.mark.parametrize("number,shown", [(0, "fewer than 5"), (4, "fewer than 5"), (5, "5"),
                                          (120, "120")])
def test_small_numbers_are_never_published(number, shown):
    assert public_count(number) == shown
