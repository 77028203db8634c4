"""A survey author who makes a mistake is told the file, the line and the field, for every
mistake at once, and nothing half-loaded is returned."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from coprod.surveys.definition.survey import (
    SurveyFileError,
    load_survey_file,
    load_survey_text,
    survey_from_dict,
)

FEEL = """
- id: feel
  type: faces
  text: How do you feel?
  easy_read_text: How do you feel?
  symbol: happy
"""


def refuse(text: str, filename: str = "caseworker.yaml") -> SurveyFileError:
    """Load some YAML that must be refused, and give back the error."""
    with pytest.raises(SurveyFileError) as caught:
        load_survey_text(text, filename)
    return caught.value


def test_a_valid_survey_loads(survey_yaml: Callable[..., str]) -> None:
    defn = load_survey_text(survey_yaml(FEEL), "drop-in.yaml")
    assert defn.question("feel").faces == 3


def test_error_reads_like_file_line_field_and_message(
    survey_yaml: Callable[..., str], line_with: Callable[[str, str], int]
) -> None:
    text = survey_yaml(
        """
        - id: travel
          type: single_choice
          text: How do you get here?
          easy_read_text: How do you get here?
          options:
            - value: bus
              label: Bus
              easy_read_label: Bus
            - value: car
              label: ""
              easy_read_label: Car
        """
    )
    error = refuse(text)
    line = line_with(text, 'label: ""')
    assert str(error) == (
        f"caseworker.yaml, line {line}, questions[0].options[1].label: Enter the option's words"
    )
    assert (error.file, error.line, error.field) == (
        "caseworker.yaml",
        line,
        "questions[0].options[1].label",
    )


def test_wrong_type_is_refused_with_its_line(
    survey_yaml: Callable[..., str], line_with: Callable[[str, str], int]
) -> None:
    text = survey_yaml(FEEL).replace("minutes: 2", "minutes: about five")
    error = refuse(text)
    assert (error.line, error.field) == (line_with(text, "minutes:"), "minutes")
    assert error.message == "minutes must be a whole number"


def test_easy_read_survey_needs_easy_read_words_for_each_question(
    survey_yaml: Callable[..., str], line_with: Callable[[str, str], int]
) -> None:
    text = survey_yaml(
        """
        - id: school
          type: yes_no_not_sure
          text: Do you feel your school understands your needs?
        """
    )
    error = refuse(text)
    assert (error.line, error.field) == (
        line_with(text, "id: school"),
        "questions[0].easy_read_text",
    )
    assert "easy-read words" in error.message


def test_two_questions_with_the_same_id_are_refused(
    survey_yaml: Callable[..., str], line_with: Callable[[str, str], int]
) -> None:
    text = survey_yaml(FEEL, FEEL.replace("How do you feel?", "How do you feel now?"))
    error = refuse(text)
    assert error.field == "questions[1].id"
    assert error.line == line_with(text, "How do you feel now?") - 2
    assert "already used" in error.message


def test_show_if_must_point_at_an_earlier_question(
    survey_yaml: Callable[..., str], line_with: Callable[[str, str], int]
) -> None:
    text = survey_yaml(
        """
        - id: why_sad
          type: free_text
          text: Why do you feel sad?
          easy_read_text: Why do you feel sad?
          show_if: {question: feel, equals: sad}
        """,
        FEEL,
    )
    error = refuse(text)
    assert (error.line, error.field) == (
        line_with(text, "show_if"),
        "questions[0].show_if.question",
    )
    assert error.message == "show_if must refer to an earlier question: 'feel' is asked later"


def test_show_if_must_use_an_answer_the_earlier_question_has(
    survey_yaml: Callable[..., str], line_with: Callable[[str, str], int]
) -> None:
    text = survey_yaml(
        FEEL,
        """
        - id: why_sad
          type: free_text
          text: Why do you feel sad?
          easy_read_text: Why do you feel sad?
          show_if: {question: feel, in: [sad, furious]}
        """,
    )
    error = refuse(text)
    assert (error.line, error.field) == (line_with(text, "furious"), "questions[1].show_if.in[1]")
    assert error.message.startswith("'furious' is not an answer to 'feel'")


def test_a_symbol_must_be_in_the_catalogue(
    survey_yaml: Callable[..., str], line_with: Callable[[str, str], int]
) -> None:
    text = survey_yaml(FEEL.replace("symbol: happy", "symbol: hapy"))
    error = refuse(text)
    assert (error.line, error.field) == (line_with(text, "hapy"), "questions[0].symbol")
    assert error.message == "There is no symbol called 'hapy': did you mean 'happy'?"


def test_bad_yaml_syntax_is_refused_with_its_line() -> None:
    text = "slug: drop-in\ntitle: [Drop-in feedback\naudience: young_people\n"
    error = refuse(text, "drop-in.yaml")
    assert error.file == "drop-in.yaml"
    assert error.line == 3
    assert "starts on line 2" in error.message


def test_an_empty_file_is_refused_plainly() -> None:
    assert refuse("# nothing yet\n", "new.yaml").message.startswith("The file is empty")


def test_a_key_written_twice_is_refused_not_silently_overwritten(
    survey_yaml: Callable[..., str], line_with: Callable[[str, str], int]
) -> None:
    text = survey_yaml(FEEL.replace("symbol: happy", "symbol: happy\n  text: Second words"))
    error = refuse(text)
    assert (error.line, error.field) == (line_with(text, "Second words"), "questions[0].text")


def test_a_misspelt_field_gets_a_suggestion(survey_yaml: Callable[..., str]) -> None:
    error = refuse(survey_yaml(FEEL.replace("easy_read_text", "easy_read_txt")))
    fields = {problem.field: problem.message for problem in error.problems}
    assert fields["questions[0].easy_read_txt"] == (
        "Remove 'easy_read_txt': did you mean 'easy_read_text'?"
    )


def test_equality_questions_cannot_be_made_compulsory(survey_yaml: Callable[..., str]) -> None:
    error = refuse(
        survey_yaml(
            """
            - id: ethnicity
              type: about_you
              subtype: ethnicity
              text: What is your ethnic group?
              easy_read_text: What is your ethnic group?
              required: true
            """
        )
    )
    assert error.field == "questions[0].required"
    assert "people can always skip them" in error.message


def test_closing_date_before_opening_date_is_refused(survey_yaml: Callable[..., str]) -> None:
    text = "opens_on: 2026-03-01\ncloses_on: 2026-02-01\n" + survey_yaml(FEEL)
    error = refuse(text)
    assert (error.line, error.field) == (2, "closes_on")


def test_every_mistake_is_listed_at_once_in_file_order(survey_yaml: Callable[..., str]) -> None:
    text = survey_yaml(FEEL.replace("symbol: happy", "symbol: hapy"), FEEL)
    text = text.replace("minutes: 2", "minutes: two")
    error = refuse(text)
    assert [problem.field for problem in error.problems] == [
        "minutes",
        "questions[0].symbol",
        "questions[1].id",
    ]
    assert len(error.lines()) == 3


def test_yes_and_no_stay_as_words_not_true_and_false(survey_yaml: Callable[..., str]) -> None:
    text = survey_yaml(
        """
        - id: again
          type: yes_no_not_sure
          text: Would you come again?
          easy_read_text: Would you come again?
        - id: why_not
          type: free_text
          text: Why not?
          easy_read_text: Why not?
          show_if: {question: again, equals: no}
        """
    )
    defn = load_survey_text(text)
    assert defn.question("why_not").show_if.values == ("no",)


def test_a_file_is_named_by_its_base_name(tmp_path: Path, survey_yaml: Callable[..., str]) -> None:
    path = tmp_path / "drop-in.yaml"
    path.write_text(survey_yaml(FEEL).replace("minutes: 2", "minutes: -1"), encoding="utf-8")
    with pytest.raises(SurveyFileError) as caught:
        load_survey_file(path)
    assert str(caught.value).startswith("drop-in.yaml, line 7, minutes: minutes must be 1 or more")


def test_a_builder_draft_is_checked_the_same_way_without_lines() -> None:
    with pytest.raises(SurveyFileError) as caught:
        survey_from_dict({"slug": "Not A Slug", "questions": []}, "draft")
    fields = {problem.field for problem in caught.value.problems}
    assert {"slug", "questions", "title", "purpose"} <= fields
    assert all(problem.line is None for problem in caught.value.problems)


def test_share_words_must_ask_yes_or_no(survey_yaml: Callable[..., str]) -> None:
    """The well-known id for "Can we use your words?" is read as a yes or a no, so a question
    with that id that asks something else is refused."""
    good = survey_yaml(FEEL + """
- id: share_words
  type: single_choice
  text: Can we use your words?
  easy_read_text: Can we share your words?
  options:
    - {value: "yes", label: "Yes", easy_read_label: "Yes"}
    - {value: "no", label: "No", easy_read_label: "No"}
""")
    assert load_survey_text(good, "drop-in.yaml").question("share_words").type == "single_choice"
    error = refuse(survey_yaml(FEEL + """
- id: share_words
  type: yes_no_not_sure
  text: Can we use your words?
  easy_read_text: Can we share your words?
"""))
    assert [problem.message for problem in error.problems] == [
        "'share_words' asks whether we can use someone's words: make it a single_choice "
        "question with the options yes and no"]
