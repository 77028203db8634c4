"""The realistic corpus (tests/data/corpus/) is well formed and split as its README states.

The split is decided by a hash of each comment's id, so a comment can never drift
between the parts the learned layer trains on and the locked test parts it is scored on.
Batch B (ids from real-1001) was added later, with its own locked part, test_b.jsonl, and
batch C (ids from real-3001) later still, with test_c.jsonl. Batch D (ids from real-10001),
mixed and neutral voices, and batch E (ids from real-11001), situational complaints, the weakest
themes, young people and practitioners, have no locked part: all of them is for training and
development.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
PARTS = ("train", "dev", "test", "test_b", "test_c")
BATCH_B_FIRST = 1001  # ids from real-1001 are batch B (README: "Batch B")
BATCH_C_FIRST = 3001  # ids from real-3001 are batch C (README: "Batch C")
BATCH_D_FIRST = 10001  # ids from real-10001 are batch D (README: "Batch D")
BATCH_E_FIRST = 11001  # ids from real-11001 are batch E (README: "Batch E")
BATCH_F_FIRST = 14001  # ids from real-14001 are batch F (README: "Batch F")
# The theme ids are a contract (shared/design/themes.yaml): reports and evaluations use them.
THEMES = {
    "communication", "ehcp", "assessment_waits", "school_inclusion", "specialist_provision",
    "health_therapies", "mental_health", "social_care", "adulthood", "voice_coproduction",
    "workforce", "transport", "funding", "disputes", "early_help", "leisure_friendships",
}
GROUPS = {"parent_carer", "young_person", "practitioner"}
SENTIMENTS = {"positive", "negative", "mixed", "neutral"}
KINDS = {
    "parliamentary_evidence", "parliamentary_debate", "ombudsman_decision", "inspection_report",
    "charity_report", "forum_report", "news", "participation_report", "other",
}
FIELDS = {"id", "text", "group", "themes", "sentiment", "safeguarding", "source_url", "source_kind"}


def part_for(comment_id: str) -> str:
    """The split rule in README.md: sha256(id) mod 100.

    Batch A: under 25 test, 25-39 dev, else train. Batch B: under 40 test_b, 40-54 dev, else train.
    Batch C: under 20 test_c, 20-34 dev, else train. Batches D, E and F: under 25 dev, else
    train.
    """
    bucket = int(hashlib.sha256(comment_id.encode("utf-8")).hexdigest(), 16) % 100
    if batch_of(comment_id) in ("D", "E", "F"):
        return "dev" if bucket < 25 else "train"
    if batch_of(comment_id) == "C":
        return "test_c" if bucket < 20 else "dev" if bucket < 35 else "train"
    if is_batch_b(comment_id):
        return "test_b" if bucket < 40 else "dev" if bucket < 55 else "train"
    return "test" if bucket < 25 else "dev" if bucket < 40 else "train"


def batch_of(comment_id: str) -> str:
    number = int(comment_id.removeprefix("real-"))
    if number >= BATCH_F_FIRST:
        return "F"
    if number >= BATCH_E_FIRST:
        return "E"
    if number >= BATCH_D_FIRST:
        return "D"
    return "C" if number >= BATCH_C_FIRST else "B" if number >= BATCH_B_FIRST else "A"


def is_batch_b(comment_id: str) -> bool:
    return batch_of(comment_id) == "B"


def load() -> dict[str, list[dict]]:
    parts = {}
    for part in PARTS:
        lines = (CORPUS / f"{part}.jsonl").read_text("utf-8").splitlines()
        parts[part] = [json.loads(line) for line in lines if line.strip()]
    return parts


def every_row() -> list[tuple[str, dict]]:
    return [(part, row) for part, rows in load().items() for row in rows]


def normalised(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


@pytest.mark.parametrize("part", PARTS)
def test_every_line_is_a_labelled_comment_with_its_source(part: str) -> None:
    rows = load()[part]
    assert rows, part
    for row in rows:
        assert set(row) == FIELDS, row.get("id")
        assert re.fullmatch(r"real-\d{4,5}", row["id"]), row["id"]
        assert row["text"].strip() and row["text"] == row["text"].strip(), row["id"]
        assert row["group"] in GROUPS, row["id"]
        assert row["sentiment"] in SENTIMENTS, row["id"]
        assert isinstance(row["safeguarding"], bool), row["id"]
        assert isinstance(row["themes"], list) and set(row["themes"]) <= THEMES, row["id"]
        assert len(set(row["themes"])) == len(row["themes"]), row["id"]
        assert re.fullmatch(r"https?://\S+\.\S+", row["source_url"]), row["id"]
        assert row["source_kind"] in KINDS, row["id"]


def test_ids_are_unique_and_each_comment_is_in_the_part_its_hash_says() -> None:
    rows = every_row()
    ids = [row["id"] for _, row in rows]
    assert len(set(ids)) == len(ids)
    misplaced = [(row["id"], part) for part, row in rows if part != part_for(row["id"])]
    assert misplaced == []


def test_no_comment_text_appears_twice_in_or_across_parts() -> None:
    seen: dict[str, str] = {}
    repeats = []
    for _part, row in every_row():
        key = normalised(row["text"])
        if key in seen:
            repeats.append((seen[key], row["id"]))
        seen[key] = row["id"]
    assert repeats == []


def test_the_split_rule_sends_a_quarter_to_test_and_is_stable() -> None:
    """The rule itself, on ids the corpus may not have yet: fixed answers, about 25/15/60."""
    assert part_for("real-0001") == part_for("real-0001")
    counts = {p: 0 for p in PARTS}
    for n in range(1, BATCH_B_FIRST):
        counts[part_for(f"real-{n:04d}")] += 1
    assert 200 <= counts["test"] <= 300 and 100 <= counts["dev"] <= 200
    assert counts["test_b"] == 0


def test_batch_b_sends_two_fifths_to_its_own_locked_part_and_none_to_the_old_one() -> None:
    counts = {p: 0 for p in PARTS}
    for n in range(BATCH_B_FIRST, BATCH_C_FIRST):
        counts[part_for(f"real-{n:04d}")] += 1
    assert counts["test"] == 0 and counts["test_c"] == 0
    assert 700 <= counts["test_b"] <= 900 and 200 <= counts["dev"] <= 400


def test_batch_c_sends_a_fifth_to_its_own_locked_part_and_none_to_the_older_ones() -> None:
    counts = {p: 0 for p in PARTS}
    for n in range(BATCH_C_FIRST, BATCH_C_FIRST + 5000):
        counts[part_for(f"real-{n:04d}")] += 1
    assert counts["test"] == 0 and counts["test_b"] == 0
    assert 850 <= counts["test_c"] <= 1150 and 600 <= counts["dev"] <= 900


def test_the_corpus_is_big_and_varied_enough_to_learn_from_and_score_on() -> None:
    """The issue's floor: 600 comments, 150 locked, young people and practitioners heard."""
    parts = load()
    rows = [row for part in PARTS for row in parts[part]]
    assert len(rows) >= 600
    assert len(parts["test"]) >= 150
    groups = {g: sum(1 for r in rows if r["group"] == g) for g in GROUPS}
    assert groups["young_person"] >= 120 and groups["practitioner"] >= 80
    assert {r["sentiment"] for r in parts["test"]} == SENTIMENTS
    assert len({r["source_url"] for r in rows}) >= 40
    assert len({r["source_kind"] for r in rows}) >= 7
    themes_in_test = {t for r in parts["test"] for t in r["themes"]}
    assert themes_in_test == THEMES, THEMES - themes_in_test


