"""Saving one answer the moment its page is sent, so nothing is lost if the browser closes.

One way for everyone (a respondent, or staff typing in a paper response): first the response's
own row is updated, in a statement that only matches while the response is in progress (the
guard), then the answer is written through the session, so the audit log sees staff changes.
The guard's UPDATE holds the response's row (PostgreSQL) or the write lock (SQLite) until the
commit, so two tabs saving the same question, or a save racing a submit, take turns: nothing is
added to a sent response, and a submit reads every answer saved before it.
"""

from __future__ import annotations

from functools import cache

from sqlalchemy import bindparam, update
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session, select

from coprod.common import audit
from coprod.common.time import utcnow
from coprod.surveys.definition.survey import HELPED_QUESTION, Answer, Question
from coprod.surveys.journey.runner import is_answered
from coprod.surveys.models import ResponseStatus, SurveyAnswer, SurveyResponse

# about_you answers copied onto the response, so results can count them without a join.
COPIED_SUBTYPES = ("respondent_group", "age_band")


def save_answer(session: Session, response: SurveyResponse, question: Question,
                value: Answer) -> bool:
    """Save (or clear) one answer and commit, so it is safe the moment the page is sent.
    False when the response stopped taking answers since it was read (sent or closed in
    another tab): nothing is saved then."""
    value = list(value) if isinstance(value, list | tuple) else value
    changes = _response_changes(question, value)
    if not still_in_progress(session, response, changes):
        session.rollback()  # and the response is read afresh: sent, or closed
        return False
    _write_answer(session, response, question, value, changes)
    session.commit()
    return True


def _response_changes(question: Question, value: Answer) -> dict:
    """What changes on the response itself: when, and any answer copied onto it."""
    changes: dict = {"updated_at": utcnow()}
    single = value if isinstance(value, str) and value else None
    if question.id == HELPED_QUESTION.id:
        changes["helped"] = single
    elif question.type == "about_you" and question.subtype in COPIED_SUBTYPES:
        changes[question.subtype] = single
    return changes


def still_in_progress(session: Session, response: SurveyResponse, changes: dict) -> bool:
    """Change the response's row only while it is in progress (the guard); False when it is
    not. The object is kept in step with the row, and a change by staff is audited."""
    updated = session.connection().execute(_guarded_update(tuple(changes)), {
        "response_id": response.id, **{f"new_{name}": new for name, new in changes.items()}})
    if updated.rowcount != 1:
        return False
    for name, new in changes.items():  # the row has them now: keep the object in step, clean
        set_committed_value(response, name, new)
    audit.record_update(session, response, changes)
    return True


@cache
def _guarded_update(columns: tuple[str, ...]):
    """Built once per set of changed columns: SQLAlchemy then reuses its compiled form."""
    return (update(SurveyResponse)
            .where(SurveyResponse.id == bindparam("response_id"),
                   SurveyResponse.status == ResponseStatus.IN_PROGRESS.value)
            .values({name: bindparam(f"new_{name}") for name in columns}))


def _write_answer(session: Session, response: SurveyResponse, question: Question,
                  value: Answer, changes: dict) -> None:
    """The answer's row added, changed or removed through the session (so staff changes reach
    the audit log). The guard above already holds the response, so no one else is writing it."""
    row = session.exec(select(SurveyAnswer).where(SurveyAnswer.response_id == response.id,
                                                  SurveyAnswer.question_id == question.id)).first()
    if not is_answered(value):
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(SurveyAnswer(response_id=response.id, question_id=question.id, value=value,
                                 updated_at=changes["updated_at"]))
    else:
        row.value, row.updated_at = value, changes["updated_at"]  # type: ignore[assignment]
        session.add(row)
