"""Officers and forum members build surveys: start, edit, reorder, remove, check easy read,
publish and close. Each test reads like a person using the builder."""

from __future__ import annotations

import re
from datetime import timedelta

from sqlmodel import select

from coprod.areas.models import Role
from coprod.surveys.definition import library
from coprod.surveys.models import Survey, SurveyStatus, SurveyVersion
from coprod.surveys.staff import publishing
from tests import factories
from tests.survey_factories import make_survey, tiny_definition


def _question_ids(db, survey) -> list[str]:
    return [q["id"] for q in library.current_version(db, survey.id).definition["questions"]]


def test_officer_starts_a_survey_from_a_template_as_a_draft(signed_in, db, area):
    officer = signed_in(Role.OFFICER)
    page = officer.submit("/staff/surveys/new", {"start": "event-feedback",
                                                 "title": "After the summer fun day"})
    assert page.status == 200
    assert "Survey created as a draft." in page.text
    survey = db.exec(select(Survey).where(Survey.area_id == area.id)).one()
    assert survey.status == SurveyStatus.DRAFT
    assert survey.slug == "event-feedback"
    assert survey.title == "After the summer fun day"
    assert "How did you feel about the event?" in page.text


def test_forum_member_starts_a_blank_easy_read_survey(signed_in, db, area):
    page = signed_in(Role.FORUM).submit("/staff/surveys/new", {
        "start": "blank", "title": "Short breaks 2027", "audience": "young_people",
        "easy_read": "y"})
    assert page.h1 == "Questions and settings"
    survey = db.exec(select(Survey).where(Survey.area_id == area.id)).one()
    assert survey.slug == "short-breaks-2027"
    assert library.current_definition(db, survey).easy_read


def test_a_blank_survey_needs_a_title_said_the_govuk_way(signed_in):
    page = signed_in(Role.OFFICER).submit("/staff/surveys/new", {"start": "blank"})
    assert page.status == 400
    assert "Enter a title for the survey" in page.errors
    assert page.title.startswith("Error:")


def test_officer_adds_a_choice_question_with_its_answers(signed_in, db, area):
    survey = make_survey(db, area, definition=tiny_definition("drop-in", easy_read=False))
    page = signed_in(Role.OFFICER).submit(
        f"/staff/surveys/{survey.id}/questions/new/single_choice", {
        "text": "How did you get here?",
        "answers": "By bus\nIn a car\nI walked"})
    assert "Question added." in page.text
    question = library.current_definition(db, survey).question("how_did_you_get_here")
    assert [o.label for o in question.options] == ["By bus", "In a car", "I walked"]


def test_a_choice_question_needs_two_answers(signed_in, db, area):
    survey = make_survey(db, area, definition=tiny_definition("drop-in", easy_read=False))
    page = signed_in(Role.OFFICER).submit(
        f"/staff/surveys/{survey.id}/questions/new/single_choice", {
        "text": "How did you get here?", "answers": "By bus"})
    assert page.status == 400
    assert "Enter at least 2 answers, one on each line" in page.errors
    assert _question_ids(db, survey) == ["feel", "say"]


def test_easy_read_questions_need_easy_read_words(signed_in, db, area):
    survey = make_survey(db, area)
    page = signed_in(Role.OFFICER).submit(
        f"/staff/surveys/{survey.id}/questions/new/free_text", {
        "text": "Anything else?"})
    assert page.status == 400
    assert "Enter the question in easy read" in page.errors


def test_questions_move_up_and_down_with_buttons(signed_in, db, area):
    survey = make_survey(db, area)
    officer = signed_in(Role.OFFICER)
    overview = officer.page(f"/staff/surveys/{survey.id}")
    form = overview.soup.select_one("form[action$='/questions/say/move']")
    assert form.select_one("input[name=direction]")["value"] == "up"
    officer.post(form["action"], data={"csrf_token": overview.form_data(
        "form[action$='/questions/say/move']")["csrf_token"], "direction": "up"})
    assert _question_ids(db, survey) == ["say", "feel"]


def test_removing_a_question_asks_first_then_removes_it(signed_in, db, area):
    survey = make_survey(db, area)
    officer = signed_in(Role.OFFICER)
    confirm = officer.page(f"/staff/surveys/{survey.id}/questions/say/remove")
    assert confirm.h1 == "Remove this question?"
    page = officer.submit(f"/staff/surveys/{survey.id}/questions/say/remove", {})
    assert "Question removed." in page.text
    assert _question_ids(db, survey) == ["feel"]


