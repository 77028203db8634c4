"""Adding, finding and exporting what people said.

Every list, search, count and export of comments is built by `comments_query`, so a rule about
who may see which comments (such as hiding safeguarding-flagged text) is written once, there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select
from sqlmodel import Session, func, select

from coprod.areas.models import Role
from coprod.common.audit import record_event
from coprod.common.csv_cells import (  # noqa: F401 (yousaid imports the first from here)
    SPREADSHEET_FORMULA_STARTS,
    spreadsheet_cell,
)
from coprod.common.time import utcnow
from coprod.voice.analyse import Analysed, analyse_comment, analyse_first, store_new_comments
from coprod.voice.findings import SafeguardingFlag, hiding_flag_exists
from coprod.voice.models import (
    MAX_COMMENT_LENGTH,
    AnswersDeleted,
    Channel,
    Comment,
    Group,
    HowGiven,
)
from coprod.voice.parsing import NewComment, local_today

PAGE_SIZE = 25
# Public pages show counts under this as "fewer than 5"; a quote from such a group could
# identify a child, so it is never published.
SMALL_GROUP = 5
# Who may read the words exactly as said (names, phone numbers and all): council and health
# staff, not forum members, whose pages show the display text like everyone else's.
ORIGINAL_TEXT_ROLES = frozenset({"admin", "officer"})


@dataclass(frozen=True)
class CommentFilters:
    """What to narrow a list of comments by. To add a filter: a field here, a line in _filtered."""

    group: str | None = None
    channel: str | None = None
    said_from: date | None = None
    said_to: date | None = None
    event_id: int | None = None
    text: str | None = None


@dataclass(frozen=True)
class CommentPage:
    """One page of comments and where it sits among the rest."""

    comments: list[Comment]
    total: int
    page: int
    pages: int


def _visible_to(query: Select, viewer_role: str | None) -> Select:
    """Which comments this person may see at all: a comment with a safeguarding flag that is
    waiting or was acted on is for the safeguarding role only. None means the public."""
    if viewer_role == Role.SAFEGUARDING.value:
        return query
    return query.where(~hiding_flag_exists(Comment.id))


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _filtered(query: Select, filters: CommentFilters) -> Select:
    if filters.group:
        query = query.where(Comment.group == filters.group)
    if filters.channel:
        query = query.where(Comment.channel == filters.channel)
    if filters.said_from:
        query = query.where(Comment.said_on >= filters.said_from)
    if filters.said_to:
        query = query.where(Comment.said_on <= filters.said_to)
    if filters.event_id:
        query = query.where(Comment.event_id == filters.event_id)
    if filters.text and filters.text.strip():
        query = query.where(Comment.display_text.ilike(_like(filters.text.strip()), escape="\\"))
    return query


def comments_query(area_id: int, filters: CommentFilters | None = None, *,
                   viewer_role: str | None = None) -> Select:
    """THE query for comments: the area's, visible to this role, filtered, newest first."""
    query = _visible_to(select(Comment).where(Comment.area_id == area_id), viewer_role)
    query = _filtered(query, filters or CommentFilters())
    return query.order_by(Comment.said_on.desc(), Comment.id.desc())


def _check(text: str, group: str, channel: str, said_on: date, how_given: str) -> None:
    if not text.strip():
        raise ValueError("A comment needs some text")
    if len(text) > MAX_COMMENT_LENGTH:
        raise ValueError(f"A comment must be {MAX_COMMENT_LENGTH} characters or fewer")
    Group(group), Channel(channel), HowGiven(how_given)  # raise ValueError when unknown
    if said_on > local_today():
        raise ValueError("A comment cannot be said in the future")


def _new_comment(area_id: int, text: str, group: str, channel: str, said_on: date, *,
                 how_given: str = HowGiven.ALONE.value, event_id: int | None = None,
                 survey_response_id: int | None = None, survey_question_id: str | None = None,
                 created_by_id: int | None = None,
                 share_consent: bool | None = None) -> Comment:
    """A checked comment, not yet stored (raises ValueError as add_comment says)."""
    text = text.strip()
    _check(text, group, channel, said_on, how_given)
    return Comment(area_id=area_id, original_text=text, display_text=text, group=group,
                   channel=channel, said_on=said_on, how_given=how_given, event_id=event_id,
                   survey_response_id=survey_response_id,
                   survey_question_id=survey_question_id, created_by_id=created_by_id,
                   share_consent=share_consent)


