"""A cheap gate for a regular expression over space-joined tokens: the word starts it needs.

Python's `re` tries a pattern that starts with `\\b` or a group at every position of the text, so
forty long rules cost far more than a comment is long. Most comments hold none of the words a
rule needs. `required_starts(pattern)` reads the parsed pattern and returns a set of word starts
(each cut to PREFIX letters) such that any text the pattern matches has a token beginning with
one of them, or None when it cannot promise that. `token_starts(text)` gives the same cuts for a
comment, so a rule is searched only when the two sets meet: a set lookup in C instead of a search
at every word. Built by construction, so it never drops a match; it only skips a search that
would have failed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

# A parsed pattern (re._parser.SubPattern) or a slice of one: (opcode, argument) pairs.
Parsed = Sequence[tuple[Any, Any]]

try:  # the parser behind `re`; private, so a missing one only turns the gate off
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover - older or other Pythons
    _parser = _c = None

PREFIX = 6  # letters compared; words shorter than MIN_LENGTH are in almost every comment
MIN_LENGTH = 3
# Everyday words gate little: a set holding a short or everyday word is used only when no set
# of rarer words is on offer.
_COMMON = frozenset(
    "that this with have from they them their there what when will would about been into over "
    "said says told tell does were just like some very much more only also then than home hand "
    "made make want call hold held come came goes went back down know time year school help "
    "need never asked".split())


def token_starts(text: str) -> frozenset[str]:
    """The first three to PREFIX letters of every token of a space-joined text."""
    return frozenset().union(*map(word_starts, text.split()))


@lru_cache(maxsize=65536)
def word_starts(token: str) -> frozenset[str]:
    """One token's starts, worked out once: the same words come back in every comment."""
    return frozenset(token[:k] for k in range(MIN_LENGTH, min(len(token), PREFIX) + 1))


def _selective(start: str) -> bool:
    """Rare enough to gate well: four letters or more and not an everyday word."""
    return len(start) >= 4 and start not in _COMMON


