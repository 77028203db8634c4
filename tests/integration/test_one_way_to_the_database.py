"""Respondents and staff at the same moment, with real commits, on SQLite and PostgreSQL: one
way to the database must keep every response once, audit every change staff make, and store,
comment and safeguarding-check one and the same snapshot when a change races the submit.
Each test uses its own app and removes its area afterwards."""

from __future__ import annotations

import threading

from sqlmodel import select

from coprod.areas.models import Role
from coprod.common.audit import AuditEvent
from coprod.surveys.journey import runner
from coprod.surveys.models import ResponseStatus, SurveyAnswer, SurveyResponse, SurveyVersion
from coprod.voice.findings import SafeguardingFlag
from coprod.voice.models import Comment
from tests import factories
from tests.pages import Page
from tests.survey_factories import make_survey, send_main_form

RACES = 12
FIRST_WORDS = "I like my club a lot."
DISCLOSURE = "My stepdad hits me when I get things wrong."


def _to_check_answers(client, slug: str) -> Page:
    page = send_main_form(client, Page(client.get(f"/surveys/{slug}/")))
    for answer in ("happy", FIRST_WORDS, "on_my_own"):
        page = send_main_form(client, page, answer)
    assert page.h1 == "Check your answers", page.h1
    return page


def _second_tab(app, first):
    """Another tab of the same browser: the same session cookie."""
    tab = app.test_client()
    cookie = first.get_cookie(app.config.get("SESSION_COOKIE_NAME", "session"))
    tab.set_cookie(cookie.key, cookie.value)
    return tab


def _race(app, slug: str, start: threading.Barrier, errors: list) -> None:
    try:
        submitting = app.test_client()
        check = _to_check_answers(submitting, slug)
        changing = _second_tab(app, submitting)
        change = Page(changing.get(f"/surveys/{slug}/q/say?change=1"))
        change_data = {**change.form_data("main form"), "answer": DISCLOSURE}
        submit_data = check.form_data("main form")
        outcomes = []
        changer = threading.Thread(target=lambda: outcomes.append(changing.post(
            f"/surveys/{slug}/q/say?change=1", data=change_data).status_code))
        start.wait(timeout=60)
        changer.start()
        outcomes.append(submitting.post(f"/surveys/{slug}/submit", data=submit_data).status_code)
        changer.join(timeout=60)
        if any(status >= 500 for status in outcomes):
            errors.append(outcomes)
    except Exception as error:  # noqa: BLE001 - reported by the test, not lost in a thread
        errors.append(error)


def test_a_change_racing_the_submit_is_stored_commented_and_checked_as_one(committed_survey):
    """A young person changes their words in one tab while sending in another: whichever
    lands first, the comment made from the response says what the stored answer says, and a
    disclosure that was stored is always flagged for the safeguarding lead."""
    app, session, _area, survey = committed_survey
    start, errors = threading.Barrier(RACES), []
    threads = [threading.Thread(target=_race, args=(app, survey.slug, start, errors),
                                daemon=True) for _ in range(RACES)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=180)
    assert not errors

    responses = session.exec(select(SurveyResponse).where(
        SurveyResponse.survey_id == survey.id)).all()
    assert len(responses) == RACES
    assert {r.status for r in responses} == {ResponseStatus.COMPLETE.value}
    for response in responses:
        stored = session.exec(select(SurveyAnswer.value).where(
            SurveyAnswer.response_id == response.id, SurveyAnswer.question_id == "say")).one()
        comment = session.exec(select(Comment).where(
            Comment.survey_response_id == response.id)).one()
        assert comment.original_text == stored
        flagged = session.exec(select(SafeguardingFlag).where(
            SafeguardingFlag.comment_id == comment.id)).first() is not None
        assert flagged == (stored == DISCLOSURE)


def _enter_paper_response(app, user_id: int, area_id: int, survey_id: int, number: int,
                          start: threading.Barrier, pages: list) -> None:
    client = app.test_client()
    with client.session_transaction() as cookie:
        cookie["_user_id"], cookie["_fresh"], cookie["area_id"] = str(user_id), True, area_id
    page = Page(client.get(f"/staff/surveys/{survey_id}/enter-response"))
    start.wait(timeout=60)
    page = Page(client.post(f"/staff/surveys/{survey_id}/enter-response",
                            data={**page.form_data("main form"), "channel": "paper"},
                            follow_redirects=True))
    for answer in ("sad", f"Paper response {number}: the bus was late.", "worker_helped"):
        page = send_main_form(client, page, answer)
    pages.append(send_main_form(client, page))


def _respond_online(app, slug: str, number: int, start: threading.Barrier,
                    pages: list) -> None:
    client = app.test_client()
    page = Page(client.get(f"/surveys/{slug}/"))
    start.wait(timeout=60)
    page = send_main_form(client, page)
    for answer in ("happy", f"Online response {number}: I liked the games.", "on_my_own"):
        page = send_main_form(client, page, answer)
    pages.append(send_main_form(client, page))


