"""Charter files: the shipped charter loads and passes the easy-read checker; a bad file is
refused whole, each problem named by file, line and field."""

import json
from pathlib import Path

import pytest
import yaml

from coprod.charters.files import (
    CHARTERS_DIR,
    SCHEMA_PATH,
    CharterFileError,
    parse_charter,
    read_charter_file,
    shipped_files,
)
from coprod.surveys.definition.symbols import symbol_names
from coprod.surveys.easy_read.checker import check_text

MODEL = CHARTERS_DIR / "model-charter.yaml"


def test_every_shipped_charter_loads():
    assert shipped_files() == [MODEL]
    for path in shipped_files():
        assert read_charter_file(path).charter.principles


def test_the_model_charter_has_the_six_principles_from_the_field():
    charter = read_charter_file(MODEL).charter
    assert [p.name for p in charter.principles] == [
        "Start together and stay together", "No decision about me without me",
        "Tell my story once", "Be open and honest about what is and is not possible",
        "Value every voice", "Close the loop"]
    assert all(len(p.in_practice) >= 2 for p in charter.principles)


def test_the_model_charters_easy_read_passes_the_checker_with_no_warnings():
    charter = read_charter_file(MODEL).charter
    pieces = [(charter.easy_read_title, False), (charter.easy_read_vision, False)]
    for p in charter.principles:
        pieces += [(p.easy_read_text, False), (p.easy_read_question, True)]
    assert [str(w) for words, is_q in pieces for w in check_text(words, "", is_q)] == []


def test_each_principle_has_its_own_symbol_from_the_catalogue():
    symbols = [p.symbol for p in read_charter_file(MODEL).charter.principles]
    assert len(set(symbols)) == len(symbols)
    assert set(symbols) <= symbol_names()


def test_the_schema_is_published_as_json():
    schema = json.loads(SCHEMA_PATH.read_text())
    assert schema["$schema"].endswith("2020-12/schema")
    assert Path(SCHEMA_PATH).parent.name == "charters"


def _model() -> dict:
    return yaml.safe_load(MODEL.read_text())


def _problems(data: dict) -> list[str]:
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    with pytest.raises(CharterFileError) as refused:
        parse_charter(text, "ours.yaml")
    return refused.value.lines()


def _set(data, path, value):
    target = data
    for step in path[:-1]:
        target = target[step]
    if value is DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


DELETE = object()


@pytest.mark.parametrize(("path", "value", "field", "message"), [
    (("title",), DELETE, "title", "Enter the title"),
    (("slug",), "Our Charter!", "slug", "slug must use lower-case letters"),
    (("review_on",), "2027-02-30", "review_on", "must be a real date"),
    (("principles",), [], "principles", "Give at least 1 principles"),
    (("principles", 2, "name"), DELETE, "principles[2].name", "Enter the principle's name"),
    (("principles", 1, "easy_read", "symbol"), "unicorn", "principles[1].easy_read.symbol",
     "symbol 'unicorn' is not in the symbols catalogue"),
    (("principles", 3, "easy_read", "question"), "Did we tell you the truth and did we listen?",
     "principles[3].easy_read.question", "Ask one thing at a time"),
    (("principles", 0, "easy_read", "text"),
     "We will always make sure that you are asked about the plan before anything is decided.",
     "principles[0].easy_read.text", "use 15 or fewer"),
    (("principles", 4, "key"), "start_together", "principles[4].key", "is used twice"),
    (("principles", 5, "nme"), "Close the loop", "principles[5].nme", "did you mean 'name'?"),
    (("easy_read", "vision"), DELETE, "easy_read.vision", "Enter the vision"),
])
def test_a_bad_field_is_named_with_its_line(path, value, field, message):
    lines = _problems(_set(_model(), path, value))
    assert len(lines) == 1, lines
    assert lines[0].startswith("ours.yaml, line ") and f", {field}: " in lines[0], lines[0]
    assert message in lines[0]


def test_every_problem_in_a_file_is_listed_top_to_bottom():
    data = _set(_set(_model(), ("title",), ""), ("principles", 5, "easy_read", "symbol"), "x")
    lines = _problems(data)
    assert [line.split(", ")[2].split(":")[0] for line in lines] == [
        "title", "principles[5].easy_read.symbol"]
    numbers = [int(line.split(", ")[1].removeprefix("line ")) for line in lines]
    assert numbers == sorted(numbers)


def test_broken_yaml_is_refused_with_its_line():
    with pytest.raises(CharterFileError) as refused:
        parse_charter("slug: ok\ntitle: [unclosed\n", "broken.yaml")
    assert refused.value.file == "broken.yaml" and refused.value.line is not None
