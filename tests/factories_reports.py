"""Known data for the reports: comments with their themes and sentiment, written directly so
every figure can be worked out by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlmodel import Session

from coprod.areas.models import Area
from coprod.surveys.definition import library
from coprod.surveys.models import SurveyResponse
from coprod.voice.findings import CommentAnalysis, CommentTheme, SafeguardingFlag, Status
from coprod.voice.models import Comment


def said(session: Session, area: Area, day: date, group: str, channel: str, theme: str,
         sentiment: str, text: str = "", response_id: int | None = None,
         flagged: bool = False, times: int = 1) -> list[Comment]:
    """`times` comments saying the same kind of thing, themed and with a sentiment."""
    made = []
    for n in range(times):
        words = text or f"A comment about {theme} number {n} that is long enough to quote"
        comment = Comment(area_id=area.id, original_text=words.replace("[name]", "Priya"),
                          display_text=words, group=group, channel=channel, said_on=day,
                          survey_response_id=response_id)
        session.add(comment)
        session.flush()
        session.add(CommentAnalysis(comment_id=comment.id, area_id=area.id, sentiment=sentiment))
        session.add(CommentTheme(comment_id=comment.id, area_id=area.id, theme_id=theme,
                                 status=Status.CONFIRMED.value, source="person"))
        if flagged:
            session.add(SafeguardingFlag(comment_id=comment.id, area_id=area.id,
                                         reasons=["test"]))
        made.append(comment)
    session.commit()
    return made


def responses(session: Session, survey, group: str, day: date, times: int,
              status: str = "complete") -> None:
    when = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
    version = library.current_version(session, survey.id).id
    for n in range(times):
        session.add(SurveyResponse(area_id=survey.area_id, survey_id=survey.id,
                                   version_id=version, status=status, respondent_group=group,
                                   resume_hash=f"report-{survey.id}-{day}-{group}-{status}-{n}",
                                   started_at=when, updated_at=when,
                                   submitted_at=when if status == "complete" else None))
    session.commit()
