"""Theming bench: accuracy on each labelled set and speed beside TextBlob in the same run.

By default it scores the realistic corpus's training and development parts (tests/data/corpus/)
and every tests/data/theming_*.jsonl (the old dev set the rules were tuned on, and the held-out
sets), so a change that only helps the sets it was tuned on shows at once. The locked test parts
(test.jsonl, batch A; test_b.jsonl, batch B; test_c.jsonl, batch C) are scored, each on its own,
only with `--locked`, for the final figures, with the held-out safeguarding sets
(tests/data/safeguarding_locked/: disclosures and near-misses written blind to the rules, and
everyday comments written blind, to count how many a lead would read in vain). A
held-out safeguarding set the rules have since been fitted to (tests/data/safeguarding_dev/) is
scored on every run.
`--rules-only` leaves out the learned layer, to see what it adds.

Run: .venv/bin/python bench/theming.py [--json] [--rules-only] [--locked] [--data PATH ...]
     [--size 100000]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from textblob import TextBlob  # noqa: E402

from coprod.text.codebook import load_default_codebook  # noqa: E402
from coprod.text.learned import shipped_model  # noqa: E402
from coprod.text.pipeline import analyse_with  # noqa: E402

LABELS = ("positive", "negative", "mixed", "neutral")
DATA_DIR = ROOT / "tests" / "data"
DEFAULT_DATA = DATA_DIR / "theming_dev.jsonl"
CORPUS_PARTS = [DATA_DIR / "corpus" / f"{part}.jsonl" for part in ("train", "dev")]
LOCKED_PARTS = [DATA_DIR / "corpus" / f"{part}.jsonl"
                for part in ("test", "test_b", "test_c")]
# Disclosures and near-misses written by someone who had not seen the rules (its README):
# scored only with --locked, so no rule is ever tuned on it. Once a round of rules has been
# fitted to one, it moves to safeguarding_dev/ and is scored every run, like the other sets.
LOCKED_SAFEGUARDING = sorted((DATA_DIR / "safeguarding_locked").glob("heldout_*.jsonl"))
# Everyday comments written blind (not to look like disclosures), also scored only with
# --locked: how often a safeguarding lead would be sent an ordinary comment.
LOCKED_ORDINARY = sorted((DATA_DIR / "safeguarding_locked").glob("ordinary_*.jsonl"))
DEV_SAFEGUARDING = sorted((DATA_DIR / "safeguarding_dev").glob("heldout_*.jsonl"))
# Written blind, scored once, then learnt from by the disclosure column (not fitted by rules).
LEARN_SAFEGUARDING = sorted((DATA_DIR / "safeguarding_learn").glob("*.jsonl"))


def default_sets(locked: bool = False) -> list[Path]:
    """The corpus's open parts (and locked ones if asked), the old dev set, then the other sets."""
    rest = sorted(p for p in DATA_DIR.glob("theming_*.jsonl") if p != DEFAULT_DATA)
    corpus = [*CORPUS_PARTS, *(LOCKED_PARTS if locked else [])]
    return [*(p for p in corpus if p.is_file()), DEFAULT_DATA, *rest]


def set_name(path: Path) -> str:
    """"corpus_dev" for tests/data/corpus/dev.jsonl, "holdout2" for theming_holdout2.jsonl."""
    if path.parent.name == "corpus":
        return f"corpus_{path.stem}"
    return path.stem.removeprefix("theming_")


MODEL = None  # the learned model the bench uses; main() sets it (None: rules only)


def analyse(text: str, codebook):
    """The pipeline as the product runs it (or rules only, with --rules-only)."""
    return analyse_with(text, codebook, MODEL)


def load(path: Path) -> list[dict[str, Any]]:
    """The labelled comments, one JSON object a line."""
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def f1(p: float, r: float) -> float:
    """Harmonic mean, 0 when both are 0."""
    return 2 * p * r / (p + r) if p + r else 0.0


def theme_scores(gold: Sequence[set[str]], pred: Sequence[set[str]], ids: Sequence[str]) -> dict:
    """Per-theme precision and recall, micro and macro F1."""
    per: dict[str, dict[str, float]] = {}
    tp_all = fp_all = fn_all = 0
    for tid in ids:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if tid in g and tid in p)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if tid not in g and tid in p)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if tid in g and tid not in p)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        per[tid] = {"precision": prec, "recall": rec, "f1": f1(prec, rec), "support": tp + fn}
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
    micro_p = tp_all / (tp_all + fp_all) if tp_all + fp_all else 0.0
    micro_r = tp_all / (tp_all + fn_all) if tp_all + fn_all else 0.0
    macro = sum(v["f1"] for v in per.values()) / len(per)
    return {"per_theme": per, "micro_f1": f1(micro_p, micro_r), "micro_precision": micro_p,
            "micro_recall": micro_r, "macro_f1": macro}


