"""What a safeguarding rule is, and how one is written (compiled once, at import)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from coprod.text.regex_gate import required_start_sets


def any_of(*alternatives: str) -> tuple[str, ...]:
    """Alternative patterns for one rule; each is searched only when its words are present."""
    return alternatives


@dataclass(frozen=True, slots=True)
class Rule:
    """One disclosure pattern and the reason shown to the safeguarding lead."""

    reason: str
    pattern: re.Pattern[str]  # all the alternatives in one, for reading and for tests
    # each alternative with the sets of word starts its matches need, the most selective
    # first (see regex_gate), or None
    parts: tuple[tuple[re.Pattern[str], tuple[frozenset[str], ...] | None], ...]
    service_words_cancel: bool = False
    speaker_cancel: bool = True
    needs: tuple[str, ...] = ()  # substrings one of which any match holds: a cheap gate
    also: re.Pattern[str] | None = None  # a second cue needed in the same sentence
    also_in_comment: bool = False  # ...or anywhere in the comment ("a 'friend' online" before)
    unless_before: re.Pattern[str] | None = None  # searched just before the match
    unless_after: re.Pattern[str] | None = None  # matched just after the match
    unless_sentence: re.Pattern[str] | None = None  # anywhere in the sentence
    accident_cancels: bool = False  # an undisputed accident in the sentence cancels
    distress_cancels: bool = False  # a child's meltdown, framed as a need, cancels


def rule(reason: str, pattern: str | tuple[str, ...], service_words_cancel: bool = False,
          speaker_cancel: bool = True, needs: tuple[str, ...] = (), also: str = "",
          unless_before: str = "", unless_after: str = "", unless_sentence: str = "",
          accident_cancels: bool = False, distress_cancels: bool = False,
          also_in_comment: bool = False) -> Rule:
    """Compile a rule over lower-case, space-joined tokens."""
    def optional(pattern: str, suffix: str = "") -> re.Pattern[str] | None:
        return re.compile(pattern + suffix) if pattern else None
    alternatives = (pattern,) if isinstance(pattern, str) else pattern
    parts = tuple((compiled, required_start_sets(compiled))
                  for compiled in map(re.compile, alternatives))
    whole = re.compile("|".join(f"(?:{a})" for a in alternatives))
    return Rule(reason, whole, parts, service_words_cancel, speaker_cancel, needs,
                optional(also), also_in_comment, optional(unless_before, " $"),
                optional(unless_after), optional(unless_sentence), accident_cancels,
                distress_cancels)
