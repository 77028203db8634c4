"""The respondent journey: load an open survey, start or resume a response, save each answer.

A response is found by its resume code (the browser keeps it in the session cookie; the
respondent can write it down). Only a hash of the code is stored. Every answer is saved as its
page is answered, so closing the browser loses nothing. Submitting and deleting are in
`runner_submit`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy import and_, bindparam, or_
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import defer
from sqlmodel import Session, col, select

from coprod.areas.models import Area
from coprod.surveys.definition.survey import (
    HELPED_QUESTION,
    Answer,
    Question,
    SurveyDefinition,
    survey_from_dict,
    visible_questions,
)
from coprod.surveys.journey.codes import code_hash, new_code, normalise
from coprod.surveys.models import (
    Channel,
    ResponseStatus,
    Survey,
    SurveyAnswer,
    SurveyResponse,
    SurveyStatus,
    SurveyVersion,
)

ENGLAND = ZoneInfo("Europe/London")


class Availability(StrEnum):
    """Whether a published survey takes answers today."""

    OPEN = "open"
    NOT_YET_OPEN = "not_yet_open"
    CLOSED = "closed"


@dataclass(frozen=True)
class Journey:
    """A survey people can see, with its current version and that version's definition."""

    survey: Survey
    version: SurveyVersion
    definition: SurveyDefinition
    area: Area


@dataclass(frozen=True)
class Place:
    """Where one question sits in the journey as it stands: "Question 3 of 8"."""

    question: Question
    number: int
    total: int
    previous: Question | None
    next: Question | None


def uk_today() -> date:
    """Today in England (the server's clock is UTC; surveys close at midnight UK time)."""
    return datetime.now(ENGLAND).date()


_parsed: dict[tuple, SurveyDefinition] = {}


def definition_of(version: SurveyVersion) -> SurveyDefinition:
    """A version's definition, validated once per process. The key is the version's own data:
    its id, when it was made and when it was last changed (kept by the database on every
    update), so an edit in place (before anyone answered) or a test database that reuses ids
    never serves an old copy. Nothing about the visitor is in it."""
    key = (version.id, version.created_at, version.updated_at)
    found = _parsed.get(key)
    if found is None:
        if len(_parsed) > 256:
            _parsed.clear()
        found = _parsed[key] = survey_from_dict(version.definition)
    return found


def _newest_published(query, *conditions):
    """A survey (not a draft) with its newest version and its area, joined. The definition is
    read only when definition_of() has not parsed it yet."""
    return (query.join(SurveyVersion, SurveyVersion.survey_id == Survey.id)
            .join(Area, Area.id == Survey.area_id)
            .where(Survey.status != SurveyStatus.DRAFT.value, *conditions)
            .order_by(SurveyVersion.number.desc()).limit(1)
            .options(defer(SurveyVersion.definition)))


_JOURNEY_BY_ID = _newest_published(select(Survey, SurveyVersion, Area),
                                   Survey.id == bindparam("survey_id"))
# A respondent's page: the survey, its newest version, its area and this browser's own
# response (a left join on the resume code's hash) in one query.
_RESPONDENT = _newest_published(
    select(Survey, SurveyVersion, Area, SurveyResponse), Survey.slug == bindparam("slug")
).outerjoin(SurveyResponse, and_(SurveyResponse.survey_id == Survey.id,
                                 SurveyResponse.resume_hash == bindparam("resume_hash")))
_RESPONSE_BY_CODE = select(SurveyResponse).where(
    SurveyResponse.resume_hash == bindparam("resume_hash"),
    SurveyResponse.survey_id == bindparam("survey_id"))
_ANSWERS = (select(SurveyAnswer.question_id, SurveyAnswer.value)
            .where(SurveyAnswer.response_id == bindparam("response_id"))
            .order_by(SurveyAnswer.id))


def _journey(row) -> Journey | None:
    return Journey(row[0], row[1], definition_of(row[1]), row[2]) if row else None


def load_journey(session: Session, slug: str) -> Journey | None:
    """A survey that is (or was) published, by its slug, with its newest version; drafts: None."""
    return load_for_respondent(session, slug, None)[0]


def load_for_respondent(session: Session, slug: str, code: str | None
                        ) -> tuple[Journey | None, SurveyResponse | None]:
    """load_journey, with the response this resume code belongs to (as find_response gives
    it), in one query."""
    row = session.exec(_RESPONDENT, params={
        "slug": slug, "resume_hash": _resume_hash(code) or ""}).first()  # "": matches no one
    if row is None:
        return None, None
    return _journey(row), row[3]


def load_journey_by_id(session: Session, survey_id: int) -> Journey | None:
    """The same, by id (for staff pages, after checking the survey is in their area)."""
    return _journey(session.exec(_JOURNEY_BY_ID, params={"survey_id": survey_id}).first())


def availability(survey: Survey, today: date | None = None) -> Availability:
    """Open, not yet open, or closed (by its status or its dates; both dates are inclusive)."""
    today = today or uk_today()
    if survey.status != SurveyStatus.PUBLISHED.value:
        return Availability.CLOSED
    if survey.opens_on is not None and today < survey.opens_on:
        return Availability.NOT_YET_OPEN
    if survey.closes_on is not None and today > survey.closes_on:
        return Availability.CLOSED
    return Availability.OPEN


