"""`coprod analyse` keeps the contract in ARCHITECTURE.md: JSON Lines in, JSON Lines out."""

import json

from coprod.cli import main
from coprod.voice import analyse as store
from coprod.voice import area_codebooks
from tests.factories_voice import make_comment

FIELDS = {"id", "themes", "sentiment", "polarity", "safeguarding", "redacted_text", "phrases"}
LINES = [
    {"id": 17, "text": "The school transport taxi did not turn up. Ring Jane on 07700 900123"},
    {"id": "resp-4", "text": "He said he wants to kill himself"},
    {"id": "z", "text": "The zoom calls are hard to join"},
]


def _run(app, args: list[str], lines: list[str]):
    return app.test_cli_runner().invoke(main, ["analyse", *args], input="\n".join(lines) + "\n")


def _out(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_each_line_in_gives_one_line_out_with_the_contract_fields(app):
    result = _run(app, [], [json.dumps(line) for line in LINES])
    assert result.exit_code == 0, result.stderr
    out = _out(result)
    assert [record["id"] for record in out] == [17, "resp-4", "z"]
    for record in out:
        assert set(record) == FIELDS
        assert isinstance(record["themes"], list) and isinstance(record["phrases"], list)
        assert record["sentiment"] in {"positive", "negative", "mixed", "neutral"}
        assert isinstance(record["polarity"], float) and -1 <= record["polarity"] <= 1
        assert isinstance(record["safeguarding"], bool)
    taxi, concern, _zoom = out
    assert "transport" in taxi["themes"]
    assert "07700" not in taxi["redacted_text"] and "Jane" not in taxi["redacted_text"]
    assert concern["safeguarding"] is True
    assert result.stderr == ""


def test_a_bad_line_is_named_on_stderr_and_the_exit_status_is_not_zero(app):
    lines = [json.dumps(LINES[0]), "{not json", "", json.dumps({"id": 3}),
             json.dumps(LINES[2])]
    result = _run(app, [], lines)
    assert result.exit_code == 1
    assert [record["id"] for record in _out(result)] == [17, "z"]
    assert "line 2: not valid JSON" in result.stderr
    assert 'line 4: missing "text"' in result.stderr


def test_the_area_option_uses_that_areas_codebook(app, db, area):
    area_codebooks.add_cue(db, area.id, "communication", "zoom calls", None)
    line = json.dumps(LINES[2])
    default = _out(_run(app, [], [line]))[0]
    own = _out(_run(app, ["--area", area.slug], [line]))[0]
    assert "communication" not in default["themes"]
    assert "communication" in own["themes"]


def test_an_unknown_area_is_an_error(app):
    result = _run(app, ["--area", "nowhere"], [json.dumps(LINES[0])])
    assert result.exit_code != 0
    assert "No area with the slug 'nowhere'" in result.stderr


def test_retheme_themes_an_areas_stored_comments_and_prints_progress(app, db, area):
    for _ in range(3):
        make_comment(db, area, LINES[2]["text"])
    area_codebooks.add_cue(db, area.id, "communication", "zoom calls", None)
    assert store.progress(db, area.id).done == 0
    result = _run(app, ["--retheme", "--area", area.slug], [])
    assert result.exit_code == 0, result.stderr
    assert "3 of 3 comments re-themed" in result.stderr
    assert "Re-themed 3 comments." in result.stdout
    assert store.progress(db, area.id).finished


def test_retheme_needs_an_area(app):
    result = _run(app, ["--retheme"], [])
    assert result.exit_code == 2 and "--retheme needs --area" in result.stderr