def shingles(text: str, n: int = 4) -> set[tuple[str, ...]]:
    words = normalised(text).split()
    return {tuple(words[i:i + n]) for i in range(max(1, len(words) - n + 1))}


def test_batch_b_is_big_enough_and_its_locked_part_is_separate() -> None:
    """Issue 17's second batch: 450+ new comments, 170+ of them in locked test part B."""
    parts = load()
    batch_b = [r for part in PARTS for r in parts[part] if is_batch_b(r["id"])]
    assert len(batch_b) >= 450
    assert len(parts["test_b"]) >= 170
    assert all(is_batch_b(r["id"]) for r in parts["test_b"])
    assert not any(is_batch_b(r["id"]) for r in parts["test"])
    assert {r["sentiment"] for r in parts["test_b"]} == SENTIMENTS
    assert {r["group"] for r in parts["test_b"]} == GROUPS


def test_batch_c_is_big_enough_and_its_locked_part_is_separate() -> None:
    """Issue 17's third batch: 800+ new comments from new sources, 150+ in locked part C."""
    parts = load()
    batch_c = [r for part in PARTS for r in parts[part] if batch_of(r["id"]) == "C"]
    assert len(batch_c) >= 800
    assert len(parts["test_c"]) >= 150
    assert all(batch_of(r["id"]) == "C" for r in parts["test_c"])
    assert {r["sentiment"] for r in parts["test_c"]} == SENTIMENTS
    assert {r["group"] for r in parts["test_c"]} == GROUPS
    older_sources = {r["source_url"] for part in PARTS for r in parts[part]
                     if batch_of(r["id"]) != "C"}
    new_sources = {r["source_url"] for r in batch_c}
    assert len(new_sources - older_sources) >= 0.9 * len(new_sources)


