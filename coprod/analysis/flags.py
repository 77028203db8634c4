"""The safeguarding queue: flagged comments for the safeguarding lead, and flags raised by hand.

Only the safeguarding role reads these pages. Anyone who reviews themes can raise a flag; the
comment is hidden from everyone else at once (coprod.voice.services._visible_to).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, false
from sqlmodel import Session, func, select

from coprod.analysis.models import Outcome, SafeguardingFlag, Source, hiding_flag_exists
from coprod.areas.models import Role
from coprod.common.time import utcnow
from coprod.events.models import ListeningEvent
from coprod.text.pipeline import analyse
from coprod.voice.models import Comment

HANDLED_SHOWN = 50
RAISED_BY_HAND = "raised by a reviewer"


@dataclass(frozen=True)
class FlagItem:
    """A flag with the comment it is about and where the comment came from."""

    flag: SafeguardingFlag
    comment: Comment
    event_title: str | None = None


def waiting_count(session: Session, area_id: int) -> int:
    """How many flags in the area wait for the safeguarding lead."""
    return session.exec(select(func.count()).select_from(SafeguardingFlag).where(
        SafeguardingFlag.area_id == area_id, SafeguardingFlag.outcome.is_(None))).one()


def _flag_rows(*conditions) -> Select:
    """Flags of the area with their comments and the event each came from, if any."""
    return (select(SafeguardingFlag, Comment, ListeningEvent.title)
            .join(Comment, Comment.id == SafeguardingFlag.comment_id)
            .join(ListeningEvent, ListeningEvent.id == Comment.event_id, isouter=True)
            .where(*conditions))


def _items(session: Session, query: Select) -> list[FlagItem]:
    return [FlagItem(flag, comment, title) for flag, comment, title in session.exec(query)]


def waiting_flags(session: Session, area_id: int) -> list[FlagItem]:
    """Flags waiting for a decision, oldest first (the longest wait comes first)."""
    return _items(session, _flag_rows(SafeguardingFlag.area_id == area_id,
                                      SafeguardingFlag.outcome.is_(None))
                  .order_by(SafeguardingFlag.raised_at, SafeguardingFlag.id))


def handled_flags(session: Session, area_id: int, limit: int = HANDLED_SHOWN) -> list[FlagItem]:
    """The most recently handled flags, newest first."""
    return _items(session, _flag_rows(SafeguardingFlag.area_id == area_id,
                                      SafeguardingFlag.outcome.is_not(None))
                  .order_by(SafeguardingFlag.handled_at.desc(), SafeguardingFlag.id.desc())
                  .limit(limit))


def flag_item(session: Session, area_id: int, flag_id: int) -> FlagItem | None:
    """One flag of this area, or None (another area's id finds nothing)."""
    found = _items(session, _flag_rows(SafeguardingFlag.id == flag_id,
                                       SafeguardingFlag.area_id == area_id))
    return found[0] if found else None


def handle_flag(session: Session, flag: SafeguardingFlag, outcome: Outcome, note: str,
                user_id: int) -> None:
    """Record the safeguarding lead's decision; "not a concern" returns the comment to lists."""
    flag.outcome, flag.note = outcome.value, note.strip()
    flag.handled_by_id, flag.handled_at = user_id, utcnow()
    session.add(flag)
    session.commit()


def raise_flag(session: Session, comment: Comment, user_id: int, reason: str = "") -> None:
    """A person flags a comment as a possible concern; it is hidden from others at once.
    A flag the lead had closed as "not a concern" waits for them again."""
    flag = session.exec(select(SafeguardingFlag)
                        .where(SafeguardingFlag.comment_id == comment.id)).first()
    reasons = [RAISED_BY_HAND + (f": {reason.strip()}" if reason.strip() else "")]
    if flag is None:
        flag = SafeguardingFlag(comment_id=comment.id, area_id=comment.area_id, reasons=[])
    flag.reasons = [*flag.reasons, *reasons]
    flag.raised_by, flag.raised_by_id, flag.raised_at = Source.PERSON.value, user_id, utcnow()
    flag.outcome, flag.handled_by_id, flag.handled_at = None, None, None
    session.add(flag)
    session.commit()


def survey_texts_for_viewer(session: Session, response_ids: list[int],
                            viewer_role: str | None) -> dict[tuple[int, str], str | None]:
    """For survey free-text answers: (response id, question id) -> the redacted text this
    person may read, or None when a safeguarding flag hides it from them."""
    hidden = hiding_flag_exists(Comment.id) if viewer_role != Role.SAFEGUARDING.value \
        else false()
    rows = session.exec(select(Comment.survey_response_id, Comment.survey_question_id,
                               Comment.display_text, hidden)
                        .where(Comment.survey_response_id.in_(response_ids))).all()
    return {(rid, qid): (None if is_hidden else shown) for rid, qid, shown, is_hidden in rows}


def unrecorded_text_for_viewer(text: str, viewer_role: str | None) -> str | None:
    """A free-text answer with no voice comment yet (still in progress, or partial): checked and
    redacted now, so nothing reaches a screen or a file unredacted or unchecked."""
    found = analyse(text)
    if found.safeguarding and viewer_role != Role.SAFEGUARDING.value:
        return None
    return found.redacted_text