def test_the_last_question_cannot_be_removed(signed_in, db, area):
    survey = make_survey(db, area)
    officer = signed_in(Role.OFFICER)
    officer.submit(f"/staff/surveys/{survey.id}/questions/say/remove", {})
    page = officer.submit(f"/staff/surveys/{survey.id}/questions/feel/remove", {})
    assert page.status == 400
    assert any("at least 1 question" in error for error in page.errors)
    assert _question_ids(db, survey) == ["feel"]


def test_answers_can_be_added_moved_and_removed(signed_in, db, area):
    survey = make_survey(db, area, definition=tiny_definition("drop-in", easy_read=False))
    officer = signed_in(Role.OFFICER)
    officer.submit(
        f"/staff/surveys/{survey.id}/questions/new/multiple_choice", {
        "text": "What helped?", "answers": "Friends\nStaff"})
    base = f"/staff/surveys/{survey.id}/questions/what_helped"
    officer.submit(f"{base}/answers/new", {"label": "My SENCO"})
    page = officer.page(base)
    token = page.form_data()["csrf_token"]
    officer.post(f"{base}/answers/2/up", data={"csrf_token": token})
    officer.post(f"{base}/answers/0/remove", data={"csrf_token": token})
    labels = [o.label for o in library.current_definition(db, survey).question("what_helped")
              .options]
    assert labels == ["My SENCO", "Staff"]


def test_easy_read_warnings_show_on_the_question_and_the_overview(signed_in, db, area):
    definition = tiny_definition("warned")
    definition["questions"][1]["easy_read_text"] = (
        "Tell us about your EHCP and what happened at the annual review meeting with "
        "everybody who came along and listened to you.")
    survey = make_survey(db, area, definition=definition)
    officer = signed_in(Role.OFFICER)
    question = officer.page(f"/staff/surveys/{survey.id}/questions/say")
    warnings = question.soup.select_one("#question-warnings").get_text(" ", strip=True)
    assert "Question 2: easy-read words" in warnings
    assert "use 15 or fewer" in warnings and 'Explain "EHCP"' in warnings
    overview = officer.page(f"/staff/surveys/{survey.id}")
    assert "Question 2: easy-read words" in overview.text


def test_editing_a_survey_with_responses_warns_then_makes_a_new_version(signed_in, db, area):
    from tests.survey_results_helpers import add_response

    survey = make_survey(db, area)
    add_response(db, survey, {"feel": "happy"})
    officer = signed_in(Role.OFFICER)
    page = officer.page(f"/staff/surveys/{survey.id}/questions/say")
    assert "Saving makes version 2" in page.text
    officer.submit(f"/staff/surveys/{survey.id}/questions/say",
                   {"text": "Tell us more, please", "easy_read_text": "Tell us more."})
    versions = db.exec(select(SurveyVersion).where(SurveyVersion.survey_id == survey.id)
                       .order_by(SurveyVersion.number)).all()
    assert [v.number for v in versions] == [1, 2]
    assert versions[0].definition["questions"][1]["text"] == "Tell us more"
    assert versions[1].definition["questions"][1]["text"] == "Tell us more, please"


def test_publish_now_schedule_later_and_close(signed_in, db, area):
    survey = make_survey(db, area, status=SurveyStatus.DRAFT)
    officer = signed_in(Role.OFFICER)
    page = officer.submit(f"/staff/surveys/{survey.id}/publish", {})
    assert "Survey published." in page.text and "Open" in page.text
    later = publishing.uk_today() + timedelta(days=10)
    page = officer.submit(f"/staff/surveys/{survey.id}/publish", {
        "opens_on": [str(later.day), str(later.month), str(later.year)]})
    assert "Survey scheduled." in page.text
    db.refresh(survey)
    assert publishing.state_of(survey, publishing.uk_today()) == publishing.State.SCHEDULED
    page = officer.page(f"/staff/surveys/{survey.id}")
    confirm = officer.page(page.soup.find("a", string=re.compile("Close survey"))["href"])
    assert confirm.h1 == "Close this survey?"
    db.refresh(survey)
    assert survey.status == SurveyStatus.PUBLISHED  # nothing happens until they confirm
    page = officer.submit(f"/staff/surveys/{survey.id}/close", {})
    assert "Survey closed. Its answers are kept." in page.text
    db.refresh(survey)
    assert survey.status == SurveyStatus.CLOSED


