"""The demo surveys give every results page something real to show."""

from __future__ import annotations

from datetime import date

from sqlmodel import func, select

from coprod.areas.models import Role
from coprod.surveys import demo
from coprod.surveys.models import SurveyResponse
from coprod.voice.models import Comment


def test_demo_surveys_have_hundreds_of_varied_responses_and_voice_comments(signed_in, db, area):
    surveys = demo.seed(db, area, today=date(2026, 11, 20))
    assert sorted(s.slug for s in surveys) == [
        "caseworker", "event-feedback", "preparing-for-adulthood", "send-experience"]
    responses = db.exec(select(SurveyResponse).where(SurveyResponse.area_id == area.id)).all()
    assert len(responses) >= 300
    assert len({r.channel for r in responses}) == 4
    assert len({r.submitted_at.strftime("%Y-%m") for r in responses if r.submitted_at}) >= 5
    assert {r.helped for r in responses} >= {"on_my_own", "family_helped", "answered_for_me"}
    comments = db.exec(select(func.count()).select_from(Comment)
                       .where(Comment.area_id == area.id, Comment.channel == "survey")).one()
    assert comments >= 150
    page = signed_in(Role.LEADER).page(f"/staff/surveys/{surveys[-1].id}/results")
    assert page.status == 200 and page.soup.select("img.coprod-chart")


def test_demo_answers_are_the_same_every_time():
    import random

    from coprod.surveys.definition.survey import load_survey_file
    from tests.survey_factories import SURVEYS_DIR

    defn = load_survey_file(SURVEYS_DIR / "send-experience.yaml")
    plan = demo.PLANS["send-experience"]

    def answers(seed: int) -> list:
        rng = random.Random(seed)
        weights = {q.id: demo._weights(q, rng) for q in defn.questions}
        writer = demo._Writer(rng)
        return [demo._answers(defn, plan, weights, rng, writer) for _ in range(20)]

    assert answers(demo.SEED) == answers(demo.SEED)
    assert answers(demo.SEED) != answers(demo.SEED + 1)


def test_the_second_demo_area_has_its_own_surveys_with_different_answers(db, area):
    from tests import factories

    other = factories.make_area(db, "Southmere SEND Partnership")
    mine = demo.seed(db, area, today=date(2026, 11, 20))
    theirs = demo.seed(db, other, today=date(2026, 11, 20), slug_prefix="southmere-")
    assert sorted(s.slug for s in theirs) == sorted(f"southmere-{s.slug}" for s in mine)
    assert all(s.area_id == other.id for s in theirs)

    def texts(a):
        return [c.original_text for c in db.exec(select(Comment).where(
            Comment.area_id == a.id, Comment.channel == "survey").order_by(Comment.id))]

    assert len(texts(other)) >= 150
    assert texts(other) != texts(area)
