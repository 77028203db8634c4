"""The people behind "you said, we did" items, each counted once, and the items a respondent's
own answers are evidence for (what their receipt code shows).

A person is one survey response (its comments and its answers together), one comment from
anywhere else, or one place at a linked listening event (comments made there are from the people
who came, not extra ones). An answer counts only to a question about what people think or what
happened to them, and only when it says something: not "I don't understand", "Prefer not to
say" or "Not applicable". A question about the person answering (age, group, ethnicity, who
helped) counts nobody: telling us your age is not asking for a job.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlmodel import Session, select

from coprod.events.models import ATTENDANCE, ListeningEvent
from coprod.surveys.definition import library
from coprod.surveys.definition.survey import HELPED_QUESTION, Question, survey_from_dict
from coprod.surveys.definition.types import RESERVED_VALUES
from coprod.surveys.journey import submit as runner_submit
from coprod.surveys.models import Survey, SurveyResponse
from coprod.surveys.results import services as results
from coprod.surveys.voice_link import voice_group
from coprod.voice.models import Comment
from coprod.yousaid.models import EvidenceKind, EvidenceLink, YouSaidItem


def says_something(value: object) -> bool:
    """Whether an answer gives a view: not blank, and not only "I don't understand", "Prefer
    not to say" or "Not applicable"."""
    values = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return any(v and v not in RESERVED_VALUES for v in values)


def _utc(when: datetime) -> datetime:
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def answer_ids(rows: Iterable[results.ResponseRow], question_id: str,
               until: datetime | None = None) -> list[int]:
    """The responses among these whose answer to the question says something (answered by
    `until`, when given)."""
    return [row.response.id for row in rows if row.response.id is not None
            and says_something(row.answers.get(question_id))
            and (until is None or _utc(row.response.submitted_at or row.response.updated_at)
                 <= _utc(until))]


def question_of(session: Session, survey: Survey, question_id: str) -> Question | None:
    """The question as the survey asks it now, or as an earlier version asked it."""
    if question_id == HELPED_QUESTION.id:
        return HELPED_QUESTION
    for version in reversed(library.versions_of(session, survey.id)):
        for question in survey_from_dict(version.definition, survey.slug).questions:
            if question.id == question_id:
                return question
    return None


