"""No disclosure in any labelled set is missed (the locked test part: only the bench scores it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coprod.text.pipeline import analyse

DATA = Path(__file__).resolve().parents[2] / "data"
SETS = [*sorted(DATA.glob("theming_*.jsonl")),
        *sorted((DATA / "safeguarding_dev").glob("*.jsonl")),  # held out until session 11
        DATA / "corpus" / "train.jsonl", DATA / "corpus" / "dev.jsonl"]


@pytest.mark.parametrize("path", SETS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_labelled_disclosure_is_flagged(path: Path) -> None:
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    missed = [r["id"] for r in rows if r["safeguarding"] and not analyse(r["text"]).safeguarding]
    assert missed == []


@pytest.mark.parametrize("text", [
    "The boy next to him in class assaulted him twice and nothing was done.",
    "She says she would rather die than go back to that school.",
])
def test_disclosures_written_the_way_young_people_and_parents_write_them(text: str) -> None:
    assert analyse(text).safeguarding
