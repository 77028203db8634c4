"""How often people agreed with the suggested themes in an area, so officers know which to trust.

Each confirmed suggestion is a person agreeing with the analysis, each rejected one a person
disagreeing; a theme a person added is one the analysis missed. Fewer than 5 decisions on a theme
say too little (and could point at one comment), so they show as "fewer than 5", with no
percentage.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, func, select

from coprod.voice import services as voice
from coprod.voice.findings import CommentTheme, Source, Status
from coprod.voice.models import Comment

SMALLEST_SHOWN = 5


@dataclass(frozen=True, slots=True)
class ThemeAgreement:
    """People's decisions about one theme's suggestions in one area."""

    theme_id: str
    agreed: int
    rejected: int
    added: int

    @property
    def decisions(self) -> int:
        """Suggestions a person confirmed or rejected."""
        return self.agreed + self.rejected

    @property
    def shown(self) -> bool:
        """Enough decisions to show the counts and a percentage."""
        return self.decisions >= SMALLEST_SHOWN

    @property
    def percent(self) -> int | None:
        """The share of decisions that agreed with the analysis, when there are enough."""
        return round(100 * self.agreed / self.decisions) if self.shown else None


def theme_agreement(session: Session, area_id: int,
                    viewer_role: str | None) -> list[ThemeAgreement]:
    """Per theme with any decision: suggestions confirmed, rejected, and themes people added,
    over the comments this person may see in the area, in theme id order."""
    visible = voice.comments_query(area_id, viewer_role=viewer_role).with_only_columns(
        Comment.id).order_by(None)
    rows = session.exec(
        select(CommentTheme.theme_id, CommentTheme.source, CommentTheme.status, func.count())
        .where(CommentTheme.area_id == area_id, CommentTheme.comment_id.in_(visible),
               CommentTheme.status != Status.SUGGESTED.value)
        .group_by(CommentTheme.theme_id, CommentTheme.source, CommentTheme.status)).all()
    counts: dict[str, list[int]] = {}
    for theme_id, source, status, count in rows:
        slot = 2 if source == Source.PERSON.value else (
            0 if status == Status.CONFIRMED.value else 1)
        counts.setdefault(theme_id, [0, 0, 0])[slot] += count
    return [ThemeAgreement(tid, *c) for tid, c in sorted(counts.items())]
