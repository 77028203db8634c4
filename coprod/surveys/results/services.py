"""Results for staff: counts and percentages per question over the answers people were shown.

Complete and partial responses count (in-progress ones are still being written). An answer left
over from a question that the respondent's other answers hid is not counted. Every staff view of
responses (results, charts, exports) reads them through `counted_responses`.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Select, String, cast
from sqlalchemy.orm import aliased
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
from coprod.surveys.definition.types import NOT_APPLICABLE
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
    """How many people picked one answer, and what share of those who answered. "Not
    applicable" has no share (None): it is counted on its own, outside the base."""

    value: str
    label: str
    count: int
    percent: int | None


@dataclass
class QuestionResult:
    """One question's results: option counts, or (free text) the answers themselves."""

    question: Question
    answered: int
    options: list[OptionCount] = field(default_factory=list)
    texts: list[FreeText] = field(default_factory=list)

    @property
    def not_applicable(self) -> int:
        """How many said the statement is not about them (kept out of the percentages)."""
        return sum(o.count for o in self.options if o.value == NOT_APPLICABLE)

    @property
    def base(self) -> int:
        """How many answers the percentages are of: everyone who answered but "Not
        applicable"."""
        return self.answered - self.not_applicable

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


def _conditions(survey_id: int, filters: ResultFilters) -> list:
    """Which responses staff see for a survey, as conditions on SurveyResponse."""
    found = [SurveyResponse.survey_id == survey_id, SurveyResponse.status.in_(COUNTED_STATUSES)]
    if filters.group:
        found.append(SurveyResponse.respondent_group == filters.group)
    if filters.channel:
        found.append(SurveyResponse.channel == filters.channel)
    if filters.date_from:
        found.append(_answered_at() >= _local_midnight(filters.date_from))
    if filters.date_to:
        found.append(_answered_at() < _local_midnight(filters.date_to + timedelta(days=1)))
    return found


def counted_responses(survey_id: int, filters: ResultFilters) -> Select:
    """THE query for the responses staff see for a survey: filtered, oldest first."""
    return select(SurveyResponse).where(*_conditions(survey_id, filters)).order_by(
        _answered_at(), SurveyResponse.id)


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


FREE_TEXT_SHOWN = 100  # the newest free-text answers listed per question; the CSV has them all


def counted_results(session: Session, survey_id: int, defn: SurveyDefinition,
                    filters: ResultFilters) -> tuple[list[QuestionResult], int]:
    """Every question's results and the number of responses, counting each survey and filter
    set once with aggregate queries (GROUP BY in SQL), never once per chart nor row by row.

    An answer to a question that no condition hides is counted in one GROUP BY over every
    answer. A question a condition hides is counted grouped by the answers it depends on, so an
    answer the respondent's other answers hid is left out, as `question_results` does. Free
    text is counted without reading its words, and its newest FREE_TEXT_SHOWN answers are read
    to list."""
    where = _conditions(survey_id, filters)
    total = session.exec(select(func.count()).select_from(SurveyResponse).where(*where)).one()
    versions = {v.id: survey_from_dict(v.definition) for v in session.exec(
        select(SurveyVersion).where(SurveyVersion.survey_id == survey_id)).all()}
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    answered: Counter[str] = Counter()
    wanted = [q.id for q in defn.questions]
    free = {q.id for q in defn.questions if q.type == "free_text"}
    ungated = {(vid, q.id) for vid, d in versions.items() for q in d.questions
               if not _chain(d, q.id)}
    answers = (select(SurveyResponse.version_id, SurveyAnswer.question_id)
               .join(SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id))
    for vid, qid, text, n in session.exec(
            answers.add_columns(_as_text(), func.count())
            .where(*where, SurveyAnswer.question_id.in_([q for q in wanted if q not in free]))
            .group_by(SurveyResponse.version_id, SurveyAnswer.question_id, _as_text())):
        value = json.loads(text) if text is not None else None
        if (vid, qid) in ungated and value not in (None, "", []):
            _add(counts[qid], value, n)
            answered[qid] += n
    for vid, qid, n in session.exec(
            answers.add_columns(func.count())
            .where(*where, SurveyAnswer.question_id.in_(free), SurveyAnswer.value.is_not(None),
                   _as_text().not_in(EMPTY_ANSWERS))
            .group_by(SurveyResponse.version_id, SurveyAnswer.question_id)):
        if (vid, qid) in ungated:
            answered[qid] += n
    for version_id, version in versions.items():
        for chain, question_ids in _gated_by_chain(version, wanted).items():
            for question_id, value, n in _gated_counts(session, where, version_id, version,
                                                       question_ids, list(chain)):
                if question_id not in free:
                    _add(counts[question_id], value, n)
                answered[question_id] += n
    texts = {qid: _newest_texts(session, where, versions, qid) for qid in free}
    found = [_counted(q, answered[q.id], counts[q.id], texts.get(q.id, [])) for q in
             defn.questions]
    helped = _helped_counts(session, where)
    found.append(_counted(HELPED_QUESTION, helped.total(), helped, []))
    return found, total


def _helped_counts(session: Session, where: list) -> Counter[str]:
    """How many said someone helped them answer, and how."""
    return Counter({value: n for value, n in session.exec(
        select(SurveyResponse.helped, func.count())
        .where(*where, SurveyResponse.helped.is_not(None), SurveyResponse.helped != "")
        .group_by(SurveyResponse.helped)) if value})


EMPTY_ANSWERS = ("null", '""', "[]")  # JSON answers that count as not answered


