"""An officer asks a question only of some people ("Only show this question if…"): they choose
an earlier question, then its answers; they can change or remove it, and the journey follows."""

from __future__ import annotations

import pytest
from sqlmodel import select

from coprod.areas.models import Role
from coprod.surveys.definition import library
from coprod.surveys.models import SurveyVersion
from tests.survey_factories import make_survey, send, start_survey, tiny_definition
from tests.survey_results_helpers import add_response

KNOW = "Do you know your caseworker?"


def _caseworker_definition(slug: str) -> dict:
    """Know your caseworker (yes/no/not sure), how you feel (faces), then free text."""
    definition = tiny_definition(slug, easy_read=False)
    definition["questions"].insert(0, {"id": "know", "type": "yes_no_not_sure", "text": KNOW,
                                       "required": True})
    definition["questions"][1]["required"] = False
    return definition


@pytest.fixture
def survey(db, area):
    return make_survey(db, area, definition=_caseworker_definition("caseworker-check"))


def _questions(db, survey) -> dict:
    db.expire_all()
    return {q["id"]: q for q in library.current_version(db, survey.id).definition["questions"]}


def _show_feel_for(officer, survey, answers: list[str]):
    base = f"/staff/surveys/{survey.id}/questions/feel/shown-to"
    page = officer.submit(base, {"decided_by": "know"})
    assert page.h1 == f"Only show question 2 if the answer to ‘{KNOW}’ is…"
    return officer.submit(f"{base}/know", {"answers": answers})


def test_officer_shows_a_question_only_to_people_who_know_their_caseworker(
        signed_in, db, survey):
    officer = signed_in(Role.OFFICER)
    question = officer.page(f"/staff/surveys/{survey.id}/questions/feel")
    assert "Everyone who answers the survey." in question.text
    chooser = officer.page(question.soup.find("a", string="Change who sees this question")["href"])
    assert chooser.h1 == "Who should see question 2?"
    labels = [label.get_text(strip=True) for label in chooser.soup.select("label")]
    assert labels == ["Show it to everyone",
                      f"Only show it for some answers to question 1: ‘{KNOW}’"]
    assert chooser.soup.select_one("input[value='-everyone']").has_attr("checked")

    page = _show_feel_for(officer, survey, ["yes"])
    assert "Question saved. Only people who give those answers see it." in page.text
    assert f"Shown only if ‘{KNOW}’ is ‘Yes’" in page.text
    assert _questions(db, survey)["feel"]["show_if"] == {"question": "know", "equals": "yes"}
    overview = officer.page(f"/staff/surveys/{survey.id}")
    assert f"Shown only if ‘{KNOW}’ is ‘Yes’" in overview.soup.select_one(
        "#question-feel").get_text(" ", strip=True)
    preview = officer.page(f"/staff/surveys/{survey.id}/preview/2")
    assert f"Shown only if ‘{KNOW}’ is ‘Yes’. Everyone else skips this question." in preview.text


def test_officer_changes_then_removes_the_condition(signed_in, db, survey):
    officer = signed_in(Role.OFFICER)
    _show_feel_for(officer, survey, ["yes"])
    answers = officer.page(f"/staff/surveys/{survey.id}/questions/feel/shown-to/know")
    assert [box["value"] for box in answers.soup.select("input[checked]")] == ["yes"]

    page = _show_feel_for(officer, survey, ["not_sure", "yes"])
    assert f"Shown only if ‘{KNOW}’ is ‘Yes’ or ‘Not sure’" in page.text
    assert _questions(db, survey)["feel"]["show_if"] == {"question": "know",
                                                         "in": ["yes", "not_sure"]}

    page = officer.submit(f"/staff/surveys/{survey.id}/questions/feel/shown-to",
                          {"decided_by": "-everyone"})
    assert "Everyone who answers the survey now sees this question." in page.text
    assert "show_if" not in _questions(db, survey)["feel"]


