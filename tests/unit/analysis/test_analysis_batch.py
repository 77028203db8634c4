"""`coprod analyse` contract: JSON Lines in, JSON Lines out, bad lines named by number."""

from __future__ import annotations

import io
import json

import pytest

from coprod.text.batch import BatchInputError, run_batch
from coprod.text.codebook import load_default_codebook

FIELDS = {"id", "themes", "sentiment", "polarity", "safeguarding", "redacted_text", "phrases"}


def _run(lines: list[str]) -> tuple[int, list[dict]]:
    out = io.StringIO()
    count = run_batch(lines, out)
    return count, [json.loads(line) for line in out.getvalue().splitlines()]


def test_each_line_gets_exactly_the_contract_fields_with_ids_preserved() -> None:
    lines = [json.dumps({"id": "c-1", "text": "The bus is late every day"}) + "\n",
             json.dumps({"id": 42, "text": "My son Jake wants to die", "group": "x"}) + "\n"]
    count, records = _run(lines)
    assert count == 2
    assert [r["id"] for r in records] == ["c-1", 42]
    ids = set(load_default_codebook().ids)
    for record in records:
        assert set(record) == FIELDS
        assert isinstance(record["themes"], list) and set(record["themes"]) <= ids
        assert record["sentiment"] in {"positive", "negative", "mixed", "neutral"}
        assert isinstance(record["polarity"], float) and -1 <= record["polarity"] <= 1
        assert isinstance(record["safeguarding"], bool)
        assert isinstance(record["redacted_text"], str)
        assert all(isinstance(p, str) for p in record["phrases"])
    assert records[0]["themes"] == ["transport"]
    assert records[1]["safeguarding"] is True
    assert "Jake" not in records[1]["redacted_text"]


def test_unicode_is_written_as_text_not_escapes() -> None:
    out = io.StringIO()
    run_batch([json.dumps({"id": "u", "text": "merci 😊"})], out)
    assert "😊" in out.getvalue()


def test_bad_lines_are_reported_by_number_and_good_lines_still_written() -> None:
    lines = ['{"id": "a", "text": "fine"}\n', "not json\n", '{"text": "no id"}\n',
             '{"id": "b"}\n', '["a list"]\n', "\n", '{"id": "c", "text": "also fine"}\n']
    out = io.StringIO()
    with pytest.raises(BatchInputError) as caught:
        run_batch(lines, out)
    error = caught.value
    assert [e.line for e in error.errors] == [2, 3, 4, 5]
    assert "line 2: not valid JSON" in str(error)
    assert 'line 3: missing "id"' in str(error)
    assert 'line 4: missing "text"' in str(error)
    assert error.written == 2
    assert [json.loads(x)["id"] for x in out.getvalue().splitlines()] == ["a", "c"]


def test_blank_lines_are_not_records_and_empty_input_writes_nothing() -> None:
    assert _run(["\n", "   \n"]) == (0, [])
