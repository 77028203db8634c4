"""Deleting survey answers by age, for `coprod purge` (run daily; the privacy notice says the
same, in words).

- Answers, and the comments made from them, 3 years after the survey closed: its closing date,
  or the day it was closed by hand if that came first.
- A survey with no closing date has no end to count from (it may stay open for years), so each
  response goes 3 years after it was sent. Never later than the rule above would have given,
  since an answer is always sent before its survey closes.
- Answers of a survey started but never sent, 90 days after the last one was saved.
- A comment whose response has gone (its author deleted their answers with their receipt
  code, or the response passed its time) but which a safeguarding flag held back, once the
  flag lets it go (coprod.voice.retention: the lead's outcome, and 30 days after "referred" or
  "acted on").

Each survey purged and each comment gone is in the audit log (counts only, never words).
Deletes go a chunk at a time, each in its own short transaction, so respondents saving answers
never wait long.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, exists, or_
from sqlmodel import Session, col, func, select

from coprod.common.audit import record_event
from coprod.common.time import utcnow
from coprod.surveys.journey import throttle
from coprod.surveys.journey.submit import delete_response
from coprod.surveys.models import ResponseStatus, Survey, SurveyResponse, SurveyStatus
from coprod.voice import retention as voice_retention
from coprod.voice.models import Comment

KEEP_ANSWERS = timedelta(days=3 * 365)
KEEP_UNSENT = timedelta(days=90)
CHUNK = 200


@dataclass
class Purged:
    """How many of each went, and how many comments a safeguarding flag still holds."""

    responses: int = 0
    unsent: int = 0
    kept_comments: int = 0
    held_comments: int = 0
    surveys: int = 0


def _closed_before(cutoff: datetime):
    """Surveys that stopped taking answers before `cutoff`."""
    return or_(and_(Survey.status == SurveyStatus.CLOSED.value, Survey.updated_at < cutoff),
               and_(col(Survey.closes_on).is_not(None), col(Survey.closes_on) < cutoff.date()))


def _past_their_time(cutoff: datetime) -> ColumnElement[bool]:
    """Responses 3 years past their survey's close, or (with no closing date) past being sent."""
    closed_long_ago = select(Survey.id).where(_closed_before(cutoff))
    open_ended = select(Survey.id).where(col(Survey.closes_on).is_(None))
    sent = func.coalesce(SurveyResponse.submitted_at, SurveyResponse.updated_at)
    return or_(col(SurveyResponse.survey_id).in_(closed_long_ago),
               and_(col(SurveyResponse.survey_id).in_(open_ended),
                    SurveyResponse.status != ResponseStatus.IN_PROGRESS.value, sent < cutoff))


def _delete_in_chunks(session: Session, query, survey_counts: dict[int, int]) -> int:
    done = 0
    while True:
        chunk = session.exec(query.order_by(SurveyResponse.id).limit(CHUNK)).all()
        if not chunk:
            return done
        for response in chunk:
            survey_counts[response.survey_id] = survey_counts.get(response.survey_id, 0) + 1
            delete_response(session, response, by_author=False)
        session.commit()
        done += len(chunk)


def purge(session: Session, now: datetime | None = None,
          code_window: timedelta = timedelta(minutes=15)) -> Purged:
    """Delete every survey answer past its time (see the module's docstring), and counts of
    wrong codes whose window (`code_window`) has passed."""
    now = now or utcnow()
    counts: dict[int, int] = {}
    old = select(SurveyResponse).where(_past_their_time(now - KEEP_ANSWERS))
    result = Purged(responses=_delete_in_chunks(session, old, counts))
    unsent = select(SurveyResponse).where(
        SurveyResponse.status == ResponseStatus.IN_PROGRESS.value,
        SurveyResponse.updated_at < now - KEEP_UNSENT)
    result.unsent = _delete_in_chunks(session, unsent, counts)
    for survey_id, count in counts.items():
        record_event(session, session.get(Survey, survey_id), "purge", {"responses": count})
    result.surveys = len(counts)
    gone = _response_gone()
    result.kept_comments = voice_retention.delete_comments(
        session, gone, now, "its survey response was deleted; no safeguarding flag holds it")
    result.held_comments = voice_retention.count_held(session, gone, now)
    throttle.forget_old_tries(session, now, code_window)
    session.commit()
    return result


def _response_gone() -> ColumnElement[bool]:
    """Comments made from a survey response that no longer exists."""
    return and_(col(Comment.survey_response_id).is_not(None),
                ~exists().where(SurveyResponse.id == Comment.survey_response_id))
