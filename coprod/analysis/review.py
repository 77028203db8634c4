"""Reviewing themes: the comments to look at, and people's decisions about their themes.

Every list starts from coprod.voice.services.comments_query, so a comment a person may not see
(a safeguarding flag waiting) never reaches a review page either.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Exists, Select, and_, exists
from sqlmodel import Session, col, func, select

from coprod.common.time import utcnow
from coprod.voice import services as voice
from coprod.voice.findings import (
    LOW_CONFIDENCE,
    CommentAnalysis,
    CommentTheme,
    Sentiment,
    Source,
    Status,
)
from coprod.voice.models import Comment

PAGE_SIZE = 20
NEEDS_DECISION, NO_THEME, ALL = "needs_decision", "no_theme", "all"


@dataclass(frozen=True)
class ReviewFilters:
    """Which comments to review. To add a filter: a field here, a line in `_review_filtered`."""

    show: str = NEEDS_DECISION
    low_confidence: bool = False
    theme_id: str | None = None
    group: str | None = None


@dataclass
class ReviewItem:
    """A comment with what the analysis and people said about it."""

    comment: Comment
    analysis: CommentAnalysis | None
    themes: list[CommentTheme] = field(default_factory=list)

    @property
    def sentiment_by_person(self) -> bool:
        """A person chose this sentiment (re-theming keeps it)."""
        return bool(self.analysis and self.analysis.sentiment_set_by_id)


@dataclass
class ReviewPage:
    """One page of comments to review and where it sits among the rest."""

    items: list[ReviewItem]
    total: int
    page: int
    pages: int


def _theme_where(*conditions) -> Exists:
    return exists().where(and_(CommentTheme.comment_id == Comment.id, *conditions))


def _review_filtered(query: Select, filters: ReviewFilters) -> Select:
    if filters.show == NEEDS_DECISION:
        query = query.where(_theme_where(CommentTheme.status == Status.SUGGESTED.value))
    elif filters.show == NO_THEME:
        query = query.where(~_theme_where(CommentTheme.status != Status.REJECTED.value))
    if filters.low_confidence:
        query = query.where(_theme_where(CommentTheme.status == Status.SUGGESTED.value,
                                         col(CommentTheme.confidence) < LOW_CONFIDENCE))
    if filters.theme_id:
        query = query.where(_theme_where(CommentTheme.theme_id == filters.theme_id,
                                         CommentTheme.status != Status.REJECTED.value))
    return query


def review_query(area_id: int, filters: ReviewFilters, viewer_role: str | None,
                 said_from: date | None = None) -> Select:
    """The comments to review: visible to this person, filtered, newest first."""
    base = voice.comments_query(area_id, voice.CommentFilters(group=filters.group,
                                                              said_from=said_from),
                                viewer_role=viewer_role)
    return _review_filtered(base, filters)


def _items(session: Session, comments: list[Comment]) -> list[ReviewItem]:
    """Attach each comment's analysis and themes (two queries for the whole page)."""
    ids = [c.id for c in comments]
    analyses = {a.comment_id: a for a in session.exec(
        select(CommentAnalysis).where(CommentAnalysis.comment_id.in_(ids))).all()}
    themes: dict[int, list[CommentTheme]] = {}
    for theme in session.exec(select(CommentTheme).where(CommentTheme.comment_id.in_(ids))
                              .order_by(CommentTheme.confidence.desc(), CommentTheme.id)).all():
        themes.setdefault(theme.comment_id, []).append(theme)
    return [ReviewItem(c, analyses.get(c.id), themes.get(c.id, [])) for c in comments]