class SurveyAnswers:
    """Who answered linked questions, read once per survey however many links ask."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._groups: dict[int, dict[int, str]] = {}
        self._counts: dict[tuple[int | None, str | None], bool] = {}

    def counts(self, link: EvidenceLink) -> bool:
        """Whether answers to the linked question can be what someone said."""
        key = (link.survey_id, link.question_id)
        if key not in self._counts:
            survey = self.session.get(Survey, link.survey_id)
            question = survey and question_of(self.session, survey, link.question_id or "")
            self._counts[key] = question is not None and not question.about_the_person
        return self._counts[key]

    def answerers(self, link: EvidenceLink) -> dict[int, str]:
        """The responses behind a question link, each with its voice group: those counted when
        it was linked (links from before that was kept: those answered by then)."""
        survey = self.session.get(Survey, link.survey_id)
        if survey is None or not self.counts(link):
            return {}
        ids = link.snapshot.get("responses")
        if ids is None:
            rows = results.response_rows(self.session, survey.id, results.ResultFilters())
            ids = answer_ids(rows, link.question_id or "", until=link.added_at)
        groups = self._groups_of(survey)
        return {rid: groups[rid] for rid in ids if rid in groups}

    def _groups_of(self, survey: Survey) -> dict[int, str]:
        key = survey.id or 0
        if key not in self._groups:
            defn = library.current_definition(self.session, survey)
            responses = self.session.exec(select(SurveyResponse).where(
                SurveyResponse.survey_id == key,
                SurveyResponse.status.in_(results.COUNTED_STATUSES))).all()
            self._groups[key] = {r.id or 0: voice_group(defn, r) for r in responses}
        return self._groups[key]


@dataclass
class _People:
    """Everyone behind one item, each once."""

    responses: dict[int, str] = field(default_factory=dict)
    comments: Counter[str] = field(default_factory=Counter)
    came: dict[int, Counter[str]] = field(default_factory=dict)  # by linked event
    spoke: dict[int, Counter[str]] = field(default_factory=dict)

    def add_comment(self, comment: Comment) -> None:
        if comment.survey_response_id is not None:
            self.responses.setdefault(comment.survey_response_id, comment.group)
        elif comment.event_id in self.came:
            self.spoke.setdefault(comment.event_id, Counter())[comment.group] += 1
        else:
            self.comments[comment.group] += 1

    def by_group(self) -> dict[str, int]:
        found = Counter(self.responses.values()) + self.comments
        for event_id, came in self.came.items():  # in each group, whichever is more
            found += came | self.spoke.get(event_id, Counter())
        return {group: n for group, n in sorted(found.items()) if n}


def voices_by_item(session: Session, item_ids: list[int]) -> dict[int, dict[str, int]]:
    """The people behind each item by group, each person once, in a few queries per page."""
    links = session.exec(select(EvidenceLink).where(EvidenceLink.item_id.in_(item_ids))
                         .order_by(EvidenceLink.id)).all()
    people = {item_id: _People() for item_id in item_ids}
    events = session.exec(select(ListeningEvent).where(
        ListeningEvent.id.in_({link.event_id for link in links if link.event_id}))).all()
    came = {e.id: Counter({g: getattr(e, column) for column, g, _l in ATTENDANCE})
            for e in events}
    for link in links:
        if link.event_id:
            people[link.item_id].came[link.event_id] = came[link.event_id]
    comments = {c.id: c for c in session.exec(select(Comment).where(
        Comment.id.in_({link.comment_id for link in links if link.comment_id}))).all()}
    answers = SurveyAnswers(session)
    for link in links:
        if link.comment_id:
            if link.comment_id in comments:
                people[link.item_id].add_comment(comments[link.comment_id])
        elif link.kind == EvidenceKind.QUESTION.value:
            for response_id, group in answers.answerers(link).items():
                people[link.item_id].responses.setdefault(response_id, group)
    return {item_id: found.by_group() for item_id, found in people.items()}


def voice_totals(session: Session, items: list[YouSaidItem]) -> dict[int, int]:
    """How many people are behind each item (counts only: safe for public pages once passed
    through `public_count`)."""
    found = voices_by_item(session, [item.id for item in items if item.id is not None])
    return {item_id: sum(groups.values()) for item_id, groups in found.items()}


@dataclass(frozen=True)
class Receipt:
    """What a receipt code shows: the items, and the area whose survey it was (the page that
    shows them speaks for that area, whichever area's page the code was typed on)."""

    area_id: int
    items: list[YouSaidItem]


def receipt(session: Session, typed_code: str) -> Receipt | None:
    """The area and the published items a respondent's own words or views are evidence for;
    None for no such code. Their words are the comments made from their response; their views,
    their answers to linked questions about what they think, as counted when the question was
    linked."""
    response = runner_submit.find_by_receipt(session, typed_code)
    if response is None:
        return None
    own = select(Comment.id).where(Comment.survey_response_id == response.id)
    links = session.exec(select(EvidenceLink).where(EvidenceLink.area_id == response.area_id)
                         .where(EvidenceLink.comment_id.in_(own)
                                | ((EvidenceLink.survey_id == response.survey_id)
                                   & (EvidenceLink.kind == EvidenceKind.QUESTION.value)))
                         .order_by(EvidenceLink.id)).all()
    answers = SurveyAnswers(session)
    ids = {e.item_id for e in links if e.comment_id or response.id in answers.answerers(e)}
    query = select(YouSaidItem).where(YouSaidItem.id.in_(ids), YouSaidItem.published)
    items = list(session.exec(query.order_by(YouSaidItem.id)).all()) if ids else []
    return Receipt(response.area_id, items)
