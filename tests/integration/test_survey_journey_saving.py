"""Nothing a respondent gives is lost: timed-out pages, double clicks, surveys closing part-way,
coming back with a code; and everything is deleted when they ask with their receipt code."""

import re
from datetime import timedelta

from sqlmodel import select

from coprod.surveys.journey.runner import uk_today
from coprod.surveys.models import ResponseStatus, SurveyAnswer, SurveyResponse, SurveyStatus
from coprod.voice.models import Comment
from tests.pages import Page
from tests.survey_factories import (
    answer_all,
    make_survey,
    only_response,
    send,
    start_survey,
    stored_answers,
)

CODE = re.compile(r"\b[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}\b")


def _finish(client, survey, said="The room was too loud.") -> Page:
    page = answer_all(client, start_survey(client, survey), ["happy", said, "on_my_own"])
    return send(client, page, {})


def test_an_answer_sent_after_the_session_expired_is_kept(app, client, db, area):
    survey = make_survey(db, area)
    start_survey(client, survey)
    fresh = app.test_client()  # the cookie is gone: a new browser session
    page = Page(fresh.post(f"/surveys/{survey.slug}/q/feel",
                           data={"answer": "sad", "csrf_token": "from-the-old-session"}))
    assert page.h1 == "How did you feel?"
    assert "this page timed out" in page.soup.select_one("[role=alert]").text
    assert page.soup.select_one("input[value=sad]").has_attr("checked")

    page = send(fresh, page, {})
    assert page.h1 == "Tell us more."
    responses = db.exec(select(SurveyResponse).where(SurveyResponse.survey_id == survey.id)
                        .order_by(SurveyResponse.id))
    assert [stored_answers(db, r) for r in responses] == [{}, {"feel": "sad"}]


def test_a_failed_security_check_keeps_the_typed_answer_and_saves_nothing(client, db, area):
    survey = make_survey(db, area)
    page = send(client, start_survey(client, survey), {"answer": "ok"})
    typed = "Zażółć gęślą jaźń 😊"
    page = send(client, page, {"answer": typed, "csrf_token": "tampered"})
    assert page.status == 200
    assert page.soup.select_one("textarea#answer").text.strip("\n") == typed
    assert "We have not saved this answer yet" in page.text
    assert stored_answers(db, only_response(db, survey)) == {"feel": "ok"}

    send(client, page, {})
    assert stored_answers(db, only_response(db, survey)) == {"feel": "ok", "say": typed}


def test_pressing_send_twice_stores_one_response(client, db, area):
    survey = make_survey(db, area)
    check = answer_all(client, start_survey(client, survey), ["happy", "Loud room.", ""])
    form = check.form_data()
    first = client.post(f"/surveys/{survey.slug}/submit", data=form)
    second = client.post(f"/surveys/{survey.slug}/submit", data=form)
    assert first.headers["Location"] == second.headers["Location"] == (
        f"/surveys/{survey.slug}/thank-you")
    response = only_response(db, survey)
    assert response.status == ResponseStatus.COMPLETE.value
    assert len(db.exec(select(Comment).where(Comment.survey_response_id == response.id)).all()) == 1
    receipts = {CODE.search(client.page(f"/surveys/{survey.slug}/thank-you").text).group(0)
                for _ in range(2)}
    assert receipts == {response.receipt_code}


def test_a_survey_that_closes_part_way_keeps_what_was_given(client, db, area):
    survey = make_survey(db, area)
    page = send(client, start_survey(client, survey), {"answer": "happy"})
    survey.closes_on = uk_today() - timedelta(days=1)
    db.add(survey)
    db.commit()

    page = send(client, page, {"answer": "I was going to say more"})
    assert page.h1 == "This survey has closed"
    assert "We have kept the answers you gave." in page.text
    response = only_response(db, survey)
    assert response.status == ResponseStatus.PARTIAL.value
    assert stored_answers(db, response) == {"feel": "happy"}


def test_a_survey_closed_by_staff_part_way_keeps_what_was_given(client, db, area):
    survey = make_survey(db, area)
    start = send(client, start_survey(client, survey), {"answer": "sad"})
    survey.status = SurveyStatus.CLOSED.value
    db.add(survey)
    db.commit()
    page = client.page(start.response.request.path)
    assert "Sorry, the survey closed before you finished." in page.text
    assert only_response(db, survey).status == ResponseStatus.PARTIAL.value


