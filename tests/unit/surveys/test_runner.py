"""The journey's rules on their own: codes, the question count, what is still missing, when a
survey is open, and what a form accepts."""

from datetime import date

import pytest

from coprod.surveys.definition.survey import HELPED_QUESTION, survey_from_dict
from coprod.surveys.journey.codes import ALPHABET, code_hash, new_code, normalise
from coprod.surveys.journey.display import answer_words, question_id_from_slug, question_slug
from coprod.surveys.journey.forms import select_message, too_long_message
from coprod.surveys.journey.runner import (
    Availability,
    availability,
    first_missing,
    first_unanswered,
    next_depends_on_answers,
    place_of,
    questions_for,
)
from coprod.surveys.models import Survey, SurveyStatus
from tests.survey_factories import SURVEYS_DIR, tiny_definition


def caseworker():
    from coprod.surveys.definition.survey import load_survey_file

    return load_survey_file(SURVEYS_DIR / "caseworker.yaml")


def test_codes_are_eight_unambiguous_characters_in_two_groups():
    codes = {new_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        first, second = code.split("-")
        assert len(first) == len(second) == 4
        assert set(first + second) <= set(ALPHABET)
    assert not set("01ILO") & set(ALPHABET)


@pytest.mark.parametrize("typed, stored", [
    ("k7p4-qx9m", "K7P4-QX9M"), (" K7P4 QX9M ", "K7P4-QX9M"), ("K7P4QX9M", "K7P4-QX9M"),
    ("K7P4-QX9", ""), ("K7P4-QX9MM", ""), ("K7P4-QX0M", ""), ("", ""), (None, ""),
])
def test_codes_are_read_however_they_were_typed(typed, stored):
    assert normalise(typed) == stored


def test_only_a_hash_of_the_resume_code_is_kept_and_it_ignores_how_it_was_typed():
    assert code_hash("k7p4 qx9m") == code_hash("K7P4-QX9M")
    assert len(code_hash("K7P4-QX9M")) == 64
    assert "K7P4" not in code_hash("K7P4-QX9M")


def test_the_count_is_of_visible_questions_and_ends_with_the_helped_question():
    defn = caseworker()
    questions = questions_for(defn, {})
    assert questions[-1] is HELPED_QUESTION
    assert place_of(questions, "know_caseworker").total == 8  # with "Can we share your words?"
    assert place_of(questions, "how_you_talk") is None
    shown = questions_for(defn, {"know_caseworker": "yes"})
    place = place_of(shown, "how_you_talk")
    assert (place.number, place.total, place.previous.id, place.next.id) == (
        2, 10, "know_caseworker", "feel_about_caseworker")
    assert place_of(shown, HELPED_QUESTION.id).next is None


def test_what_is_still_missing_and_where_to_carry_on():
    defn = caseworker()
    answers = {"know_caseworker": "no"}
    questions = questions_for(defn, answers)
    assert first_missing(questions, answers).id == "good_caseworker"
    assert first_unanswered(questions, answers).id == "good_caseworker"
    answers["good_caseworker"] = ["listens"]
    assert first_missing(questions, answers) is None
    assert first_unanswered(questions, answers).id == "best_way_to_contact"


@pytest.mark.parametrize("status, opens, closes, expected", [
    (SurveyStatus.PUBLISHED, None, None, Availability.OPEN),
    (SurveyStatus.PUBLISHED, date(2026, 3, 1), date(2026, 3, 31), Availability.OPEN),
    (SurveyStatus.PUBLISHED, date(2026, 3, 2), None, Availability.NOT_YET_OPEN),
    (SurveyStatus.PUBLISHED, None, date(2026, 2, 28), Availability.CLOSED),
    (SurveyStatus.PUBLISHED, None, date(2026, 3, 1), Availability.OPEN),
    (SurveyStatus.CLOSED, None, None, Availability.CLOSED),
    (SurveyStatus.DRAFT, None, None, Availability.CLOSED),
])
def test_a_survey_is_open_between_its_dates_inclusive(status, opens, closes, expected):
    survey = Survey(area_id=1, slug="s", title="S", status=status.value, opens_on=opens,
                    closes_on=closes)
    assert availability(survey, today=date(2026, 3, 1)) == expected


def test_question_addresses_are_kebab_case_and_reversible():
    assert question_slug("know_caseworker") == "know-caseworker"
    assert question_id_from_slug("know-caseworker") == "know_caseworker"


def test_answers_read_back_in_the_words_people_chose_from():
    defn = survey_from_dict(tiny_definition("t"))
    feel, say = defn.questions
    assert answer_words(feel, "happy", True) == ["Happy"]
    assert answer_words(say, "dont_understand", True) == ["I don't understand"]
    assert answer_words(say, "<b>hi</b>", True) == ["<b>hi</b>"]
    assert answer_words(say, None, True) == []


def test_messages_speak_govuk(app):
    defn = survey_from_dict(tiny_definition("t"))
    with app.test_request_context():
        assert select_message(defn.questions[0]) == "Select how you feel"
        assert select_message(HELPED_QUESTION) == "Select an answer"
        assert too_long_message(1000) == "Your answer must be 1,000 characters or fewer"


def test_the_next_page_needs_earlier_answers_only_when_they_decide_what_is_shown():
    data = tiny_definition("decides")
    data["questions"].append({"id": "more", "type": "free_text", "text": "Why so happy?",
                              "easy_read_text": "Why are you happy?", "max_chars": 100,
                              "show_if": {"question": "feel", "equals": "happy"}})
    defn = survey_from_dict(data)
    feel, say, more = defn.questions
    assert not next_depends_on_answers(defn, feel), "the answer in hand decides"
    assert next_depends_on_answers(defn, say), "'more' waits on the earlier 'feel'"
    assert next_depends_on_answers(defn, more), "itself shown only for an earlier answer"
    assert not next_depends_on_answers(defn, HELPED_QUESTION)
    defn = caseworker()
    assert [q.id for q in defn.questions if next_depends_on_answers(defn, q)] == [
        "how_you_talk", "feel_about_caseworker"]
