"""Saving one answer the moment its page is sent, so nothing is lost if the browser closes.

A respondent's answer goes in with an upsert (INSERT ... ON CONFLICT DO UPDATE), so two tabs
saving the same question cannot collide, and only while the response is in progress, so
nothing is added to a sent response. On SQLite a plain answer is one statement that checks and
writes under the write lock; elsewhere, and for answers copied onto the response, an UPDATE of
the response that only matches while it is in progress comes first, in one transaction. When a
member of staff is typing in a paper response the ORM is used instead, so the audit log records
their changes.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import bindparam, delete, exists, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session, select

from coprod.common.audit import ACTOR_KEY
from coprod.common.time import utcnow
from coprod.db import begin_writing, driver_connection, statements_commit_alone
from coprod.prepared import Prepared
from coprod.surveys.definition.survey import HELPED_QUESTION, Answer, Question
from coprod.surveys.journey.runner import is_answered
from coprod.surveys.models import ResponseStatus, SurveyAnswer, SurveyResponse

# about_you answers copied onto the response, so results can count them without a join.
COPIED_SUBTYPES = ("respondent_group", "age_band")
UPSERTS = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}


def save_answer(session: Session, response: SurveyResponse, question: Question,
                value: Answer) -> bool:
    """Save (or clear) one answer and commit, so it is safe the moment the page is sent.
    False when the response stopped taking answers since it was read (sent or closed in
    another tab): nothing is saved then."""
    value = list(value) if isinstance(value, list | tuple) else value
    changes = _response_changes(question, value)
    if session.info.get(ACTOR_KEY) is None and _upsert_for(session):
        if _answer_alone(session, changes, value):
            saved = _upsert_alone(session, response, question, value, changes["updated_at"])
            if saved:
                return True  # committed as it ran: nothing for the session to commit
        else:
            begin_writing(session)
            saved = _upsert(session, response, question, value, changes)
        if not saved:
            session.rollback()  # and the response is read afresh: sent, or closed
            return False
    else:
        _write_audited(session, response, question, value, changes)
    session.commit()
    return True


def _upsert_for(session: Session):
    return UPSERTS.get(session.get_bind().dialect.name)


def _response_changes(question: Question, value: Answer) -> dict:
    """What changes on the response itself: when, and any answer copied onto it."""
    changes: dict = {"updated_at": utcnow()}
    single = value if isinstance(value, str) and value else None
    if question.id == HELPED_QUESTION.id:
        changes["helped"] = single
    elif question.type == "about_you" and question.subtype in COPIED_SUBTYPES:
        changes[question.subtype] = single
    return changes


def _answer_alone(session: Session, changes: dict, value: Answer) -> bool:
    """Whether saving this answer changes nothing but the answer, where a statement commits on
    its own (SQLite, a respondent's page): then one statement does it all (_upsert_alone)."""
    return is_answered(value) and len(changes) == 1 and statements_commit_alone(session)


def _upsert_alone(session: Session, response: SurveyResponse, question: Question,
                  value: Answer, updated_at: datetime) -> bool:
    """The answer in one statement, guarded: it is only written while the response is in
    progress. On SQLite one writing statement holds the write lock from its first read to its
    last write, so a submit cannot come between the check and the write, and it commits on its
    own: no BEGIN, no second statement, and the lock is held for the shortest time. The
    response's own updated_at is left alone (the answer's has the time)."""
    return _GUARDED_UPSERT.run(*driver_connection(session), {  # type: ignore[call-arg]
        "response_id": response.id, "question_id": question.id, "value": value,
        "updated_at": updated_at}) == 1


def _upsert(session: Session, response: SurveyResponse, question: Question,
            value: Answer, changes: dict) -> bool:
    """The response's row first, only while it is in progress (the guard), then the answer."""
    connection = session.connection()  # plain SQL: no ORM bookkeeping on a respondent's save
    updated = connection.execute(_response_update(tuple(changes)), {
        "response_id": response.id, **{f"new_{name}": new for name, new in changes.items()}})
    if updated.rowcount != 1:
        return False
    key = {"response_id": response.id, "question_id": question.id}
    if is_answered(value):
        connection.execute(_upsert_statement(connection.dialect.name),
                           {**key, "value": value, "updated_at": changes["updated_at"]})
    else:
        connection.execute(_DELETE_ANSWER, key)
    for name, new in changes.items():  # the row has them now: keep the object in step, clean
        set_committed_value(response, name, new)
    return True


# Built once per dialect (and per set of changed columns): every page a respondent sends runs
# them, and building SQLAlchemy statements cost more than running them.
_DELETE_ANSWER = delete(SurveyAnswer).where(
    SurveyAnswer.response_id == bindparam("response_id"),
    SurveyAnswer.question_id == bindparam("question_id"))


def _guarded_upsert():
    answer = select(bindparam("response_id"), bindparam("question_id"),
                    bindparam("value", type_=SurveyAnswer.__table__.c.value.type),
                    bindparam("updated_at", type_=SurveyAnswer.__table__.c.updated_at.type)
                    ).where(exists().where(
                        SurveyResponse.id == bindparam("response_id"),
                        SurveyResponse.status == ResponseStatus.IN_PROGRESS.value))
    insert = sqlite.insert(SurveyAnswer).from_select(
        ["response_id", "question_id", "value", "updated_at"], answer)
    return insert.on_conflict_do_update(
        index_elements=["response_id", "question_id"],
        set_={"value": insert.excluded.value, "updated_at": insert.excluded.updated_at})


_GUARDED_UPSERT = Prepared(_guarded_upsert())


@cache
def _upsert_statement(dialect: str):
    insert = UPSERTS[dialect](SurveyAnswer).values(
        response_id=bindparam("response_id"), question_id=bindparam("question_id"),
        value=bindparam("value"), updated_at=bindparam("updated_at"))
    return insert.on_conflict_do_update(
        index_elements=["response_id", "question_id"],
        set_={"value": insert.excluded.value, "updated_at": insert.excluded.updated_at})


@cache
def _response_update(columns: tuple[str, ...]):
    return (update(SurveyResponse)
            .where(SurveyResponse.id == bindparam("response_id"),
                   SurveyResponse.status == ResponseStatus.IN_PROGRESS.value)
            .values({name: bindparam(f"new_{name}") for name in columns}))


def _write_audited(session: Session, response: SurveyResponse, question: Question,
                   value: Answer, changes: dict[str, Any]) -> None:
    """The same change through the ORM, so the audit hook sees it."""
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
    for key, new in changes.items():
        setattr(response, key, new)
    session.add(response)