def learning_only_batch(batch: str) -> tuple[list[dict], float]:
    """A batch with no locked part: its comments (checked to be in none of the locked parts)
    and the share of its source pages that no other batch used."""
    parts = load()
    rows = [r for part in PARTS for r in parts[part] if batch_of(r["id"]) == batch]
    assert not any(batch_of(r["id"]) == batch for p in ("test", "test_b", "test_c")
                   for r in parts[p])
    older_sources = {r["source_url"] for part in PARTS for r in parts[part]
                     if batch_of(r["id"]) != batch}
    new_sources = {r["source_url"] for r in rows}
    return rows, len(new_sources - older_sources) / len(new_sources)


def test_batch_d_adds_mixed_and_neutral_voices_to_learn_from_only() -> None:
    """The follow-up's fourth batch: 250+ comments, most of them mixed or neutral (the classes
    the machine confuses most), none in any locked part, from pages new to the corpus."""
    batch_d, new_pages = learning_only_batch("D")
    assert len(batch_d) >= 250 and new_pages >= 0.9
    feelings = [r["sentiment"] for r in batch_d]
    assert feelings.count("mixed") >= 100 and feelings.count("neutral") >= 100
    assert {r["group"] for r in batch_d} == GROUPS


def test_batch_e_adds_the_voices_and_themes_read_worst_to_learn_from_only() -> None:
    """The fifth batch: 350+ comments, 100+ each from young people and from practitioners,
    complaints and praise carried by the situation, none in any locked part, from pages new
    to the corpus."""
    batch_e, new_pages = learning_only_batch("E")
    assert len(batch_e) >= 350 and new_pages >= 0.85
    groups = [r["group"] for r in batch_e]
    assert groups.count("young_person") >= 100 and groups.count("practitioner") >= 100
    assert {r["sentiment"] for r in batch_e} == SENTIMENTS


def test_batch_f_adds_short_answers_weary_parents_young_people_and_weak_themes() -> None:
    """The sixth batch: 800+ comments to learn from only, a quarter of them 15 words or fewer
    (as survey boxes get them), 150+ each from young people and from practitioners, every
    sentiment, from pages new to the corpus."""
    batch_f, new_pages = learning_only_batch("F")
    assert len(batch_f) >= 800 and new_pages >= 0.85
    assert sum(len(r["text"].split()) <= 15 for r in batch_f) >= len(batch_f) // 4
    groups = [r["group"] for r in batch_f]
    assert groups.count("young_person") >= 150 and groups.count("practitioner") >= 150
    assert {r["sentiment"] for r in batch_f} == SENTIMENTS


@pytest.mark.parametrize("batch", ["B", "C", "D", "E", "F"])
def test_a_later_batch_does_not_reword_a_comment_an_earlier_one_has(batch: str) -> None:
    """No new comment shares most of its wording with an old one (same quote taken twice).

    Measured on word 4-grams, so a close rewording of the same sentence is caught, not only a copy.
    """
    rows = [r for _part, r in every_row()]
    old = [(r["id"], shingles(r["text"])) for r in rows if batch_of(r["id"]) < batch]
    close = []
    for row in (r for r in rows if batch_of(r["id"]) == batch):
        new = shingles(row["text"])
        for old_id, grams in old:
            if len(new & grams) / len(new | grams) >= 0.2:
                close.append((row["id"], old_id))
    assert close == []


def test_the_bench_scores_each_locked_part_separately_and_only_when_asked() -> None:
    bench = CORPUS.parents[2] / "bench" / "theming.py"
    spec = importlib.util.spec_from_file_location("bench_theming", bench)
    assert spec and spec.loader
    theming = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(theming)
    every = [theming.set_name(p) for p in theming.default_sets(locked=True)]
    locked = {"corpus_test", "corpus_test_b", "corpus_test_c"}
    assert locked <= set(every)
    day_to_day = [theming.set_name(p) for p in theming.default_sets()]
    assert "corpus_train" in day_to_day and "corpus_dev" in day_to_day
    assert not locked & set(day_to_day)


def test_no_locked_comment_rewords_one_the_model_may_learn_from() -> None:
    """A close rewording in another part would leak a locked comment into training (and back)."""
    rows = [(part, row["id"], frozenset(shingles(row["text"]))) for part, row in every_row()]
    holders: dict[tuple[str, ...], list[int]] = {}
    for k, (_part, _id, grams) in enumerate(rows):
        for gram in grams:
            holders.setdefault(gram, []).append(k)
    leaks = set()
    for k, (part, cid, grams) in enumerate(rows):
        for other in {c for gram in grams for c in holders[gram] if c > k}:
            other_part, other_id, other_grams = rows[other]
            if part != other_part and len(grams & other_grams) / len(grams | other_grams) >= 0.2:
                leaks.add((cid, other_id))
    assert leaks == set()
