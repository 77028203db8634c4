"""The loop measures on known data, every number worked out by hand below."""

from datetime import date, timedelta

import pytest
from sqlmodel import select

from coprod.areas.models import Role
from coprod.yousaid import evidence
from coprod.yousaid.measures import Group, measures, summary
from coprod.yousaid.models import FamiliesTold, YouSaidItem
from tests.factories_voice import make_comment, make_event
from tests.factories_yousaid import make_item

TODAY = date.today()
BASE = TODAY - timedelta(days=100)


@pytest.fixture
def seven_items(db, area):
    """A: done 10 days after its first comment, told.  B: done 29 days after, not told.
    C: done 20 days after its event, told.  D: in progress, target passed (overdue).
    E: agreed, target ahead.  F: can't do, target passed (finished, so not overdue).  G: new."""
    a = make_item(db, area, you_said="A", status="done", we_did="x", owner="Council",
                  themes=["transport"], done_on=BASE + timedelta(days=10))
    b = make_item(db, area, you_said="B", status="done", we_did="x", owner="Council",
                  themes=["ehcp"], done_on=BASE + timedelta(days=34))
    c = make_item(db, area, you_said="C", status="done", we_did="x", owner="ICB",
                  themes=["ehcp", "transport"], done_on=BASE + timedelta(days=40))
    make_item(db, area, you_said="D", status="in_progress", owner="ICB", themes=["ehcp"],
              target_on=TODAY - timedelta(days=30))
    make_item(db, area, you_said="E", status="agreed", target_on=TODAY + timedelta(days=30))
    make_item(db, area, you_said="F", status="cant_do", reason="No money", owner="Council",
              target_on=TODAY - timedelta(days=100))
    make_item(db, area, you_said="G")
    evidence.link_comments(db, a, [make_comment(db, area, "a", said_on=BASE).id],
                           viewer_role="officer")
    b_said = [make_comment(db, area, text, said_on=BASE + timedelta(days=days)).id
              for text, days in (("b", 5), ("b2", 9))]
    evidence.link_comments(db, b, b_said, viewer_role="officer")
    evidence.link_event(db, c, make_event(db, area, held_on=BASE + timedelta(days=20)).id)
    for item in (a, c):
        db.add(FamiliesTold(item_id=item.id, area_id=area.id, told_on=TODAY, how="newsletter"))
    db.commit()


def test_every_measure_on_known_data(db, area, seven_items):
    m = measures(db, area.id, today=TODAY)
    assert m.total == 7
    assert m.by_status == {"new": 1, "agreed": 1, "in_progress": 1, "done": 3, "cant_do": 1}
    assert m.share_done == pytest.approx(3 / 7)
    assert m.median_days_to_done == 20  # of 10, 29 and 20 days
    assert (m.done_told, m.share_done_told) == (2, pytest.approx(2 / 3))
    assert m.overdue == 1  # D only: F is past its date but finished
    assert m.by_owner == [Group("Council", 3, 2, 1, 0), Group("ICB", 2, 1, 1, 1),
                          Group("No owner yet", 2, 0, 0, 0)]
    assert m.by_theme == [Group("No theme yet", 3, 0, 0, 0), Group("ehcp", 3, 2, 1, 1),
                          Group("transport", 2, 2, 2, 0)]
    assert summary(m) == [
        "There are 7 items. 3 are done (43%).",
        "Families were told about 2 of the 3 done items (67%).",
        "Half of the done items took 20 days or fewer from the first evidence to done.",
        "1 item is past its target date and not finished."]


def test_a_period_counts_only_items_started_in_it(db, area, seven_items):
    last_year = (TODAY - timedelta(days=400), TODAY - timedelta(days=300))
    assert measures(db, area.id, last_year, today=TODAY).total == 0
    # The days the items were started on (a run that passes midnight starts them tomorrow).
    started = sorted({i.created_at.date() for i in db.exec(select(YouSaidItem))})
    assert measures(db, area.id, (started[0], started[-1]), today=TODAY).total == 7
    assert measures(db, area.id, (started[0] - timedelta(days=1),) * 2, today=TODAY).total == 0


def test_no_items_means_no_shares_rather_than_zero(db, area):
    m = measures(db, area.id)
    assert (m.total, m.share_done, m.median_days_to_done, m.share_done_told) == (0, None, None,
                                                                                  None)
    assert summary(m) == ["There are no items yet."]


def test_the_leaders_page_shows_each_chart_with_its_numbers(signed_in, db, area, seven_items):
    page = signed_in(Role.LEADER).page("/staff/you-said-we-did/measures")
    assert page.soup.select_one("#share-done").get_text(strip=True) == "43%"
    assert page.soup.select_one("#median-days").get_text(strip=True) == "20"
    assert page.soup.select_one("#share-told").get_text(strip=True) == "67%"
    assert page.soup.select_one("#overdue").get_text(strip=True) == "1"
    status_rows = [tr.get_text(" ", strip=True) for tr in page.soup.select("#by-status tbody tr")]
    assert status_rows == ["New 1", "Agreed 1", "In progress 1", "Done 3", "Can't do 1"]
    theme_rows = [tr.get_text(" ", strip=True) for tr in page.soup.select("#by-theme tbody tr")]
    assert "EHC needs assessments and plans 3 2 1 1" in theme_rows
    for img in page.soup.select("img.coprod-chart"):
        assert img["alt"]
        chart = signed_in(Role.LEADER).get(img["src"])
        assert chart.status_code == 200 and chart.data[:4] == b"\x89PNG"
