"""Small numbers: a count from 1 to under the threshold (a setting, default 5) is never shown,
and nor is a count that the others would give away by subtraction. A 0 is shown: it is nobody.
Every report table, chart and export goes through `suppress`, and says what it hid in `words`.

A hidden count reads "fewer than 5" only where that is true. Where a total would give a small
count away and another count is hidden too (which may be 0, or 5 or more), every hidden count of
that table or row reads "hidden" instead, with `hidden_note` under the table. They read alike on
purpose: were the count hidden too told apart from the small ones, a reader could often work the
small one out (10, 7, 1 and a hidden 0 out of 18: the hidden ones add up to 1, the 0 is not the
small one, so the small one is 1). Where there is no other count to hide (two groups, 4 and 4 of
8), the total reads "hidden" instead (`total_cell`), in every table that shows it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import Enum

DEFAULT_THRESHOLD = 5


class Hidden(Enum):
    """A count `suppress` does not show, by what it reads."""

    FEWER = "fewer"  # "fewer than 5": from 1 to threshold - 1, and nothing else hidden beside it
    HIDDEN = "hidden"  # "hidden": small, or hidden too so a small one cannot be worked out


Cell = int | Hidden


def suppress(parts: Sequence[int], threshold: int = DEFAULT_THRESHOLD,
             total: int | None = None, zeros_shown: bool = False) -> list[Cell]:
    """Each count, or Hidden where it must not be shown: a count from 1 to threshold - 1. A 0 is
    shown (nobody is in it). With a total that is shown, the hidden counts add up to the total
    minus the others, which gives them away when one is hidden alone, or when the sum leaves
    each no other value (all 1, or all threshold - 1, since 0s are shown): then the smallest
    shown count is hidden too (a 0 if there is one, unless `zeros_shown`), and every hidden
    count reads "hidden" so that the reader cannot tell which hidden count is which. Where no
    other count is left to hide, the total must go instead: see `total_cell`."""
    small, also, _total_hidden = _plan(parts, threshold, total, zeros_shown)
    why = Hidden.FEWER if also is None else Hidden.HIDDEN
    return [why if s or i == also else part
            for i, (part, s) in enumerate(zip(parts, small, strict=True))]


def total_cell(parts: Sequence[int], total: int, threshold: int = DEFAULT_THRESHOLD,
               zeros_shown: bool = False) -> Cell | None:
    """The total as a table showing these parts (as `suppress` gives them) may show it: None
    for 1 to threshold - 1, as `shown_alone`; Hidden.HIDDEN where it would give the hidden
    counts away and no other count is left to hide beside them (two groups of 4 out of 8: "fewer
    than 5" twice beside 8 can only be 4 and 4); else the total."""
    if shown_alone(total, threshold) is None:
        return None
    if sum(parts) == total and _plan(parts, threshold, total, zeros_shown)[2]:
        return Hidden.HIDDEN
    return total


def _plan(parts: Sequence[int], threshold: int, total: int | None,
          zeros_shown: bool) -> tuple[list[bool], int | None, bool]:
    """Which counts are small, which other count is hidden beside them (if any), and whether
    the total must be hidden because there is no such count."""
    small = [0 < part < threshold for part in parts]
    if total is None or total < threshold or \
            not _pinned([p for p, s in zip(parts, small, strict=True) if s], threshold):
        return small, None, False
    others = [i for i, s in enumerate(small) if not s and (parts[i] or not zeros_shown)]
    if not others:
        return small, None, True
    return small, min(others, key=lambda i: parts[i]), False


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


def words(count: Cell | None, threshold: int = DEFAULT_THRESHOLD) -> int | str:
    """What a table shows: the number, "fewer than 5" (None: a count on its own that is not
    shown), or "hidden"."""
    if count is Hidden.HIDDEN:
        return "hidden"
    if count is None or count is Hidden.FEWER:
        return f"fewer than {threshold}"
    return count


def hidden_note(cells: Iterable[Cell | None], threshold: int = DEFAULT_THRESHOLD) -> str:
    """What a table with a "hidden" count says under it (nothing for one without)."""
    if not any(cell is Hidden.HIDDEN for cell in cells):
        return ""
    return (f"“hidden” is a count of fewer than {threshold}, or one hidden so that a small number "
            "cannot be worked out from the total.")


def share(part: Cell | None, whole: int | None) -> str:
    """A percentage, or nothing for a hidden count (its share would give it away)."""
    if not isinstance(part, int) or whole is None or whole == 0:
        return ""
    return f"{int(part * 100 / whole + 0.5)}%"
