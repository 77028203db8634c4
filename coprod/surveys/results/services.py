"""Results for staff: counts and percentages per question over the answers people were shown.

Complete and partial responses count (in-progress ones are still being written). An answer left
over from a question that the respondent's other answers hid is not counted. Every staff view of
responses (results, charts, exports) reads them through `counted_responses`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Select
from sqlmodel import Session, func, select

from coprod.analysis.flags import survey_texts_for_viewer, unrecorded_text_for_viewer
from coprod.surveys.definition.survey import (
    DONT_UNDERSTAND_OPTION,
    HELPED_QUESTION,
    Question,
    SurveyDefinition,
    answer_options,
    survey_from_dict,
    visible_questions,
)
from coprod.surveys.models import ResponseStatus, SurveyAnswer, SurveyResponse, SurveyVersion

ENGLAND = ZoneInfo("Europe/London")
COUNTED_STATUSES = (ResponseStatus.COMPLETE.value, ResponseStatus.PARTIAL.value)


@dataclass(frozen=True)
class ResultFilters:
    """What to narrow results by; empty means everyone."""

    group: str | None = None
    channel: str | None = None
    date_from: date | None = None
    date_to: date | None = None


@dataclass
class ResponseRow:
    """One response with the answers its respondent was shown."""

    response: SurveyResponse
    version_number: int
    answers: dict[str, str | list]


@dataclass(frozen=True)
class OptionCount:
    """How many people picked one answer, and what share of those who answered."""

    value: str
    label: str
    count: int
    percent: int


@dataclass
class QuestionResult:
    """One question's results: option counts, or (free text) the answers themselves."""

    question: Question
    answered: int
    options: list[OptionCount] = field(default_factory=list)
    texts: list[FreeText] = field(default_factory=list)

    @property
    def is_free_text(self) -> bool:
        """Free-text questions list answers instead of counting them."""
        return self.question.type == "free_text"


@dataclass(frozen=True)
class FreeText:
    """One free-text answer, with when and by whom (group) it was given."""

    response_id: int
    text: str
    group: str | None
    answered_on: date | None
    question_id: str = ""


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, ENGLAND).astimezone(UTC)


def _answered_at():
    return func.coalesce(SurveyResponse.submitted_at, SurveyResponse.updated_at)


def counted_responses(survey_id: int, filters: ResultFilters) -> Select:
    """THE query for the responses staff see for a survey: filtered, oldest first."""
    query = select(SurveyResponse).where(SurveyResponse.survey_id == survey_id,
                                         SurveyResponse.status.in_(COUNTED_STATUSES))
    if filters.group:
        query = query.where(SurveyResponse.respondent_group == filters.group)
    if filters.channel:
        query = query.where(SurveyResponse.channel == filters.channel)
    if filters.date_from:
        query = query.where(_answered_at() >= _local_midnight(filters.date_from))
    if filters.date_to:
        query = query.where(_answered_at() < _local_midnight(filters.date_to + timedelta(days=1)))
    return query.order_by(_answered_at(), SurveyResponse.id)


def response_rows(session: Session, survey_id: int, filters: ResultFilters) -> list[ResponseRow]:
    """Each counted response with its visible answers, oldest first."""
    responses = list(session.exec(counted_responses(survey_id, filters)).all())
    versions = {v.id: v for v in session.exec(
        select(SurveyVersion).where(SurveyVersion.survey_id == survey_id)).all()}
    definitions = {vid: survey_from_dict(v.definition) for vid, v in versions.items()}
    answers: dict[int, dict[str, str | list]] = {r.id: {} for r in responses}
    ids = counted_responses(survey_id, filters).with_only_columns(SurveyResponse.id).order_by(None)
    for answer in session.exec(select(SurveyAnswer).where(SurveyAnswer.response_id.in_(ids))):
        if answer.response_id in answers and answer.value not in (None, "", []):
            answers[answer.response_id][answer.question_id] = answer.value
    return [ResponseRow(r, versions[r.version_id].number,
                        _visible(definitions[r.version_id], answers[r.id])) for r in responses]