@pytest.mark.parametrize("decided_by", ["say", "feel", "nothing_like_this", ""])
def test_only_an_earlier_question_with_answers_can_decide(signed_in, db, survey, decided_by):
    officer = signed_in(Role.OFFICER)
    before = _questions(db, survey)
    page = officer.submit(f"/staff/surveys/{survey.id}/questions/feel/shown-to",
                          {"decided_by": decided_by})
    assert page.status == 400
    assert page.title.startswith("Error:")
    assert page.errors == [("Select who should see this question" if not decided_by else
                            "Select ‘Show it to everyone’ or a question asked before this one")]
    assert _questions(db, survey) == before


@pytest.mark.parametrize("answers, error", [
    ([], "Select at least one answer"),
    (["yes", "maybe"], f"Select answers to ‘{KNOW}’ only"),
])
def test_answers_must_be_chosen_from_the_deciding_question(signed_in, db, survey, answers, error):
    officer = signed_in(Role.OFFICER)
    before = _questions(db, survey)
    page = officer.submit(f"/staff/surveys/{survey.id}/questions/feel/shown-to/know",
                          {"answers": answers})
    assert page.status == 400
    assert page.errors == [error]
    assert page.field_error("answers").endswith(error)
    assert _questions(db, survey) == before


def test_a_later_or_free_text_question_has_no_answers_page(signed_in, db, survey):
    officer = signed_in(Role.OFFICER)
    for later in ("say", "feel", "nothing_like_this"):
        assert officer.get(f"/staff/surveys/{survey.id}/questions/feel/shown-to/"
                           f"{later}").status_code == 404
    say_after_free_text = f"/staff/surveys/{survey.id}/questions/say/shown-to"
    labels = officer.page(say_after_free_text).soup.select("label")
    assert len(labels) == 3  # everyone, know and feel: never the free-text question itself


def test_the_first_question_can_only_be_shown_to_everyone(signed_in, db, survey):
    page = signed_in(Role.OFFICER).page(f"/staff/surveys/{survey.id}/questions/know/shown-to")
    assert [label.get_text(strip=True) for label in page.soup.select("label")] == [
        "Show it to everyone"]
    assert "There is none yet, so everyone sees this question." in page.text


def test_a_condition_on_a_survey_with_responses_makes_a_new_version(signed_in, db, survey):
    add_response(db, survey, {"know": "no", "feel": "sad"})
    officer = signed_in(Role.OFFICER)
    page = officer.page(f"/staff/surveys/{survey.id}/questions/feel/shown-to/know")
    assert "Saving makes version 2" in page.text
    _show_feel_for(officer, survey, ["yes"])
    versions = db.exec(select(SurveyVersion).where(SurveyVersion.survey_id == survey.id)
                       .order_by(SurveyVersion.number)).all()
    assert [v.number for v in versions] == [1, 2]
    assert "show_if" not in versions[0].definition["questions"][1]
    assert versions[1].definition["questions"][1]["show_if"]["equals"] == "yes"


def test_saving_the_same_answers_again_changes_nothing(signed_in, db, survey):
    add_response(db, survey, {"know": "no"})
    officer = signed_in(Role.OFFICER)
    officer.submit(f"/staff/surveys/{survey.id}/questions/feel/shown-to",
                   {"decided_by": "-everyone"})
    assert len(db.exec(select(SurveyVersion).where(SurveyVersion.survey_id == survey.id))
               .all()) == 1


@pytest.mark.parametrize("answer, next_question", [("no", "Tell us more"),
                                                   ("not_sure", "How did you feel?")])
def test_the_journey_skips_the_question_when_the_answer_does_not_match(
        signed_in, client, db, survey, answer, next_question):
    _show_feel_for(signed_in(Role.OFFICER), survey, ["yes", "not_sure"])
    page = start_survey(client, survey)
    assert page.h1 == KNOW
    assert send(client, page, {"answer": answer}).h1 == next_question