def _as_text():
    return cast(SurveyAnswer.value, String)


def _chain(defn: SurveyDefinition, question_id: str) -> list[str]:
    """The questions whose answers decide whether this one is shown, nearest first."""
    by_id = {q.id: q for q in defn.questions}
    found: list[str] = []
    condition = by_id[question_id].show_if if question_id in by_id else None
    while condition is not None and condition.question not in found:
        found.append(condition.question)
        condition = by_id[condition.question].show_if if condition.question in by_id else None
    return found


def _gated_by_chain(defn: SurveyDefinition, wanted: list[str]) -> dict[tuple[str, ...], list[str]]:
    """The questions a condition may hide, grouped by the answers that decide it."""
    found: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for question in defn.questions:
        chain = _chain(defn, question.id)
        if question.id in wanted and chain:
            found[tuple(chain)].append(question.id)
    return found


def _with_chain(query, chain: list[str]):
    """Join the answers a question's conditions look at, one alias per question."""
    joined = []
    for qid in chain:
        other = aliased(SurveyAnswer)
        query = query.outerjoin(other, (other.response_id == SurveyAnswer.response_id)
                                & (other.question_id == qid))
        joined.append(other)
    return query, joined


def _shown(defn: SurveyDefinition, question_id: str, value, chain: list[str],
           chain_values: tuple) -> bool:
    answers = {qid: json.loads(v) for qid, v in zip(chain, chain_values, strict=True)
               if v is not None}
    answers[question_id] = value
    return question_id in {q.id for q in visible_questions(defn, answers)}


def _gated_counts(session: Session, where: list, version_id: int, defn: SurveyDefinition,
                  question_ids: list[str], chain: list[str]) -> list[tuple]:
    """(question, answer, how many) for the questions a condition may hide (all hanging on the
    same chain of answers, counted in one query), only where each was shown."""
    query = (select(SurveyAnswer.response_id).join(
        SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id))
    query, joined = _with_chain(query, chain)
    chain_text = [cast(other.value, String) for other in joined]
    query = query.with_only_columns(
        SurveyAnswer.question_id, _as_text().label("answer"),
        *[c.label(f"chain_{i}") for i, c in enumerate(chain_text)], func.count()).where(
        *where, SurveyResponse.version_id == version_id,
        SurveyAnswer.question_id.in_(question_ids)
    ).group_by(SurveyAnswer.question_id, _as_text(), *chain_text)
    found = []
    for question_id, text, *chain_values, n in session.execute(query):
        value = json.loads(text) if text is not None else None
        if value not in (None, "", []) and _shown(defn, question_id, value, chain,
                                                  tuple(chain_values)):
            found.append((question_id, value, n))
    return found


def _newest_texts(session: Session, where: list, versions: dict[int, SurveyDefinition],
                  question_id: str) -> list[FreeText]:
    """The newest free-text answers to a question that their respondents were shown."""
    chain = sorted({qid for d in versions.values() for qid in _chain(d, question_id)})
    query = (select(SurveyAnswer.response_id).join(
        SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id))
    query, joined = _with_chain(query, chain)
    query = query.with_only_columns(
        SurveyAnswer.response_id, SurveyResponse.version_id, SurveyResponse.respondent_group,
        _answered_at(), SurveyAnswer.value,
        *[cast(o.value, String).label(f"chain_{i}") for i, o in enumerate(joined)]).where(
        *where, SurveyAnswer.question_id == question_id).order_by(
        _answered_at().desc(), SurveyResponse.id.desc())
    found: list[FreeText] = []
    for rid, vid, group, when, value, *chain_values in session.execute(
            query.limit(FREE_TEXT_SHOWN * 4 if chain else FREE_TEXT_SHOWN)):
        if value in (None, "", []) or (chain and not _shown(
                versions[vid], question_id, value, chain, tuple(chain_values))):
            continue
        found.append(FreeText(rid, str(value), group, _local_day(when), question_id))
        if len(found) == FREE_TEXT_SHOWN:
            break
    return found


def _add(counter: Counter[str], value: str | list, n: int) -> None:
    counter.update({v: n for v in ([value] if isinstance(value, str) else value)})


def _counted(question: Question, answered: int, counts: Counter[str],
             texts: list[FreeText]) -> QuestionResult:
    result = QuestionResult(question, answered)
    if question.type == "free_text":
        result.texts = texts
    else:
        result.options = _option_counts(question, counts, answered)
    return result


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
    """Every option in order (even with 0), then any value only an earlier version offered.
    "Not applicable" is not in the base: a statement that does not fit someone is neither
    agreement nor disagreement, so it must not shrink the share who agree."""
    labels = {option.value: option.label for option in answer_options(question)}
    labels.update({value: value for value in counts if value not in labels})
    base = answered - counts[NOT_APPLICABLE]
    return [OptionCount(value, label, counts[value],
                        None if value == NOT_APPLICABLE else percent(counts[value], base))
            for value, label in labels.items()]


def percent(part: int, whole: int) -> int:
    """A whole-number percentage, rounded half up; 0 when nobody answered."""
    return int(part * 100 / whole + 0.5) if whole else 0


def _day(response: SurveyResponse) -> date | None:
    return _local_day(response.submitted_at or response.updated_at)


def _local_day(when: datetime | None) -> date | None:
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
    seen = survey_texts_for_viewer(
        session, [r.response.id for r in rows], viewer_role)  # type: ignore[misc]  # ids are set
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
