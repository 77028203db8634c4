"""A linked survey question's result, as it was frozen when linked, ready for the item's page:
counts under the small-number threshold as "fewer than 5" (and one more where the total would
give a hidden one away: then they all read "hidden", as in reports), zeros as 0 (they point at
nobody, and are never the one hidden too), the date in words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coprod.common.small_numbers import (
    DEFAULT_THRESHOLD,
    Cell,
    hidden_note,
    suppress,
    total_cell,
    words,
)
from coprod.yousaid.models import EvidenceLink


@dataclass(frozen=True)
class ShownOption:
    """One answer's row: a count that is not shown (and so its share) in words."""

    label: str
    count: int | str  # the number, "fewer than 5" or "hidden" (small_numbers.words)
    percent: int | None
    counted: bool = True  # False for "Not applicable", kept out of the shares


@dataclass(frozen=True)
class QuestionEvidence:
    """What the item's page shows for one linked question."""

    survey_title: str
    question: str
    answered: Cell | None  # None: fewer than 5; Hidden: hidden so small counts stay hidden
    on: date | None
    options: tuple[ShownOption, ...]
    counts_as_said: bool
    hidden_note: str = ""  # what "hidden" means, when a count reads it


def shown_counts(counts: list[int], total: int, threshold: int = DEFAULT_THRESHOLD) -> list[Cell]:
    """Each count, or how it reads where it must not be shown; zeros are always shown. The total
    counts only when it is their sum (people could choose more than one answer)."""
    return suppress(counts, threshold, total if sum(counts) == total else None, zeros_shown=True)


def shown_question(link: EvidenceLink, counts_as_said: bool,
                   threshold: int = DEFAULT_THRESHOLD) -> QuestionEvidence:
    """The frozen result of a question link, with small counts hidden."""
    snapshot = link.snapshot
    options = snapshot.get("options", [])
    answered = int(snapshot.get("answered", 0))
    counts_given = [int(o["count"]) for o in options]
    counts = shown_counts(counts_given, answered, threshold)
    shown_answered = total_cell(counts_given, answered, threshold, zeros_shown=True)
    return QuestionEvidence(
        survey_title=snapshot.get("survey_title", ""), question=snapshot.get("question", ""),
        answered=shown_answered,
        on=date.fromisoformat(snapshot["on"]) if snapshot.get("on") else None,
        options=tuple(ShownOption(o["label"], words(n, threshold),
                                  o["percent"] if isinstance(n, int) else None,
                                  o["percent"] is not None)
                      for o, n in zip(options, counts, strict=True)),
        counts_as_said=counts_as_said,
        hidden_note=hidden_note([*counts, shown_answered], threshold))