def sentiment_scores(gold: Sequence[str], pred: Sequence[str]) -> dict:
    """Accuracy, macro F1 over the four labels and the confusion table."""
    confusion = Counter(zip(gold, pred, strict=True))
    f1s = []
    for label in LABELS:
        tp = confusion[(label, label)]
        fp = sum(confusion[(g, label)] for g in LABELS if g != label)
        fn = sum(confusion[(label, p)] for p in LABELS if p != label)
        f1s.append(f1(tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0))
    accuracy = sum(confusion[(x, x)] for x in LABELS) / len(gold)
    table = {g: {p: confusion[(g, p)] for p in LABELS} for g in LABELS}
    return {"accuracy": accuracy, "macro_f1": sum(f1s) / len(f1s), "confusion": table}


def textblob_label(text: str) -> str:
    """TextBlob alone, as the issue measured it: polarity sign with a small dead zone."""
    polarity = TextBlob(text).sentiment.polarity
    return "positive" if polarity > 0.05 else "negative" if polarity < -0.05 else "neutral"


def vary(texts: Sequence[str], size: int, seed: int = 7) -> list[str]:
    """Grow the dev texts to `size` varied comments, so no cache can make repeats free."""
    rng = random.Random(seed)
    extras = ["", " Thanks.", " Still waiting.", " My son is 9.", " Please help.", " pls",
              " We are in year 6.", " The SENCO agrees.", " It has been months."]
    out = []
    for i in range(size):
        a, b = rng.choice(texts), rng.choice(texts)
        body = a if i % 3 else a + " " + b.split(".")[0] + "."
        out.append(body + rng.choice(extras) + f" ({i})")
    return out


def throughput(texts: Sequence[str], codebook) -> dict:
    """Comments per second for coprod and for TextBlob's sentiment on the same texts."""
    start = time.perf_counter()
    for text in texts:
        analyse(text, codebook)
    ours = len(texts) / (time.perf_counter() - start)
    start = time.perf_counter()
    for text in texts:
        TextBlob(text).sentiment  # noqa: B018 - timing the attribute is the point
    theirs = len(texts) / (time.perf_counter() - start)
    return {"coprod_per_s": ours, "textblob_per_s": theirs, "ratio": ours / theirs}


def safeguarding_scores(rows: list[dict[str, Any]], results: list) -> dict:
    """Recall over disclosures and the false-positive rate over everything else."""
    pairs = list(zip(rows, results, strict=True))
    disclosures = sum(1 for r in rows if r["safeguarding"])
    return {
        "recall": sum(1 for r, a in pairs if r["safeguarding"] and a.safeguarding)
        / disclosures if disclosures else 1.0,
        "false_positive_rate": sum(1 for r, a in pairs if a.safeguarding and not r["safeguarding"])
        / max(1, len(rows) - disclosures),
        "disclosures": disclosures,
        "missed": [r["id"] for r, a in pairs if r["safeguarding"] and not a.safeguarding],
        "false_positives": [r["id"] for r, a in pairs if a.safeguarding and not r["safeguarding"]],
    }


def quality(rows: list[dict[str, Any]], codebook) -> dict:
    """Themes, sentiment and safeguarding figures for one labelled set."""
    results = [analyse(r["text"], codebook) for r in rows]
    gold_sent = [r["sentiment"] for r in rows]
    texts = [r["text"] for r in rows]
    return {
        "comments": len(rows),
        "themes": theme_scores([set(r["themes"]) for r in rows],
                               [set(a.theme_ids) for a in results], codebook.ids),
        "sentiment": sentiment_scores(gold_sent, [a.sentiment for a in results]),
        "baseline_always_negative": gold_sent.count("negative") / len(rows),
        "baseline_textblob_accuracy": sum(
            1 for t, g in zip(texts, gold_sent, strict=True) if textblob_label(t) == g) / len(rows),
        "safeguarding": safeguarding_scores(rows, results),
    }


def speed(rows: list[dict[str, Any]], size: int, codebook) -> dict:
    """Throughput beside TextBlob, and the time for `size` varied comments."""
    big = vary([r["text"] for r in rows], size)
    start, cpu = time.perf_counter(), time.process_time()
    for text in big:
        analyse(text, codebook)
    big_seconds, big_cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"speed": throughput(big[:3000], codebook), "size": size,
            "seconds_for_size": big_seconds, "cpu_seconds_for_size": big_cpu}


def evaluate(rows: list[dict[str, Any]], size: int) -> dict:
    """Every figure the bench prints for one set, speed included."""
    codebook = load_default_codebook()
    return {**quality(rows, codebook), **speed(rows, size, codebook)}


def held_out_safeguarding(path: Path, codebook) -> str:
    """Recall on a locked set's disclosures and false alarms on its near-misses, by kind."""
    rows = load(path)
    flagged = [analyse(r["text"], codebook).safeguarding for r in rows]
    disclosures = [f for r, f in zip(rows, flagged, strict=True) if r["safeguarding"]]
    near = [f for r, f in zip(rows, flagged, strict=True) if not r["safeguarding"]]
    missed = Counter(r["kind"] for r, f in zip(rows, flagged, strict=True)
                     if r["safeguarding"] and not f)
    kind = ("held-out" if path in [*LOCKED_SAFEGUARDING, *LOCKED_ORDINARY]
            else "learnt from by the column" if path in LEARN_SAFEGUARDING
            else "development, once held out")
    if not disclosures:
        return (f"safeguarding {kind} ({path.stem}): false alarms on ordinary comments "
                f"{sum(near)}/{len(near)}")
    return (f"safeguarding {kind} ({path.stem}): recall {sum(disclosures)}/{len(disclosures)}"
            f" = {sum(disclosures) / len(disclosures):.3f}; false alarms on near-misses "
            f"{sum(near)}/{len(near)}\n  missed by kind: "
            + (", ".join(f"{k} {n}" for k, n in missed.most_common()) or "none"))


