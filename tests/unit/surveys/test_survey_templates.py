"""The shipped survey templates load, pass the easy-read checker and survive the builder's
round trip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from coprod.surveys.definition.survey import (
    HELPED_QUESTION,
    SCHEMA_PATH,
    load_schema,
    load_survey_file,
    load_survey_text,
    shipped_survey_files,
    survey_from_dict,
    survey_to_dict,
)
from coprod.surveys.easy_read.checker import check_survey, check_survey_file

REPO = Path(__file__).resolve().parents[3]
TEMPLATES = ["caseworker", "event-feedback", "preparing-for-adulthood", "send-experience"]
EASY_READ_TEMPLATES = ["caseworker", "event-feedback", "preparing-for-adulthood"]


def template(name: str) -> Path:
    return REPO / "surveys" / f"{name}.yaml"


def test_the_four_templates_are_shipped() -> None:
    assert set(TEMPLATES) <= {path.stem for path in shipped_survey_files()}


@pytest.mark.parametrize("path", shipped_survey_files(), ids=lambda path: path.name)
def test_every_shipped_survey_file_loads_and_is_named_after_its_slug(path: Path) -> None:
    defn = load_survey_file(path)
    assert defn.slug == path.stem
    assert defn.questions


def test_the_published_schema_is_a_valid_draft_2020_12_schema() -> None:
    schema = json.loads((REPO / "surveys" / "schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_the_loader_validates_against_the_published_schema_file() -> None:
    published = REPO / "surveys" / "schema.json"
    assert SCHEMA_PATH == published
    assert load_schema() == json.loads(published.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", EASY_READ_TEMPLATES)
def test_easy_read_templates_pass_the_checker_with_no_warnings(name: str) -> None:
    defn = load_survey_file(template(name))
    assert defn.easy_read
    assert check_survey(defn) == []
    assert check_survey_file(template(name)) == []


def test_parent_carers_survey_start_page_is_easy_read_even_though_the_survey_is_not() -> None:
    defn = load_survey_file(template("send-experience"))
    assert not defn.easy_read
    assert check_survey(defn) == []


def test_parent_carers_survey_offers_skippable_equality_questions() -> None:
    defn = load_survey_file(template("send-experience"))
    equality = [q for q in defn.questions if q.is_equality_question]
    assert {q.subtype for q in equality} == {"ethnicity", "gender", "disability", "home_language"}
    assert not any(q.required for q in equality)


@pytest.mark.parametrize("name", TEMPLATES)
def test_builder_round_trip_gives_back_the_same_definition(name: str) -> None:
    defn = load_survey_file(template(name))
    data = survey_to_dict(defn)
    assert survey_from_dict(data) == defn
    assert json.loads(json.dumps(data)) == data  # stored as JSON in SurveyVersion
    assert list(Draft202012Validator(load_schema()).iter_errors(data)) == []


@pytest.mark.parametrize("name", TEMPLATES)
def test_a_definition_written_back_to_yaml_loads_the_same(name: str) -> None:
    defn = load_survey_file(template(name))
    text = yaml.safe_dump(survey_to_dict(defn), sort_keys=False, allow_unicode=True)
    assert load_survey_text(text, f"{name}.yaml") == defn


def test_young_people_can_say_they_do_not_understand_on_every_easy_read_question() -> None:
    for name in EASY_READ_TEMPLATES:
        defn = load_survey_file(template(name))
        assert all(question.offer_dont_understand for question in defn.questions), name


def test_the_helped_question_is_never_written_in_a_survey_file() -> None:
    for path in shipped_survey_files():
        assert HELPED_QUESTION.id not in load_survey_file(path).question_ids
