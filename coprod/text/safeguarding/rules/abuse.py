"""Safeguarding rules: abuse named outright."""

from __future__ import annotations

from coprod.text.safeguarding.rule import Rule, rule
from coprod.text.safeguarding.vocabulary import ABUSE

RULES: tuple[Rule, ...] = (
    rule(ABUSE, r"\b(?:was|been|being|is|are|were|gets) (?:abused|neglected)\b|"
                 r"\babus(?:es|ed|ing) (?:me|him|her|them|my \w+)\b"),
)
