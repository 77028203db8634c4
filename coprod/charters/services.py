"""Charters and projects: importing a charter file as a new version, signatories, the review
reminder, and co-production projects with what they link to."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date

from flask_babel import gettext as _
from sqlalchemy import delete
from sqlmodel import Session, col, select

from coprod.areas.models import Area
from coprod.charters.files import CharterFile, CharterText, charter_from_data
from coprod.charters.models import (
    Charter,
    CharterVersion,
    Evaluation,
    Project,
    ProjectLink,
    Signatory,
    Source,
)
from coprod.common.i18n import govuk_date
from coprod.events.models import ListeningEvent
from coprod.surveys.models import Survey
from coprod.yousaid.models import YouSaidItem

REVIEW_WARNING_DAYS = 60  # the dashboard reminds staff this long before the review date


@dataclass(frozen=True)
class Imported:
    """What importing a charter file did: created, a new version, or nothing (unchanged)."""

    charter: Charter
    version: CharterVersion
    outcome: str  # "created", "new version" or "unchanged"


def import_charter(session: Session, area_id: int, parsed: CharterFile) -> Imported:
    """Store a checked charter file: new, a new version when its words changed (which needs
    'what changed and why' in the file), or nothing when it is the same."""
    charter = session.exec(select(Charter).where(Charter.area_id == area_id,
                                                 Charter.slug == parsed.charter.slug)).first()
    if charter is None:
        charter = Charter(area_id=area_id, slug=parsed.charter.slug, current_version=1)
        session.add(charter)
        session.flush()
        return Imported(charter, _add_version(session, charter, parsed, 1), "created")
    current = current_version(session, charter)
    if current.content == parsed.data:
        return Imported(charter, current, "unchanged")
    if not parsed.charter.what_changed:
        raise parsed.problem(("what_changed",), (
            _("Say what changed and why in what_changed: this charter is different from "
              "version %(number)d", number=current.number)))
    charter.current_version = current.number + 1
    session.add(charter)
    return Imported(charter, _add_version(session, charter, parsed, current.number + 1),
                    "new version")


def _add_version(session: Session, charter: Charter, parsed: CharterFile,
                 number: int) -> CharterVersion:
    version = CharterVersion(charter_id=charter.id, area_id=charter.area_id, number=number,
                             title=parsed.charter.title, review_on=parsed.charter.review_on,
                             content=parsed.data, what_changed=parsed.charter.what_changed)
    session.add(version)
    session.commit()
    return version


def current_version(session: Session, charter: Charter) -> CharterVersion:
    """The charter's words now."""
    return session.exec(select(CharterVersion).where(
        CharterVersion.charter_id == charter.id,
        CharterVersion.number == charter.current_version)).one()


def versions(session: Session, charter: Charter) -> list[CharterVersion]:
    """Every version of a charter, newest first: the history of what changed and why."""
    return list(session.exec(select(CharterVersion).where(
        CharterVersion.charter_id == charter.id)
        .order_by(col(CharterVersion.number).desc())).all())


def text_of(version: CharterVersion) -> CharterText:
    """A stored version's words."""
    return charter_from_data(version.content)


def area_charter(session: Session, area_id: int) -> Charter | None:
    """The area's charter (the first imported, when there is more than one)."""
    return session.exec(select(Charter).where(Charter.area_id == area_id)
                        .order_by(Charter.id)).first()


def area_charter_text(session: Session, area_id: int) -> CharterText | None:
    """The words of the area's charter now, or None before one is imported."""
    charter = area_charter(session, area_id)
    return text_of(current_version(session, charter)) if charter else None


@dataclass(frozen=True)
class ReviewReminder:
    """The charter's review date, and whether it is near or past."""

    review_on: date
    days_left: int

    @property
    def past(self) -> bool:
        return self.days_left < 0

    @property
    def near(self) -> bool:
        return 0 <= self.days_left <= REVIEW_WARNING_DAYS


def review_reminder(session: Session, area_id: int, today: date) -> ReviewReminder | None:
    """The review date of the area's charter with how many days are left, or None."""
    charter = area_charter(session, area_id)
    if charter is None:
        return None
    review_on = current_version(session, charter).review_on
    return ReviewReminder(review_on, (review_on - today).days)


def signatories(session: Session, charter_id: int) -> list[Signatory]:
    """Who signed the charter, first signed first."""
    return list(session.exec(select(Signatory).where(Signatory.charter_id == charter_id)
                             .order_by(Signatory.signed_on, Signatory.id)).all())


def add_signatory(session: Session, charter: Charter, organisation: str, kind: str,
                  signed_by: str, signed_on: date, pledge: str) -> Signatory:
    """An organisation signs the charter with its pledge in its own words."""
    signatory = Signatory(charter_id=charter.id, area_id=charter.area_id,
                          organisation=organisation.strip(), kind=kind,
                          signed_by=signed_by.strip(), signed_on=signed_on, pledge=pledge.strip())
    session.add(signatory)
    session.commit()
    return signatory


def review_is_due(reminder: ReviewReminder | None) -> bool:
    """Whether the dashboard should remind staff to review the charter."""
    return reminder is not None and (reminder.near or reminder.past)


