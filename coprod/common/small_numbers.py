"""Small numbers: a count under the threshold (a setting, default 5) is never shown, and nor is
a count that the others would give away by subtraction. Every report table, chart and export
goes through `suppress`."""

from __future__ import annotations

from collections.abc import Sequence

DEFAULT_THRESHOLD = 5


def suppress(parts: Sequence[int], threshold: int = DEFAULT_THRESHOLD,
             total: int | None = None) -> list[int | None]:
    """Each count, or None where it must not be shown. With a total that is shown, one hidden
    part could be worked out as the total minus the others, so the smallest shown part is
    hidden too."""
    hidden = [part < threshold for part in parts]
    if total is not None and total >= threshold and hidden.count(True) == 1 and len(parts) > 1:
        smallest = min((i for i, h in enumerate(hidden) if not h), key=lambda i: parts[i])
        hidden[smallest] = True
    return [None if h else part for part, h in zip(parts, hidden, strict=True)]


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