def report(res: dict, name: str = "") -> str:
    """The human-readable figures for one set (and speed, when it was measured)."""
    t, s, g = res["themes"], res["sentiment"], res["safeguarding"]
    lines = [f"Theming bench on {res['comments']} labelled comments {name}".rstrip(), "",
             f"{'theme':24} {'prec':>6} {'recall':>6} {'f1':>6} {'n':>4}"]
    for tid, v in t["per_theme"].items():
        lines.append(f"{tid:24} {v['precision']:6.2f} {v['recall']:6.2f} {v['f1']:6.2f} "
                     f"{v['support']:4d}")
    lines += ["", f"theme micro-F1 {t['micro_f1']:.3f} (P {t['micro_precision']:.3f}, "
              f"R {t['micro_recall']:.3f})   macro-F1 {t['macro_f1']:.3f}", "",
              f"sentiment accuracy {s['accuracy']:.3f}   macro-F1 {s['macro_f1']:.3f}",
              f"  baseline 'always negative' {res['baseline_always_negative']:.3f}   "
              f"TextBlob alone {res['baseline_textblob_accuracy']:.3f}",
              "  confusion (rows gold, columns predicted):",
              "  " + " " * 9 + "".join(f"{p:>9}" for p in LABELS)]
    for gold_label, row in s["confusion"].items():
        lines.append(f"  {gold_label:9}" + "".join(f"{row[p]:9d}" for p in LABELS))
    lines += ["", f"safeguarding recall {g['recall']:.3f} ({g['disclosures']} disclosures)   "
              f"false-positive rate {g['false_positive_rate']:.3f}",
              f"  missed {g['missed']}   false positives {g['false_positives']}"]
    if "speed" in res:
        lines += ["", speed_report(res)]
    return "\n".join(lines)


def speed_report(res: dict) -> str:
    """Throughput lines."""
    sp = res["speed"]
    lines = [f"throughput {sp['coprod_per_s']:.0f} comments/s; TextBlob sentiment alone "
              f"{sp['textblob_per_s']:.0f}/s; ratio {sp['ratio']:.2f}x",
              f"{res['size']:,} varied comments analysed in {res['seconds_for_size']:.1f} s "
              f"(CPU {res['cpu_seconds_for_size']:.1f} s; wall time includes other load)"]
    return "\n".join(lines)


def summary(named: dict[str, dict]) -> str:
    """One line a set, to compare dev with the held-out sets at a glance."""
    lines = [f"{'set':22} {'n':>4} {'th-micro':>8} {'th-macro':>8} {'sent-acc':>8} "
             f"{'sent-mF1':>8} {'sg-rec':>6} {'sg-FPR':>6}"]
    for name, r in named.items():
        t, s, g = r["themes"], r["sentiment"], r["safeguarding"]
        lines.append(f"{name:22} {r['comments']:4d} {t['micro_f1']:8.3f} {t['macro_f1']:8.3f} "
                     f"{s['accuracy']:8.3f} {s['macro_f1']:8.3f} {g['recall']:6.3f} "
                     f"{g['false_positive_rate']:6.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, evaluate every set, print; speed is timed once, on the first set."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--data", type=Path, nargs="+", default=None,
                        help="labelled sets (default: every tests/data/theming_*.jsonl)")
    parser.add_argument("--size", type=int, default=100_000, help="comments for the timing run")
    parser.add_argument("--rules-only", action="store_true", help="leave out the learned layer")
    parser.add_argument("--locked", action="store_true",
                        help="also score the locked test parts A, B and C and the held-out "
                             "safeguarding set (final figures only)")
    args = parser.parse_args(argv)
    global MODEL
    MODEL = None if args.rules_only else shipped_model()
    codebook = load_default_codebook()
    paths = args.data or default_sets(locked=args.locked)
    named = {set_name(p): quality(load(p), codebook) for p in paths}
    timing = speed(load(DEFAULT_DATA if DEFAULT_DATA in paths else paths[0]), args.size, codebook)
    if args.json:
        print(json.dumps({"sets": named, **timing}, indent=2))
        return 0
    for name, res in named.items():
        print(report(res, f"({name})"), end="\n\n")
    held_out = [held_out_safeguarding(p, codebook)
                for p in [*DEV_SAFEGUARDING, *LEARN_SAFEGUARDING,
                          *([*LOCKED_SAFEGUARDING, *LOCKED_ORDINARY] if args.locked else [])]
                if not args.data]
    print(summary(named), *held_out, speed_report(timing), sep="\n\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
