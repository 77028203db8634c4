"""The safeguarding rules' answer alone, read as the pipeline reads a comment (normalised,
redacted, tokenised). Tests of what the rules cancel use it; the learned disclosure column's own
false alarms are counted apart, against their budget (test_analysis_learned_disclosure.py)."""

from __future__ import annotations

from coprod.text.codebook import load_default_codebook
from coprod.text.pipeline import by_rules


def flagged_by_rules(text: str) -> bool:
    """Whether any safeguarding rule flags the comment."""
    return by_rules(text, load_default_codebook()).flag.flagged
