"""A family's charter evaluation asks "Can we share your words?" as surveys do, after the last
question and only of someone who wrote why. Their words are shown on the charter pages (still
only once 5 families rated that project on that principle, never beside a score, names taken
out) only where they said yes; words from before anyone was asked count as a no."""

from __future__ import annotations

import pytest
from sqlmodel import select

from coprod.areas.models import Role
from coprod.charters import evaluation
from coprod.voice.models import Comment
from tests.factories_charters import make_charter, make_link, make_project
from tests.pages import Page
from tests.survey_factories import send

QUESTIONS = 6  # the model charter's principles


@pytest.fixture
def project(db, area):
    make_charter(db, area)
    return make_project(db, area)


def _rate(client, token: str, why: str) -> Page:
    """Start, then answer every question with a face; `why` (if any) on the first one."""
    page = send(client, client.page(f"/evaluate/{token}/"), {})
    for number in range(1, QUESTIONS + 1):
        assert f"Question {number} of {QUESTIONS}" in page.text
        page = send(client, page, {"score": "3", "evidence": why if number == 1 else ""})
    return page


def _staff_words(staff) -> tuple[list[str], list[str]]:
    """What the dashboard and the project page show under the first principle, reached by
    following the links from the charter overview."""
    overview = staff.page("/staff/charters/")
    dashboard = staff.page(overview.soup.find("a", string="See how projects lived up to the "
                                                       "charter")["href"])
    project_page = staff.page(overview.soup.find("a", string="Redesigning annual reviews")["href"])
    evidence = dashboard.soup.select("main details")[0]
    on_dashboard = [li.get_text(" ", strip=True) for li in evidence.select("li")]
    on_project = [li.get_text(strip=True) for li in project_page.soup.select("main li")
                  if li.get_text(strip=True).startswith("Start together")]
    for page in (dashboard, project_page):
        assert page.soup.select_one("main b") is None  # typed markup shown as words
    return on_dashboard, on_project


def test_a_parent_who_wrote_why_is_asked_in_easy_read_and_their_yes_is_kept(
        app, client, db, project):
    link = make_link(db, project)
    start = client.page(f"/evaluate/{link.token}/")
    assert "We will ask before we share your words." in start.text
    page = _rate(client, link.token, "The forum met us before the plan was written.")
    assert page.h1 == "Can we share your words?"
    assert page.soup.select_one("h1 img")["alt"] == "A speech bubble"
    assert "We will not share your name." in page.text
    assert [label.get_text(" ", strip=True) for label in page.soup.select("main label")] == [
        "Yes, you can share my words", "No, do not share my words", "I do not know"]
    assert [img["alt"] for img in page.soup.select("main label img")][:2] == [
        "A green tick", "A red cross"]
    assert all(item.select_one("img[alt]") for item in page.soup.select(
        ".coprod-easy-read__item"))
    unanswered = send(client, page, {})
    assert unanswered.status == 400 and unanswered.errors == ["Choose an answer"]
    assert db.exec(select(Comment)).all() == []  # nothing is saved until they answer
    done = send(client, unanswered, {"share": "yes"})
    assert done.h1 == "Thank you"
    assert db.exec(select(Comment)).one().share_consent is True

    other_parent = app.test_client()  # wrote nothing: nothing to ask about
    assert _rate(other_parent, link.token, "").h1 == "Thank you"
    assert len(db.exec(select(Comment)).all()) == 1


def test_only_the_words_of_families_who_said_yes_are_shown(app, db, project, signed_in):
    link = make_link(db, project)
    said = {"We were asked <b>first</b>.": "yes", "Nobody rang me back.": "no",
            "It felt like a real partnership.": "yes", "The meetings were too late.": "dont_know",
            "We wrote the plan together.": "yes"}
    for words, share in said.items():
        parent = app.test_client()
        assert send(parent, _rate(parent, link.token, words), {"share": share}).h1 == "Thank you"
    on_dashboard, on_project = _staff_words(signed_in(Role.LEADER))
    family = "Families, Redesigning annual reviews: "
    assert [w for w in on_dashboard if w.startswith(family)] == [
        family + "It felt like a real partnership.", family + "We were asked <b>first</b>.",
        family + "We wrote the plan together."]
    assert on_project == ["Start together and stay together: It felt like a real partnership.",
                          "Start together and stay together: We were asked <b>first</b>.",
                          "Start together and stay together: We wrote the plan together."]


def test_four_families_saying_yes_are_still_held_back(app, db, project, signed_in):
    link = make_link(db, project)
    for n in range(4):
        parent = app.test_client()
        send(parent, _rate(parent, link.token, f"Good meeting {n}."), {"share": "yes"})
    on_dashboard, on_project = _staff_words(signed_in(Role.OFFICER))
    assert "Families, Redesigning annual reviews: what families wrote is held back until 5 " \
           "families have answered." in on_dashboard
    assert not any("Good meeting" in w for w in on_dashboard + on_project)


def test_words_given_before_families_were_asked_count_as_a_no(db, area, project, signed_in):
    """Evaluations saved before the question existed have no answer stored: never shown, and
    the comment page says nobody was asked (and it cannot be approved for public pages)."""
    keys = [q.key for q in evaluation.questions_for(db, area.id, "family")]
    for n in range(5):
        evaluation.save_evaluation(db, project, "family", {
            key: evaluation.Answer(2, f"Said before we asked {n}." if key == keys[0] else "")
            for key in keys}, project.created_at.date())
    comment = db.exec(select(Comment)).all()[0]
    assert comment.share_consent is None
    staff = signed_in(Role.OFFICER)
    on_dashboard, on_project = _staff_words(staff)
    assert not any("Said before we asked" in w for w in on_dashboard + on_project)
    page = staff.page(f"/staff/voice/{comment.id}")
    assert "Can we share their words? Not asked, or no answer" in page.text
    assert not page.soup.select("#publishing ~ form")


def test_a_forum_member_evaluating_for_families_is_asked_too(db, project, signed_in):
    forum = signed_in(Role.FORUM)
    project_page = forum.page(f"/staff/charters/projects/{project.id}/")
    form = forum.page(project_page.soup.find("a", string="Evaluate against the charter")["href"])
    legend = form.soup.find("legend", string=lambda s: s and "Can we use your words?" in s)
    assert legend is not None
    scores = {i["name"] for i in form.soup.select("input[type=radio][name^=score_]")}
    answers = {k: "2" for k in scores} | {
        k.replace("score_", "evidence_"): "We joined late." for k in scores}
    missing = send(forum, form, answers)
    assert missing.status == 400
    assert missing.errors == ["Select yes if we can use your words, or no"]
    saved = send(forum, missing, answers | {"share_words": "no"})
    assert "Evaluation saved." in saved.text
    assert {c.share_consent for c in db.exec(select(Comment)).all()} == {False}
