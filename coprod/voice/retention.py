"""Deleting comments by age, for `coprod purge` (the privacy notice says the same, in words).

- A comment that did not come from a survey (email, phone call, letter, social media, a
  listening event, a project evaluation, a file of comments): 3 years after the day it was said.
  Survey comments go with their survey's answers (coprod.surveys.retention).
- A comment a safeguarding flag holds back is deleted, once its time has come, only after the
  safeguarding lead has recorded an outcome: at the next purge for "not a safeguarding concern",
  30 days after "referred" or "acted on" (time to copy what they need into the area's own
  safeguarding records, which is where a safeguarding record belongs). A new flag, or one in
  progress, keeps it. The flag and its casework steps go with the comment (the database
  cascades); the audit log keeps who moved the flag, when, to which outcome and to whom it was
  referred, never the words (the flag's note and reasons are hidden from the log).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, exists, or_
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, func, select

from coprod.common.audit import record_event
from coprod.voice.findings import Outcome, SafeguardingFlag
from coprod.voice.models import Comment

KEEP_SAID = timedelta(days=3 * 365)
AFTER_DECISION = timedelta(days=30)
# Outcomes after which the lead has done what coprod can help with: the case, if there is one,
# is with children's services or another agency, in their records.
CLOSING = (Outcome.REFERRED.value, Outcome.ACTED_ON.value)
CHUNK = 200


@dataclass
class CommentsGone:
    """Comments deleted, and comments past their time that a safeguarding flag still holds."""

    deleted: int = 0
    held: int = 0


def released(now: datetime) -> ColumnElement[bool]:
    """True for a comment no safeguarding flag holds at `now`: no flag, "not a concern", or
    "referred" or "acted on" recorded at least 30 days before."""
    flag = aliased(SafeguardingFlag)
    lets_go = or_(flag.outcome == Outcome.NOT_A_CONCERN.value,
                  and_(col(flag.outcome).in_(CLOSING), col(flag.handled_at).is_not(None),
                       col(flag.handled_at) <= now - AFTER_DECISION))
    return ~exists().where(flag.comment_id == Comment.id,
                           or_(col(flag.outcome).is_(None), ~lets_go))


def delete_comments(session: Session, due: ColumnElement[bool], now: datetime, why: str) -> int:
    """Delete every comment matching `due` that no flag holds, a chunk per transaction; each
    one is in the audit log (why, and the flag's outcome if it had one; never its words)."""
    query = (select(Comment, SafeguardingFlag.outcome)
             .join(SafeguardingFlag, SafeguardingFlag.comment_id == Comment.id, isouter=True)
             .where(due, released(now)).order_by(Comment.id).limit(CHUNK))
    done = 0
    while rows := session.exec(query).all():
        for comment, outcome in rows:
            record_event(session, comment, "purge",
                         {"why": why, **({"safeguarding": outcome} if outcome else {})})
            session.delete(comment)
        session.commit()
        done += len(rows)
    return done


def count_held(session: Session, due: ColumnElement[bool], now: datetime) -> int:
    """How many comments matching `due` a safeguarding flag still holds."""
    return session.exec(select(func.count()).select_from(Comment)
                        .where(due, ~released(now))).one()


def said_long_ago(now: datetime) -> ColumnElement[bool]:
    """Comments from any channel but a survey, said more than 3 years before `now`."""
    return and_(col(Comment.survey_response_id).is_(None),
                col(Comment.said_on) < (now - KEEP_SAID).date())


def purge_said_long_ago(session: Session, now: datetime) -> CommentsGone:
    """Delete comments not from a survey 3 years after the day they were said."""
    due = said_long_ago(now)
    return CommentsGone(delete_comments(session, due, now, "said more than 3 years ago"),
                        count_held(session, due, now))