def review_page(session: Session, area_id: int, filters: ReviewFilters, page: int,
                viewer_role: str | None, page_size: int = PAGE_SIZE) -> ReviewPage:
    """One page of comments to review, with the total that match."""
    query = review_query(area_id, filters, viewer_role)
    total = session.exec(select(func.count()).select_from(query.order_by(None).subquery())).one()
    pages = max(1, -(-total // page_size))
    page = min(max(page, 1), pages)
    rows = session.exec(query.offset((page - 1) * page_size).limit(page_size)).all()
    return ReviewPage(_items(session, list(rows)), total, page, pages)


def review_item(session: Session, area_id: int, comment_id: int,
                viewer_role: str | None) -> ReviewItem | None:
    """One comment to review, if it is in this area and this person may see it."""
    comment = voice.comment_in_area(session, area_id, comment_id, viewer_role)
    return _items(session, [comment])[0] if comment else None


def _theme_row(session: Session, comment: Comment, theme_id: str) -> CommentTheme | None:
    return session.exec(select(CommentTheme).where(CommentTheme.comment_id == comment.id,
                                                   CommentTheme.theme_id == theme_id)).first()


def decide_theme(session: Session, comment: Comment, theme_id: str, status: Status,
                 user_id: int) -> bool:
    """Confirm or reject a theme on a comment; False if the comment has no such theme."""
    row = _theme_row(session, comment, theme_id)
    if row is None:
        return False
    row.status, row.decided_by_id, row.decided_at = status.value, user_id, utcnow()
    session.add(row)
    session.commit()
    return True


def add_theme(session: Session, comment: Comment, theme_id: str, user_id: int) -> None:
    """A person puts a theme on a comment (confirmed at once)."""
    row = _theme_row(session, comment, theme_id) or CommentTheme(
        comment_id=comment.id, area_id=comment.area_id, theme_id=theme_id,
        source=Source.PERSON.value)
    row.status, row.decided_by_id, row.decided_at = Status.CONFIRMED.value, user_id, utcnow()
    session.add(row)
    session.commit()


def set_sentiment(session: Session, comment: Comment, sentiment: Sentiment, user_id: int) -> None:
    """A person chooses the comment's sentiment; it wins over the analysis from now on."""
    stored = session.get(CommentAnalysis, comment.id) or CommentAnalysis(
        comment_id=comment.id, area_id=comment.area_id, sentiment=sentiment.value)
    stored.sentiment = sentiment.value
    stored.sentiment_set_by_id, stored.sentiment_set_at = user_id, utcnow()
    session.add(stored)
    session.commit()


@dataclass(frozen=True)
class BulkDone:
    """What one action on many comments changed."""

    comments: int
    themes_confirmed: int


def bulk_review(session: Session, area_id: int, comment_ids: list[int],
                viewer_role: str | None, user_id: int, confirm_themes: bool,
                sentiment: Sentiment | None = None) -> BulkDone:
    """Review many comments in one action: confirm every theme still suggested on each, and/or
    set the sentiment of each. Comments this person may not see, or of another area, are left
    alone. Other decisions (rejected themes, themes added by a person) are kept."""
    visible = voice.comments_query(area_id, viewer_role=viewer_role).where(
        Comment.id.in_(comment_ids))
    comments = list(session.exec(visible).all())
    confirmed = 0
    now = utcnow()
    if confirm_themes and comments:
        for row in session.exec(select(CommentTheme).where(
                CommentTheme.comment_id.in_([c.id for c in comments]),
                CommentTheme.status == Status.SUGGESTED.value)).all():
            row.status, row.decided_by_id, row.decided_at = Status.CONFIRMED.value, user_id, now
            session.add(row)
            confirmed += 1
    if sentiment is not None:
        for comment in comments:
            stored = session.get(CommentAnalysis, comment.id) or CommentAnalysis(
                comment_id=comment.id, area_id=comment.area_id, sentiment=sentiment.value)
            stored.sentiment = sentiment.value
            stored.sentiment_set_by_id, stored.sentiment_set_at = user_id, now
            session.add(stored)
    session.commit()
    return BulkDone(len(comments), confirmed)


def next_to_review(session: Session, area_id: int, viewer_role: str | None,
                   after_id: int | None = None) -> int | None:
    """The id of the next comment with a theme waiting for a decision (newest first, skipping
    the one just reviewed), or None when nothing waits."""
    query = review_query(area_id, ReviewFilters(show=NEEDS_DECISION), viewer_role)
    if after_id is not None:
        query = query.where(Comment.id != after_id)
    found = session.exec(query.limit(1)).first()
    return found.id if found else None


def _visible_ids(area_id: int, viewer_role: str | None) -> Select:
    return voice.comments_query(area_id, viewer_role=viewer_role).with_only_columns(
        Comment.id).order_by(None)


def theme_counts(session: Session, area_id: int,
                 viewer_role: str | None) -> dict[str, tuple[int, int]]:
    """Per theme: (confirmed, suggested) comments this person may see."""
    rows = session.exec(select(CommentTheme.theme_id, CommentTheme.status, func.count())
                        .where(CommentTheme.comment_id.in_(_visible_ids(area_id, viewer_role)),
                               CommentTheme.status != Status.REJECTED.value)
                        .group_by(CommentTheme.theme_id, CommentTheme.status)
                        .order_by(CommentTheme.theme_id)).all()
    counts: dict[str, list[int]] = {}
    for theme_id, status, count in rows:
        counts.setdefault(theme_id, [0, 0])[status != Status.CONFIRMED.value] += count
    return {tid: (c[0], c[1]) for tid, c in counts.items()}


def theme_trend(session: Session, area_id: int, theme_id: str,
                viewer_role: str | None) -> list[tuple[date, int]]:
    """Comments with the theme (not rejected) per month, oldest month first."""
    query = review_query(area_id, ReviewFilters(show=ALL, theme_id=theme_id), viewer_role)
    days = session.exec(query.with_only_columns(Comment.said_on).order_by(None)).all()
    months = Counter(day.replace(day=1) for day in days)
    return sorted(months.items())
