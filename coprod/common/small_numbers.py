"""Small numbers: a count from 1 to under the threshold (a setting, default 5) is never shown,
and nor is a count that the others would give away by subtraction. A 0 is shown: it is nobody.
Every report table, chart and export goes through `suppress`."""

from __future__ import annotations

from collections.abc import Sequence

DEFAULT_THRESHOLD = 5


def suppress(parts: Sequence[int], threshold: int = DEFAULT_THRESHOLD,
             total: int | None = None) -> list[int | None]:
    """Each count, or None where it must not be shown: a count from 1 to threshold - 1. A 0 is
    shown (nobody is in it). With a total that is shown, the hidden counts add up to the total
    minus the others, which gives them away when one is hidden alone, or when the sum leaves
    each no other value (all 1, or all threshold - 1, since 0s are shown): then the smallest
    shown count is hidden too (a 0 if there is one), and the reader cannot tell which hidden
    count is which."""
    hidden = [0 < part < threshold for part in parts]
    if total is not None and total >= threshold and \
            _pinned([p for p, h in zip(parts, hidden, strict=True) if h], threshold):
        others = [i for i, h in enumerate(hidden) if not h]
        if others:
            hidden[min(others, key=lambda i: parts[i])] = True
    return [None if h else part for part, h in zip(parts, hidden, strict=True)]


def _pinned(hidden: list[int], threshold: int) -> bool:
    """Whether these hidden counts (each 1 to threshold - 1) could be worked out from their sum."""
    return len(hidden) == 1 or (len(hidden) > 1 and sum(hidden) in (
        len(hidden), len(hidden) * (threshold - 1)))


def shown_alone(count: int, threshold: int = DEFAULT_THRESHOLD) -> int | None:
    """A count on its own in a report: None from 1 to threshold - 1; a 0 is shown."""
    return None if 0 < count < threshold else count


def one(count: int, threshold: int = DEFAULT_THRESHOLD) -> int | None:
    """A count on its own: None when it is under the threshold."""
    return None if count < threshold else count


def words(count: int | None, threshold: int = DEFAULT_THRESHOLD) -> int | str:
    """What a table shows: the number, or "fewer than 5"."""
    return f"fewer than {threshold}" if count is None else count


def share(part: int | None, whole: int | None) -> str:
    """A percentage, or nothing for a hidden count (its share would give it away)."""
    if part is None or whole is None or whole == 0:
        return ""
    return f"{int(part * 100 / whole + 0.5)}%"
