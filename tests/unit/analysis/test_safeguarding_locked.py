"""The held-out safeguarding set stays held out: well formed, and copied into nothing we tune.

It was written by someone who had not seen the rules, so its recall (bench/theming.py --locked)
says how the rules do on disclosures phrased in ways nobody fitted them to. A text from it that
turns up in a rule, a test or a training set would make that figure a fitted one.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
LOCKED = ROOT / "tests" / "data" / "safeguarding_locked"
RUN = 10  # words in a row that, found elsewhere, mean a held-out text was copied (7 finds
# everyday phrases such as "some nights I think about taking all my tablets")


def _rows(pattern: str = "heldout_*.jsonl") -> list[dict]:
    return [json.loads(line) for path in sorted(LOCKED.glob(pattern))
            for line in path.read_text("utf-8").splitlines() if line.strip()]


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def _runs(text: str) -> set[tuple[str, ...]]:
    words = _words(text)
    return {tuple(words[i:i + RUN]) for i in range(len(words) - RUN + 1)}


def test_the_everyday_comments_are_many_voices_and_none_a_disclosure() -> None:
    """Written blind as a local area's survey gets them, to count the leads' false alarms."""
    rows = _rows("ordinary_*.jsonl")
    # 288 since session 20: earlier blind sets, once scored, are learnt from (safeguarding_learn)
    assert len(rows) >= 250 and len({r["id"] for r in rows}) == len(rows)
    assert not any(r["safeguarding"] for r in rows)
    assert {r["voice"] for r in rows} >= {"parent", "young_person", "practitioner", "carer"}
    assert sum(len(r["text"].split()) <= 12 for r in rows) >= len(rows) // 3


def test_the_set_has_disclosures_and_near_misses_of_many_kinds() -> None:
    rows = _rows()
    assert len({r["id"] for r in rows}) == len(rows)
    disclosures = [r for r in rows if r["safeguarding"] is True]
    near_misses = [r for r in rows if r["safeguarding"] is False]
    assert len(disclosures) >= 60 and len(near_misses) >= 60
    kinds = Counter(r["kind"] for r in disclosures)
    assert len(kinds) >= 10 and max(kinds.values()) <= len(disclosures) // 5
    assert {r["voice"] for r in disclosures} >= {"parent", "young_person", "practitioner"}


TUNED_ON = [*sorted((ROOT / "coprod" / "text").rglob("*.py")),
            *sorted((ROOT / "tests" / "unit").rglob("*.py")),
            *sorted((ROOT / "tests" / "data").glob("theming_*.jsonl")),
            *sorted((ROOT / "tests" / "data" / "safeguarding_dev").glob("*.jsonl")),
            *sorted((ROOT / "tests" / "data" / "safeguarding_learn").glob("*.jsonl")),
            *sorted((ROOT / "tests" / "data" / "corpus").glob("*.jsonl"))]


@pytest.mark.parametrize("path", TUNED_ON, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_held_out_text_is_copied_into_rules_tests_or_training_data(path: Path) -> None:
    held_out = set().union(*(_runs(r["text"]) for r in _rows("*.jsonl")))
    copied = held_out & _runs(path.read_text("utf-8"))
    assert copied == set()
