"""Families and young people evaluate through a public easy-read link, no account, no name:
an open link takes one evaluation per browser; a printed code counts once."""

import pytest
from sqlmodel import select

from coprod.areas.models import Role
from coprod.charters import evaluation
from coprod.charters.models import Evaluation, Rating
from coprod.voice.findings import SafeguardingFlag
from coprod.voice.models import Comment
from tests.factories_charters import make_charter, make_link, make_project


@pytest.fixture
def project(db, area):
    make_charter(db, area)
    return make_project(db, area)


def _answer_all(client, token, count, score="4", why="", share="yes"):
    """Answer every question; someone who wrote why is then asked if we can share it."""
    page = client.submit(f"/evaluate/{token}/", {})
    for number in range(1, count + 1):
        assert page.status == 200, page.text[:300]
        assert f"Question {number} of {count}" in page.text
        page = client.submit(f"/evaluate/{token}/{number}", {"score": score, "evidence": why})
    if why:
        assert page.h1 == "Can we share your words?"
        page = client.submit(f"/evaluate/{token}/share-your-words", {"share": share})
    return page


def test_a_parent_evaluates_every_principle_with_faces_and_no_name(client, db, project):
    link = make_link(db, project)
    start = client.page(f"/evaluate/{link.token}/")
    assert "We do not ask for your name." in start.text
    assert "You can answer 1 time on this phone or computer." in start.text
    question = client.submit(f"/evaluate/{link.token}/", {})
    faces = [img["alt"] for img in question.soup.select(".coprod-faces img")]
    assert faces == ["A face with a big smile", "A smiling face", "A sad face",
                     "A very sad face with a tear", "A person shrugging"]
    sentences = question.soup.select(".coprod-easy-read__item")
    assert sentences and all(item.select_one("img[alt]") for item in sentences)  # a picture each
    done = _answer_all(client, link.token, 6, "2", "Nobody rang me back.")
    assert done.h1 == "Thank you"
    onward = done.soup.find("a", string="See what we did about what families told us")
    assert client.page(onward["href"]).h1 == "You said, we did"  # not a dead end
    saved = db.exec(select(Evaluation)).one()
    assert (saved.source, saved.user_id, saved.link_id) == ("family", None, link.id)
    assert {r.score for r in db.exec(select(Rating)).all()} == {2}


def test_a_question_left_unanswered_says_so_and_stays(client, db, project):
    link = make_link(db, project)
    client.submit(f"/evaluate/{link.token}/", {})
    page = client.submit(f"/evaluate/{link.token}/1", {"evidence": "Good"})
    assert page.status == 400 and page.errors == ["Choose an answer"]
    assert db.exec(select(Evaluation)).all() == []


def test_i_do_not_know_stores_no_rating(client, db, project):
    link = make_link(db, project)
    _answer_all(client, link.token, 6, "dont_know")
    assert len(db.exec(select(Evaluation)).all()) == 1
    assert db.exec(select(Rating)).all() == []


def test_an_open_link_takes_one_evaluation_per_browser(app, client, db, project):
    link = make_link(db, project)
    _answer_all(client, link.token, 6)
    again = client.page(f"/evaluate/{link.token}/")
    assert again.h1 == "You have already answered"
    client.post(f"/evaluate/{link.token}/6", data={"score": "1"})
    assert len(db.exec(select(Evaluation)).all()) == 1
    other_browser = app.test_client()
    _answer_all(other_browser, link.token, 6)
    assert len(db.exec(select(Evaluation)).all()) == 2


def test_a_form_sent_without_its_token_to_a_link_that_is_gone_says_not_found(client):
    """The timed-out public form is drawn again by running its page once more: a page that is
    not there answers 404, as it does to anyone, not a server error."""
    page = client.post("/evaluate/no-such-link/1", data={"score": "1"})
    assert page.status_code == 404
    assert "Page not found" in page.get_data(as_text=True)


def test_a_code_counts_once(app, client, db, project):
    link = make_link(db, project, codes=2)
    first, second = [c.code for c in evaluation.codes_of(db, link.id)]
    start = client.page(f"/evaluate/{link.token}/")
    assert "You need the code on your paper." in start.text
    page = client.submit(f"/evaluate/{link.token}/", {})
    assert page.h1 == "Type your code"
    page = client.submit(f"/evaluate/{link.token}/code", {"code": first.lower().replace("-", " ")})
    assert "Question 1 of 6" in page.text
    for number in range(1, 7):
        page = client.submit(f"/evaluate/{link.token}/{number}", {"score": "3"})
    assert page.h1 == "Thank you"
    reused = app.test_client()
    reused.submit(f"/evaluate/{link.token}/", {})
    page = reused.submit(f"/evaluate/{link.token}/code", {"code": first})
    assert page.status == 400
    assert page.errors == ["This code is not right, or it has been used. Check your paper."]
    _answer_with_code(client, link.token, second)  # the same browser, the next person's code
    assert len(db.exec(select(Evaluation)).all()) == 2


def _answer_with_code(client, token, code):
    client.submit(f"/evaluate/{token}/", {})
    client.submit(f"/evaluate/{token}/code", {"code": code})
    for number in range(1, 7):
        page = client.submit(f"/evaluate/{token}/{number}", {"score": "3"})
    assert page.h1 == "Thank you"


