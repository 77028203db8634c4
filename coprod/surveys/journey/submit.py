"""The end of the journey: submit once (however often the button is pressed), close part-way,
and delete everything a respondent gave when they bring back their receipt code."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from coprod.common.time import utcnow
from coprod.surveys import voice_link
from coprod.surveys.definition.survey import DONT_UNDERSTAND_OPTION, Answer, Question
from coprod.surveys.journey.answers import still_in_progress
from coprod.surveys.journey.codes import code_hash, new_code, normalise
from coprod.surveys.journey.runner import Journey, answers_of, first_missing, questions_for
from coprod.surveys.models import ResponseStatus, SurveyAnswer, SurveyResponse

IN_PROGRESS = ResponseStatus.IN_PROGRESS.value
COMPLETE = ResponseStatus.COMPLETE.value


@dataclass(frozen=True)
class Submitted:
    """A stored response's receipt code; `first_time` is False for a repeated submit."""

    receipt_code: str
    first_time: bool


@dataclass(frozen=True)
class Missing:
    """Not sent: a required question has no answer (changed in another tab, perhaps)."""

    question: Question


def submit(session: Session, journey: Journey, response: SurveyResponse,
           code: str | None = None) -> Submitted | Missing | None:
    """Mark a response complete exactly once and turn its free text into voice comments.

    The guard comes first: the UPDATE only matches while the response is in progress, so of two
    submits racing (a double click, two tabs) one wins and the other finds it complete, and from
    then on no answer can be saved to it. The answers are read after it, in the same
    transaction, so what is stored, made into comments and checked for safeguarding is one
    snapshot, even when another tab saved a change a moment before.
    `code`: the respondent's own code, kept as the receipt so they have one code, not two (a new
    one is drawn only if an older receipt already has it).
    Returns None for a response that can no longer be submitted (closed part-way)."""
    for attempt in range(3):
        if response.status != IN_PROGRESS:
            return _already(response)
        now = utcnow()
        try:
            receipt = (normalise(code) if code and not attempt else "") or new_code()
            if still_in_progress(session, response, {
                    "status": COMPLETE, "receipt_code": receipt, "submitted_at": now,
                    "updated_at": now}):
                answers = answers_of(session, response)
                questions = questions_for(journey.definition, answers)
                missing = first_missing(questions, answers)
                if missing is not None:
                    session.rollback()
                    session.refresh(response)
                    return Missing(missing)
                _drop_hidden_answers(session, response, questions, answers)
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


def _drop_hidden_answers(session: Session, response: SurveyResponse,
                         questions: list[Question], answers: dict[str, Answer]) -> None:
    """Answers to questions a later change hid (answered "yes", then went back to "no") are not
    part of what the respondent sent: removed (through the session, so staff entry is audited)
    before it is stored as complete."""
    shown = {question.id for question in questions}
    hidden = [question_id for question_id in answers if question_id not in shown]
    if not hidden:
        return
    for row in session.exec(select(SurveyAnswer).where(
            SurveyAnswer.response_id == response.id, SurveyAnswer.question_id.in_(hidden))):
        session.delete(row)
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
    if still_in_progress(session, response, {"status": ResponseStatus.PARTIAL.value,
                                             "updated_at": utcnow()}):
        session.commit()
    else:
        session.rollback()
        session.refresh(response)


def find_by_receipt(session: Session, typed: str) -> SurveyResponse | None:
    """The stored response a respondent's code belongs to, however the code was typed: the
    receipt of answers sent, or the code given to carry on later (the save page promises that
    code deletes the answers too, so someone who stops part way can take back what they wrote
    without finishing first)."""
    code = normalise(typed)
    if not code:
        return None
    return session.exec(select(SurveyResponse).where(
        (SurveyResponse.receipt_code == code) | (SurveyResponse.resume_hash == code_hash(code))
    ).order_by(SurveyResponse.receipt_code.is_(None))).first()


def sent_with_code(session: Session, survey_id: int | None, typed: str) -> bool:
    """Whether a code belongs to answers already sent to this survey (so cannot carry on)."""
    response = find_by_receipt(session, typed)
    return response is not None and response.survey_id == survey_id


def survey_title_of(session: Session, response: SurveyResponse) -> str:
    """The title of the survey a response answered, as the respondent saw it (the easy-read
    title of an easy-read survey), to say what a deletion removes."""
    found = voice_link.question_answered(session, response.area_id, response.id, None)
    return found[0] if found else ""


def delete_by_receipt(session: Session, typed: str) -> int | None:
    """Delete a response, its answers and the voice comments made from it, in one transaction.
    The id of the area it was given to (whose pages say it is deleted); None when no response
    has that code."""
    response = find_by_receipt(session, typed)
    if response is None:
        return None
    area_id = response.area_id
    delete_response(session, response)
    session.commit()
    return area_id


def delete_response(session: Session, response: SurveyResponse, by_author: bool = True) -> None:
    """A response, its answers and the comments made from it (not yet committed), except a
    comment the safeguarding lead has still to decide on (voice.services keeps it, noting
    whether the author deleted the rest or it reached the end of its keeping)."""
    _delete_voice_comments(session, response.id, by_author)
    session.execute(delete(SurveyAnswer).where(SurveyAnswer.response_id == response.id))
    session.delete(response)


def _delete_voice_comments(session: Session, response_id: int | None, by_author: bool) -> None:
    try:
        from coprod.voice.models import AnswersDeleted
        from coprod.voice.services import delete_comments_for_response
    except ImportError:  # no voice package in this build: nothing was made from the response
        return
    delete_comments_for_response(session, response_id, commit=False,
                                 by=AnswersDeleted.AUTHOR if by_author else AnswersDeleted.AGE)
