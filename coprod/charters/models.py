"""A charter (its versions and signatories), co-production projects, and their evaluation."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from flask_babel import lazy_gettext as _l
from sqlalchemy import UniqueConstraint
from sqlmodel import JSON, Column, Field, SQLModel

from coprod.common.time import utcnow


class OrganisationKind(StrEnum):
    """What kind of organisation signed the charter."""

    COUNCIL = "council"
    HEALTH = "health"
    PARENT_CARER_FORUM = "parent_carer_forum"
    SCHOOL_OR_COLLEGE = "school_or_college"
    VOLUNTARY_SECTOR = "voluntary_sector"
    YOUNG_PEOPLES_GROUP = "young_peoples_group"


class Stage(StrEnum):
    """Where a piece of work has got to."""

    IDEA = "idea"
    DESIGN = "design"
    DELIVERY = "delivery"
    REVIEW = "review"


class Level(StrEnum):
    """How far families took part, from being told to doing it together."""

    INFORM = "inform"
    CONSULT = "consult"
    INVOLVE = "involve"
    CO_DESIGN = "co_design"
    CO_PRODUCE = "co_produce"


class Source(StrEnum):
    """Whose evaluation it is."""

    OFFICER = "officer"
    FAMILY = "family"
    YOUNG_PERSON = "young_person"


KIND_LABELS = {
    OrganisationKind.COUNCIL: _l("Council"), OrganisationKind.HEALTH: _l("Health"),
    OrganisationKind.PARENT_CARER_FORUM: _l("Parent carer forum"),
    OrganisationKind.SCHOOL_OR_COLLEGE: _l("School or college"),
    OrganisationKind.VOLUNTARY_SECTOR: _l("Voluntary sector"),
    OrganisationKind.YOUNG_PEOPLES_GROUP: _l("Young people's group"),
}
STAGE_LABELS = {Stage.IDEA: _l("Idea"), Stage.DESIGN: _l("Design"),
                Stage.DELIVERY: _l("Delivery"), Stage.REVIEW: _l("Review")}
LEVEL_LABELS = {Level.INFORM: _l("Inform"), Level.CONSULT: _l("Consult"),
                Level.INVOLVE: _l("Involve"), Level.CO_DESIGN: _l("Co-design"),
                Level.CO_PRODUCE: _l("Co-produce")}
LEVEL_MEANINGS = {
    Level.INFORM: _l("We told families what we were doing."),
    Level.CONSULT: _l("We asked families what they thought, and then we decided."),
    Level.INVOLVE: _l("Families helped shape the work, but we made the final decisions."),
    Level.CO_DESIGN: _l("Families and staff designed it together, as equals."),
    Level.CO_PRODUCE: _l("Families and staff did it together from the start: planning, "
                         "deciding, doing and checking."),
}
SOURCE_LABELS = {Source.OFFICER: _l("Officers"), Source.FAMILY: _l("Families"),
                 Source.YOUNG_PERSON: _l("Young people")}


class Charter(SQLModel, table=True):
    """An area's co-production charter; its words live in its versions."""

    __table_args__ = (UniqueConstraint("area_id", "slug"),)

    id: int | None = Field(default=None, primary_key=True)
    area_id: int = Field(foreign_key="area.id", index=True, ondelete="CASCADE")
    slug: str = Field(max_length=60)
    current_version: int = 1
    created_at: datetime = Field(default_factory=utcnow)


