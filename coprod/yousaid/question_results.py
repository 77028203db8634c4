"""A linked survey question's result, as it was frozen when linked, ready for the item's page:
counts under the small-number threshold as "fewer than 5" (and one more where the total would
give a hidden one away), zeros as 0 (they point at nobody), the date in words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coprod.common.small_numbers import DEFAULT_THRESHOLD, shown_alone, suppress
from coprod.yousaid.models import EvidenceLink


@dataclass(frozen=True)
class ShownOption:
    """One answer's row: None for a count (and so its share) that is not shown."""

    label: str
    count: int | None
    percent: int | None
    counted: bool = True  # False for "Not applicable", kept out of the shares


@dataclass(frozen=True)
class QuestionEvidence:
    """What the item's page shows for one linked question."""

    survey_title: str
    question: str
    answered: int | None
    on: date | None
    options: tuple[ShownOption, ...]
    counts_as_said: bool


def shown_counts(counts: list[int], total: int,
                 threshold: int = DEFAULT_THRESHOLD) -> list[int | None]:
    """Each count, or None where it must not be shown; zeros are always shown."""
    nonzero = [i for i, n in enumerate(counts) if n]
    hidden = suppress([counts[i] for i in nonzero], threshold,
                      total if sum(counts) == total else None)
    shown: list[int | None] = list(counts)
    for i, value in zip(nonzero, hidden, strict=True):
        shown[i] = value
    return shown


def shown_question(link: EvidenceLink, counts_as_said: bool,
                   threshold: int = DEFAULT_THRESHOLD) -> QuestionEvidence:
    """The frozen result of a question link, with small counts hidden."""
    snapshot = link.snapshot
    options = snapshot.get("options", [])
    answered = int(snapshot.get("answered", 0))
    counts = shown_counts([int(o["count"]) for o in options], answered, threshold)
    return QuestionEvidence(
        survey_title=snapshot.get("survey_title", ""), question=snapshot.get("question", ""),
        answered=shown_alone(answered, threshold),
        on=date.fromisoformat(snapshot["on"]) if snapshot.get("on") else None,
        options=tuple(ShownOption(o["label"], n, None if n is None else o["percent"],
                                  o["percent"] is not None)
                      for o, n in zip(options, counts, strict=True)),
        counts_as_said=counts_as_said)