def test_the_resume_code_brings_the_answers_back_on_another_device(app, client, db, area):
    survey = make_survey(db, area)
    page = send(client, start_survey(client, survey), {"answer": "ok"})
    saved = send(client, page, {"answer": "Half a thought", "action": "later"})
    assert saved.h1 == "Your answers are saved"
    code = saved.soup.select_one(".coprod-code--big").text.strip()
    assert CODE.fullmatch(code)
    link = saved.soup.select_one("main a.coprod-break-words, main .coprod-break-words a")["href"]
    assert link.endswith(f"/surveys/{survey.slug}/resume?code={code}")

    other_device = app.test_client()
    page = other_device.page(f"/surveys/{survey.slug}/resume")
    page = send(other_device, page, {"code": code.lower().replace("-", " ")})
    assert page.h1 == "Did someone help you answer?"
    check = other_device.page(f"/surveys/{survey.slug}/check")
    assert "Half a thought" in check.text
    assert response_code_hash_only(db, survey, code)


def response_code_hash_only(db, survey, code) -> bool:
    """The code itself is nowhere in the database: only its hash."""
    response = only_response(db, survey)
    return code not in str(response.model_dump()) and len(response.resume_hash) == 64


def test_a_wrong_resume_code_is_explained(client, db, area):
    survey = make_survey(db, area)
    page = client.submit(f"/surveys/{survey.slug}/resume", {"code": "K7P4-QX9M"})
    assert page.status == 400
    assert page.errors == ["We cannot find answers to carry on with for that code. "
                           "Check the code and try again."]
    page = client.submit(f"/surveys/{survey.slug}/resume", {"code": "hello"})
    assert page.errors == ["Enter your code as it was shown, like K7P4-QX9M"]


def test_the_receipt_code_deletes_the_answers_and_what_came_from_them(app, client, db, area):
    survey = make_survey(db, area)
    done = _finish(client, survey)
    receipt = CODE.search(done.soup.select_one(".govuk-panel").get_text(" ")).group(0)
    response_id = only_response(db, survey).id
    assert db.exec(select(Comment).where(Comment.survey_response_id == response_id)).all()

    someone = app.test_client()
    page = someone.submit("/surveys/delete-my-answers", {"code": f" {receipt.lower()} "})
    assert page.h1 == "Are you sure you want to delete your answers?"
    page = send(someone, page, {})
    assert page.h1 == "Your answers are deleted"
    db.expire_all()
    assert db.get(SurveyResponse, response_id) is None
    assert db.exec(select(SurveyAnswer).where(SurveyAnswer.response_id == response_id)).all() == []
    assert db.exec(select(Comment).where(Comment.survey_response_id == response_id)).all() == []


def test_an_unknown_receipt_code_deletes_nothing(client, db, area):
    survey = make_survey(db, area)
    _finish(client, survey)
    page = client.submit("/surveys/delete-my-answers", {"code": "K7P4-QX9M"})
    assert page.status == 400
    assert page.errors == ["We cannot find answers with that code. Check the code and try again."]
    assert only_response(db, survey).status == ResponseStatus.COMPLETE.value


def test_an_answer_sent_just_after_another_tab_sent_the_survey_goes_to_the_thank_you_page(
        client, db, area, monkeypatch):
    """The page was read while the response was in progress; the other tab won the race."""
    from sqlalchemy import update

    from coprod.surveys.journey import answers as runner_answers

    survey = make_survey(db, area)
    page = start_survey(client, survey)
    save = runner_answers.save_answer

    def sent_elsewhere_first(session, response, question, value):
        session.execute(update(SurveyResponse).where(SurveyResponse.id == response.id)
                        .values(status=ResponseStatus.COMPLETE.value, receipt_code="K7P4-QX9M")
                        .execution_options(synchronize_session=False))
        session.commit()
        return save(session, response, question, value)

    monkeypatch.setattr(runner_answers, "save_answer", sent_elsewhere_first)
    page = send(client, page, {"answer": "sad"})
    assert page.h1 == "Thank you"
    assert "K7P4-QX9M" in page.text
    assert stored_answers(db, only_response(db, survey)) == {}
