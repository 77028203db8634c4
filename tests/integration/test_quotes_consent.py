"""Nobody's words are quoted on public pages without their own yes (audit3 #8): surveys ask
"Can we share your words?", staff record the answer for words that reached them another way,
and approval for public pages is refused, with a GOV.UK error, without a yes."""

from sqlmodel import select

from coprod.areas.models import Role
from coprod.voice import services as voice
from coprod.voice.models import Comment
from tests.factories_voice import make_comment, make_event
from tests.pages import Page
from tests.survey_factories import make_survey, only_response, send, stored_answers

WORDS = "Ring me back when you say you will, not a week later."
BEFORE_WORDS = ["yes", ["in_person", "phone"], "happy", ["listens", "plain_words"],
                "text_message", "dont_understand", WORDS]


def csrf_token(client) -> str:
    return client.page("/staff/").soup.select_one("input[name=csrf_token]")["value"]


def _answer_caseworker_survey(client, survey, share):
    """A young person answers the easy-read survey with no JavaScript (plain form posts), up
    to and including "Can we share your words?" (`share` None: they skip it), then sends it."""
    page = send(client, client.page(f"/surveys/{survey.slug}/"), {})
    for value in BEFORE_WORDS:
        page = send(client, page, {"answer": value})
    assert page.h1 == "Can we share your words?"
    page = send(client, page, {"answer": share} if share else {})
    for value in ("14_to_16", "on_my_own"):
        page = send(client, page, {"answer": value})
    assert page.h1 == "Check your answers"
    assert send(client, page, {}).h1.startswith("Thank you")


def _their_comment(db, survey):
    response = only_response(db, survey)
    return db.exec(select(Comment).where(Comment.survey_response_id == response.id)).one()


def _enough_young_people(db, area):
    """4 other young people's words, so the group is not one counted as "fewer than 5"."""
    for n in range(4):
        make_comment(db, area, f"Another young person said {n}", group="young_person",
                     share_consent=True)


def test_the_easy_read_question_has_pictures_words_and_a_way_out(client, db, area):
    survey = make_survey(db, area, template="caseworker")
    page = send(client, client.page(f"/surveys/{survey.slug}/"), {})
    for value in BEFORE_WORDS:
        page = send(client, page, {"answer": value})
    assert page.h1 == "Can we share your words?"
    assert page.soup.select_one("h1 img")["alt"] == "A speech bubble"
    assert "We will not share your name." in page.text
    options = [label.get_text(" ", strip=True) for label in page.soup.select("main label")]
    assert options == ["Yes, you can share my words", "No, do not share my words",
                       "I don't understand"]
    assert [img["alt"] for img in page.soup.select("main label img")][:2] == [
        "A green tick", "A red cross"]
    start = client.page(f"/surveys/{survey.slug}/")
    assert "We will only share your words if you say yes." in start.text


def test_a_young_persons_yes_lets_an_officer_approve_their_words(client, db, area, signed_in):
    survey = make_survey(db, area, template="caseworker")
    _answer_caseworker_survey(client, survey, "yes")
    assert stored_answers(db, only_response(db, survey))["share_words"] == "yes"
    comment = _their_comment(db, survey)
    assert comment.share_consent is True
    _enough_young_people(db, area)
    officer = signed_in(Role.OFFICER)
    page = officer.page(f"/staff/voice/{comment.id}")
    assert "Can we share their words? Yes, they agreed" in page.text
    after = officer.submit(f"/staff/voice/{comment.id}", {}, "#publishing ~ form")
    assert f"Comment {comment.id} can now be shown on public pages." in after.text
    db.refresh(comment)
    assert comment.published_at is not None


def test_a_young_persons_no_means_their_words_cannot_be_approved(client, db, area, signed_in):
    survey = make_survey(db, area, template="caseworker")
    _answer_caseworker_survey(client, survey, "no")
    comment = _their_comment(db, survey)
    assert comment.share_consent is False
    _enough_young_people(db, area)
    officer = signed_in(Role.OFFICER)
    page = officer.page(f"/staff/voice/{comment.id}")
    assert ("It cannot be published: the person did not agree that their words can be shared."
            in page.text)
    assert "Approve it for public pages" not in page.text
    assert not page.soup.select("#publishing ~ form")
    assert "record their answer" not in page.text  # their own answer: staff cannot change it
    refused = officer.post(f"/staff/voice/{comment.id}/publish", data={
        "csrf_token": csrf_token(officer), "publish": "yes"})
    assert refused.status_code == 400
    shown = Page(refused)
    assert shown.title.startswith("Error:")
    summary = shown.soup.select_one(".govuk-error-summary")
    assert "There is a problem" in summary.get_text()
    assert ("You cannot approve this comment for public pages: the person did not agree that "
            "their words can be shared") in summary.get_text()
    assert summary.select_one("a")["href"] == "#publishing"
    db.refresh(comment)
    assert comment.published_at is None
    assert officer.get(f"/staff/voice/{comment.id}/share-consent").status_code == 404


