"""Setting and clearing "Only show this question if…" as pure edits of the file form."""

from __future__ import annotations

import pytest

from coprod.surveys.builder import conditions as builder_conditions
from coprod.surveys.builder import edits as builder
from coprod.surveys.definition.survey import survey_from_dict
from tests.survey_factories import tiny_definition


@pytest.fixture
def data() -> dict:
    """feel (faces), say (free text), then a yes/no question last."""
    data, _id = builder.add_question(tiny_definition("drop-in", easy_read=False),
                                     "yes_no_not_sure", {"text": "Did it help?"})
    return data


def test_only_earlier_questions_with_answers_can_decide(data):
    defn = survey_from_dict(data)
    found = builder_conditions.deciding_questions(defn, "did_it_help")
    assert [(n, q.id) for n, q in found] == [(1, "feel")]
    assert builder_conditions.deciding_questions(defn, "feel") == []


def test_answers_are_kept_in_the_deciding_questions_order(data):
    new = builder_conditions.set_condition(data, "did_it_help", "feel", ["sad", "happy"])
    assert new["questions"][2]["show_if"] == {"question": "feel", "in": ["happy", "sad"]}
    assert "show_if" not in data["questions"][2]  # the original is left alone
    cleared = builder_conditions.clear_condition(new, "did_it_help")
    assert "show_if" not in cleared["questions"][2]


@pytest.mark.parametrize("question_id, deciding_id, values, message", [
    ("feel", "did_it_help", ["yes"], "Choose a question asked before this one that has "
                                     "answers to pick from"),
    ("did_it_help", "say", ["x"], "Choose a question asked before this one that has answers "
                                  "to pick from"),
    ("did_it_help", "feel", [], "Select at least one answer"),
    ("did_it_help", "feel", ["yes"], "Select answers to ‘How did you feel?’ only"),
])
def test_a_condition_that_cannot_work_is_refused(data, question_id, deciding_id, values,
                                                 message):
    with pytest.raises(builder.BuilderError) as refused:
        builder_conditions.set_condition(data, question_id, deciding_id, values)
    assert refused.value.messages == [message]


def test_the_words_name_the_question_and_its_answers(data):
    new = builder_conditions.set_condition(data, "did_it_help", "feel", ["happy", "ok", "sad"])
    assert builder_conditions.shown_only_if(survey_from_dict(new)) == {
        "did_it_help": "Shown only if ‘How did you feel?’ is ‘Happy’, ‘OK’ or ‘Sad’"}
