"""Demo surveys: the four templates published in the demo area with a few hundred responses.

Generated with a seeded random, so the same day gives the same demo. Responses are made directly
as complete (a few partial) records spread over several months, channels and groups; their
free-text answers become voice comments, as a real submission's do.
"""

from __future__ import annotations

import random
import secrets
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from sqlmodel import Session

from coprod.areas.models import Area
from coprod.surveys import demo_words, voice_link
from coprod.surveys.definition import library
from coprod.surveys.definition.survey import (
    Question,
    SurveyDefinition,
    answer_options,
    load_survey_file,
    shipped_survey_files,
    visible_questions,
)
from coprod.surveys.definition.types import RESERVED_VALUES, SHARE_WORDS_QUESTION_ID
from coprod.surveys.models import Channel, ResponseStatus, Survey, SurveyAnswer, SurveyResponse
from coprod.surveys.staff import publishing
from coprod.voice.demo_voices import BAD, GOOD, DemoVoices

SEED = 2026


@dataclass(frozen=True)
class Words:
    """What a free-text question's answers are about ("caseworker"), good or bad news (None:
    either), and real-sounding written lines for one group, each used once."""

    topic: str | None
    group: str
    lines: list[str]
    mood: str | None = None


@dataclass(frozen=True)
class Plan:
    """How many demo responses a template gets, over how many days, and what they write."""

    responses: int
    days: int
    words: dict[str, Words]
    closed_days_ago: int | None = None


# A parent's "one change" or "working well" is about any part of their child's support.
PARENT_TOPICS = ("ehcp", "health", "transport", "short_breaks", "school", "information",
                 "adulthood", "caseworker", "general")
PLANS = {
    "caseworker": Plan(80, 150, {"do_better": Words(
        "caseworker", "young_person", demo_words.YOUNG_PEOPLE_CASEWORKER)}),
    "send-experience": Plan(120, 180, {
        "working_well": Words(None, "parent_carer", demo_words.PARENT_CARERS_WORKING, GOOD),
        "one_change": Words(None, "parent_carer", demo_words.PARENT_CARERS_CHANGE, BAD)}),
    "event-feedback": Plan(60, 120, {"do_better": Words(
        "event", "parent_carer", demo_words.EVENT_BETTER)}, closed_days_ago=7),
    "preparing-for-adulthood": Plan(60, 90, {"anything_else": Words(
        "adulthood", "young_person", demo_words.YOUNG_PEOPLE_ADULTHOOD)}),
}


