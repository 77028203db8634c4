"""Linking an item to what was said, and what the item's page shows of it.

A survey question is linked with its result frozen at that moment, so the item still shows what
families said then, however many answer later; the responses counted then are kept with it. A
question about the person answering (age, group, ethnicity) is never linked: it is not what
anyone said. Voices are never typed in: they are counted from the links (coprod.yousaid.voices).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlmodel import Session, func, select

from coprod.common.small_numbers import (
    DEFAULT_THRESHOLD,
    Cell,
    hidden_note,
    suppress,
    total_cell,
    words,
)
from coprod.events.models import EventAction, ListeningEvent
from coprod.surveys.definition import library
from coprod.surveys.models import Survey
from coprod.surveys.results import services as results
from coprod.surveys.voice_link import voice_group
from coprod.voice import services as voice_services
from coprod.voice.findings import CommentTheme
from coprod.voice.findings import Status as ThemeStatus
from coprod.voice.models import Comment
from coprod.yousaid import voices as people
from coprod.yousaid.models import EvidenceKind, EvidenceLink, YouSaidItem
from coprod.yousaid.question_results import QuestionEvidence, shown_question

THEME_COMMENTS_LINKED = 50


@dataclass
class EvidenceSummary:
    """Everything an item rests on, ready to show: the chain's first link."""

    comments: list[Comment] = field(default_factory=list)
    questions: list[QuestionEvidence] = field(default_factory=list)
    events: list[ListeningEvent] = field(default_factory=list)
    voices: dict[str, int] = field(default_factory=dict)
    threshold: int = DEFAULT_THRESHOLD

    @property
    def total_voices(self) -> int:
        return sum(self.voices.values())

    @property
    def shown_total(self) -> Cell | None:
        """How many people in all: None for 1 to threshold - 1, Hidden where it would give the
        groups' small counts away (`small_numbers.total_cell`)."""
        return total_cell(list(self.voices.values()), self.total_voices, self.threshold)

    def _voice_cells(self) -> list[Cell]:
        return suppress(list(self.voices.values()), self.threshold, self.total_voices)

    @property
    def shown_voices(self) -> list[tuple[str, int | str]]:
        """(group, count) as the page shows them: "fewer than 5" for a count from 1 to
        threshold - 1; "hidden" for every hidden one where the total shown would otherwise
        give a small count away (common.small_numbers)."""
        return [(group, words(cell, self.threshold))
                for group, cell in zip(self.voices, self._voice_cells(), strict=True)]

    @property
    def voices_note(self) -> str:
        """What "hidden" means, when a count in the table reads it."""
        return hidden_note([*self._voice_cells(), self.shown_total], self.threshold)


def _links(session: Session, item: YouSaidItem) -> list[EvidenceLink]:
    return list(session.exec(select(EvidenceLink).where(EvidenceLink.item_id == item.id)
                             .order_by(EvidenceLink.added_at, EvidenceLink.id)).all())


def link_comments(session: Session, item: YouSaidItem, comment_ids: list[int], *,
                  viewer_role: str | None, user_id: int | None = None,
                  commit: bool = True) -> int:
    """Link the area's comments this person may see; already linked ones are skipped."""
    have = {e.comment_id for e in _links(session, item) if e.comment_id}
    added = 0
    for comment_id in dict.fromkeys(comment_ids):
        comment = voice_services.comment_in_area(session, item.area_id, comment_id, viewer_role)
        if comment is None or comment.id in have:
            continue
        session.add(EvidenceLink(item_id=item.id, area_id=item.area_id, kind=EvidenceKind.COMMENT,
                             comment_id=comment.id, added_by_id=user_id))
        added += 1
    if commit:
        session.commit()
    return added


def link_event(session: Session, item: YouSaidItem, event_id: int, *, user_id: int | None = None,
               commit: bool = True) -> bool:
    """Link one of the area's listening events (once)."""
    event = session.get(ListeningEvent, event_id)
    if event is None or event.area_id != item.area_id or any(
            e.event_id == event_id for e in _links(session, item)):
        return False
    session.add(EvidenceLink(item_id=item.id, area_id=item.area_id, kind=EvidenceKind.EVENT,
                         event_id=event_id, added_by_id=user_id))
    if commit:
        session.commit()
    return True


