"""The builder's pure edits: every change is checked, and a refused change says why."""

from __future__ import annotations

import pytest

from coprod.surveys.builder import edits as builder
from coprod.surveys.definition.survey import load_survey_file, survey_to_dict
from tests.survey_factories import SURVEYS_DIR, tiny_definition


@pytest.fixture
def tiny() -> dict:
    return tiny_definition("drop-in", easy_read=False)


def _ids(data: dict) -> list[str]:
    return [q["id"] for q in data["questions"]]


def test_adding_a_question_gives_it_an_id_from_its_words(tiny):
    data, question_id = builder.add_question(tiny, "yes_no_not_sure", {"text": "Did it help?"})
    assert question_id == "did_it_help"
    assert _ids(data) == ["feel", "say", "did_it_help"]
    assert _ids(tiny) == ["feel", "say"]  # the original is left alone


def test_the_same_words_twice_get_different_ids(tiny):
    data, first = builder.add_question(tiny, "free_text", {"text": "Anything else?"})
    data, second = builder.add_question(data, "free_text", {"text": "Anything else?"})
    assert (first, second) == ("anything_else", "anything_else_2")


def test_easy_read_choice_answers_get_easy_read_words():
    data, question_id = builder.add_question(
        tiny_definition("easy"), "single_choice",
        {"text": "Where?", "easy_read_text": "Where?"}, ["At home", "At school"])
    options = builder.question_data(data, question_id)["options"]
    assert options == [{"value": "at_home", "label": "At home", "easy_read_label": "At home"},
                       {"value": "at_school", "label": "At school",
                        "easy_read_label": "At school"}]


def test_moving_questions_up_and_down_and_past_the_ends(tiny):
    assert _ids(builder.move_question(tiny, "say", -1)) == ["say", "feel"]
    assert _ids(builder.move_question(tiny, "say", 1)) == ["feel", "say"]


def test_a_question_cannot_move_above_the_question_that_shows_it():
    data = survey_to_dict(load_survey_file(SURVEYS_DIR / "event-feedback.yaml"))
    with pytest.raises(builder.BuilderError, match="earlier question"):
        builder.move_question(data, "what_was_hard", -1)


def test_a_question_others_depend_on_cannot_be_removed():
    data = survey_to_dict(load_survey_file(SURVEYS_DIR / "event-feedback.yaml"))
    with pytest.raises(builder.BuilderError, match="What made it hard to join in"):
        builder.remove_question(data, "easy_to_join_in")
    assert "what_was_hard" not in _ids(builder.remove_question(data, "what_was_hard"))


def test_an_answer_that_shows_another_question_cannot_be_removed():
    data = survey_to_dict(load_survey_file(SURVEYS_DIR / "send-experience.yaml"))
    index = [o["value"] for o in builder.question_data(data, "support_now")["options"]].index(
        "ehc_plan")
    with pytest.raises(builder.BuilderError, match="shown for this answer"):
        builder.remove_option(data, "support_now", index)


def test_a_choice_question_keeps_at_least_two_answers(tiny):
    data, question_id = builder.add_question(tiny, "single_choice", {"text": "Which?"},
                                             ["One", "Two"])
    with pytest.raises(builder.BuilderError, match="at least 2 answers"):
        builder.remove_option(data, question_id, 0)


def test_editing_an_answer_keeps_its_value_so_results_still_add_up(tiny):
    data, question_id = builder.add_question(tiny, "single_choice", {"text": "Which?"},
                                             ["Bus", "Car"])
    data = builder.edit_option(data, question_id, 0, {"label": "A bus or a coach"})
    assert builder.question_data(data, question_id)["options"][0] == {
        "value": "bus", "label": "A bus or a coach"}


def test_changing_a_question_to_free_text_drops_its_answers(tiny):
    data, question_id = builder.add_question(tiny, "single_choice", {"text": "Which?"},
                                             ["Bus", "Car"])
    data = builder.edit_question(data, question_id, {}, qtype="free_text")
    assert "options" not in builder.question_data(data, question_id)


def test_details_that_break_the_survey_are_refused_with_the_field(tiny):
    with pytest.raises(builder.BuilderError) as refused:
        builder.update_details(tiny, {"minutes": 99})
    assert any("(minutes)" in message for message in refused.value.messages)


def test_describing_where_a_warning_is():
    from coprod.surveys.easy_read.checker import EasyReadWarning
    from coprod.surveys.easy_read.warnings import describe

    shown = describe(EasyReadWarning("questions[2].options[0].easy_read_label", "jargon", "x"))
    assert shown.place == "Question 3, answer 1: easy-read words"
    assert shown.question_index == 2
    assert describe(EasyReadWarning("purpose", "long-word", "x")).place == \
        "Start page: why we are asking"


def test_a_question_others_depend_on_keeps_its_type_with_a_plain_reason(tiny):
    data, deciding = builder.add_question(tiny, "yes_no_not_sure", {"text": "Do you go to school?"})
    data, shown = builder.add_question(data, "free_text", {"text": "What is school like?"})
    shown_data = builder.question_data(data, shown)
    shown_data["show_if"] = {"question": deciding, "equals": "yes"}
    with pytest.raises(builder.BuilderError) as refused:
        builder.edit_question(data, deciding, {}, qtype="free_text")
    assert refused.value.messages == [
        "Who sees 'What is school like?' depends on the answers to this question, so its type "
        "cannot change: set that question to 'Show it to everyone' first"]
    with pytest.raises(builder.BuilderError) as refused:
        builder.remove_question(data, deciding)
    assert "'What is school like?'" in refused.value.messages[0]
