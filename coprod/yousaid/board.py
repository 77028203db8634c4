"""Lists of items: the staff board with its filters, the "feedback needed" page and the public
board (published items only)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, exists, func
from sqlmodel import Session, col, select

from coprod.voice.findings import CommentTheme
from coprod.voice.findings import Status as ThemeStatus
from coprod.voice.models import Comment
from coprod.voice.services import comments_query
from coprod.yousaid.models import FINISHED, EvidenceLink, FamiliesTold, Status, YouSaidItem

MANY_VOICES = 3  # a theme with at least this many comments and no item needs one


@dataclass(frozen=True)
class BoardFilters:
    """What to narrow the staff board by. To add a filter: a field here, a line in _filtered."""

    status: str | None = None
    theme: str | None = None
    owner: str | None = None
    overdue: bool = False
    not_told: bool = False
    published: str | None = None  # "yes", "no" or None for either


def _told_exists():
    return exists().where(FamiliesTold.item_id == YouSaidItem.id)


def _filtered(query: Select, filters: BoardFilters, today: date) -> Select:
    if filters.status:
        query = query.where(YouSaidItem.status == filters.status)
    if filters.owner:
        query = query.where(YouSaidItem.owner == filters.owner)
    if filters.overdue:
        query = query.where(col(YouSaidItem.target_on) < today, YouSaidItem.status.not_in(FINISHED))
    if filters.not_told:
        query = query.where(~_told_exists())
    if filters.published in ("yes", "no"):
        query = query.where(YouSaidItem.published == (filters.published == "yes"))
    return query


def board(session: Session, area_id: int, filters: BoardFilters,
          today: date | None = None) -> list[YouSaidItem]:
    """The area's items that match, newest first (themes are a JSON list, so filtered here)."""
    query = _filtered(select(YouSaidItem).where(YouSaidItem.area_id == area_id), filters,
                      today or date.today())
    items = session.exec(query.order_by(YouSaidItem.created_at.desc(), YouSaidItem.id.desc())).all()
    return [i for i in items if not filters.theme or filters.theme in i.themes]


def owners(session: Session, area_id: int) -> list[str]:
    """Every owner named on the area's items, A to Z."""
    query = select(YouSaidItem.owner).where(YouSaidItem.area_id == area_id,
                                            YouSaidItem.owner != "")
    return list(session.exec(query.distinct().order_by(YouSaidItem.owner)).all())


def told_item_ids(session: Session, area_id: int) -> set[int]:
    """The items whose families were told at least once."""
    return set(session.exec(select(FamiliesTold.item_id)
                            .where(FamiliesTold.area_id == area_id)).all())


def done_not_told(session: Session, area_id: int) -> list[YouSaidItem]:
    """Finished items whose families were never told, oldest first: the open loops."""
    return list(session.exec(select(YouSaidItem).where(YouSaidItem.area_id == area_id,
                                                YouSaidItem.status.in_(FINISHED), ~_told_exists())
                             .order_by(YouSaidItem.done_on, YouSaidItem.updated_at,
                                       YouSaidItem.id)).all())


def themes_without_items(session: Session, area_id: int, viewer_role: str | None,
                         at_least: int = MANY_VOICES) -> list[tuple[str, int]]:
    """Themes with many comments and no item yet, most comments first."""
    visible = comments_query(area_id, viewer_role=viewer_role).with_only_columns(Comment.id)
    rows = session.exec(select(CommentTheme.theme_id, func.count(CommentTheme.comment_id))
                        .where(CommentTheme.area_id == area_id,
                               CommentTheme.status != ThemeStatus.REJECTED.value,
                               CommentTheme.comment_id.in_(visible.order_by(None)))
                        .group_by(CommentTheme.theme_id)
                        .order_by(func.count(CommentTheme.comment_id).desc(),
                                  CommentTheme.theme_id)).all()
    covered = {t for item in session.exec(select(YouSaidItem).where(YouSaidItem.area_id == area_id))
               for t in item.themes}
    return [(theme, n) for theme, n in rows if n >= at_least and theme not in covered]


def comments_without_items(session: Session, area_id: int, viewer_role: str | None,
                           limit: int = 20) -> list[Comment]:
    """The newest comments no item uses yet."""
    linked = select(EvidenceLink.comment_id).where(EvidenceLink.area_id == area_id,
                                               EvidenceLink.comment_id.is_not(None))
    query = comments_query(area_id, viewer_role=viewer_role).where(Comment.id.not_in(linked))
    return list(session.exec(query.limit(limit)).all())


def published(session: Session, area_id: int, theme: str | None = None,
              status: str | None = None) -> list[YouSaidItem]:
    """The public board: published items only, most recently changed first."""
    query = select(YouSaidItem).where(YouSaidItem.area_id == area_id, YouSaidItem.published)
    if status and status in Status.__members__.values():
        query = query.where(YouSaidItem.status == status)
    items = session.exec(query.order_by(YouSaidItem.updated_at.desc(), YouSaidItem.id.desc())).all()
    return [i for i in items if not theme or theme in i.themes]


def _plain(text: str) -> str:
    return " ".join(text.split()).rstrip(".").casefold()


def public_reason(item: YouSaidItem) -> str:
    """Why a "can't do" item cannot be done, for the public board: nothing when the reason only
    repeats what we said we cannot do (it would read the same sentence twice)."""
    if item.status != Status.CANT_DO or _plain(item.reason) in ("", _plain(item.we_did)):
        return ""
    return item.reason