def question_snapshot(session: Session, survey: Survey, question_id: str) -> dict | None:
    """One question's result now: what a later reader needs, counts only (never free text),
    and which responses said something in answer (the people behind it, counted once each)."""
    defn = library.current_definition(session, survey)
    rows = results.response_rows(session, survey.id, results.ResultFilters())
    found = {r.question.id: r for r in results.question_results(defn, rows)}
    result = found.get(question_id)
    if result is None:
        return None
    said = set(people.answer_ids(rows, question_id))
    groups = Counter(voice_group(defn, row.response) for row in rows if row.response.id in said)
    return {"survey_title": survey.title, "question": result.question.text,
            "answered": result.answered, "groups": dict(groups), "on": date.today().isoformat(),
            "options": [{"label": o.label, "count": o.count, "percent": o.percent}
                        for o in result.options], "responses": sorted(said)}


def link_question(session: Session, item: YouSaidItem, survey_id: int, question_id: str, *,
                  user_id: int | None = None, commit: bool = True) -> bool:
    """Link a survey question of this area, freezing its result as it stands today; never a
    question about the person answering."""
    survey = session.get(Survey, survey_id)
    if survey is None or survey.area_id != item.area_id:
        return False
    question = people.question_of(session, survey, question_id)
    if question is None or question.about_the_person:
        return False
    snapshot = question_snapshot(session, survey, question_id)
    if snapshot is None:
        return False
    session.add(EvidenceLink(item_id=item.id, area_id=item.area_id, kind=EvidenceKind.QUESTION,
                         survey_id=survey.id, question_id=question_id, snapshot=snapshot,
                         added_by_id=user_id))
    if commit:
        session.commit()
    return True


def theme_comment_ids(session: Session, area_id: int, theme_id: str) -> list[int]:
    """The newest comments people confirmed (or the engine suggested) for a theme."""
    rows = session.exec(select(CommentTheme.comment_id)
                        .where(CommentTheme.area_id == area_id, CommentTheme.theme_id == theme_id,
                               CommentTheme.status != ThemeStatus.REJECTED.value)
                        .order_by(CommentTheme.comment_id.desc())
                        .limit(THEME_COMMENTS_LINKED)).all()
    return list(rows)


def action_in_event(session: Session, area_id: int, action_id: int) -> EventAction | None:
    """An action agreed at one of the area's events."""
    action = session.get(EventAction, action_id)
    return action if action is not None and action.area_id == area_id else None


def evidence_of(session: Session, item: YouSaidItem, viewer_role: str | None,
                threshold: int = DEFAULT_THRESHOLD) -> EvidenceSummary:
    """The item's evidence this person may see, and the people behind all of it by group (small
    counts hidden as they are shown: `shown_voices`, `shown_total`)."""
    found = EvidenceSummary(voices=people.voices_by_item(session, [item.id or 0])[item.id or 0],
                            threshold=threshold)
    answers = people.SurveyAnswers(session)
    for link in _links(session, item):
        if link.comment_id:
            visible = voice_services.comment_in_area(session, item.area_id, link.comment_id,
                                                     viewer_role)
            if visible is not None:
                found.comments.append(visible)
        elif link.event_id:
            found.events.append(session.get(ListeningEvent, link.event_id))
        else:
            found.questions.append(shown_question(link, answers.counts(link), threshold))
    return found


def first_evidence_dates(session: Session, item_ids: list[int]) -> dict[int, date]:
    """When the earliest thing behind each item was said (or its event held, or its question
    linked), in three queries whatever the number of items."""
    link = EvidenceLink
    found: dict[int, list[date]] = {}
    said = session.exec(select(link.item_id, func.min(Comment.said_on))
                        .join(Comment, Comment.id == link.comment_id)
                        .where(link.item_id.in_(item_ids)).group_by(link.item_id)).all()
    held = session.exec(select(link.item_id, func.min(ListeningEvent.held_on))
                        .join(ListeningEvent, ListeningEvent.id == link.event_id)
                        .where(link.item_id.in_(item_ids)).group_by(link.item_id)).all()
    for item_id, day in [*said, *held]:
        found.setdefault(item_id, []).append(day)
    for item_id, snapshot in session.exec(select(link.item_id, link.snapshot).where(
            link.item_id.in_(item_ids), link.kind == EvidenceKind.QUESTION.value)).all():
        if snapshot.get("on"):
            found.setdefault(item_id, []).append(date.fromisoformat(snapshot["on"]))
    return {item_id: min(days) for item_id, days in found.items()}


