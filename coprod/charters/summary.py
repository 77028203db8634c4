"""What the evaluations add up to, per principle: officers', families' and young people's
ratings side by side and over time, where they disagree, and the evidence behind them.

Fewer than 5 ratings from families or young people are never averaged: a small group's average
can point at one family. Officers' ratings are averaged and counted however few: each officer's
score is shown anyway, named, beside their evidence, and "fewer than 5" above it only hid what the
page shows below. For
the same reason a family's or young person's words are never shown beside their own score, and
are shown at all only once 5 of them have rated that project on that principle, sorted so that
their order says nothing about who answered when (officers' evidence is theirs, named, with its
score). A family's or young person's words are shown only where they said yes to "Can we share
your words?" (`evaluation.shown_evidence`); the 5 still counts everyone who rated.
`evaluation_summary` is what the reports package reads: plain dataclasses, no database rows."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from statistics import fmean

from sqlmodel import Session, col, select

from coprod.charters.evaluation import questions_for, shown_evidence
from coprod.charters.models import (
    LEVEL_LABELS,
    SOURCE_LABELS,
    Evaluation,
    Level,
    Project,
    Rating,
    Source,
)
from coprod.charters.scale import DID_WELL
from coprod.charters.services import projects_in_area, projects_without_family_evaluation
from coprod.text.redaction import redact
from coprod.voice.models import Comment

FEWEST_SHOWN = 5
FEWER_THAN = "fewer than 5"
Period = tuple[date, date]  # first and last day, both included


@dataclass(frozen=True)
class RatingRow:
    """One rating as the summary needs it."""

    principle: str
    source: str
    score: int
    made_on: date
    evidence: str = ""
    project: str = ""
    project_id: int = 0


@dataclass(frozen=True)
class Words:
    """What families (or young people) wrote about one project against one principle: their
    words with no scores, sorted; none, and `held_back`, while fewer than 5 have rated it."""

    source: str
    project: str
    said: tuple[str, ...] = ()
    held_back: bool = False


@dataclass(frozen=True)
class Figure:
    """One group's ratings of one principle: how many, and their average when 5 or more."""

    source: str
    count: int
    average: float | None

    @property
    def shown_count(self) -> str:
        return FEWER_THAN if self.average is None and self.count else str(self.count)

    @property
    def shown_average(self) -> str:
        if self.count == 0:
            return "no ratings"
        return FEWER_THAN if self.average is None else f"{self.average:.1f}"


@dataclass(frozen=True)
class PrincipleSummary:
    """Everything the dashboard says about one principle."""

    key: str
    name: str
    figures: dict[str, Figure]
    disagreement: str | None
    evidence: list[RatingRow]  # officers' own, each with its score
    over_time: list[tuple[str, dict[str, Figure]]]
    words: list[Words] = field(default_factory=list)  # families' and young people's


@dataclass(frozen=True)
class EvaluationSummary:
    """The whole picture for an area in a period."""

    principles: list[PrincipleSummary]
    lundy: list[PrincipleSummary]
    projects_no_family_evaluated: list[str]
    levels: list[tuple[str, str, int]]  # (level, label, number of projects)


def figure(source: str, scores: list[int]) -> Figure:
    """Count and, from 5 ratings up (from 1 for officers, named beside their scores), the
    average."""
    enough = FEWEST_SHOWN if source != Source.OFFICER else 1
    average = round(fmean(scores), 2) if scores and len(scores) >= enough else None
    return Figure(source, len(scores), average)


def disagreement(name: str, officers: Figure, families: Figure) -> str | None:
    """Officers and families a point or more apart, said in words; None when they agree or
    either side has too few ratings to say."""
    if officers.average is None or families.average is None:
        return None
    if round(abs(officers.average - families.average), 2) < 1:
        return None
    high, low = ((SOURCE_LABELS[Source.OFFICER], SOURCE_LABELS[Source.FAMILY])
                 if officers.average > families.average
                 else (SOURCE_LABELS[Source.FAMILY], SOURCE_LABELS[Source.OFFICER]))
    high_average = max(officers.average, families.average)
    low_average = min(officers.average, families.average)
    if high_average >= DID_WELL > low_average:
        return f"{high} think we did well on ‘{name}’; {str(low).lower()} do not agree."
    return (f"{high} rate ‘{name}’ a point or more higher than {str(low).lower()} do "
            f"({high_average:.1f} against {low_average:.1f} out of 4).")


def quarter(day: date) -> str:
    """The quarter a day falls in, as people say it: 'Jan to Mar 2026'."""
    names = ("Jan to Mar", "Apr to Jun", "Jul to Sep", "Oct to Dec")
    return f"{names[(day.month - 1) // 3]} {day.year}"


