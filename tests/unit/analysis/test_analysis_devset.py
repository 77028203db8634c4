"""The labelled development set is well formed and covers what the bench measures."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from coprod.analysis.codebook import load_default_codebook

DATA = Path(__file__).resolve().parents[2] / "data" / "theming_dev.jsonl"


def test_dev_set_is_labelled_across_every_theme_sentiment_and_group() -> None:
    rows = [json.loads(line) for line in DATA.read_text("utf-8").splitlines()]
    ids = set(load_default_codebook().ids)
    assert len(rows) >= 240
    assert len({r["id"] for r in rows}) == len(rows)
    themes = Counter(t for r in rows for t in r["themes"])
    assert set(themes) == ids and min(themes.values()) >= 12
    assert {r["sentiment"] for r in rows} == {"positive", "negative", "mixed", "neutral"}
    assert {r["group"] for r in rows} == {"parent_carer", "young_person", "practitioner"}
    assert sum(r["safeguarding"] for r in rows) >= 8
    assert sum(1 for r in rows if not r["themes"]) >= 5
