"""The labelled development set is well formed and covers what the bench measures."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from coprod.text.codebook import load_default_codebook

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


def test_every_labelled_theming_set_uses_known_labels_and_unique_ids() -> None:
    ids = set(load_default_codebook().ids)
    sets = sorted(DATA.parent.glob("theming_*.jsonl"))
    assert len(sets) >= 2, "the dev set and at least one held-out set"
    for path in sets:
        rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
        assert len({r["id"] for r in rows}) == len(rows), path.name
        for r in rows:
            assert set(r["themes"]) <= ids, (path.name, r["id"])
            assert r["sentiment"] in {"positive", "negative", "mixed", "neutral"}, r["id"]
            assert r["group"] in {"parent_carer", "young_person", "practitioner"}, r["id"]
            assert isinstance(r["safeguarding"], bool) and r["text"].strip(), r["id"]