def summarise(rows: list[RatingRow], questions: list[tuple[str, str]],
              sources: tuple[str, ...]) -> list[PrincipleSummary]:
    """Per question (key, name): each source's figure, the officer-family gap, the evidence,
    and the figures per quarter (oldest first)."""
    found = []
    for key, name in questions:
        mine = [r for r in rows if r.principle == key]
        figures = {s: figure(s, [r.score for r in mine if r.source == s]) for s in sources}
        quarters = sorted({(r.made_on.year, (r.made_on.month - 1) // 3): quarter(r.made_on)
                           for r in mine}.items())
        over_time = [(label, {s: figure(s, [r.score for r in mine if r.source == s
                                            and quarter(r.made_on) == label]) for s in sources})
                     for _, label in quarters]
        gap = (disagreement(name, figures[Source.OFFICER], figures[Source.FAMILY])
               if Source.FAMILY in figures and Source.OFFICER in figures else None)
        evidence = [RatingRow(r.principle, r.source, r.score, r.made_on, redact(r.evidence),
                              r.project, r.project_id)
                    for r in mine if r.source == Source.OFFICER and r.evidence.strip()]
        words = [w for s in sources if s in ANONYMOUS for w in anonymous_words(mine, s)]
        found.append(PrincipleSummary(key, name, figures, gap, evidence, over_time, words))
    return found


ANONYMOUS = frozenset({Source.FAMILY.value, Source.YOUNG_PERSON.value})


def anonymous_words(rows: list[RatingRow], source: str) -> list[Words]:
    """Per project (by title), what this source wrote about one principle: words only, sorted,
    where 5 or more of them rated it; otherwise held back. Projects where nobody wrote
    anything are left out."""
    by_project: dict[tuple[str, int], list[RatingRow]] = {}
    for row in rows:
        if row.source == source:
            by_project.setdefault((row.project, row.project_id), []).append(row)
    found = []
    for (project, _id), ratings in sorted(by_project.items()):
        said = sorted((redact(r.evidence).strip() for r in ratings if r.evidence.strip()),
                      key=str.casefold)
        if not said:
            continue
        if len(ratings) < FEWEST_SHOWN:
            found.append(Words(source, project, held_back=True))
        else:
            found.append(Words(source, project, tuple(said)))
    return found


def rating_rows(session: Session, area_id: int, period: Period | None = None,
                project_id: int | None = None) -> list[RatingRow]:
    """Every rating in the area (in the period, when given), with its project's title and its
    evidence: officers' as written; a family's as the voice record shows it (names taken out),
    and nothing while a safeguarding flag hides it."""
    query = (select(Rating.principle, Evaluation.source, Rating.score, Evaluation.made_on,
                    shown_evidence(), Project.title, Project.id)
             .join(Evaluation, col(Evaluation.id) == Rating.evaluation_id)
             .join(Project, col(Project.id) == Evaluation.project_id)
             .outerjoin(Comment, col(Comment.id) == Rating.comment_id)
             .where(Rating.area_id == area_id))
    if period:
        query = query.where(Evaluation.made_on >= period[0], Evaluation.made_on <= period[1])
    if project_id is not None:
        query = query.where(Evaluation.project_id == project_id)
    return [RatingRow(*row) for row in session.exec(
        query.order_by(Evaluation.made_on, Rating.id)).all()]


def level_spread(projects: list[Project]) -> list[tuple[str, str, int]]:
    """How many projects reached each level, from inform to co-produce."""
    counts = Counter(p.level for p in projects)
    return [(level.value, str(LEVEL_LABELS[level]), counts.get(level.value, 0))
            for level in Level]


def evaluation_summary(session: Session, area_id: int, period: Period | None = None,
                       project_id: int | None = None) -> EvaluationSummary:
    """The area's co-production evaluation against its charter (for the dashboard and
    for reports), or one project's: plain dataclasses, small numbers already hidden."""
    rows = rating_rows(session, area_id, period, project_id)
    principles = [(q.key, q.name) for q in questions_for(session, area_id, Source.OFFICER)]
    lundy = [(q.key, q.name) for q in questions_for(session, area_id, Source.YOUNG_PERSON)]
    return EvaluationSummary(
        principles=summarise(rows, principles, (Source.OFFICER.value, Source.FAMILY.value)),
        lundy=summarise(rows, lundy, (Source.YOUNG_PERSON.value,)),
        projects_no_family_evaluated=[p.title for p in
                                      projects_without_family_evaluation(session, area_id)],
        levels=level_spread(projects_in_area(session, area_id)))
