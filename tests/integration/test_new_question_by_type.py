"""Issue 18: adding a question asks its type first, then shows only that type's settings, all
without JavaScript; each page says what is wrong in a GOV.UK error summary."""

from __future__ import annotations

import pytest

from coprod.areas.models import Role
from coprod.surveys.definition import library
from tests.survey_factories import make_survey, tiny_definition

# The fields only one type (or two) has, by form field name.
OWN_FIELDS = {"subtype": "about_you", "faces": "faces", "max_chars": "free_text",
              "offer_not_applicable": "agreement", "answers": "single_choice multiple_choice"}


@pytest.fixture
def survey(db, area):
    return make_survey(db, area, definition=tiny_definition("drop-in", easy_read=False))


def test_forum_member_chooses_the_type_first_then_sees_only_its_fields(signed_in, survey):
    forum = signed_in(Role.FORUM)
    first = forum.page(f"/staff/surveys/{survey.id}/questions/new")
    assert first.soup.select("input[name=qtype]") and not first.soup.select(
        "input[name=text]")
    second = forum.submit(f"/staff/surveys/{survey.id}/questions/new", {"qtype": "agreement"})
    assert second.status == 200
    assert second.soup.select_one("#question-type").text == "Agree or disagree"
    assert not second.soup.select("input[name=qtype]")
    names = {field["name"] for field in second.soup.select("main [name]")}
    assert names >= {"text", "hint", "offer_not_applicable"}
    assert not names & {"subtype", "faces", "max_chars", "answers"}


@pytest.mark.parametrize("qtype", ["single_choice", "multiple_choice", "faces",
                                   "yes_no_not_sure", "agreement", "free_text", "about_you"])
def test_each_type_shows_its_own_settings_and_no_others(signed_in, survey, qtype):
    page = signed_in(Role.OFFICER).page(f"/staff/surveys/{survey.id}/questions/new/{qtype}")
    names = {field["name"] for field in page.soup.select("main form [name]")}
    for field, owners in OWN_FIELDS.items():
        assert (field in names) is (qtype in owners.split()), (qtype, field)


def test_an_agreement_question_can_offer_not_applicable(signed_in, db, survey):
    page = signed_in(Role.OFFICER).submit(f"/staff/surveys/{survey.id}/questions/new/agreement",
                                          {"text": "The drop-in was at a good time",
                                           "offer_not_applicable": "y"})
    assert "Question added." in page.text
    question = library.current_definition(db, survey).question("the_drop_in_was_at_a_good_time")
    assert question.type == "agreement" and question.offer_not_applicable


def test_a_faces_question_starts_at_3_faces_and_a_text_box_at_the_usual_limit(
        signed_in, survey):
    officer = signed_in(Role.OFFICER)
    faces = officer.page(f"/staff/surveys/{survey.id}/questions/new/faces")
    assert faces.soup.select_one("input[name=faces][checked]")["value"] == "3"
    text = officer.page(f"/staff/surveys/{survey.id}/questions/new/free_text")
    assert text.soup.select_one("input[name=max_chars]")["value"]


def test_no_type_chosen_is_said_the_govuk_way(signed_in, survey):
    page = signed_in(Role.FORUM).submit(f"/staff/surveys/{survey.id}/questions/new", {})
    assert page.status == 400
    assert page.title.startswith("Error:")
    assert page.errors == ["Select the type of question"]


def test_the_second_page_says_what_is_wrong_the_govuk_way(signed_in, db, survey):
    page = signed_in(Role.FORUM).submit(f"/staff/surveys/{survey.id}/questions/new/about_you",
                                        {"text": ""})
    assert page.status == 400
    assert page.title.startswith("Error:")
    assert page.errors == ["Enter the question", "Select what it asks about"]
    assert [q.id for q in library.current_definition(db, survey).questions] == ["feel", "say"]


def test_changing_the_type_goes_back_with_it_chosen(signed_in, survey):
    officer = signed_in(Role.OFFICER)
    page = officer.page(f"/staff/surveys/{survey.id}/questions/new/faces")
    change = page.soup.select_one("#question-type").find_next("a")["href"]
    back = officer.page(change)
    assert back.soup.select_one("input[name=qtype][checked]")["value"] == "faces"


def test_an_unknown_type_is_not_found(signed_in, survey):
    assert signed_in(Role.OFFICER).get(
        f"/staff/surveys/{survey.id}/questions/new/essay").status_code == 404