def open_surveys(session: Session, area_id: int | None = None,
                 today: date | None = None) -> list[Survey]:
    """Published surveys taking answers today (in one area, or all), by title."""
    today = today or uk_today()
    query = select(Survey).where(
        Survey.status == SurveyStatus.PUBLISHED.value,
        or_(Survey.opens_on.is_(None), col(Survey.opens_on) <= today),
        or_(Survey.closes_on.is_(None), col(Survey.closes_on) >= today))
    if area_id is not None:
        query = query.where(Survey.area_id == area_id)
    return list(session.exec(query.order_by(Survey.title, Survey.id)).all())


def accepting(journey: Journey, response: SurveyResponse | None) -> bool:
    """Whether answers can be given now. Staff may type in paper and event responses after the
    closing date (the post is slow), but never into a draft."""
    if response is not None and response.entered_by_id is not None:
        return journey.survey.status != SurveyStatus.DRAFT.value
    return availability(journey.survey) == Availability.OPEN


def start(session: Session, journey: Journey, channel: str = Channel.ONLINE.value,
          entered_by_id: int | None = None) -> tuple[SurveyResponse, str]:
    """A new response and its resume code (shown once, kept by the browser; only its hash is
    stored)."""
    for attempt in range(3):
        code = new_code()
        response = SurveyResponse(area_id=journey.survey.area_id, survey_id=journey.survey.id,
                                  version_id=journey.version.id, channel=Channel(channel).value,
                                  resume_hash=code_hash(code), entered_by_id=entered_by_id)
        session.add(response)
        try:
            session.commit()
            return response, code
        except IntegrityError:  # the same code twice: vanishingly rare, so just draw again
            session.rollback()
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def find_response(session: Session, journey: Journey, code: str | None) -> SurveyResponse | None:
    """The response this resume code belongs to, in this survey."""
    resume_hash = _resume_hash(code)
    if resume_hash is None:
        return None
    return session.exec(_RESPONSE_BY_CODE, params={
        "resume_hash": resume_hash, "survey_id": journey.survey.id}).first()


def _resume_hash(code: str | None) -> str | None:
    """The stored hash of a resume code; None for anything that is not a code."""
    return code_hash(code) if normalise(code) else None


def resume(session: Session, journey: Journey, typed: str) -> tuple[SurveyResponse, str] | None:
    """The unfinished response a typed resume code opens, with the code in its usual form."""
    code = normalise(typed)
    response = find_response(session, journey, code)
    if response is None or response.status != ResponseStatus.IN_PROGRESS.value:
        return None
    return response, code


def answers_of(session: Session, response: SurveyResponse) -> dict[str, Answer]:
    """Every answer saved for a response, by question id."""
    rows = session.exec(_ANSWERS, params={"response_id": response.id})
    return {question_id: value for question_id, value in rows}


def questions_for(defn: SurveyDefinition, answers: dict[str, Answer]) -> list[Question]:
    """The pages to show, in order: the visible questions, then "Did someone help you answer?"."""
    return [*visible_questions(defn, answers), HELPED_QUESTION]


def next_depends_on_answers(defn: SurveyDefinition, asked: Question) -> bool:
    """Whether the page after `asked` depends on answers given before it: some later question
    is shown only for an earlier answer (not just for this one), or this question is itself
    shown only for an earlier answer. Otherwise the next page follows from this answer alone."""
    if asked.show_if is not None:
        return True
    later = False
    for question in defn.questions:
        if later and question.show_if is not None and question.show_if.question != asked.id:
            return True
        later = later or question.id == asked.id
    return False


def find_question(defn: SurveyDefinition, question_id: str) -> Question | None:
    """Any question of the survey by id (the helped question included), else None."""
    if question_id == HELPED_QUESTION.id:
        return HELPED_QUESTION
    try:
        return defn.question(question_id)
    except KeyError:
        return None


def place_of(questions: list[Question], question_id: str) -> Place | None:
    """Where a question sits among the visible ones; None when it is hidden."""
    ids = [question.id for question in questions]
    if question_id not in ids:
        return None
    index = ids.index(question_id)
    return Place(questions[index], index + 1, len(questions),
                 questions[index - 1] if index > 0 else None,
                 questions[index + 1] if index + 1 < len(questions) else None)


def is_answered(value: Answer) -> bool:
    """Whether a saved value counts as an answer."""
    return value is not None and value != "" and value != []


def first_missing(questions: list[Question], answers: dict[str, Answer]) -> Question | None:
    """The first required question still without an answer."""
    return next((q for q in questions if q.required and not is_answered(answers.get(q.id))),
                None)


def first_unanswered(questions: list[Question], answers: dict[str, Answer]) -> Question | None:
    """Where someone coming back should carry on: the first question without an answer."""
    return next((q for q in questions if not is_answered(answers.get(q.id))), None)
