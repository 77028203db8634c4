"""A chart is served only inside the area whose numbers it draws: a person signed in to another
area who has somehow got hold of its address (from a saved report, a shared PDF, or by guessing
small counts and hashing them) gets "not found", on every kind of chart."""

from __future__ import annotations

from datetime import date

from coprod.areas.models import Role
from tests import factories
from tests.factories_reports import said
from tests.factories_yousaid import make_item
from tests.survey_factories import make_survey
from tests.survey_results_helpers import add_response

PERIOD = "date_from=1&date_from=1&date_from=2026&date_to=31&date_to=3&date_to=2026"


def _chart_sources(client, page: str) -> list[str]:
    sources = [img["src"] for img in client.page(page).soup.select("img.coprod-chart")]
    assert sources and all(client.get(src).status_code == 200 for src in sources)
    return sources


def test_another_areas_charts_are_not_found_by_their_address(signed_in, db, area):
    said(db, area, date(2026, 2, 10), "parent_carer", "email", "ehcp", "negative", times=7)
    make_item(db, area, you_said="The bus is late", status="agreed", owner="Council",
              themes=["transport"])
    survey = make_survey(db, area)
    for _ in range(6):
        add_response(db, survey, {"feel": "happy"}, group="young_person")
    leader = signed_in(Role.LEADER)
    ours = (_chart_sources(leader, f"/staff/reports/voice?{PERIOD}")
            + _chart_sources(leader, "/staff/you-said-we-did/measures")
            + _chart_sources(leader, f"/staff/surveys/{survey.id}/results"))

    other = factories.make_area(db)
    their_survey = make_survey(db, other)
    stranger = signed_in(Role.ADMIN, other)
    for src in ours:
        # a survey chart is asked for under the other area's own survey, as a person would try
        src = src.replace(f"/surveys/{survey.id}/", f"/surveys/{their_survey.id}/")
        assert stranger.get(src).status_code == 404, src
    # and the same numbers in the other area draw a chart of their own, at another address
    said(db, other, date(2026, 2, 10), "parent_carer", "email", "ehcp", "negative", times=7)
    theirs = _chart_sources(stranger, f"/staff/reports/voice?{PERIOD}")
    assert not set(theirs) & set(ours)
