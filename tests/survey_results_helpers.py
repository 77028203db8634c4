"""Responses made directly in the database, for results, export and versioning tests."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

from sqlmodel import Session

from coprod.surveys.definition import library
from coprod.surveys.models import (
    Channel,
    ResponseStatus,
    Survey,
    SurveyAnswer,
    SurveyResponse,
)

_numbers = itertools.count(1)


def add_response(session: Session, survey: Survey, answers: dict, *,
                 status: ResponseStatus = ResponseStatus.COMPLETE,
                 channel: Channel = Channel.ONLINE, group: str | None = None,
                 when: datetime | None = None, helped: str | None = None,
                 version_id: int | None = None) -> SurveyResponse:
    """One response to the survey's current version (or the one given), with its answers."""
    when = when or datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
    response = SurveyResponse(
        area_id=survey.area_id, survey_id=survey.id,
        version_id=version_id or library.current_version(session, survey.id).id,
        status=status.value, channel=channel.value, respondent_group=group, helped=helped,
        resume_hash=f"test-{next(_numbers)}", started_at=when, updated_at=when,
        submitted_at=when if status == ResponseStatus.COMPLETE else None)
    session.add(response)
    session.flush()
    session.add_all(SurveyAnswer(response_id=response.id, question_id=qid, value=value)
                    for qid, value in answers.items())
    session.commit()
    return response