def test_respondents_and_staff_at_once_store_each_response_once_and_audit_staff(committed_survey):
    """Eight young people answer online while four officers type in paper responses: twelve
    responses, each once and whole; every answer an officer typed, and the submit, is in the
    audit log under that officer; nothing a respondent did names anyone."""
    app, session, area, survey = committed_survey
    officers = [factories.make_user(session, area, Role.OFFICER) for _ in range(4)]
    session.commit()
    start, pages = threading.Barrier(12), []
    threads = [threading.Thread(target=_respond_online,
                                args=(app, survey.slug, n, start, pages), daemon=True)
               for n in range(8)]
    threads += [threading.Thread(target=_enter_paper_response,
                                 args=(app, officer.id, area.id, survey.id, n, start, pages),
                                 daemon=True) for n, officer in enumerate(officers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=180)

    assert sorted(page.h1 for page in pages) == ["Thank you"] * 12
    responses = session.exec(select(SurveyResponse).where(
        SurveyResponse.survey_id == survey.id)).all()
    assert len(responses) == 12
    assert {r.status for r in responses} == {ResponseStatus.COMPLETE.value}
    said = session.exec(select(SurveyAnswer.value).where(
        SurveyAnswer.response_id.in_([r.id for r in responses]),
        SurveyAnswer.question_id == "say")).all()
    assert sorted(said) == sorted([f"Online response {n}: I liked the games." for n in range(8)]
                                  + [f"Paper response {n}: the bus was late." for n in range(4)])
    for officer in officers:
        entered = [r for r in responses if r.entered_by_id == officer.id]
        assert len(entered) == 1
        events = session.exec(select(AuditEvent).where(AuditEvent.user_id == officer.id)).all()
        answers_audited = [e for e in events if e.record_type == "SurveyAnswer"
                           and e.action == "create"]
        assert len(answers_audited) == 3  # feel, say, helped: each typed answer
        submits = [e for e in events if e.record_type == "SurveyResponse"
                   and e.record_id == str(entered[0].id)
                   and e.changes.get("status") == ResponseStatus.COMPLETE.value]
        assert len(submits) == 1
    online_ids = {str(r.id) for r in responses if r.entered_by_id is None}
    assert not session.exec(select(AuditEvent).where(
        AuditEvent.record_type == "SurveyResponse",
        AuditEvent.record_id.in_(online_ids))).all()


def test_questions_edited_in_place_are_shown_at_once(client, db, area):
    """A version's questions edited before anyone answered (the row changed, nobody set its
    time by hand): the next visitor sees the new words, not a copy a worker kept."""
    survey = make_survey(db, area)
    first = runner.load_journey(db, survey.slug)
    assert first.definition.question("feel").text == "How did you feel?"
    version = db.exec(select(SurveyVersion).where(SurveyVersion.survey_id == survey.id)).one()
    edited = dict(version.definition)
    edited["questions"] = [dict(q) for q in edited["questions"]]
    edited["questions"][0]["text"] = "How was the drop-in for you?"
    edited["questions"][0]["easy_read_text"] = "How was the drop-in for you?"
    version.definition = edited
    db.add(version)
    db.commit()
    page = send_main_form(client, Page(client.get(f"/surveys/{survey.slug}/")))
    assert page.h1 == "How was the drop-in for you?"


def test_each_visitor_gets_their_own_token_and_survey_words_are_printed_as_typed(app, db, area):
    """No page is kept for the next visitor: two young people arriving at the same question see
    their own security token, and words in a survey that look like a placeholder stay words."""
    definition = {
        "slug": "placeholder-words", "title": "Words", "easy_read_title": "Words",
        "audience": "young_people", "easy_read": True, "minutes": 2,
        "purpose": "coprod-csrf-token-goes-here", "who_sees_answers": "Our team.",
        "what_happens_next": "coprod-receipt_code-goes-here",
        "questions": [{"id": "feel", "type": "faces", "faces": 3,
                       "text": "coprod-csrf-token-goes-here?",
                       "easy_read_text": "coprod-csrf-token-goes-here?", "required": True}],
    }
    survey = make_survey(db, area, definition=definition)
    tokens, receipts = [], []
    for _ in range(2):
        client = app.test_client()
        start = Page(client.get(f"/surveys/{survey.slug}/"))
        assert "coprod-csrf-token-goes-here" in start.text
        question = send_main_form(client, start)
        assert "coprod-csrf-token-goes-here?" in question.text
        tokens.append(question.form_data("main form")["csrf_token"])
        page = send_main_form(client, send_main_form(client, question, "happy"), "on_my_own")
        done = send_main_form(client, page)
        assert done.h1 == "Thank you"
        assert "coprod-receipt_code-goes-here" in done.text
        receipts.append(done.soup.select_one("strong.coprod-code").text)
    assert tokens[0] != tokens[1]
    assert receipts[0] != receipts[1]
