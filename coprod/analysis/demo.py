"""Demo data for theming: every demo comment analysed, and a person's decisions on a handful,
so the review pages show confirmed, rejected and added themes and a chosen sentiment."""

from __future__ import annotations

from sqlmodel import Session, select

from coprod.analysis import flags, review
from coprod.areas.models import Area, Membership, Role
from coprod.voice import analyse as store
from coprod.voice.findings import Sentiment, Status
from coprod.voice.models import Comment

DECIDED = 6
REJECT_FROM = 4
ADDED_BY_HAND = ("voice_coproduction", "communication", "workforce")


def _person(session: Session, area: Area, role: Role) -> int | None:
    return session.exec(select(Membership.user_id).where(
        Membership.area_id == area.id, Membership.role == role.value)
        .order_by(Membership.id)).first()


def _decide(session: Session, item: review.ReviewItem, n: int, user_id: int) -> None:
    """Confirm the first suggestion on most comments, reject it on a few."""
    first = next(t for t in item.themes if t.status == Status.SUGGESTED)
    decision = Status.REJECTED if n >= REJECT_FROM else Status.CONFIRMED
    review.decide_theme(session, item.comment, first.theme_id, decision, user_id)
    if n == 1:
        have = {t.theme_id for t in item.themes}
        extra = next(tid for tid in ADDED_BY_HAND if tid not in have)
        review.add_theme(session, item.comment, extra, user_id)
    if n == 2:
        review.set_sentiment(session, item.comment, Sentiment.MIXED, user_id)


def seed(session: Session, area: Area) -> None:
    """Analyse the area's comments and record an officer's decisions on a few of them."""
    store.analyse_area(session, area.id)
    officer = _person(session, area, Role.OFFICER)
    if officer is None:
        return
    page = review.review_page(session, area.id, review.ReviewFilters(), 1, Role.OFFICER.value,
                              page_size=DECIDED)
    for n, item in enumerate(page.items):
        _decide(session, item, n, officer)
    if flags.waiting_count(session, area.id) == 0 and page.items:
        # A flag raised by hand, so the safeguarding queue always has one to show.
        forum = _person(session, area, Role.FORUM) or officer
        comment = session.get(Comment, page.items[-1].comment.id)
        flags.raise_flag(session, comment, forum)
