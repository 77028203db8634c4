"""Staff type in paper, phone and event responses through the same pages people use online."""

import pytest
from sqlalchemy import event
from sqlmodel import select

from coprod.areas.models import Role
from coprod.common.audit import AuditEvent
from coprod.surveys.models import ResponseStatus, SurveyStatus
from coprod.voice.models import Comment
from tests import factories
from tests.survey_factories import answer_all, make_survey, only_response, send, start_survey


def test_officer_types_in_a_paper_response_with_its_channel_recorded(signed_in, db, area):
    officer = signed_in(Role.OFFICER)
    survey = make_survey(db, area)
    page = officer.page(f"/staff/surveys/{survey.id}/enter-response")
    assert page.h1 == "How did you get this response?"
    page = send(officer, page, {"channel": "paper"})
    assert page.h1 == "How did you feel?"
    assert "You are typing in someone else's answers." in page.text
    page = answer_all(officer, page, ["sad", "The bus never came.", "worker_helped"])
    done = send(officer, page, {})
    assert done.h1.startswith("Thank you")
    assert done.soup.find("a", string="Enter another response")

    response = only_response(db, survey)
    assert (response.status, response.channel, response.entered_by_id, response.helped) == (
        ResponseStatus.COMPLETE.value, "paper", officer.user.id, "worker_helped")
    comment = db.exec(select(Comment).where(Comment.survey_response_id == response.id)).one()
    assert (comment.how_given, comment.created_by_id) == ("with_help", officer.user.id)


def test_staff_can_type_in_late_paper_responses_after_the_survey_closed(signed_in, db, area):
    officer = signed_in(Role.FORUM)
    survey = make_survey(db, area, status=SurveyStatus.CLOSED)
    page = send(officer, officer.page(f"/staff/surveys/{survey.id}/enter-response"),
                {"channel": "event"})
    page = answer_all(officer, page, ["happy", "", ""])
    assert page.h1 == "Check your answers"
    send(officer, page, {})
    assert only_response(db, survey).channel == "event"


def test_choosing_no_channel_is_explained(signed_in, db, area):
    officer = signed_in(Role.OFFICER)
    survey = make_survey(db, area)
    page = officer.submit(f"/staff/surveys/{survey.id}/enter-response", {})
    assert page.errors == ["Select how you got this response"]


def test_another_areas_survey_id_in_a_staff_address_is_not_found(signed_in, db, area):
    officer = signed_in(Role.OFFICER)
    elsewhere = make_survey(db, factories.make_area(db))
    assert officer.get(f"/staff/surveys/{elsewhere.id}/enter-response").status_code == 404


def test_a_draft_takes_no_responses(signed_in, db, area):
    officer = signed_in(Role.OFFICER)
    draft = make_survey(db, area, status=SurveyStatus.DRAFT)
    assert officer.get(f"/staff/surveys/{draft.id}/enter-response").status_code == 404


@pytest.mark.parametrize("role, status", [(Role.LEADER, 403), (Role.SAFEGUARDING, 403),
                                          (Role.ADMIN, 200), (Role.FORUM, 200)])
def test_who_may_enter_responses(signed_in, db, area, role, status):
    survey = make_survey(db, area)
    assert signed_in(role).get(f"/staff/surveys/{survey.id}/enter-response").status_code == status


def test_signed_out_people_are_sent_to_sign_in(client, db, area):
    survey = make_survey(db, area)
    assert client.get(f"/staff/surveys/{survey.id}/enter-response").status_code == 302


def test_submitting_a_typed_in_response_is_in_the_audit_log(signed_in, db, area):
    officer = signed_in(Role.OFFICER)
    survey = make_survey(db, area)
    page = send(officer, officer.page(f"/staff/surveys/{survey.id}/enter-response"),
                {"channel": "paper"})
    send(officer, answer_all(officer, page, ["sad", "", "worker_helped"]), {})
    response = only_response(db, survey)
    submits = [event for event in db.exec(select(AuditEvent).where(
        AuditEvent.record_type == "SurveyResponse")) if event.changes.get("submitted_at")]
    assert len(submits) == 1
    event = submits[0]
    assert (event.user_id, event.area_id, event.action, event.record_id) == (
        officer.user.id, area.id, "update", str(response.id))
    assert event.changes["status"] == "complete"
    assert event.changes["receipt_code"] == "(changed)"  # the code that deletes it stays secret


def test_a_respondents_submit_is_one_guarded_update_and_not_audited(app, client, db, area):
    survey = make_survey(db, area)
    check = answer_all(client, start_survey(client, survey), ["happy", "", ""])
    updates: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        if statement.lstrip().upper().startswith("UPDATE SURVEYRESPONSE"):
            updates.append(statement)

    engine = app.extensions["coprod.engine"]
    event.listen(engine, "before_cursor_execute", count)
    try:
        assert send(client, check, {}).h1.startswith("Thank you")
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len(updates) == 1, updates  # the guarded one; the ORM does not write the row again
    assert only_response(db, survey).status == ResponseStatus.COMPLETE.value
    assert db.exec(select(AuditEvent)).all() == []


def test_a_draft_surveys_pages_link_only_to_pages_that_open(signed_in, db, area):
    officer = signed_in(Role.OFFICER)
    draft = make_survey(db, area, status=SurveyStatus.DRAFT)
    page = officer.page(f"/staff/surveys/{draft.id}")
    nav = page.soup.select_one("nav[aria-label='Survey pages']")
    assert "Type in one paper or phone response" not in nav.get_text()
    for link in nav.select("a[href]"):
        assert officer.get(link["href"]).status_code == 200, link["href"]
    published = make_survey(db, area)
    nav = officer.page(f"/staff/surveys/{published.id}").soup.select_one(
        "nav[aria-label='Survey pages']")
    assert nav.find("a", string="Type in one paper or phone response")["href"] == \
        f"/staff/surveys/{published.id}/enter-response"