def add_comment(session: Session, area_id: int, text: str, group: str, channel: str,
                said_on: date, *, how_given: str = HowGiven.ALONE.value,
                event_id: int | None = None, survey_response_id: int | None = None,
                survey_question_id: str | None = None, created_by_id: int | None = None,
                commit: bool = True, analysed: Analysed | None = None,
                share_consent: bool | None = None) -> Comment:
    """Record one thing someone said. Raises ValueError on text that is empty or over 5,000
    characters, an unknown group, channel or how_given, or a date in the future. With
    `analysed` (from analyse_first) nothing is analysed here. `share_consent`: the person's
    own answer to "Can we share your words?" (None: not asked, or no answer)."""
    comment = _new_comment(area_id, text, group, channel, said_on, how_given=how_given,
                           event_id=event_id, survey_response_id=survey_response_id,
                           survey_question_id=survey_question_id, created_by_id=created_by_id,
                           share_consent=share_consent)
    if analysed is not None:
        store_new_comments(session, [comment], analysed)
    else:
        session.add(comment)
        analyse_comment(session, comment)  # redacts display_text; may flag
    if commit:
        session.commit()
    return comment


@dataclass(frozen=True)
class Added:
    """What happened to comments entered together: how many were saved, and how many of them
    went straight to the safeguarding lead (hidden from the person who typed them)."""

    saved: int
    to_safeguarding: int


def add_comments(session: Session, area_id: int, comments: list[NewComment], *,
                 event_id: int | None = None, created_by_id: int | None = None) -> Added:
    """Record many checked comments at once: all of them or (on any error) none. Each is
    checked and analysed first; then all are written in one short transaction, so a big
    import keeps respondents waiting to save for as little time as it can."""
    new = [_new_comment(area_id, c.text, c.group, c.channel, c.said_on, how_given=c.how_given,
                        event_id=event_id, created_by_id=created_by_id,
                        share_consent=c.share_consent) for c in comments]
    analysed = analyse_first(session, area_id, [c.original_text for c in new])
    flagged = store_new_comments(session, new, analysed)
    session.commit()
    return Added(len(new), flagged)


def delete_comments_for_response(session: Session, survey_response_id: int, *,
                                 commit: bool = True,
                                 by: AnswersDeleted = AnswersDeleted.AUTHOR) -> int:
    """Remove every comment that came from one survey response (when the response is deleted),
    except one flagged for safeguarding that the safeguarding lead has not decided on yet, or
    has acted on: anyone holding a receipt (a shared family device) could otherwise remove a
    disclosure before it is seen. Each one kept is in the audit log, and says when (and by
    whom) the rest went, for the lead's page. Pass commit=False to delete them in the caller's
    transaction, with the response. Returns how many were removed."""
    ids = session.exec(select(Comment.id)
                       .where(Comment.survey_response_id == survey_response_id)).all()
    kept = set(session.exec(select(Comment.id).where(Comment.id.in_(ids),
                                                     hiding_flag_exists(Comment.id))).all())
    for comment_id in ids:
        comment = session.get(Comment, comment_id)
        if comment_id in kept:
            if comment.answers_deleted_at is None:  # the first deletion is the one that counts
                comment.answers_deleted_at, comment.answers_deleted_by = utcnow(), by.value
                session.add(comment)
            why = ("its author deleted their answers" if by == AnswersDeleted.AUTHOR
                   else "its answers were deleted")
            record_event(session, comment, "kept",
                         {"why": f"{why}; kept for the safeguarding lead"})
            continue
        # One by one, so that the audit log records each deletion.
        session.delete(comment)
    if commit:
        session.commit()
    return len(ids) - len(kept)


def may_read_original(role: str | None) -> bool:
    """Whether this role may read a comment's original text."""
    return role in ORIGINAL_TEXT_ROLES


def comment_in_area(session: Session, area_id: int, comment_id: int,
                    viewer_role: str | None) -> Comment | None:
    """One comment, if it is in this area and this person may see it."""
    query = comments_query(area_id, viewer_role=viewer_role).where(Comment.id == comment_id)
    return session.exec(query).first()


def why_not_removable(session: Session, comment: Comment) -> str | None:
    """Why staff cannot remove this comment, or None. A survey answer goes with its response
    (the person who answered deletes it with their receipt code); a comment checked for
    safeguarding stays, so the safeguarding record is whole."""
    if comment.survey_response_id is not None:
        return "survey"
    flagged = select(SafeguardingFlag.id).where(SafeguardingFlag.comment_id == comment.id)
    if session.exec(flagged).first() is not None:
        return "safeguarding"
    return None


def remove_comment(session: Session, comment: Comment) -> None:
    """Remove a comment typed in by mistake, or one its author asked us to remove, with all
    that was worked out from it (its analysis and themes go with it in the database). The
    audit log keeps who removed which comment, and when; never its words."""
    session.delete(comment)
    session.commit()