def charter_for_page(session: Session, area: Area) -> tuple[Charter, CharterVersion] | None:
    """The area's charter and its current version, for the public pages."""
    charter = area_charter(session, area.id)
    return (charter, current_version(session, charter)) if charter else None


def public_pages(session: Session) -> list[tuple[str, dict]]:
    """The public charter pages of every area with a charter, for the sitemap."""
    slugs = session.exec(select(Area.slug).join(Charter, col(Charter.area_id) == Area.id)
                         .distinct().order_by(Area.slug)).all()
    return [(endpoint, {"area_slug": slug}) for slug in slugs
            for endpoint in ("charter_pages.public_charter", "charter_pages.easy_read_charter",
                             "charter_pages.print_charter")]


# Projects.

LINK_KINDS = ("survey", "event", "you_said")


@dataclass
class ProjectDetails:
    """Everything about a project that its form edits."""

    title: str
    stage: str
    level: str
    summary: str = ""
    partners: str = ""
    survey_ids: list[int] = field(default_factory=list)
    event_ids: list[int] = field(default_factory=list)
    you_said_ids: list[int] = field(default_factory=list)


def save_project(session: Session, area_id: int, details: ProjectDetails,
                 project: Project | None = None) -> Project:
    """Create a project, or change one, with the surveys and events it links to."""
    project = project or Project(area_id=area_id, title="", stage="", level="")
    for name in ("title", "stage", "level", "summary", "partners"):
        setattr(project, name, getattr(details, name))
    session.add(project)
    session.flush()
    session.execute(delete(ProjectLink).where(col(ProjectLink.project_id) == project.id,
                                              col(ProjectLink.kind).in_(LINK_KINDS)))
    session.add_all([ProjectLink(project_id=project.id, area_id=area_id, kind=kind, target_id=i)
                     for kind, ids in (("survey", details.survey_ids),
                                       ("event", details.event_ids),
                                       ("you_said", details.you_said_ids))
                     for i in sorted(set(ids))])
    session.commit()
    return project


def details_of(session: Session, project: Project) -> ProjectDetails:
    """The details a project has now (to fill its form)."""
    links = project_links(session, project.id)
    values = {f.name: getattr(project, f.name) for f in fields(ProjectDetails)
              if not f.name.endswith("_ids")}
    return ProjectDetails(**values, survey_ids=links.get("survey", []),
                          event_ids=links.get("event", []),
                          you_said_ids=links.get("you_said", []))


def project_links(session: Session, project_id: int) -> dict[str, list[int]]:
    """The ids a project links to, by kind."""
    links: dict[str, list[int]] = {}
    for link in session.exec(select(ProjectLink).where(ProjectLink.project_id == project_id)
                             .order_by(ProjectLink.kind, ProjectLink.target_id)).all():
        links.setdefault(link.kind, []).append(link.target_id)
    return links


def linked_records(session: Session, project: Project) -> tuple[list[Survey],
                                                                list[ListeningEvent],
                                                                list[YouSaidItem]]:
    """The surveys, events and "you said, we did" items a project links to, from its own area."""
    links = project_links(session, project.id)

    def of(model, kind: str, order):
        return list(session.exec(select(model).where(
            col(model.id).in_(links.get(kind, [])), model.area_id == project.area_id)
            .order_by(order)).all())

    return (of(Survey, "survey", Survey.id), of(ListeningEvent, "event", ListeningEvent.held_on),
            of(YouSaidItem, "you_said", YouSaidItem.id))


def link_choices(session: Session, area_id: int) -> dict[str, list[tuple[int, str]]]:
    """(id, name) of the area's surveys, events and "you said, we did" items, for a project's
    form."""
    surveys = session.exec(select(Survey.id, Survey.title).where(Survey.area_id == area_id)
                           .order_by(Survey.title)).all()
    events = session.exec(select(ListeningEvent.id, ListeningEvent.title, ListeningEvent.held_on)
                          .where(ListeningEvent.area_id == area_id)
                          .order_by(col(ListeningEvent.held_on).desc())).all()
    items = session.exec(select(YouSaidItem.id, YouSaidItem.you_said)
                         .where(YouSaidItem.area_id == area_id).order_by(YouSaidItem.id)).all()
    return {"survey": [(i, t) for i, t in surveys if i is not None],
            "event": [(i, f"{t}, {govuk_date(held)}") for i, t, held in events if i is not None],
            "you_said": [(i, _short(said)) for i, said in items if i is not None]}


def _short(text: str, limit: int = 90) -> str:
    """A long "you said" cut to a line, for a checkbox label."""
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def projects_in_area(session: Session, area_id: int) -> list[Project]:
    """Every project in the area, by title."""
    return list(session.exec(select(Project).where(Project.area_id == area_id)
                             .order_by(Project.title, Project.id)).all())


def projects_without_family_evaluation(session: Session, area_id: int) -> list[Project]:
    """Projects no family (nor young person) has evaluated yet."""
    heard = select(Evaluation.project_id).where(
        Evaluation.area_id == area_id,
        col(Evaluation.source).in_((Source.FAMILY.value, Source.YOUNG_PERSON.value)))
    return list(session.exec(select(Project).where(Project.area_id == area_id,
                                                   col(Project.id).not_in(heard))
                             .order_by(Project.title, Project.id)).all())