def test_closing_date_before_opening_date_is_refused(signed_in, db, area):
    survey = make_survey(db, area, status=SurveyStatus.DRAFT)
    page = signed_in(Role.OFFICER).submit(f"/staff/surveys/{survey.id}/publish", {
        "opens_on": ["10", "3", "2027"], "closes_on": ["1", "3", "2027"]})
    assert page.status == 400
    assert "Closing date must be the same as or after the opening date" in page.errors


def test_duplicate_makes_a_draft_copy_without_responses(signed_in, db, area):
    survey = make_survey(db, area)
    officer = signed_in(Role.OFFICER)
    page = officer.submit(f"/staff/surveys/{survey.id}/duplicate", {})
    assert page.errors == ["Enter a title for the copy"]
    page = officer.submit(f"/staff/surveys/{survey.id}/duplicate", {"title": survey.title})
    assert page.errors == [f"Your area already has a survey called ‘{survey.title}’. "
                           "Enter a different title"]
    page = officer.submit(f"/staff/surveys/{survey.id}/duplicate", {"title": "Drop-in 2027"})
    assert "Copy made as a draft." in page.text
    copy = db.exec(select(Survey).where(Survey.slug == f"{survey.slug}-copy")).one()
    assert copy.title == "Drop-in 2027"
    assert copy.status == SurveyStatus.DRAFT
    assert _question_ids(db, copy) == ["feel", "say"]


def test_preview_shows_each_question_as_respondents_see_it_then_the_helped_question(
        signed_in, db, area):
    survey = make_survey(db, area, template="event-feedback")
    forum = signed_in(Role.FORUM)
    start = forum.page(f"/staff/surveys/{survey.id}/preview")
    assert start.h1 == "Tell us about the event"
    first = forum.page(f"/staff/surveys/{survey.id}/preview/1")
    assert "Question 1 of 10" in first.text
    assert first.h1 == "How did you feel about the event?"  # the question is the page heading
    assert first.soup.select("input[type=radio][name=answer]")
    assert first.soup.select_one("legend img")["alt"]
    last = forum.page(f"/staff/surveys/{survey.id}/preview/10")
    assert last.h1 == "Did someone help you answer?"
    assert forum.get(f"/staff/surveys/{survey.id}/preview/11").status_code == 404


def test_another_areas_survey_is_not_found(signed_in, db, area):
    other = factories.make_area(db, "Elsewhere SEND Partnership")
    theirs = make_survey(db, other)
    officer = signed_in(Role.OFFICER)
    for path in ("", "/details", "/preview", "/publish", "/results", "/share", "/qr.png",
                 "/paper", "/responses.csv", "/import-responses", "/questions/feel"):
        assert officer.get(f"/staff/surveys/{theirs.id}{path}").status_code == 404, path
    mine = make_survey(db, area)
    token = officer.page(f"/staff/surveys/{mine.id}/close").form_data()["csrf_token"]
    response = officer.post(f"/staff/surveys/{theirs.id}/close", data={"csrf_token": token})
    assert response.status_code == 404
    db.refresh(theirs)
    assert theirs.status == SurveyStatus.PUBLISHED


def test_a_number_typed_in_words_is_refused_in_govuk_words(signed_in, db, area):
    survey = make_survey(db, area, definition=tiny_definition("words-for-numbers", False),
                         status=SurveyStatus.DRAFT)
    officer = signed_in(Role.OFFICER)
    details = officer.submit(f"/staff/surveys/{survey.id}/details", {"minutes": "ten"})
    assert details.errors == ["Enter how many minutes it takes as a whole number, like 10"]
    question = officer.submit(f"/staff/surveys/{survey.id}/questions/say", {"max_chars": "lots"})
    assert question.errors == ["Enter the most characters allowed as a whole number, like 500"]
    assert question.soup.select_one("#max_chars")["value"] == "lots"  # kept to be corrected


def test_a_setting_the_new_type_does_not_use_is_not_checked(signed_in, db, area):
    """Turning a free-text question into a choice takes the limit box off the page: an error
    on it would point at nothing the officer could see or fix."""
    survey = make_survey(db, area, definition=tiny_definition("type-change", False),
                         status=SurveyStatus.DRAFT)
    officer = signed_in(Role.OFFICER)
    page = officer.submit(f"/staff/surveys/{survey.id}/questions/say", {
        "qtype": "single_choice", "max_chars": "lots", "answers": "Yes\nNo"})
    for link in page.soup.select(".govuk-error-summary a"):
        assert page.soup.select_one(link["href"]) is not None, link["href"]
    assert not any("characters" in error for error in page.errors)
    db.expire_all()
    assert library.current_version(db, survey.id).definition["questions"][1]["type"] == \
        "single_choice"