class CharterVersion(SQLModel, table=True):
    """The charter's words as imported once: title, vision, principles, review date."""

    __table_args__ = (UniqueConstraint("charter_id", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    charter_id: int = Field(foreign_key="charter.id", index=True, ondelete="CASCADE")
    area_id: int = Field(foreign_key="area.id", index=True, ondelete="CASCADE")
    number: int
    title: str = Field(max_length=200)
    review_on: date
    content: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    what_changed: str = Field(default="", max_length=1000)
    imported_at: datetime = Field(default_factory=utcnow)


class Signatory(SQLModel, table=True):
    """An organisation that signed the charter, and its pledge in its own words."""

    id: int | None = Field(default=None, primary_key=True)
    charter_id: int = Field(foreign_key="charter.id", index=True, ondelete="CASCADE")
    area_id: int = Field(foreign_key="area.id", index=True, ondelete="CASCADE")
    organisation: str = Field(max_length=200)
    kind: str = Field(max_length=30)
    signed_by: str = Field(max_length=200)
    signed_on: date
    pledge: str = Field(max_length=2000)


class Project(SQLModel, table=True):
    """A piece of co-production work, measured against the charter."""

    id: int | None = Field(default=None, primary_key=True)
    area_id: int = Field(foreign_key="area.id", index=True, ondelete="CASCADE")
    title: str = Field(max_length=200)
    summary: str = Field(default="", max_length=2000)
    partners: str = Field(default="", max_length=500)
    stage: str = Field(max_length=20)
    level: str = Field(max_length=20)
    created_at: datetime = Field(default_factory=utcnow)


class ProjectLink(SQLModel, table=True):
    """Something a project is connected to: a survey, an event, or (once that package exists) a
    "you said, we did" item. Kind plus id, so a new kind needs no new table."""

    __table_args__ = (UniqueConstraint("project_id", "kind", "target_id"),)

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="project.id", index=True, ondelete="CASCADE")
    area_id: int = Field(foreign_key="area.id", index=True, ondelete="CASCADE")
    kind: str = Field(max_length=20)
    target_id: int


class EvaluationLink(SQLModel, table=True):
    """A public link families or young people use to evaluate a project, with no account:
    open (one evaluation per browser) or a batch of one-time codes printed for a meeting."""

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="project.id", index=True, ondelete="CASCADE")
    area_id: int = Field(foreign_key="area.id", index=True, ondelete="CASCADE")
    token: str = Field(max_length=40, unique=True)
    audience: str = Field(max_length=20)  # family or young_person
    uses_codes: bool = False
    closed: bool = False
    created_at: datetime = Field(default_factory=utcnow)


class EvaluationCode(SQLModel, table=True):
    """One printed code: it lets one person evaluate once."""

    id: int | None = Field(default=None, primary_key=True)
    link_id: int = Field(foreign_key="evaluationlink.id", index=True, ondelete="CASCADE")
    area_id: int = Field(foreign_key="area.id", index=True, ondelete="CASCADE")
    code: str = Field(max_length=12, unique=True)
    used_at: datetime | None = None


class Evaluation(SQLModel, table=True):
    """One person's evaluation of a project: who they are (a source, never a name) and when."""

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="project.id", index=True, ondelete="CASCADE")
    area_id: int = Field(foreign_key="area.id", index=True, ondelete="CASCADE")
    source: str = Field(max_length=20)
    link_id: int | None = Field(default=None, foreign_key="evaluationlink.id",
                                ondelete="SET NULL")
    user_id: int | None = Field(default=None, foreign_key="user.id", ondelete="SET NULL")
    made_on: date = Field(index=True)  # the day only: enough for "over time", less to know


class Rating(SQLModel, table=True):
    """One principle (or one of the Lundy questions) rated 1 to 4, with a sentence of evidence."""

    id: int | None = Field(default=None, primary_key=True)
    evaluation_id: int = Field(foreign_key="evaluation.id", index=True, ondelete="CASCADE")
    area_id: int = Field(foreign_key="area.id", index=True, ondelete="CASCADE")
    principle: str = Field(max_length=40)
    score: int
    # Officers' evidence is kept here. What a family or young person wrote is a comment in the
    # one voice record instead: redacted, themed and checked for safeguarding like all the rest.
    evidence: str = Field(default="", max_length=1000)
    comment_id: int | None = Field(default=None, foreign_key="comment.id", ondelete="SET NULL")