def _visible(defn: SurveyDefinition, answers: dict[str, str | list]) -> dict[str, str | list]:
    shown = {q.id for q in visible_questions(defn, answers)}
    return {qid: value for qid, value in answers.items() if qid in shown}


def question_results(defn: SurveyDefinition, rows: list[ResponseRow]) -> list[QuestionResult]:
    """Results for every question of the current version, then "Did someone help you answer?"."""
    found = [_one_question(q, [(r, r.answers.get(q.id)) for r in rows]) for q in defn.questions]
    found.append(_one_question(HELPED_QUESTION, [(r, r.response.helped) for r in rows]))
    return found


def _one_question(question: Question, given: list[tuple[ResponseRow, object]]) -> QuestionResult:
    answered = [(row, value) for row, value in given if value not in (None, "", [])]
    result = QuestionResult(question, len(answered))
    if question.type == "free_text":
        result.texts = [FreeText(row.response.id, str(value), row.response.respondent_group,
                                 _day(row.response), question.id) for row, value in answered]
        return result
    counts: Counter[str] = Counter()
    for _row, value in answered:
        counts.update([value] if isinstance(value, str) else list(value))
    result.options = _option_counts(question, counts, len(answered))
    return result


def _option_counts(question: Question, counts: Counter[str], answered: int) -> list[OptionCount]:
    """Every option in order (even with 0), then any value only an earlier version offered."""
    labels = {option.value: option.label for option in answer_options(question)}
    labels.update({value: value for value in counts if value not in labels})
    return [OptionCount(value, label, counts[value], percent(counts[value], answered))
            for value, label in labels.items()]


def percent(part: int, whole: int) -> int:
    """A whole-number percentage, rounded half up; 0 when nobody answered."""
    return int(part * 100 / whole + 0.5) if whole else 0


def _day(response: SurveyResponse) -> date | None:
    when = response.submitted_at or response.updated_at
    if when is None:
        return None
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone(ENGLAND).date()


def free_text_for_viewer(session: Session, texts: list[FreeText],
                         viewer_role: str | None) -> list[FreeText]:
    """The free-text answers this person may read. Every listing of free text goes through here:
    a safeguarding-flagged answer is left out, and the rest show their redacted voice text."""
    seen = survey_texts_for_viewer(session, [t.response_id for t in texts], viewer_role)
    shown = [(t, _viewable(seen, t.response_id, t.question_id, t.text, viewer_role))
             for t in texts]
    return [replace(t, text=text) for t, text in shown if text is not None]


def rows_for_viewer(session: Session, defn: SurveyDefinition, rows: list[ResponseRow],
                    viewer_role: str | None) -> list[ResponseRow]:
    """Responses for an export: free-text answers redacted, flagged ones left blank."""
    seen = survey_texts_for_viewer(session, [r.response.id for r in rows], viewer_role)
    choice_ids = {q.id for q in (*defn.questions, HELPED_QUESTION) if q.type != "free_text"}
    return [replace(row, answers={
        qid: value if qid in choice_ids or not isinstance(value, str)
        else _viewable(seen, row.response.id, qid, value, viewer_role) or ""
        for qid, value in row.answers.items()}) for row in rows]


def _viewable(seen: dict, response_id: int, question_id: str, text: str,
              viewer_role: str | None) -> str | None:
    """The recorded voice comment's verdict, or a fresh check when none was recorded."""
    if text == DONT_UNDERSTAND_OPTION.value:
        return text
    if (response_id, question_id) in seen:
        return seen[(response_id, question_id)]
    return unrecorded_text_for_viewer(text, viewer_role)


def group_choices(session: Session, survey_id: int) -> list[str]:
    """The respondent groups that appear in a survey's responses, for the filter."""
    rows = session.exec(select(SurveyResponse.respondent_group).distinct()
                        .where(SurveyResponse.survey_id == survey_id,
                               SurveyResponse.respondent_group.is_not(None))
                        .order_by(SurveyResponse.respondent_group)).all()
    return list(rows)