class _Writer:
    """Free-text answers that fit the person answering: their group's written lines once each,
    then lines made from templates for their group and the question's topic."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.voices = DemoVoices(rng)
        self.unused: dict[int, list[str]] = {}

    def write(self, words: Words, group: str) -> str:
        if group == words.group:
            unused = self.unused.setdefault(id(words), self.rng.sample(words.lines,
                                                                       len(words.lines)))
            if unused:
                return unused.pop()
        topic = words.topic or self.rng.choice(PARENT_TOPICS)
        return self.voices.say(group, topic, words.mood)
CHANNELS = [(Channel.ONLINE, 68), (Channel.PAPER, 15), (Channel.EVENT, 12), (Channel.PHONE, 5)]
HELPED = [("on_my_own", 60), ("family_helped", 22), ("worker_helped", 12),
          ("answered_for_me", 6)]


def seed(session: Session, area: Area, today: date | None = None,
         slug_prefix: str = "") -> list[Survey]:
    """Import, publish and fill the four templates in the area. `slug_prefix`: for a second
    area (survey addresses are unique), whose answers are drawn differently too."""
    today = today or publishing.uk_today()
    rng = random.Random(f"{SEED}-{area.slug}" if slug_prefix else SEED)
    made = []
    for path in shipped_survey_files():
        plan = PLANS.get(path.stem)
        if plan is None:
            continue
        defn = load_survey_file(path)
        if slug_prefix:
            defn = replace(defn, slug=f"{slug_prefix}{defn.slug}")
        survey = library.import_definition(session, area.id, defn, None, path.name).survey
        closes = today - timedelta(days=plan.closed_days_ago) if plan.closed_days_ago else None
        publishing.publish(session, survey, today - timedelta(days=plan.days), closes)
        _fill(session, survey, plan, rng, (closes or today) - timedelta(days=1))
        made.append(survey)
    return made


def _fill(session: Session, survey: Survey, plan: Plan, rng: random.Random, last: date) -> None:
    version = library.current_version(session, survey.id)
    defn = library.current_definition(session, survey)
    weights = {q.id: _weights(q, rng) for q in defn.questions
               if q.id != SHARE_WORDS_QUESTION_ID}
    writer = _Writer(rng)
    # Its own random, so that asking "Can we use your words?" left every other answer as it was.
    consent_rng = random.Random(f"{SEED}-{survey.slug}-share-words")
    for _ in range(plan.responses):
        answers = _answers(defn, plan, weights, rng, writer)
        _say_whether_words_may_be_shared(defn, answers, consent_rng)
        when = _moment(rng, survey.opens_on, last)
        partial = rng.random() < 0.06
        response = SurveyResponse(
            area_id=survey.area_id, survey_id=survey.id, version_id=version.id,
            status=(ResponseStatus.PARTIAL if partial else ResponseStatus.COMPLETE).value,
            channel=_pick(rng, CHANNELS).value, resume_hash=secrets.token_hex(32),
            helped=None if partial else _pick(rng, HELPED), started_at=when, updated_at=when,
            submitted_at=None if partial else when, **voice_link.about_fields(defn, answers))
        session.add(response)
        session.flush()
        session.add_all(SurveyAnswer(response_id=response.id, question_id=qid, value=value)
                        for qid, value in answers.items())
        voice_link.add_free_text(session, defn, response, answers)
    session.commit()


def _weights(question: Question, rng: random.Random) -> list[float]:
    """How likely each answer is: random per question, so charts differ; the first answer (the
    main group on "about you" questions) more likely; the way-out answers rarely chosen."""
    found = [rng.uniform(0.4, 3.0) for _ in answer_options(question)]
    if found and question.type == "about_you":
        found[0] *= 2.5
    return [0.15 if o.value in RESERVED_VALUES else weight
            for o, weight in zip(answer_options(question), found, strict=True)]


def _pick(rng: random.Random, weighted: list[tuple]):
    return rng.choices([item for item, _ in weighted], [w for _, w in weighted])[0]


def _moment(rng: random.Random, first: date | None, last: date) -> datetime:
    first = first or last - timedelta(days=90)
    day = first + timedelta(days=rng.randint(0, max((last - first).days, 0)))
    return datetime.combine(day, time(rng.randint(8, 21), rng.randint(0, 59)), UTC)


def _answers(defn: SurveyDefinition, plan: Plan, weights: dict[str, list[float]],
             rng: random.Random, writer: _Writer) -> dict[str, str | list[str]]:
    """Walk the survey as a respondent would: only questions their answers show. Their own
    words come last, once it is known who they are (a young person, a parent carer...)."""
    answers: dict[str, str | list[str]] = {}
    to_write: list[Question] = []
    for question in defn.questions:
        if question.id == SHARE_WORDS_QUESTION_ID:
            continue  # answered afterwards, with a random of its own
        if question not in visible_questions(defn, answers):
            continue
        if not question.required and rng.random() < 0.12:
            continue  # skipped
        if question.type == "free_text":
            to_write.append(question)
            continue
        value = _answer(question, weights.get(question.id, []), rng)
        if value:
            answers[question.id] = value
    group = _group(defn, answers)
    for question in to_write:
        words = plan.words.get(question.id)
        if words is not None and rng.random() >= 0.3:
            text = writer.write(words, group)
            answers[question.id] = (f"{text} {writer.write(words, group)}"
                                    if rng.random() < 0.15 else text)
    return answers


def _say_whether_words_may_be_shared(defn: SurveyDefinition,
                                     answers: dict[str, str | list[str]],
                                     rng: random.Random) -> None:
    """Most people who wrote something say yes to sharing their words, some say no, a few
    skip the question; those who wrote nothing mostly skip it."""
    if SHARE_WORDS_QUESTION_ID not in defn.question_ids:
        return
    wrote = any(defn.question(qid).type == "free_text" for qid in answers
                if qid in defn.question_ids)
    choice = rng.choices(["yes", "no", None], [60, 28, 12] if wrote else [20, 20, 60])[0]
    if choice:
        answers[SHARE_WORDS_QUESTION_ID] = choice


def _group(defn: SurveyDefinition, answers: dict[str, str | list[str]]) -> str:
    """Who is answering, as voice groups go: their "about you" answer, else the audience."""
    said = voice_link.about_fields(defn, answers)["respondent_group"]
    if said:
        return voice_link.VOICE_GROUPS.get(said, "other")
    return voice_link.AUDIENCE_GROUPS.get(defn.audience, "parent_carer")


def _answer(question: Question, weights: list[float],
            rng: random.Random) -> str | list[str] | None:
    options = answer_options(question)
    if question.type != "multiple_choice":
        return rng.choices([o.value for o in options], weights)[0]
    ordinary = [(o.value, w) for o, w in zip(options, weights, strict=True) if not o.exclusive]
    count = min(len(ordinary), rng.choice([1, 1, 2, 2, 3]))
    return sorted({_pick(rng, ordinary) for _ in range(count)})
