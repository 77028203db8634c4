"""The dashboard's overview of this quarter's voices: how many, from whom, by which channel,
and the themes heard most. For leaders first, who read everything but safeguarding text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, func, select

from coprod.events.attendance import financial_quarter
from coprod.voice import services as voice
from coprod.voice.area_codebooks import area_codebook
from coprod.voice.findings import CommentTheme, Status
from coprod.voice.models import CHANNEL_LABELS, GROUP_LABELS

TOP_THEMES = 5


@dataclass(frozen=True)
class Overview:
    """This quarter's voices as a person with a role sees them (flagged comments left out)."""

    quarter: str
    total: int
    by_group: dict[str, int]  # keyed by the group's label
    by_channel: dict[str, int]  # keyed by the channel's label
    top_themes: list[tuple[str, str, int]]  # (theme id, name, comments)


def quarter_start(day: date) -> date:
    """The first day of the financial quarter the day falls in."""
    quarter = financial_quarter(day)
    month = 4 + (quarter.number - 1) * 3
    return date(quarter.year + (month > 12), (month - 1) % 12 + 1, 1)


def quarter_overview(session: Session, area_id: int, viewer_role: str | None,
                     today: date) -> Overview:
    """The financial quarter so far: comments by group and channel, and the top themes."""
    filters = voice.CommentFilters(said_from=quarter_start(today), said_to=today)
    sub = voice.comments_query(area_id, filters, viewer_role=viewer_role).order_by(None).subquery()
    by_group = dict(session.exec(select(sub.c.group, func.count()).group_by(sub.c.group)
                                 .order_by(func.count().desc(), sub.c.group)).all())
    by_channel = dict(session.exec(select(sub.c.channel, func.count()).group_by(sub.c.channel)
                                   .order_by(func.count().desc(), sub.c.channel)).all())
    themed = session.exec(
        select(CommentTheme.theme_id, func.count())
        .where(CommentTheme.comment_id.in_(select(sub.c.id)),
               CommentTheme.status != Status.REJECTED.value)
        .group_by(CommentTheme.theme_id)
        .order_by(func.count().desc(), CommentTheme.theme_id).limit(TOP_THEMES)).all()
    book = area_codebook(session, area_id)
    return Overview(quarter=financial_quarter(today).label, total=sum(by_group.values()),
                    by_group={str(GROUP_LABELS.get(k, k)): n for k, n in by_group.items()},
                    by_channel={str(CHANNEL_LABELS.get(k, k)): n for k, n in by_channel.items()},
                    top_themes=[(tid, book.name(tid), n) for tid, n in themed])
