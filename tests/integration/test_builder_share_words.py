"""Surveys made in the survey builder ask "Can we use your words?" as the survey files do, so a
respondent's yes lets their words be quoted (and a no keeps them out). coprod adds it after the
survey's own questions; staff can read it but not change, move or remove it. A survey built
before this gets it when it is next published, as a new version if anyone has answered, so no
answer already given changes."""

from __future__ import annotations

from sqlmodel import select

from coprod.areas.models import Role
from coprod.surveys.definition import library
from coprod.surveys.models import Survey, SurveyStatus, SurveyVersion
from coprod.voice.models import Comment
from tests.factories_voice import make_comment
from tests.pages import Page
from tests.survey_factories import make_survey, only_response, send, tiny_definition
from tests.survey_results_helpers import add_response

ASKED = "Can we use your words?"
WORDS = "The bus is <b>always</b> late & I miss the start of college."


def _follow(client, page: Page, words: str) -> Page:
    """Click the link in the page's main content whose words start with `words`."""
    link = next(a for a in page.soup.select("main a[href]")
                if a.get_text(" ", strip=True).startswith(words))
    return client.page(link["href"])


def _question_texts(page: Page) -> list[str]:
    return [h.get_text(" ", strip=True).split(": ", 1)[1]
            for h in page.soup.select("main li[id^=question-] h3")]


def _start(client, db, area) -> tuple[Page, Survey]:
    new = client.page("/staff/surveys/new")
    overview = send(client, new, {"start": "blank", "title": "Buses to college",
                                  "audience": "young_people"})
    assert overview.h1 == "Questions and settings"
    return overview, db.exec(select(Survey).where(Survey.area_id == area.id)).one()


def test_a_blank_survey_asks_can_we_use_your_words_last_and_staff_see_it_in_the_preview(
        signed_in, db, area):
    forum = signed_in(Role.FORUM)
    overview, survey = _start(forum, db, area)
    assert _question_texts(overview) == ["What would you like to tell us?", ASKED]
    fixed = overview.soup.select_one("li#question-share_words").get_text(" ", strip=True)
    assert "coprod asks this question for you" in fixed and "Remove" not in fixed

    kind = _follow(forum, overview, "Add a question")
    form = send(forum, kind, {"qtype": "free_text"})
    added = send(forum, form, {"text": "What would make <i>your</i> journey better?"})
    assert "Question added." in added.text
    overview = forum.page(f"/staff/surveys/{survey.id}")
    assert _question_texts(overview) == [
        "What would you like to tell us?", "What would make <i>your</i> journey better?", ASKED]
    assert overview.soup.select_one("main i") is None  # the words shown, not made italic
    moves = overview.soup.select("main li[id^=question-]")[1].get_text(" ", strip=True)
    assert "Move up" in moves and "Move down" not in moves  # nothing moves past the question

    preview = _follow(forum, overview, "Preview")
    asked = [li.get_text(" ", strip=True) for li in preview.soup.select("main ol li")]
    assert asked[-2:] == [ASKED, "Did someone help you answer?"]
    page = _follow(forum, preview, ASKED)
    assert page.h1 == ASKED
    assert "We will not share your name." in page.text
    assert [label.get_text(" ", strip=True) for label in page.soup.select("main label")] == [
        "Yes, you can use my words", "No, do not use my words"]
    assert [img["alt"] for img in page.soup.select("main label img")] == [
        "A green tick", "A red cross"]


def test_an_easy_read_builder_survey_asks_it_in_easy_read_with_pictures(signed_in, db, area):
    officer = signed_in(Role.OFFICER)
    overview = send(officer, officer.page("/staff/surveys/new"), {
        "start": "blank", "title": "Short breaks 2027", "audience": "young_people",
        "easy_read": "y"})
    page = _follow(officer, _follow(officer, overview, "Preview"), "Can we share your words?")
    assert page.h1 == "Can we share your words?"
    assert page.soup.select_one("h1 img")["alt"] == "A speech bubble"
    assert "We will not share your name." in page.text
    assert [label.get_text(" ", strip=True) for label in page.soup.select("main label")] == [
        "Yes, you can share my words", "No, do not share my words", "I don't understand"]


def _answer(client, survey: Survey, share: str) -> None:
    """A young person answers the published builder survey and sends it."""
    page = send(client, client.page(f"/surveys/{survey.slug}/"), {})
    page = send(client, page, {"answer": WORDS})
    assert page.h1 == ASKED
    page = send(client, page, {"answer": share})
    page = send(client, page, {"answer": "on_my_own"})
    assert page.h1 == "Check your answers"
    assert send(client, page, {}).h1.startswith("Thank you")


def _publish(client, survey: Survey) -> Page:
    page = _follow(client, client.page(f"/staff/surveys/{survey.id}"), "Publish or schedule")
    published = send(client, page, {})
    assert "Survey published." in published.text
    return published


