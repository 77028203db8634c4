"""Agreement between the corpus labels and a second, blind labeller.

Run from the repo root:

    python3 tests/data/corpus/agreement.py [SECOND_LABELS.jsonl]

SECOND_LABELS defaults to tests/data/corpus/second_labels_dev.jsonl: one JSON
object a line, {"id", "themes": [...], "sentiment", "safeguarding"}, labelled
without sight of dev.jsonl. Only the ids present in both files are compared.
The corpus label (dev.jsonl) is treated as gold; theme micro-F1 and sentiment
accuracy / kappa are symmetric in which side is gold, per-class F1 is too
(precision and recall swap). Standard library only.
"""
import json
import sys
from collections import Counter
from pathlib import Path

DEV = Path("tests/data/corpus/dev.jsonl")
DEFAULT_SECOND = Path("tests/data/corpus/second_labels_dev.jsonl")
SENTIMENTS = ["negative", "positive", "mixed", "neutral"]


def load(path):
    with open(path, encoding="utf-8") as fh:
        return {r["id"]: r for r in (json.loads(line) for line in fh if line.strip())}


def f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def main(argv):
    second_path = Path(argv[1]) if len(argv) > 1 else DEFAULT_SECOND
    gold = load(DEV)
    second = load(second_path)
    ids = [i for i in second if i in gold]
    missing = [i for i in second if i not in gold]
    n = len(ids)
    print(f"comments compared: {n} (second file {len(second)}, not in dev: {len(missing)})")
    if not n:
        return 1
    themes_report(gold, second, ids)
    sentiment_report(gold, second, ids)
    safeguarding_report(gold, second, ids)
    return 0


def themes_report(gold, second, ids):
    """Theme micro/macro-F1, exact match and per-theme agreement."""
    n = len(ids)
    tp, fp, fn = Counter(), Counter(), Counter()
    exact = either_empty = both_empty = 0
    for i in ids:
        g, s = set(gold[i]["themes"]), set(second[i]["themes"])
        for t in g & s:
            tp[t] += 1
        for t in s - g:
            fp[t] += 1
        for t in g - s:
            fn[t] += 1
        exact += g == s
        either_empty += (not g) or (not s)
        both_empty += (not g) and (not s)
    themes = sorted(set(tp) | set(fp) | set(fn))
    mic, mp, mr = f1(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    per = {t: f1(tp[t], fp[t], fn[t])[0] for t in themes}
    mac = sum(per.values()) / len(per) if per else 0.0
    ng = sum(len(gold[i]["themes"]) for i in ids)
    ns = sum(len(second[i]["themes"]) for i in ids)
    print("\nTHEMES")
    print(f"  micro-F1 {mic:.3f}  (precision {mp:.3f}, recall {mr:.3f}; corpus as gold)")
    print(f"  macro-F1 {mac:.3f}  over {len(per)} themes")
    print(f"  theme labels: corpus {ng} ({ng / n:.2f}/comment), second {ns} ({ns / n:.2f}/comment)")
    print(f"  exact match of theme sets {exact}/{n} = {exact / n:.3f}")
    print(f"  either has no theme {either_empty}/{n} = {either_empty / n:.3f} (both: {both_empty})")
    print(f"\n  {'theme':22s} {'F1':>6s} {'both':>5s} {'corpus':>7s} {'second':>7s}")
    for t in sorted(themes, key=lambda t: -per[t]):
        print(f"  {t:22s} {per[t]:6.3f} {tp[t]:5d} {tp[t] + fn[t]:7d} {tp[t] + fp[t]:7d}")
    print("  (both = both labellers gave it; corpus/second = times each gave it)")



def sentiment_report(gold, second, ids):
    """Sentiment accuracy, macro-F1, Cohen's kappa and the confusion table."""
    n = len(ids)
    conf = Counter((gold[i]["sentiment"], second[i]["sentiment"]) for i in ids)
    agree = sum(conf[(c, c)] for c in SENTIMENTS)
    acc = agree / n
    cls_f1 = {}
    for c in SENTIMENTS:
        ctp = conf[(c, c)]
        cfp = sum(conf[(o, c)] for o in SENTIMENTS if o != c)
        cfn = sum(conf[(c, o)] for o in SENTIMENTS if o != c)
        cls_f1[c] = f1(ctp, cfp, cfn)[0]
    present = [c for c in SENTIMENTS if any(conf[(c, o)] + conf[(o, c)] for o in SENTIMENTS)]
    smac = sum(cls_f1[c] for c in present) / len(present)
    rows = {c: sum(conf[(c, o)] for o in SENTIMENTS) for c in SENTIMENTS}
    cols = {c: sum(conf[(o, c)] for o in SENTIMENTS) for c in SENTIMENTS}
    pe = sum(rows[c] * cols[c] for c in SENTIMENTS) / (n * n)
    kappa = (acc - pe) / (1 - pe) if pe < 1 else 1.0
    print("\nSENTIMENT")
    print(f"  accuracy {acc:.3f} ({agree}/{n})  macro-F1 {smac:.3f}  Cohen's kappa {kappa:.3f}")
    print("  per class F1: " + ", ".join(f"{c} {cls_f1[c]:.3f}" for c in SENTIMENTS))
    print("\n  rows = corpus, columns = second labeller")
    print(f"  {'':10s}" + "".join(f"{c:>10s}" for c in SENTIMENTS) + f"{'total':>8s}")
    for r in SENTIMENTS:
        print(f"  {r:10s}" + "".join(f"{conf[(r, c)]:10d}" for c in SENTIMENTS) + f"{rows[r]:8d}")
    print(f"  {'total':10s}" + "".join(f"{cols[c]:10d}" for c in SENTIMENTS) + f"{n:8d}")



def safeguarding_report(gold, second, ids):
    """Agreement on the safeguarding flag, and the comments where it differs."""
    n = len(ids)
    sg = Counter((bool(gold[i]["safeguarding"]), bool(second[i]["safeguarding"])) for i in ids)
    sacc = (sg[(True, True)] + sg[(False, False)]) / n
    sf1 = f1(sg[(True, True)], sg[(False, True)], sg[(True, False)])[0]
    print("\nSAFEGUARDING")
    print(f"  agreement {sacc:.3f}; true in corpus {sg[(True, True)] + sg[(True, False)]}, "
          f"in second {sg[(True, True)] + sg[(False, True)]}, both {sg[(True, True)]}; "
          f"F1 on true {sf1:.3f}")
    for i in ids:
        g, s = gold[i]["safeguarding"], second[i]["safeguarding"]
        if bool(g) != bool(s):
            print(f"  differ: {i} corpus={g} second={s}")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