def test_no_answer_to_the_question_is_not_a_yes(client, db, area, signed_in):
    survey = make_survey(db, area, template="caseworker")
    _answer_caseworker_survey(client, survey, None)
    comment = _their_comment(db, survey)
    assert comment.share_consent is None
    _enough_young_people(db, area)
    officer = signed_in(Role.OFFICER)
    page = officer.page(f"/staff/voice/{comment.id}")
    assert "Can we share their words? Not asked, or no answer" in page.text
    assert "the person did not answer whether their words can be shared" in page.text
    refused = officer.post(f"/staff/voice/{comment.id}/publish", data={
        "csrf_token": csrf_token(officer), "publish": "yes"})
    assert refused.status_code == 400
    assert "the person has not said yes to sharing their words" in refused.get_data(
        as_text=True)


def test_staff_record_a_phone_callers_yes_and_only_then_can_approve(db, area, signed_in):
    for n in range(4):
        make_comment(db, area, f"Another parent said {n}", channel="phone", share_consent=True)
    officer = signed_in(Role.OFFICER)
    form = officer.page("/staff/voice/new")
    checked = form.soup.select_one("input[name=share_consent][checked]")
    assert checked["value"] == "no"  # nobody's words are shared unless someone asked
    saved = officer.submit("/staff/voice/new", {
        "text": "The short breaks panel never explained its decision to us.",
        "group": "parent_carer", "channel": "phone",
        "said_on": [str(p) for p in (3, 11, 2026)], "how_given": "alone"})
    comment = db.exec(select(Comment).where(Comment.original_text.startswith("The short"))).one()
    assert comment.share_consent is False
    assert ("It cannot be published: the person did not agree that their words can be shared."
            in saved.text)
    assert not saved.soup.select("#publishing ~ form")
    record = saved.soup.find("a", string="record their answer")
    page = officer.page(record["href"])
    assert page.h1 == "Can we share their words?"
    after = officer.submit(record["href"], {"share_consent": "yes"})
    assert "Their answer is saved." in after.text
    assert "Can we share their words? Yes, they agreed" in after.text
    approved = officer.submit(f"/staff/voice/{comment.id}", {}, "#publishing ~ form")
    assert f"Comment {comment.id} can now be shown on public pages." in approved.text
    # A no later takes the words off public pages at once.
    officer.submit(f"/staff/voice/{comment.id}/share-consent", {"share_consent": "no"})
    db.refresh(comment)
    assert (comment.share_consent, comment.published_at) == (False, None)


def test_an_event_note_takers_yes_for_everyone_is_recorded(db, area, signed_in):
    event = make_event(db, area, "Autumn forum")
    officer = signed_in(Role.OFFICER)
    officer.submit(f"/staff/events/{event.id}/what-we-heard", {
        "lines": "We want the forum at every meeting\nThe room was too loud",
        "group": "parent_carer", "share_consent": "yes"})
    officer.submit(f"/staff/events/{event.id}/what-we-heard", {
        "lines": "Transport is a mess", "group": "parent_carer"})
    shared = {c.original_text: c.share_consent for c in db.exec(select(Comment)).all()}
    assert shared == {"We want the forum at every meeting": True,
                      "The room was too loud": True, "Transport is a mess": False}


def test_a_quote_approved_before_anyone_asked_is_not_shown(client, db, area, signed_in):
    event = make_event(db, area, "Spring forum")
    comments = [make_comment(db, area, f"Parent said {n}", channel="event", event_id=event.id,
                             said_on=event.held_on, share_consent=n > 0) for n in range(6)]
    for comment in comments:
        voice.approve_for_publication(db, comment, None)
    public = client.page(f"/events/{event.id}/")
    assert "Parent said 1" in public.text and "Parent said 0" not in public.text
    page = signed_in(Role.OFFICER).page(f"/staff/voice/{comments[0].id}")
    assert "but public pages do not show it" in page.text
    assert page.soup.select("#publishing ~ form")  # "Stop showing it" is still offered


def test_the_privacy_notice_says_words_are_quoted_only_with_a_yes(client, area):
    page = client.page("/privacy")
    assert "If we quote your words" in page.text
    assert "We only do this if you said yes" in page.text
    assert "A quote never has your name." in page.text