def _approve(officer, comment: Comment) -> Page:
    return officer.submit(f"/staff/voice/{comment.id}", {}, "#publishing ~ form")


def _enough_young_people(db, area) -> None:
    for n in range(4):  # so the group is not one counted as "fewer than 5"
        make_comment(db, area, f"Another young person said {n}", group="young_person",
                     share_consent=True)


def test_a_yes_to_a_builder_surveys_question_lets_the_words_be_quoted(
        app, signed_in, db, area):
    officer = signed_in(Role.OFFICER)
    _overview, survey = _start(officer, db, area)
    _publish(officer, survey)
    _answer(app.test_client(), survey, "yes")
    comment = db.exec(select(Comment).where(
        Comment.survey_response_id == only_response(db, survey).id)).one()
    assert comment.share_consent is True
    _enough_young_people(db, area)
    page = officer.page(f"/staff/voice/{comment.id}")
    assert WORDS in page.text and page.soup.select_one("main b") is None  # escaped, as typed
    assert "Can we share their words? Yes, they agreed" in page.text
    assert f"Comment {comment.id} can now be shown on public pages." in _approve(
        officer, comment).text


def test_a_no_keeps_the_words_of_a_builder_survey_off_public_pages(app, signed_in, db, area):
    officer = signed_in(Role.OFFICER)
    _overview, survey = _start(officer, db, area)
    _publish(officer, survey)
    _answer(app.test_client(), survey, "no")
    comment = db.exec(select(Comment).where(
        Comment.survey_response_id == only_response(db, survey).id)).one()
    _enough_young_people(db, area)
    page = officer.page(f"/staff/voice/{comment.id}")
    assert ("It cannot be published: the person did not agree that their words can be shared."
            in page.text)
    assert not page.soup.select("#publishing ~ form")


def test_staff_cannot_change_move_or_remove_the_question(signed_in, db, area):
    officer = signed_in(Role.OFFICER)
    overview, survey = _start(officer, db, area)
    before = library.current_version(db, survey.id).definition
    fixed = _follow(officer, overview, "See question 2")
    assert fixed.h1 == "Question 2" and ASKED in fixed.text
    assert "You cannot change, move or remove it" in fixed.text
    assert fixed.soup.select("main input[name=text], main textarea") == []
    token = fixed.soup.select_one("main input[name=csrf_token]") or officer.page(
        f"/staff/surveys/{survey.id}").soup.select_one("input[name=csrf_token]")
    base = f"/staff/surveys/{survey.id}/questions/share_words"
    for url, data in ((base, {"text": "Can we sell your words?", "qtype": "free_text"}),
                      (f"{base}/remove", {}),
                      (f"/staff/surveys/{survey.id}/questions/tell_us/move",
                       {"direction": "down"}),
                      (f"{base}/answers/new", {"label": "Maybe"}),
                      (f"{base}/answers/0", {"label": "Sure"}),
                      (f"{base}/answers/1/remove", {}),
                      (f"{base}/shown-to", {"decided_by": "tell_us"})):
        refused = Page(officer.post(url, data={**data, "csrf_token": token["value"]}))
        assert refused.status == 400, url
        assert any("it cannot be changed, moved or removed" in e for e in refused.errors), url
    db.expire_all()
    assert library.current_version(db, survey.id).definition == before
    assert officer.get(f"{base}/remove").location.endswith(base)  # its page to read instead


def test_a_survey_built_before_gets_the_question_when_next_published(signed_in, db, area):
    """An open survey from before, with an answer: publishing it again (new dates) adds the
    question in a new version; the answer given stays with the version it answered."""
    survey = make_survey(db, area, definition=tiny_definition("drop-in", easy_read=False))
    response = add_response(db, survey, {"feel": "happy", "say": "More buses please"})
    officer = signed_in(Role.OFFICER)
    overview = officer.page(f"/staff/surveys/{survey.id}")
    assert ASKED not in _question_texts(overview)
    assert f"When you publish this survey, coprod adds “{ASKED}” after your questions." in (
        overview.text)
    preview = _follow(officer, overview, "Preview")
    assert [li.get_text(" ", strip=True) for li in preview.soup.select("main ol li")][-2] == ASKED
    page = _follow(officer, preview, ASKED)
    assert "coprod adds this question when you publish the survey." in page.text

    republished = _follow(officer, overview, "Change dates")
    assert "Survey published." in send(officer, republished, {}).text
    db.expire_all()
    versions = db.exec(select(SurveyVersion).where(SurveyVersion.survey_id == survey.id)
                       .order_by(SurveyVersion.number)).all()
    assert [[q["id"] for q in v.definition["questions"]] for v in versions] == [
        ["feel", "say"], ["feel", "say", "share_words"]]
    assert response.version_id == versions[0].id
    assert survey.status == SurveyStatus.PUBLISHED
    overview = officer.page(f"/staff/surveys/{survey.id}")
    assert _question_texts(overview)[-1] == ASKED
    assert "When you publish this survey" not in overview.text
