"""The end of the journey: submit once (however often the button is pressed), close part-way,
and delete everything a respondent gave when they bring back their receipt code."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session, select

from coprod.common import audit
from coprod.common.time import utcnow
from coprod.db import begin_writing
from coprod.surveys import voice_link
from coprod.surveys.definition import DONT_UNDERSTAND_OPTION, Answer
from coprod.surveys.models import ResponseStatus, Survey, SurveyAnswer, SurveyResponse
from coprod.surveys.runner import Journey, answers_of, questions_for
from coprod.surveys.runner_codes import new_code, normalise

IN_PROGRESS = ResponseStatus.IN_PROGRESS.value
COMPLETE = ResponseStatus.COMPLETE.value


@dataclass(frozen=True)
class Submitted:
    """A stored response's receipt code; `first_time` is False for a repeated submit."""

    receipt_code: str
    first_time: bool


def submit(session: Session, journey: Journey, response: SurveyResponse,
           answers: dict[str, Answer] | None = None, code: str | None = None
           ) -> Submitted | None:
    """Mark a response complete exactly once and turn its free text into voice comments.

    The guard is in the database: the UPDATE only matches while the response is in progress, so
    of two submits racing (a double click, two tabs) one wins and the other finds it complete.
    `answers`: the response's answers, if the caller read them in this same transaction.
    `code`: the respondent's own code, kept as the receipt so they have one code, not two (a new
    one is drawn only if an older receipt already has it).
    Returns None for a response that can no longer be submitted (closed part-way)."""
    for attempt in range(3):
        if response.status != IN_PROGRESS:
            return _already(response)
        if answers is None or attempt:
            answers = answers_of(session, response)
        _drop_hidden_answers(session, journey, response, answers)
        try:
            receipt = (normalise(code) if code and not attempt else "") or new_code()
            if _mark_complete(session, response, receipt):
                _add_voice_comments(session, journey, response, answers)
                session.commit()
                return Submitted(response.receipt_code or "", True)
        except IntegrityError:  # a receipt code already given out: draw another
            if attempt == 2:
                raise
        session.rollback()
        session.refresh(response)
    return _already(response)


def _already(response: SurveyResponse) -> Submitted | None:
    if response.status == COMPLETE and response.receipt_code:
        return Submitted(response.receipt_code, False)
    return None


def _mark_complete(session: Session, response: SurveyResponse, receipt: str) -> bool:
    now = utcnow()
    values = {"status": COMPLETE, "receipt_code": receipt, "submitted_at": now, "updated_at": now}
    result = session.connection().execute(  # plain SQL: the ORM has nothing to keep in step
        update(SurveyResponse)
        .where(SurveyResponse.id == response.id, SurveyResponse.status == IN_PROGRESS)
        .values(**values))
    if result.rowcount != 1:
        return False
    for key, value in values.items():  # as the row now is, without the ORM writing it again
        set_committed_value(response, key, value)
    # Staff typing in a paper response are actors; a respondent is not, so this writes nothing.
    audit.record_update(session, response, values)
    return True


def _drop_hidden_answers(session: Session, journey: Journey, response: SurveyResponse,
                         answers: dict[str, Answer]) -> None:
    """Answers to questions a later change hid (answered "yes", then went back to "no") are not
    part of what the respondent sent: remove them before it is stored as complete."""
    shown = {question.id for question in questions_for(journey.definition, answers)}
    hidden = [question_id for question_id in answers if question_id not in shown]
    if hidden:
        session.execute(delete(SurveyAnswer).where(SurveyAnswer.response_id == response.id,
                                                   SurveyAnswer.question_id.in_(hidden)))
        for question_id in hidden:
            answers.pop(question_id)


def _add_voice_comments(session: Session, journey: Journey, response: SurveyResponse,
                        answers: dict[str, Answer]) -> None:
    """Every free-text answer becomes a voice comment ("I don't understand" is not one)."""
    said = {key: value for key, value in answers.items()
            if value != DONT_UNDERSTAND_OPTION.value}
    voice_link.add_free_text(session, journey.definition, response, said,
                             user_id=response.entered_by_id)


def close_partway(session: Session, response: SurveyResponse) -> None:
    """The survey closed while someone was answering: keep what they gave, marked partial."""
    if response.status != IN_PROGRESS:
        return
    begin_writing(session)
    session.execute(update(SurveyResponse)
                    .where(SurveyResponse.id == response.id, SurveyResponse.status == IN_PROGRESS)
                    .values(status=ResponseStatus.PARTIAL.value, updated_at=utcnow())
                    .execution_options(synchronize_session=False))
    session.commit()
    session.refresh(response)


def find_by_receipt(session: Session, typed: str) -> SurveyResponse | None:
    """The stored response a receipt code belongs to, however the code was typed."""
    code = normalise(typed)
    if not code:
        return None
    return session.exec(select(SurveyResponse).where(SurveyResponse.receipt_code == code)).first()


def sent_with_code(session: Session, survey_id: int | None, typed: str) -> bool:
    """Whether a code belongs to answers already sent to this survey (so cannot carry on)."""
    response = find_by_receipt(session, typed)
    return response is not None and response.survey_id == survey_id


def survey_title_of(session: Session, response: SurveyResponse) -> str:
    """The title of the survey a response answered, to say what a deletion removes."""
    survey = session.get(Survey, response.survey_id)
    return survey.title if survey is not None else ""


def delete_by_receipt(session: Session, typed: str) -> bool:
    """Delete a response, its answers and the voice comments made from it, in one transaction.
    False when no response has that code."""
    response = find_by_receipt(session, typed)
    if response is None:
        return False
    _delete_voice_comments(session, response.id)
    session.execute(delete(SurveyAnswer).where(SurveyAnswer.response_id == response.id))
    session.delete(response)
    session.commit()
    return True


def _delete_voice_comments(session: Session, response_id: int | None) -> None:
    try:
        from coprod.voice.services import delete_comments_for_response
    except ImportError:  # no voice package in this build: nothing was made from the response
        return
    delete_comments_for_response(session, response_id, commit=False)
