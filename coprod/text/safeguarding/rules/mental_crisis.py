"""Safeguarding rules: a mental health crisis."""

from __future__ import annotations

from coprod.text.safeguarding.rule import Rule, rule
from coprod.text.safeguarding.vocabulary import MENTAL_CRISIS

RULES: tuple[Rule, ...] = (
    rule(MENTAL_CRISIS, r"\bmental health crisis\b(?! team| line| service)|"
                         r"\bsectioned\b|\bin and out of (?:a&e|a and e|hospital)\b"),

    # --- Structural rules: who did what to whom, not one fixed phrase ------------------------
    # A person (he, they, a man, my step dad, staff...) + a harm verb + me/him/her or a body
    # part, with at most a few helper words between ("he always whacks me round the head").
)
