"""Print the corpus counts by part, group, theme, sentiment and source kind.

Run: python tests/data/corpus/stats.py  (the README's tables come from this).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
PARTS = ("train", "dev", "test", "test_b", "test_c")


def load(part: str) -> list[dict]:
    with (HERE / f"{part}.jsonl").open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def table(title: str, counts: dict[str, Counter], keys: list[str]) -> None:
    print(f"\n{title:<24}" + "".join(f"{p:>7}" for p in PARTS) + f"{'all':>7}")
    for key in keys:
        row = [counts[p][key] for p in PARTS]
        print(f"{key:<24}" + "".join(f"{n:>7}" for n in row) + f"{sum(row):>7}")


def main() -> None:
    rows = {part: load(part) for part in PARTS}
    print("comments" + "".join(f"  {p} {len(rows[p])}" for p in PARTS)
          + f"  all {sum(len(r) for r in rows.values())}")
    sources = {r["source_url"] for part in PARTS for r in rows[part]}
    print(f"distinct sources {len(sources)}")
    for title, get in (
        ("group", lambda r: [r["group"]]),
        ("sentiment", lambda r: [r["sentiment"]]),
        ("source kind", lambda r: [r["source_kind"]]),
        ("theme", lambda r: r["themes"] or ["(none)"]),
        ("safeguarding", lambda r: [str(r["safeguarding"]).lower()]),
    ):
        counts = {p: Counter(k for r in rows[p] for k in get(r)) for p in PARTS}
        every = set().union(*counts.values())
        keys = sorted(every, key=lambda k, c=counts: -sum(n[k] for n in c.values()))
        table(title, counts, keys)


if __name__ == "__main__":
    main()
