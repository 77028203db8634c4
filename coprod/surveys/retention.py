"""Deleting what the privacy notice says we delete, by age (`coprod purge`, run daily).

- Survey answers, and the comments made from them, 3 years after the survey closed (its
  closing date, or the day it was closed by hand).
- Answers of a survey started but never sent, 90 days after the last one was saved.
- A comment kept for the safeguarding lead after its author deleted their answers, once the
  lead has decided it is not a concern.

A comment the safeguarding lead has still to decide on is never deleted here. Each survey purged
and each comment gone is in the audit log (counts only, never words). Deletes go a chunk at a
time, each in its own short transaction, so respondents saving answers never wait long.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, exists, or_
from sqlmodel import Session, col, select

from coprod.common.audit import record_event
from coprod.common.time import utcnow
from coprod.surveys.journey.submit import delete_response
from coprod.surveys.models import ResponseStatus, Survey, SurveyResponse, SurveyStatus
from coprod.voice.findings import Outcome, SafeguardingFlag

KEEP_ANSWERS = timedelta(days=3 * 365)
KEEP_UNSENT = timedelta(days=90)
CHUNK = 200


@dataclass
class Purged:
    """How many of each went."""

    responses: int = 0
    unsent: int = 0
    kept_comments: int = 0


def _closed_before(cutoff: datetime):
    """Surveys that stopped taking answers before `cutoff`."""
    return or_(and_(Survey.status == SurveyStatus.CLOSED.value, Survey.updated_at < cutoff),
               and_(col(Survey.closes_on).is_not(None), col(Survey.closes_on) < cutoff.date()))


def _delete_in_chunks(session: Session, query, survey_counts: dict[int, int]) -> int:
    done = 0
    while True:
        chunk = session.exec(query.limit(CHUNK)).all()
        if not chunk:
            return done
        for response in chunk:
            survey_counts[response.survey_id] = survey_counts.get(response.survey_id, 0) + 1
            delete_response(session, response, by_author=False)
        session.commit()
        done += len(chunk)


def purge(session: Session, now: datetime | None = None) -> Purged:
    """Delete everything past its time (see the module's docstring)."""
    now = now or utcnow()
    counts: dict[int, int] = {}
    closed_long_ago = select(Survey.id).where(_closed_before(now - KEEP_ANSWERS))
    old = select(SurveyResponse).where(SurveyResponse.survey_id.in_(closed_long_ago))
    result = Purged(responses=_delete_in_chunks(session, old, counts))
    unsent = select(SurveyResponse).where(
        SurveyResponse.status == ResponseStatus.IN_PROGRESS.value,
        SurveyResponse.updated_at < now - KEEP_UNSENT)
    result.unsent = _delete_in_chunks(session, unsent, counts)
    for survey_id, count in counts.items():
        record_event(session, session.get(Survey, survey_id), "purge", {"responses": count})
    result.kept_comments = _purge_kept_comments(session)
    session.commit()
    return result


def _purge_kept_comments(session: Session) -> int:
    """Comments whose response was deleted (kept only for the safeguarding lead) once the lead
    decided they are not a concern."""
    try:
        from coprod.voice.models import Comment
    except ImportError:  # no voice package in this build: no comments were made
        return 0
    response_gone = ~exists().where(SurveyResponse.id == Comment.survey_response_id)
    decided = exists().where(SafeguardingFlag.comment_id == Comment.id,
                             SafeguardingFlag.outcome == Outcome.NOT_A_CONCERN.value)
    comments = session.exec(select(Comment).where(Comment.survey_response_id.is_not(None),
                                                  response_gone, decided)).all()
    for comment in comments:
        record_event(session, comment, "purge", {"why": "author deleted their answers"})
        session.delete(comment)
    return len(comments)
