"""Evaluating a project against the charter: officers and forum members on a staff page;
families and young people through a public easy-read link with no account."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, update
from sqlmodel import Session, col, select

from coprod.charters import services
from coprod.charters.models import (
    Evaluation,
    EvaluationCode,
    EvaluationLink,
    Project,
    Rating,
    Source,
)
from coprod.charters.scale import LUNDY, Question
from coprod.common.time import utcnow
from coprod.surveys.journey.codes import new_code, normalise
from coprod.voice import services as voice
from coprod.voice.findings import hiding_flag_exists
from coprod.voice.models import Channel, Comment, Group

MAX_CODES = 200


@dataclass(frozen=True)
class Answer:
    """One question's answer: a score 1 to 4 (None for "I do not know") and why."""

    score: int | None
    evidence: str = ""


def questions_for(session: Session, area_id: int, source: str) -> list[Question]:
    """What a source rates: young people the Lundy questions, everyone else the principles."""
    if source == Source.YOUNG_PERSON.value:
        return list(LUNDY)
    charter = services.area_charter_text(session, area_id)
    if charter is None:
        return []
    return [Question(p.key, p.name, p.easy_read_question, p.easy_read_text, p.symbol)
            for p in charter.principles]


VOICE_GROUPS = {Source.FAMILY.value: Group.PARENT_CARER.value,
                Source.YOUNG_PERSON.value: Group.YOUNG_PERSON.value}


def save_evaluation(session: Session, project: Project, source: str,
                    answers: dict[str, Answer], today: date, user_id: int | None = None,
                    link_id: int | None = None, share_words: bool | None = None) -> Evaluation:
    """Store one evaluation and its ratings ("I do not know" stores no rating). A family's or
    young person's "why" goes into the voice record, where safeguarding checks it, with their
    answer to "Can we use your words?" (`share_words`: True for yes, False for no, None when
    not asked or not answered): without a yes their words are never quoted or shown."""
    evaluation = Evaluation(project_id=project.id, area_id=project.area_id, source=source,
                            link_id=link_id, user_id=user_id, made_on=today)
    session.add(evaluation)
    session.flush()
    for key, answer in answers.items():
        if answer.score is None:
            continue
        rating = Rating(evaluation_id=evaluation.id, area_id=project.area_id, principle=key,
                        score=answer.score)
        why = answer.evidence.strip()
        if why and source in VOICE_GROUPS:
            comment = voice.add_comment(session, project.area_id, why, VOICE_GROUPS[source],
                                        Channel.OTHER.value, today, created_by_id=user_id,
                                        commit=False, share_consent=share_words)
            session.flush()
            rating.comment_id = comment.id
        else:
            rating.evidence = why
        session.add(rating)
    session.commit()
    return evaluation


def new_link(session: Session, project: Project, audience: str, codes: int = 0) -> EvaluationLink:
    """A public evaluation link: open when codes is 0, else with that many one-time codes."""
    link = EvaluationLink(project_id=project.id, area_id=project.area_id, audience=audience,
                          token=secrets.token_urlsafe(12), uses_codes=codes > 0)
    session.add(link)
    session.flush()
    made: set[str] = set()
    while len(made) < min(codes, MAX_CODES):
        made.add(new_code())
    session.add_all([EvaluationCode(link_id=link.id, area_id=project.area_id, code=code)
                     for code in sorted(made)])
    session.commit()
    return link


def links_for(session: Session, project_id: int) -> list[EvaluationLink]:
    """A project's evaluation links, oldest first."""
    return list(session.exec(select(EvaluationLink).where(EvaluationLink.project_id == project_id)
                             .order_by(EvaluationLink.id)).all())


def link_by_token(session: Session, token: str) -> EvaluationLink | None:
    """The open link with this token, or None (closed links are gone for the public)."""
    link = session.exec(select(EvaluationLink).where(EvaluationLink.token == token)).first()
    return link if link and not link.closed else None


def codes_of(session: Session, link_id: int) -> list[EvaluationCode]:
    """A link's codes, for printing: unused first."""
    return list(session.exec(select(EvaluationCode).where(EvaluationCode.link_id == link_id)
                             .order_by(col(EvaluationCode.used_at).is_not(None),
                                       EvaluationCode.code)).all())


def code_is_unused(session: Session, link: EvaluationLink, typed: str | None) -> str | None:
    """The code in its printed form if it belongs to this link and is unused, else None."""
    code = normalise(typed)
    found = session.exec(select(EvaluationCode).where(
        EvaluationCode.link_id == link.id, EvaluationCode.code == code,
        col(EvaluationCode.used_at).is_(None))).first() if code else None
    return found.code if found else None


def use_code(session: Session, link: EvaluationLink, code: str) -> bool:
    """Mark a code used; False when it was used already (two people, one code: one counts).

    The check and the change are one UPDATE, so two submissions at once cannot both win."""
    result = session.execute(
        update(EvaluationCode)
        .where(col(EvaluationCode.link_id) == link.id, col(EvaluationCode.code) == code,
               col(EvaluationCode.used_at).is_(None))
        .values(used_at=utcnow()).execution_options(synchronize_session=False))
    return result.rowcount == 1


def shown_evidence():
    """The evidence column as staff may see it: officers' as written; a family's or young
    person's words only where they said yes to sharing them, and while no safeguarding flag
    hides them (the query must outer-join Comment on Rating.comment_id)."""
    not_shared = col(Comment.id).is_not(None) & col(Comment.share_consent).is_not(True)
    return func.coalesce(case((hiding_flag_exists(Comment.id), ""), (not_shared, ""),
                              else_=Comment.display_text), Rating.evidence)


def officer_evaluations(session: Session,
                        project_id: int) -> list[tuple[Evaluation, list[Shown]]]:
    """A project's officers' evaluations (named staff) with their ratings and evidence, newest
    first. Families' and young people's are never listed one by one: their scores go only into
    figures, their words only through `summary.anonymous_words`."""
    evaluations = session.exec(select(Evaluation).where(Evaluation.project_id == project_id,
                                                        Evaluation.source == Source.OFFICER)
                               .order_by(col(Evaluation.made_on).desc(),
                                         col(Evaluation.id).desc())).all()
    rows = session.exec(select(Rating.evaluation_id, Rating.principle, Rating.score,
                               shown_evidence())
                        .outerjoin(Comment, col(Comment.id) == Rating.comment_id)
                        .where(col(Rating.evaluation_id).in_([e.id for e in evaluations]))
                        .order_by(Rating.id)).all()
    by_evaluation: dict[int, list[Shown]] = {}
    for evaluation_id, principle, score, evidence in rows:
        by_evaluation.setdefault(evaluation_id, []).append(Shown(principle, score, evidence))
    return [(e, by_evaluation.get(e.id, [])) for e in evaluations]


@dataclass(frozen=True)
class Shown:
    """One rating as a staff page shows it."""

    principle: str
    score: int
    evidence: str


def close_link(session: Session, link: EvaluationLink) -> None:
    """Stop a link taking evaluations."""
    link.closed = True
    session.add(link)
    session.commit()
