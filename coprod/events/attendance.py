"""Attendance totals by financial quarter, and counts safe to publish. Pure functions."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from coprod.common.small_numbers import hidden_note, one, suppress, total_cell, words
from coprod.events.models import ATTENDANCE, ListeningEvent

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
SMALL_NUMBER = 5  # public pages; reports read the SMALL_NUMBER setting


@dataclass(frozen=True, order=True)
class Quarter:
    """A financial quarter: the UK public sector year runs from 1 April to 31 March."""

    year: int  # the year the financial year starts in: 2025 for 2025-26
    number: int  # 1 is April to June, 4 is January to March

    @property
    def label(self) -> str:
        """Like '2025-26 Q1 (April to June 2025)'."""
        first_month = 3 + (self.number - 1) * 3  # index into MONTHS
        calendar_year = self.year + (1 if self.number == 4 else 0)
        return (f"{self.year}-{str(self.year + 1)[-2:]} Q{self.number} "
                f"({MONTHS[first_month % 12]} to {MONTHS[(first_month + 2) % 12]} "
                f"{calendar_year})")


def financial_quarter(day: date) -> Quarter:
    """The financial quarter a date falls in."""
    if day.month >= 4:
        return Quarter(day.year, (day.month - 4) // 3 + 1)
    return Quarter(day.year - 1, 4)


@dataclass
class Totals:
    """People who came, by group, over some events."""

    events: int = 0
    by_group: dict[str, int] = field(default_factory=lambda: {c: 0 for c, _g, _l in ATTENDANCE})

    @property
    def total(self) -> int:
        """Everyone, all groups."""
        return sum(self.by_group.values())

    def add(self, event: ListeningEvent) -> None:
        """Count one more event's attendance."""
        self.events += 1
        for column in self.by_group:
            self.by_group[column] += getattr(event, column)


def totals_by_quarter(events: Iterable[ListeningEvent]) -> tuple[list[tuple[Quarter, Totals]],
                                                                  Totals]:
    """Attendance per financial quarter (newest first) and over all the events."""
    quarters: dict[Quarter, Totals] = {}
    overall = Totals()
    for event in events:
        quarters.setdefault(financial_quarter(event.held_on), Totals()).add(event)
        overall.add(event)
    return sorted(quarters.items(), reverse=True), overall


def public_count(number: int) -> str:
    """A count safe to publish: small numbers could identify someone, so they are not given."""
    return str(words(one(number, SMALL_NUMBER), SMALL_NUMBER))


@dataclass(frozen=True)
class PublicCounts:
    """What an event's public page shows of the comments heard, every count safe to publish."""

    total: str
    groups: list[tuple[str, str]]
    note: str  # what "hidden" means, when a count reads it


def public_group_counts(counts: dict[str, int]) -> PublicCounts:
    """Each group's count and their total, safe to publish: a small count is hidden, and so is
    another where the total would give it away by subtraction (12 shown beside 10 tells the
    reader the "fewer than 5" is 2), or the total where there is no other to hide (4 and 4 of
    8); and the note that says so, if any."""
    parts, total = list(counts.values()), sum(counts.values())
    cells = suppress(parts, SMALL_NUMBER, total=total)
    shown_total = total_cell(parts, total, SMALL_NUMBER)
    return PublicCounts(str(words(shown_total, SMALL_NUMBER)),
                        [(group, str(words(cell, SMALL_NUMBER)))
                         for group, cell in zip(counts, cells, strict=True)],
                        hidden_note([*cells, shown_total], SMALL_NUMBER))