def test_two_people_with_one_code_at_once_count_once(app, db, project):
    link = make_link(db, project, codes=1)
    [code] = [c.code for c in evaluation.codes_of(db, link.id)]
    one, two = app.test_client(), app.test_client()
    for person in (one, two):
        person.submit(f"/evaluate/{link.token}/", {})
        person.submit(f"/evaluate/{link.token}/code", {"code": code})
        for number in range(1, 6):
            person.submit(f"/evaluate/{link.token}/{number}", {"score": "3"})
    assert one.submit(f"/evaluate/{link.token}/6", {"score": "3"}).h1 == "Thank you"
    late = two.submit(f"/evaluate/{link.token}/6", {"score": "3"})
    assert late.h1 == "This code has been used"
    assert len(db.exec(select(Evaluation)).all()) == 1


def test_wrong_codes_are_throttled_like_the_surveys_codes(app, client, db, project,
                                                          monkeypatch):
    monkeypatch.setitem(app.config, "CODE_TRIES", 3)
    link = make_link(db, project, codes=1)
    [code] = [c.code for c in evaluation.codes_of(db, link.id)]
    client.submit(f"/evaluate/{link.token}/", {})
    statuses = [client.submit(f"/evaluate/{link.token}/code", {"code": "AAAA-AAAA"}).status
                for _ in range(3)]
    assert statuses == [400, 400, 429]
    blocked = client.submit(f"/evaluate/{link.token}/code", {"code": code})
    assert (blocked.status, blocked.h1) == (429, "Please wait")


def test_a_young_person_answers_the_four_lundy_questions(client, db, project):
    link = make_link(db, project, audience="young_person")
    question = client.submit(f"/evaluate/{link.token}/", {})
    assert question.h1 == "Did you have a safe place to say what you think?"
    done = _answer_all(client, link.token, 4, "3")
    assert done.h1 == "Thank you"
    assert sorted(r.principle for r in db.exec(select(Rating)).all()) == [
        "lundy_audience", "lundy_influence", "lundy_space", "lundy_voice"]
    assert db.exec(select(Evaluation)).one().source == "young_person"


def test_an_unknown_or_closed_link_is_not_found(client, db, project):
    link = make_link(db, project)
    evaluation.close_link(db, link)
    assert client.get(f"/evaluate/{link.token}/").status_code == 404
    assert client.get("/evaluate/not-a-link/").status_code == 404


def test_the_dashboard_shows_families_beside_officers_and_the_gap(signed_in, db, area, project):
    keys = [q.key for q in evaluation.questions_for(db, area.id, "officer")]
    for _ in range(5):
        evaluation.save_evaluation(db, project, "officer", {
            k: evaluation.Answer(4, "Minutes") for k in keys}, project.created_at.date())
        evaluation.save_evaluation(db, project, "family", {
            k: evaluation.Answer(2 if k == "tell_my_story_once" else 4) for k in keys},
            project.created_at.date())
    page = signed_in(Role.LEADER).page("/staff/charters/evaluation")
    assert ("Officers think we did well on ‘Tell my story once’; families do not agree."
            in page.text)
    row = [r for r in page.soup.select("table")[0].select("tbody tr")
           if "Tell my story once" in r.get_text()][0]
    assert [c.get_text(strip=True) for c in row.select("td")] == ["5", "4.0", "5", "2.0"]
    assert "Families have evaluated every project." in page.text


def test_a_familys_why_joins_the_voice_record_and_a_disclosure_stays_hidden(
        signed_in, client, db, project):
    link = make_link(db, project)
    client.submit(f"/evaluate/{link.token}/", {})
    client.submit(f"/evaluate/{link.token}/1", {
        "score": "1", "evidence": "Nobody listened and my dad hits me when I talk about it."})
    client.submit(f"/evaluate/{link.token}/2", {"score": "2", "evidence": "We waited months."})
    for number in range(3, 7):
        client.submit(f"/evaluate/{link.token}/{number}", {"score": "dont_know"})
    client.submit(f"/evaluate/{link.token}/share-your-words", {"share": "yes"})
    comments = {c.original_text: c for c in db.exec(select(Comment)).all()}
    assert sorted((c.group, text) for text, c in comments.items()) == [
        ("parent_carer", "Nobody listened and my dad hits me when I talk about it."),
        ("parent_carer", "We waited months.")]
    flagged = comments["Nobody listened and my dad hits me when I talk about it."]
    assert db.exec(select(SafeguardingFlag)).one().comment_id == flagged.id
    for url in ("/staff/charters/evaluation", f"/staff/charters/projects/{project.id}/"):
        page = signed_in(Role.OFFICER).page(url)
        assert "We waited months." not in page.text  # 1 family: held back until 5 have answered
        assert "held back until 5 families have answered" in page.text
        assert "hits me" not in page.text, url


def test_a_projects_page_never_shows_one_familys_answers_alone(signed_in, client, db, project):
    link = make_link(db, project)
    _answer_all(client, link.token, 6, "1")
    page = signed_in(Role.OFFICER).page(f"/staff/charters/projects/{project.id}/")
    row = [r for r in page.soup.select("table")[0].select("tbody tr")
           if "Tell my story once" in r.get_text()][0]
    assert [c.get_text(strip=True) for c in row.select("td")] == [
        "0", "no ratings", "fewer than 5", "fewer than 5"]
    assert "1 (Not at all)" not in page.text