def first_evidence_on(session: Session, item: YouSaidItem) -> date | None:
    """When the earliest thing behind this item was said (or the question linked)."""
    if item.id is None:
        return None
    return first_evidence_dates(session, [item.id]).get(item.id)


def items_for_comment(session: Session, area_id: int, comment_id: int) -> list[YouSaidItem]:
    """The items a comment is evidence for (the trace from a comment's page)."""
    query = (select(YouSaidItem).join(EvidenceLink, EvidenceLink.item_id == YouSaidItem.id)
             .where(EvidenceLink.comment_id == comment_id, YouSaidItem.area_id == area_id))
    return list(session.exec(query.order_by(YouSaidItem.id)).all())


@dataclass(frozen=True)
class Sources:
    """Where a new item (or new evidence) comes from: the page the person started on."""

    comment_ids: tuple[int, ...] = ()
    event_id: int | None = None
    action_id: int | None = None
    survey_id: int | None = None
    question_id: str | None = None
    theme_id: str | None = None

    @property
    def empty(self) -> bool:
        return not (self.comment_ids or self.event_id or self.action_id or self.survey_id
                    or self.theme_id)


def prefill(session: Session, area_id: int, sources: Sources) -> dict:
    """What the item form starts with: an event action's words, owner and date; a theme."""
    values: dict = {}
    action = sources.action_id and action_in_event(session, area_id, sources.action_id)
    if action:
        values.update(we_did=action.text, owner=action.owner, target_on=action.due_on)
    if sources.theme_id:
        values["themes"] = [sources.theme_id]
    return values


def link_sources(session: Session, item: YouSaidItem, sources: Sources, *, viewer_role: str | None,
                 user_id: int | None) -> int:
    """Link everything the sources name (an event action links its event); how many links."""
    ids = list(sources.comment_ids)
    if sources.theme_id:
        ids += theme_comment_ids(session, item.area_id, sources.theme_id)
    added = link_comments(session, item, ids, viewer_role=viewer_role, user_id=user_id,
                          commit=False)
    event_id = sources.event_id
    action = sources.action_id and action_in_event(session, item.area_id, sources.action_id)
    if action:
        event_id = action.event_id
    if event_id:
        added += link_event(session, item, event_id, user_id=user_id, commit=False)
    if sources.survey_id and sources.question_id:
        added += link_question(session, item, sources.survey_id, sources.question_id,
                               user_id=user_id, commit=False)
    session.commit()
    return added


def describe(session: Session, area_id: int, sources: Sources,
             viewer_role: str | None) -> list[str]:
    """Plain lines saying what will be linked, for the person to check before saving."""
    lines = []
    comments = [c for c in (voice_services.comment_in_area(session, area_id, i, viewer_role)
                            for i in sources.comment_ids) if c is not None]
    if comments:
        lines.append(f"{len(comments)} comment{'s' if len(comments) != 1 else ''}")
    if sources.theme_id:
        n = len(theme_comment_ids(session, area_id, sources.theme_id))
        lines.append(f"the newest {n} comments with this theme")
    action = sources.action_id and action_in_event(session, area_id, sources.action_id)
    event = session.get(ListeningEvent, action.event_id if action else sources.event_id or 0)
    if event is not None and event.area_id == area_id:
        lines.append(f"the listening event {event.title}")
    survey = sources.survey_id and session.get(Survey, sources.survey_id)
    question = survey and survey.area_id == area_id and sources.question_id and \
        people.question_of(session, survey, sources.question_id)
    if question and not question.about_the_person:
        lines.append(f"the results of the question “{question.text}” in {survey.title}")
    return lines
