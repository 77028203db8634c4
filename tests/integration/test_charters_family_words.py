"""Families rate a project anonymously ("Nobody will know which answers are yours"), so the
staff pages never put a family's words beside their own rating, and show their words at all
only once 5 families have rated that project on that principle, in A to Z order (audit3 #3)."""

import pytest

from coprod.areas.models import Role
from coprod.charters import evaluation
from tests.factories_charters import make_charter, make_link, make_project

WORDS = ["Our plan came late again.", "I had to explain my son's needs again.",
         "Meetings were at school pick-up time.", "Better than last year.",
         "We asked for Jo Bloggs to ring 07700 900123 about the plan."]
URLS = ("/staff/charters/evaluation", "/staff/charters/projects/{id}/")
SCORE_WORDS = ("of 4", "(Not at all)", "(A little)", "(Mostly)", "(Fully)")


@pytest.fixture
def project(db, area):
    make_charter(db, area)
    return make_project(db, area)


def _families_rate(app, project, db, count):
    """`count` parents each answer the public link in their own browser: principle 1 with a
    score and their words, the rest with a score only."""
    link = make_link(db, project)
    for n in range(count):
        parent = app.test_client()
        parent.submit(f"/evaluate/{link.token}/", {})
        parent.submit(f"/evaluate/{link.token}/1", {"score": str(n % 4 + 1),
                                                    "evidence": WORDS[n]})
        for number in range(2, 7):
            page = parent.submit(f"/evaluate/{link.token}/{number}", {"score": "3"})
        page = parent.submit(f"/evaluate/{link.token}/share-your-words", {"share": "yes"})
        assert page.h1 == "Thank you"


def _shown_words(page):
    return [li.get_text(" ", strip=True) for li in page.soup.select("main li")
            if any(w[:12] in li.get_text() for w in WORDS)]


@pytest.mark.parametrize("role", [Role.LEADER, Role.FORUM, Role.OFFICER])
def test_four_families_words_and_scores_stay_hidden(app, db, project, signed_in, role):
    _families_rate(app, project, db, 4)
    staff = signed_in(role)
    for url in URLS:
        page = staff.page(url.format(id=project.id))
        assert _shown_words(page) == [], url
        assert "what families wrote is held back until 5 families have answered." in page.text
        assert "1 of 4" not in page.text and "fewer than 5" in page.text


@pytest.mark.parametrize("role", [Role.LEADER, Role.FORUM])
def test_five_families_words_are_shown_in_a_to_z_order_without_their_scores(
        app, db, project, signed_in, role):
    _families_rate(app, project, db, 5)
    staff = signed_in(role)
    dashboard = staff.page(URLS[0])
    said = [line for line in _shown_words(dashboard) if line.startswith("Families")]
    assert said == [f"Families, Redesigning annual reviews: {w}" for w in [
        "Better than last year.", "I had to explain my son's needs again.",
        "Meetings were at school pick-up time.", "Our plan came late again.",
        "We asked for [name] to ring [phone] about the plan."]]
    assert not any(score in line for line in said for score in SCORE_WORDS)
    assert "held back" not in dashboard.text
    project_page = staff.page(URLS[1].format(id=project.id))
    listed = _shown_words(project_page)
    assert len(listed) == 5 and all(line.startswith("Start together") for line in listed)
    assert listed == sorted(listed, key=str.casefold)
    assert "07700" not in project_page.text and "Jo Bloggs" not in project_page.text
    assert not any(score in line for line in listed for score in SCORE_WORDS)


def test_officers_own_evaluations_still_show_their_scores_and_evidence(db, project, signed_in):
    keys = [q.key for q in evaluation.questions_for(db, project.area_id, "officer")]
    evaluation.save_evaluation(db, project, "officer", {
        k: evaluation.Answer(2, "Minutes of the March meeting") for k in keys},
        project.created_at.date())
    page = signed_in(Role.LEADER).page("/staff/charters/evaluation")
    assert "Officers, Redesigning annual reviews, 2 of 4: Minutes of the March meeting" in (
        page.text)
