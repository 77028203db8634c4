"""Evaluating a project against the charter: officers and forum members on a staff page;
families and young people through a public easy-read link with no account."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date

from sqlalchemy import update
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


def save_evaluation(session: Session, project: Project, source: str,
                    answers: dict[str, Answer], today: date, user_id: int | None = None,
                    link_id: int | None = None) -> Evaluation:
    """Store one evaluation and its ratings ("I do not know" stores no rating)."""
    evaluation = Evaluation(project_id=project.id, area_id=project.area_id, source=source,
                            link_id=link_id, user_id=user_id, made_on=today)
    session.add(evaluation)
    session.flush()
    session.add_all([Rating(evaluation_id=evaluation.id, area_id=project.area_id, principle=key,
                            score=answer.score, evidence=answer.evidence.strip())
                     for key, answer in answers.items() if answer.score is not None])
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


def evaluations_for(session: Session, project_id: int) -> list[tuple[Evaluation, list[Rating]]]:
    """A project's evaluations with their ratings, newest first."""
    evaluations = session.exec(select(Evaluation).where(Evaluation.project_id == project_id)
                               .order_by(col(Evaluation.made_on).desc(),
                                         col(Evaluation.id).desc())).all()
    ratings = session.exec(select(Rating).where(
        col(Rating.evaluation_id).in_([e.id for e in evaluations])).order_by(Rating.id)).all()
    by_evaluation: dict[int, list[Rating]] = {}
    for rating in ratings:
        by_evaluation.setdefault(rating.evaluation_id, []).append(rating)
    return [(e, by_evaluation.get(e.id, [])) for e in evaluations]


def close_link(session: Session, link: EvaluationLink) -> None:
    """Stop a link taking evaluations."""
    link.closed = True
    session.add(link)
    session.commit()
