"""A report for one survey, one event or one project, and for several areas at once: only the
areas a person may see reports of, and another area's figures never leak in."""

from __future__ import annotations

from datetime import date

from sqlmodel import select

from coprod.areas.models import Membership, Role
from coprod.charters import services as charters
from coprod.reports import services
from coprod.surveys.models import SurveyResponse
from tests import factories
from tests.factories_reports import responses, said
from tests.factories_voice import make_event
from tests.survey_factories import make_survey

PERIOD = "date_from=1&date_from=1&date_from=2026&date_to=31&date_to=3&date_to=2026"


def _total(report, key: str):
    return report.table(key).rows[-1][1]


def _figures(report) -> tuple:
    return tuple(_total(report, k) for k in ("comments-by-group", "survey-responses",
                                             "event-attendance"))


def test_a_report_for_one_survey_one_event_or_one_project(db, signed_in, area):
    """A survey with 6 responses, 5 of whose comments are in the record; an event (8 young
    people, 3 parents came) with 6 comments; another event with 7; 9 comments by email."""
    survey = make_survey(db, area)
    responses(db, survey, "young_person", date(2026, 2, 5), 6)
    response_ids = db.exec(select(SurveyResponse.id).where(
        SurveyResponse.survey_id == survey.id)).all()
    for rid in response_ids[:5]:
        said(db, area, date(2026, 2, 5), "young_person", "survey", "ehcp", "positive",
             response_id=rid)
    event = make_event(db, area, held_on=date(2026, 2, 1), young_people_count=8,
                       parent_carers_count=3)
    other = make_event(db, area, title="Summer fair", held_on=date(2026, 3, 1),
                       young_people_count=20)
    said(db, area, date(2026, 2, 1), "parent_carer", "event", "ehcp", "negative", times=6,
         event_id=event.id)
    said(db, area, date(2026, 3, 1), "young_person", "event", "ehcp", "negative", times=7,
         event_id=other.id)
    said(db, area, date(2026, 2, 9), "parent_carer", "email", "ehcp", "negative", times=9)
    whole = services.Scope((area.id,), date(2026, 1, 1), date(2026, 3, 31))
    assert _figures(services.voice_report(db, whole, 5)) == (27, 6, 31)
    by_survey = services.Scope(whole.area_ids, whole.date_from, whole.date_to,
                               survey_ids=(survey.id,))
    assert _figures(services.voice_report(db, by_survey, 5)) == (5, 6, 0)
    by_event = services.Scope(whole.area_ids, whole.date_from, whole.date_to,
                              event_ids=(event.id,))
    assert _figures(services.voice_report(db, by_event, 5)) == (6, 0, 11)

    project = charters.save_project(db, area.id, charters.ProjectDetails(
        title="Better plans", stage="delivery", level="co_produce", survey_ids=[survey.id],
        event_ids=[event.id]))
    db.commit()
    leader = signed_in(Role.LEADER)
    page = leader.page(f"/staff/reports/voice?{PERIOD}&project={project.id}")
    assert page.status == 200
    total = page.soup.select_one("#table-comments-by-group tbody tr:last-child td")
    assert total.get_text(strip=True) == "11"  # the survey's 5 and the event's 6
    attendance = page.soup.select_one("#table-event-attendance tbody tr:last-child td")
    assert attendance.get_text(strip=True) == "11"  # 8 young people and 3 parents, one event
    chosen = page.soup.select_one("#project option[selected]")
    assert chosen.get_text(strip=True) == "Better plans"
    empty = charters.save_project(db, area.id, charters.ProjectDetails(
        title="Nothing linked", stage="idea", level="inform"))
    db.commit()
    page = leader.page(f"/staff/reports/voice?{PERIOD}&project={empty.id}")
    assert page.soup.select_one("#table-comments-by-group tbody tr:last-child td") \
        .get_text(strip=True) == "0"  # a project with nothing linked counts nothing


def test_several_areas_only_those_the_person_may_see(db, signed_in, area):
    """The leader leads here and in Northvale; is safeguarding lead (no reports) in Southby;
    is not in Eastwick at all. Each area's comments come from a group of its own."""
    northvale = factories.make_area(db, "Northvale SEND Partnership")
    southby = factories.make_area(db, "Southby SEND Partnership")
    eastwick = factories.make_area(db, "Eastwick SEND Partnership")
    said(db, area, date(2026, 2, 1), "parent_carer", "email", "ehcp", "negative", times=5)
    said(db, northvale, date(2026, 2, 1), "young_person", "email", "ehcp", "negative", times=6)
    said(db, southby, date(2026, 2, 1), "practitioner", "email", "ehcp", "negative", times=7)
    said(db, eastwick, date(2026, 2, 1), "other", "email", "ehcp", "negative", times=8)
    leader = signed_in(Role.LEADER)
    db.add_all([Membership(user_id=leader.user.id, area_id=northvale.id, role=Role.LEADER.value),
                Membership(user_id=leader.user.id, area_id=southby.id,
                           role=Role.SAFEGUARDING.value)])
    db.commit()

    page = leader.page(f"/staff/reports/voice?{PERIOD}")
    offered = [label.get_text(strip=True) for label in page.soup.select(
        "input[name=areas] + label")]
    assert offered == ["Northvale SEND Partnership"]
    assert _group_counts(page) == {"Parent or carer": "5", "Total": "5"}

    both = leader.page(f"/staff/reports/voice?{PERIOD}&areas={northvale.id}")
    assert both.status == 200
    assert "Northvale SEND Partnership" in both.soup.select_one(".govuk-caption-l").text
    assert _group_counts(both) == {"Young person": "6", "Parent or carer": "5", "Total": "11"}

    for not_theirs in (southby, eastwick):
        refused = leader.page(f"/staff/reports/voice?{PERIOD}&areas={not_theirs.id}")
        assert refused.status == 400
        assert refused.errors  # the error summary says which choice is wrong
        assert _group_counts(refused) == {}  # and no report is shown under it
        assert not_theirs.name not in refused.text
    # Asking for a survey of another area is refused the same way.
    theirs = make_survey(db, eastwick)
    refused = leader.page(f"/staff/reports/voice?{PERIOD}&survey={theirs.id}")
    assert refused.status == 400 and refused.errors
    assert _group_counts(refused) == {}


def _group_counts(page) -> dict[str, str]:
    """The shown (not suppressed) counts of "Comments by who said them", 0s left out."""
    rows = page.soup.select("#table-comments-by-group tbody tr")
    found = {}
    for row in rows:
        label = row.th.get_text(strip=True)
        count = row.td.get_text(strip=True)
        if count.isdigit() and count != "0":
            found[label] = count
    return found
