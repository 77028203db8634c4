"""Demo "you said, we did" items: 43 across every status, each resting on the demo area's own
comments (found by theme), its listening events and survey results; some families told, some
not, some overdue; so every page shows something real."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlmodel import Session, select

from coprod.areas.models import Area
from coprod.events.demo import Town
from coprod.events.models import ListeningEvent
from coprod.surveys.journey.codes import ALPHABET, group
from coprod.surveys.models import Survey, SurveyResponse
from coprod.voice.models import Comment
from coprod.voice.parsing import local_today
from coprod.yousaid import evidence, services
from coprod.yousaid.demo_words import ITEMS
from coprod.yousaid.models import EvidenceLink, HowTold, Status

AUTHOR = "Sam Patel"  # the demo officer
STATUSES = ([Status.DONE] * 12 + [Status.IN_PROGRESS] * 10 + [Status.AGREED] * 8
            + [Status.NEW] * 9)
COMMENTS_PER_ITEM = 4


def seed(session: Session, area: Area, today: date | None = None) -> int:
    """Make the demo items; returns how many."""
    today = today or local_today()
    rng = random.Random(14 if area.slug == "northvale" else f"14-{area.slug}")
    town = Town.of(area)
    statuses = STATUSES[:]
    rng.shuffle(statuses)
    events = list(session.exec(select(ListeningEvent).where(
        ListeningEvent.area_id == area.id, ListeningEvent.held_on < today)
        .order_by(ListeningEvent.held_on)).all())
    surveys = list(session.exec(select(Survey).where(Survey.area_id == area.id)
                                .order_by(Survey.id)).all())
    for number, written in enumerate(ITEMS):
        words = tuple(town.renamed(text) for text in written)
        cant_do = words[3].startswith("We cannot")
        status = Status.CANT_DO if cant_do else statuses.pop()
        _make(session, area, number, words, status, events, surveys, rng, today)
    _keep_receipts(session, area, rng)
    session.commit()
    return len(ITEMS)


def _keep_receipts(session: Session, area: Area, rng: random.Random, how_many: int = 3) -> None:
    """A few demo respondents whose words are evidence kept their receipt code, so "what
    happened to what I said" has something to find."""
    linked = select(EvidenceLink.comment_id).where(EvidenceLink.area_id == area.id)
    ids = session.exec(select(Comment.survey_response_id).where(
        Comment.id.in_(linked), Comment.survey_response_id.is_not(None))
        .distinct().order_by(Comment.survey_response_id).limit(how_many)).all()
    for response_id in ids:
        response = session.get(SurveyResponse, response_id)
        if response.receipt_code is None:
            response.receipt_code = group("".join(rng.choice(ALPHABET) for _ in range(8)))
            session.add(response)


def _make(session, area, number, words, status, events, surveys, rng, today) -> None:
    theme, you_said, you_said_easy, we_did, we_did_easy, owner = words
    item = services.create_item(session, area.id, services.ItemWording(
        you_said=you_said, you_said_easy=you_said_easy, we_did=we_did, we_did_easy=we_did_easy,
        themes=(theme,), owner=owner, lead=rng.choice(["Priya Shah", "Tom Reid", "Ana Silva"]),
        target_on=today + timedelta(days=rng.randint(-60, 240))), author=AUTHOR, commit=False)
    comments = evidence.theme_comment_ids(session, area.id, theme)
    evidence.link_comments(session, item, rng.sample(comments, min(COMMENTS_PER_ITEM,
                                                                   len(comments))),
                           viewer_role="officer", commit=False)
    if events and number % 2 == 0:
        evidence.link_event(session, item, rng.choice(events).id, commit=False)
    if surveys and number % 5 == 0:
        _link_a_question(session, item, rng.choice(surveys))
    first = evidence.first_evidence_on(session, item) or today - timedelta(days=120)
    _move_on(session, item, status, first, rng, today)


def _link_a_question(session: Session, item, survey: Survey) -> None:
    from coprod.surveys.definition import library

    for question in library.current_definition(session, survey).questions:
        if question.type != "free_text" and not question.about_the_person:
            evidence.link_question(session, item, survey.id, question.id, commit=False)
            return


def _move_on(session: Session, item, status: Status, first: date, rng: random.Random,
             today: date) -> None:
    """Take an item through its statuses to this one; tell families about most finished ones."""
    path = {Status.NEW: [], Status.AGREED: [Status.AGREED],
            Status.IN_PROGRESS: [Status.AGREED, Status.IN_PROGRESS],
            Status.DONE: [Status.AGREED, Status.IN_PROGRESS, Status.DONE],
            Status.CANT_DO: [Status.CANT_DO]}[status]
    if status == Status.CANT_DO:
        item.reason = item.we_did
    done_on = min(first + timedelta(days=rng.randint(20, 200)), today)
    for step in path:
        services.change_status(session, item, step.value, author=AUTHOR, on=done_on,
                               commit=False)
    if status != Status.NEW:
        item.published = True  # first, so families can be told on the website
        session.add(item)
    if status in (Status.DONE, Status.CANT_DO) and rng.random() < 0.65:
        services.record_told(session, item, min(done_on + timedelta(days=rng.randint(3, 30)),
                                                today),
                             rng.choice(list(HowTold)).value, audience="Families on the forum list",
                             reached=rng.choice([None, 120, 350, 900]), commit=False)
    session.flush()

