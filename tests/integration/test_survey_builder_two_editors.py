"""Two people changing one survey's details, or one of its questions, at once in the builder:
each keeps what they changed, and neither undoes the other unseen (common.edit_forms). Before,
the last save won: it put back every field as its page was opened."""

from __future__ import annotations

from coprod.areas.models import Role
from coprod.surveys.definition import library
from coprod.surveys.models import SurveyStatus
from tests.survey_factories import make_survey, tiny_definition
from tests.two_editors import CONFLICT, open_form, save, values


def _survey(db, area):
    return make_survey(db, area, definition=tiny_definition("drop-in", easy_read=False),
                       status=SurveyStatus.DRAFT)


def _details(survey) -> str:
    return f"/staff/surveys/{survey.id}/details"


def _question(survey, question_id: str = "say") -> str:
    return f"/staff/surveys/{survey.id}/questions/{question_id}"


def test_each_keeps_what_they_changed_in_the_details(signed_in, db, area):
    survey = _survey(db, area)
    officer, forum = signed_in(Role.OFFICER), signed_in(Role.FORUM)
    hers, theirs = open_form(officer, _details(survey)), open_form(forum, _details(survey))
    assert "Survey details saved." in save(officer, _details(survey), hers,
                                           title="How was the spring drop-in?").text
    assert "Survey details saved." in save(forum, _details(survey), theirs, minutes="5",
                                           audience="parent_carers").text
    db.expire_all()
    defn = library.current_definition(db, survey)
    assert (defn.title, defn.minutes, defn.audience) == (
        "How was the spring drop-in?", 5, "parent_carers")
    assert defn.purpose == "We want to know what you think."


def test_both_changing_a_detail_shows_the_newer_words_and_saves_nothing_unseen(
        signed_in, db, area):
    survey = _survey(db, area)
    officer, forum = signed_in(Role.OFFICER), signed_in(Role.FORUM)
    hers, theirs = open_form(officer, _details(survey)), open_form(forum, _details(survey))
    save(officer, _details(survey), hers, what_happens_next="We will write to you in June.")
    clash = save(forum, _details(survey), theirs, what_happens_next="We will share it at the "
                 "forum.", minutes="4")
    assert clash.status == 400
    assert clash.errors == [CONFLICT.format(now="We will write to you in June.")]
    assert clash.soup.select_one("textarea#what_happens_next").text.strip() == \
        "We will share it at the forum."
    assert clash.soup.select_one("input#minutes")["value"] == "4"
    db.expire_all()
    defn = library.current_definition(db, survey)
    assert (defn.what_happens_next, defn.minutes) == ("We will write to you in June.", 2)

    again = save(forum, _details(survey), values(clash))  # read it, and saved again
    assert "Survey details saved." in again.text
    db.expire_all()
    defn = library.current_definition(db, survey)
    assert (defn.what_happens_next, defn.minutes) == ("We will share it at the forum.", 4)


def test_each_keeps_what_they_changed_in_a_question(signed_in, db, area):
    survey = _survey(db, area)
    officer, forum = signed_in(Role.OFFICER), signed_in(Role.FORUM)
    hers, theirs = open_form(officer, _question(survey)), open_form(forum, _question(survey))
    assert "Question saved." in save(officer, _question(survey), hers,
                                     text="Tell us more about the day").text
    assert "Question saved." in save(forum, _question(survey), theirs, max_chars="500",
                                     hint="You can leave this empty.").text
    db.expire_all()
    question = library.current_definition(db, survey).question("say")
    assert (question.text, question.max_chars, question.hint) == (
        "Tell us more about the day", 500, "You can leave this empty.")


def test_both_changing_a_question_shows_the_newer_words_and_saves_nothing_unseen(
        signed_in, db, area):
    survey = _survey(db, area)
    officer, forum = signed_in(Role.OFFICER), signed_in(Role.FORUM)
    hers, theirs = open_form(officer, _question(survey)), open_form(forum, _question(survey))
    save(officer, _question(survey), hers, text="What else should we know?")
    clash = save(forum, _question(survey), theirs, text="Is there anything else?",
                 must_answer="y")
    assert clash.status == 400
    assert clash.errors == [CONFLICT.format(now="What else should we know?")]
    assert clash.soup.select_one("input#text")["value"] == "Is there anything else?"
    assert clash.soup.select_one("input#must_answer").has_attr("checked")
    db.expire_all()
    question = library.current_definition(db, survey).question("say")
    assert (question.text, question.required) == ("What else should we know?", False)

    again = save(forum, _question(survey), values(clash))  # read it, and saved again
    assert "Question saved." in again.text
    db.expire_all()
    question = library.current_definition(db, survey).question("say")
    assert (question.text, question.required) == ("Is there anything else?", True)


def test_a_question_someone_else_changed_to_choices_keeps_its_answers(signed_in, db, area):
    """One made the free-text question a choice question with its answers; the other, from a
    page opened before, only added a hint: the question stays a choice question."""
    survey = _survey(db, area)
    officer, forum = signed_in(Role.OFFICER), signed_in(Role.FORUM)
    hers, theirs = open_form(officer, _question(survey)), open_form(forum, _question(survey))
    save(officer, _question(survey), hers, qtype="single_choice", answers="Yes\nNo")
    assert "Question saved." in save(forum, _question(survey), theirs,
                                     hint="Choose one.").text
    db.expire_all()
    question = library.current_definition(db, survey).question("say")
    assert (question.type, question.hint) == ("single_choice", "Choose one.")
    assert [o.label for o in question.options] == ["Yes", "No"]
