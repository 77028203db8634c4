"""Factories for charters, projects and evaluation links."""

from __future__ import annotations

from sqlmodel import Session

from coprod.areas.models import Area
from coprod.charters import evaluation, services
from coprod.charters.files import CHARTERS_DIR, read_charter_file
from coprod.charters.models import Charter, EvaluationLink, Project


def make_charter(session: Session, area: Area) -> Charter:
    return services.import_charter(
        session, area.id, read_charter_file(CHARTERS_DIR / "model-charter.yaml")).charter


def make_project(session: Session, area: Area, title: str = "Redesigning annual reviews",
                 stage: str = "design", level: str = "co_design") -> Project:
    return services.save_project(session, area.id, services.ProjectDetails(
        title=title, stage=stage, level=level, partners="Parent carer forum"))


def make_link(session: Session, project: Project, audience: str = "family",
              codes: int = 0) -> EvaluationLink:
    return evaluation.new_link(session, project, audience, codes)