def _best(candidates: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective set: rare word starts if possible, then longer, then fewer."""
    if not candidates:
        return None
    return max(candidates, key=lambda starts: (all(map(_selective, starts)),
                                               min(map(len, starts)), -len(starts)))


def _leads(items: Parsed) -> frozenset[str] | None:
    """The literal text every match of a sequence begins with (one string per branch)."""
    text = ""
    for op, arg in items:
        if op is _c.LITERAL:
            text += chr(arg)
            continue
        if op in (_c.SUBPATTERN, _c.BRANCH) and not text.endswith(" "):
            inner = [_leads(branch) for branch in ([arg[-1]] if op is _c.SUBPATTERN else arg[1])]
            if all(inner):
                return frozenset(text + lead for leads in inner for lead in leads)
        break
    return frozenset({text}) if text else None


def _words(run: str, at_start: bool) -> list[frozenset[str]]:
    """Candidate word starts inside a literal run: every whole-word piece of MIN_LENGTH+."""
    return [frozenset({piece[:PREFIX]}) for index, piece in enumerate(run.split(" "))
            if (index > 0 or at_start) and len(piece) >= MIN_LENGTH]


def _ends_at_start(items: Parsed, at_start: bool) -> bool:
    """Whether the position after a sequence is always the start of a token."""
    for op, arg in items:
        at_start = _after(op, arg, at_start)
    return at_start


def _after(op: Any, arg: Any, at_start: bool) -> bool:
    """Whether the position after one parsed item is always the start of a token."""
    if op is _c.LITERAL:
        return chr(arg) == " "
    if op is _c.AT:
        return at_start or arg in (_c.AT_BOUNDARY, _c.AT_BEGINNING, _c.AT_BEGINNING_STRING)
    if op is _c.SUBPATTERN:
        return _ends_at_start(arg[-1], at_start)
    if op is _c.BRANCH:
        return all(_ends_at_start(branch, at_start) for branch in arg[1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):  # any number of rounds, each from any position
        after_one = _ends_at_start(arg[2], False)
        return after_one if arg[0] >= 1 else after_one and at_start
    return op in (_c.ASSERT, _c.ASSERT_NOT) and at_start


def _inner(op: Any, arg: Any, at_start: bool) -> frozenset[str] | None:
    """Word starts a group, branch, repeat or lookahead always puts in the text."""
    if op is _c.SUBPATTERN:
        return _required(arg[-1], at_start)
    if op is _c.BRANCH:
        branches = [_required(branch, at_start) for branch in arg[1]]
        return frozenset().union(*branches) if all(branches) else None
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and arg[0] >= 1:
        return _required(arg[2], at_start)
    if op is _c.ASSERT and arg[0] == 1:  # a lookahead: the text must hold it too
        return _required(arg[1], at_start)
    return None


def _split_word(run: str, run_at_start: bool, rest: Parsed) -> frozenset[str] | None:
    """A word the parser split by a shared prefix: "w" + (ant|ish) -> want, wish."""
    if run.endswith(" ") or not (run_at_start or " " in run):
        return None
    head = run.rsplit(" ", 1)[-1]
    leads = _leads(rest)
    if not leads:
        return None
    words = {(head + lead).split(" ")[0] for lead in leads}
    return frozenset(w[:PREFIX] for w in words) if min(map(len, words)) >= MIN_LENGTH else None


def _required(items: Parsed, at_start: bool) -> frozenset[str] | None:
    """Word starts one of which every match of this parsed sequence puts in the text."""
    candidates: list[frozenset[str]] = []
    run, run_at_start = "", at_start
    for index, (op, arg) in enumerate(items):
        if op is _c.LITERAL:
            run, run_at_start = run + chr(arg), run_at_start if run else at_start
        else:
            if run:
                candidates += _words(run, run_at_start)
                if op in (_c.SUBPATTERN, _c.BRANCH):
                    candidates.append(_split_word(run, run_at_start, items[index:]))
                run = ""
            candidates.append(_inner(op, arg, at_start))
        at_start = _after(op, arg, at_start)
    if run:
        candidates += _words(run, run_at_start)
    return _best([c for c in candidates if c])


def _all_required(items: Parsed, at_start: bool) -> list[frozenset[str]]:
    """Every set of word starts `_required` weighs for a sequence, each needed by every match
    (one of each set's starts must be in the text): groups, repeats of one or more and
    lookaheads inside the sequence give theirs too, since the whole sequence must match."""
    candidates: list[frozenset[str] | None] = []
    run, run_at_start = "", at_start
    for index, (op, arg) in enumerate(items):
        if op is _c.LITERAL:
            run, run_at_start = run + chr(arg), run_at_start if run else at_start
        else:
            if run:
                candidates += _words(run, run_at_start)
                if op in (_c.SUBPATTERN, _c.BRANCH):
                    candidates.append(_split_word(run, run_at_start, items[index:]))
                run = ""
            if op is _c.SUBPATTERN:
                candidates += _all_required(arg[-1], at_start)
            elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and arg[0] >= 1:
                candidates += _all_required(arg[2], at_start)
            elif op is _c.ASSERT and arg[0] == 1:
                candidates += _all_required(arg[1], at_start)
            else:
                candidates.append(_inner(op, arg, at_start))
        at_start = _after(op, arg, at_start)
    if run:
        candidates += _words(run, run_at_start)
    return [c for c in candidates if c]


def required_start_sets(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...] | None:
    """Every set of word starts a text's tokens must meet for `pattern` to match, the most
    selective (`required_starts`) first; None when there is no such set."""
    best = required_starts(pattern)
    if best is None:
        return None
    try:
        rest = _all_required(_parser.parse(pattern.pattern, pattern.flags), False)
    except Exception:  # noqa: BLE001 - an unreadable pattern keeps its one set
        rest = []
    return (best, *dict.fromkeys(s for s in rest if s != best))


def branch_start_sets(pattern: re.Pattern[str]) -> tuple[tuple[frozenset[str], ...], ...] | None:
    """For a pattern with alternatives at its top level ("a|b", parsed as the words they share
    and one branch), the sets of word starts each alternative needs, read as if it were the
    whole pattern; a text can match only if it meets every set of one of them. None when the
    pattern has no such alternatives or one of them needs no word."""
    if _parser is None or pattern.flags & re.IGNORECASE:
        return None
    try:
        items = list(_parser.parse(pattern.pattern, pattern.flags))
        at = [k for k, (op, _) in enumerate(items) if op is _c.BRANCH]
        if len(at) != 1:
            return None
        k = at[0]
        each = [_all_required([*items[:k], *branch, *items[k + 1:]], False)
                for branch in items[k][1][1]]
    except Exception:  # noqa: BLE001 - an unreadable pattern simply gets no such gate
        return None
    return tuple(tuple(sets) for sets in each) if all(each) else None


def required_starts(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Word starts one of which a text's tokens must begin with for `pattern` to match."""
    if _parser is None or pattern.flags & re.IGNORECASE:
        return None
    try:
        return _required(_parser.parse(pattern.pattern, pattern.flags), False)
    except Exception:  # noqa: BLE001 - an unreadable pattern simply gets no gate
        return None