def comments_page(session: Session, area_id: int, filters: CommentFilters, page: int,
                  viewer_role: str | None, page_size: int = PAGE_SIZE) -> CommentPage:
    """One page of the area's comments, with the total that match."""
    query = comments_query(area_id, filters, viewer_role=viewer_role)
    total = session.exec(select(func.count()).select_from(query.order_by(None).subquery())).one()
    pages = max(1, -(-total // page_size))
    page = min(max(page, 1), pages)
    rows = session.exec(query.offset((page - 1) * page_size).limit(page_size)).all()
    return CommentPage(list(rows), total, page, pages)


def counts_by_group(session: Session, area_id: int, filters: CommentFilters,
                    viewer_role: str | None) -> dict[str, int]:
    """How many comments each group made, among those that match."""
    sub = comments_query(area_id, filters, viewer_role=viewer_role).order_by(None).subquery()
    rows = session.exec(select(sub.c.group, func.count()).group_by(sub.c.group)
                        .order_by(sub.c.group)).all()
    return dict(rows)


def comments_matching(session: Session, area_id: int, filters: CommentFilters,
                      viewer_role: str | None, limit: int | None = None) -> list[Comment]:
    """Every comment that matches (or the newest `limit`), newest first."""
    query = comments_query(area_id, filters, viewer_role=viewer_role)
    return list(session.exec(query.limit(limit) if limit else query).all())


# Publishing quotes: nothing a family said reaches a public page without a person's yes.

def small_groups(session: Session, area_id: int, filters: CommentFilters,
                 also_small: frozenset[str] = frozenset()) -> set[str]:
    """The groups that a public page showing these comments counts as "fewer than 5" (plus
    any the caller knows are small, such as an event's attendance)."""
    counts = counts_by_group(session, area_id, filters, None)
    return {group for group, count in counts.items() if count < SMALL_GROUP} | set(also_small)


def why_not_publishable(session: Session, comment: Comment,
                        also_small: frozenset[str] = frozenset()) -> str | None:
    """Why this comment cannot go on a public page, or None: "hidden" (a safeguarding flag
    keeps it from everyone else), "said_no" (the person said no to sharing their words),
    "no_consent" (no yes recorded: not asked, or no answer) or "small_group" (its group is
    counted as fewer than 5)."""
    if comment_in_area(session, comment.area_id, comment.id, None) is None:
        return "hidden"
    if comment.share_consent is not True:
        return "said_no" if comment.share_consent is False else "no_consent"
    filters = CommentFilters(event_id=comment.event_id)
    if comment.group in small_groups(session, comment.area_id, filters, also_small):
        return "small_group"
    return None


def approve_for_publication(session: Session, comment: Comment, user_id: int) -> None:
    """A person says yes to showing this quote (its display text) on public pages."""
    comment.published_at, comment.published_by_id = utcnow(), user_id
    session.add(comment)
    session.commit()


def may_record_consent(comment: Comment) -> bool:
    """Whether staff may record the person's answer to sharing their words: only for a comment
    a member of staff typed in from an email, call, letter or event, where they could ask. A
    survey answer carries the respondent's own answer, and words given anonymously (a
    family's charter evaluation) have nobody to ask."""
    return comment.survey_response_id is None and comment.created_by_id is not None


def record_consent(session: Session, comment: Comment, agreed: bool) -> None:
    """Record whether the person agreed their words can be shared; a no takes the words off
    public pages at once."""
    comment.share_consent = agreed
    if not agreed:
        comment.published_at, comment.published_by_id = None, None
    session.add(comment)
    session.commit()


def withdraw_publication(session: Session, comment: Comment) -> None:
    """Take a quote off public pages."""
    comment.published_at, comment.published_by_id = None, None
    session.add(comment)
    session.commit()


def published_quotes(session: Session, area_id: int, filters: CommentFilters,
                     limit: int | None = None,
                     also_small: frozenset[str] = frozenset()) -> list[Comment]:
    """The quotes a public page may show: the person agreed their words can be shared, a
    member of staff approved them, no safeguarding flag hides them, and they are not from a
    group the page counts as fewer than 5. Every public page takes its quotes from here."""
    small = small_groups(session, area_id, filters, also_small)
    query = comments_query(area_id, filters, viewer_role=None).where(
        Comment.published_at.is_not(None), Comment.share_consent.is_(True))
    if small:
        query = query.where(Comment.group.not_in(small))
    return list(session.exec(query.limit(limit) if limit else query).all())
