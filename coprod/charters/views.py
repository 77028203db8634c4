"""Staff pages: the charter, its signatories and versions, projects, evaluating them, the
public links families use, and the dashboard of officers' and families' ratings."""

from __future__ import annotations

from flask import Blueprint, Response, abort, flash, g, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from coprod.charters import charts, evaluation, services
from coprod.charters.forms import LinkForm, ProjectForm, SignatoryForm, staff_evaluation_form
from coprod.charters.models import (
    KIND_LABELS,
    LEVEL_LABELS,
    LEVEL_MEANINGS,
    SOURCE_LABELS,
    STAGE_LABELS,
    EvaluationLink,
    Project,
    Source,
)
from coprod.charters.scale import STAFF_LABELS
from coprod.charters.summary import evaluation_summary
from coprod.common.edit_forms import merge_on_submit
from coprod.common.permissions import current_role, require
from coprod.common.records import get_in_area
from coprod.db import get_session
from coprod.text.redaction import redact
from coprod.voice.parsing import local_today

bp = Blueprint("charters", __name__)


@bp.context_processor
def _labels() -> dict:
    return {"kind_labels": KIND_LABELS, "stage_labels": STAGE_LABELS,
            "level_labels": LEVEL_LABELS, "level_meanings": LEVEL_MEANINGS,
            "source_labels": SOURCE_LABELS, "score_labels": STAFF_LABELS}


@bp.app_template_filter("redacted_evidence")
def _redacted(text: str) -> str:
    """What a family wrote, with names and contact details taken out (display text only)."""
    return redact(text)


@bp.app_template_global("charter_review_reminder")
def _review_reminder():
    """For the dashboard card: the review date when it is near or past, else None."""
    reminder = services.review_reminder(get_session(), g.area.id, local_today())
    return reminder if services.review_is_due(reminder) else None


@bp.get("/staff/charters/")
@require("view_charters")
def overview():
    """The charter (versions, review date, signatories) and the projects measured against it."""
    db = get_session()
    charter = services.area_charter(db, g.area.id)
    version = services.current_version(db, charter) if charter else None
    return render_template(
        "charters/overview.html", charter=charter, version=version,
        text=services.text_of(version) if version else None,
        versions=services.versions(db, charter) if charter else [],
        signatories=services.signatories(db, charter.id) if charter else [],
        reminder=services.review_reminder(db, g.area.id, local_today()),
        projects=services.projects_in_area(db, g.area.id))


@bp.route("/staff/charters/signatories/new", methods=["GET", "POST"])
@require("manage_charters")
def add_signatory():
    """Record an organisation signing the charter, with its pledge."""
    charter = services.area_charter(get_session(), g.area.id) or abort(404)
    form = SignatoryForm()
    if form.validate_on_submit():
        services.add_signatory(get_session(), charter, form.organisation.data, form.kind.data,
                               form.signed_by.data, form.signed_on.data, form.pledge.data)
        flash(_("%(name)s added as a signatory.", name=form.organisation.data.strip()), "success")
        return redirect(url_for("charters.overview"))
    return render_template("charters/signatory_form.html", form=form), (
        400 if form.errors else 200)


def _project_form(now: dict | None) -> ProjectForm:
    form = ProjectForm(data=now)
    choices = services.link_choices(get_session(), g.area.id)
    form.surveys.choices, form.events.choices = choices["survey"], choices["event"]
    form.you_said.choices = choices["you_said"]
    return form


@bp.route("/staff/charters/projects/new", methods=["GET", "POST"])
@require("manage_projects")
def add_project():
    """Start recording a piece of co-production work."""
    form = _project_form(None)
    if form.validate_on_submit():
        project = services.save_project(get_session(), g.area.id, form.details())
        flash(_("Project saved: %(title)s.", title=project.title), "success")
        return redirect(url_for("charters.view_project", project_id=project.id))
    return render_template("charters/project_form.html", form=form, project=None), (
        400 if form.errors else 200)


@bp.route("/staff/charters/projects/<int:project_id>/edit", methods=["GET", "POST"])
@require("manage_projects")
def edit_project(project_id: int):
    """Change a project: its stage, level, partners and links."""
    project = get_in_area(get_session(), Project, project_id, g.area.id)
    now = ProjectForm.values_of(services.details_of(get_session(), project))
    form = _project_form(now)
    if merge_on_submit(form, now):
        services.save_project(get_session(), g.area.id, form.details(), project)
        flash(_("Project updated."), "success")
        return redirect(url_for("charters.view_project", project_id=project.id))
    return render_template("charters/project_form.html", form=form, project=project), (
        400 if form.errors else 200)


@bp.get("/staff/charters/projects/<int:project_id>/")
@require("view_charters")
def view_project(project_id: int):
    """One project: partners, stage, level, links, its evaluation links and evaluations."""
    db = get_session()
    project = get_in_area(db, Project, project_id, g.area.id)
    surveys, events, you_said = services.linked_records(db, project)
    names = {q.key: q.name for q in evaluation.questions_for(db, g.area.id, Source.OFFICER)}
    officers = evaluation.officer_evaluations(db, project.id)
    return render_template("charters/project.html", project=project, surveys=surveys,
                           events=events, you_said=you_said,
                           links=evaluation.links_for(db, project.id),
                           officers=officers, names=names, figure_rows=_figure_rows,
                           summary=evaluation_summary(db, g.area.id, project_id=project.id))


def _figure_rows(items) -> list[tuple[str, dict]]:
    """(name, figures) per principle, for the figures table."""
    return [(item.name, item.figures) for item in items]


@bp.route("/staff/charters/projects/<int:project_id>/evaluate", methods=["GET", "POST"])
@require("evaluate_coproduction")
def evaluate_project(project_id: int):
    """Officers and forum members rate the project against each principle, with evidence."""
    db = get_session()
    project = get_in_area(db, Project, project_id, g.area.id)
    questions = evaluation.questions_for(db, g.area.id, Source.OFFICER)
    if not questions:
        abort(404)
    source = _staff_source()
    as_family = source == Source.FAMILY.value  # their words go into the voice record
    form = staff_evaluation_form(questions, ask_share_words=as_family)()
    if form.validate_on_submit():
        answers = {q.key: evaluation.Answer(int(form[f"score_{q.key}"].data),
                                            form[f"evidence_{q.key}"].data)
                   for q in questions}
        evaluation.save_evaluation(db, project, source, answers, local_today(),
                                   user_id=current_user.id,
                                   share_words=form["share_words"].data == "yes"
                                   if as_family else None)
        flash(_("Evaluation saved."), "success")
        return redirect(url_for("charters.view_project", project_id=project.id))
    return render_template("charters/evaluate.html", form=form, project=project,
                           questions=questions), 400 if form.errors else 200


def _staff_source() -> str:
    """Forum members speak for families (the parent carer forum); everyone else as officers."""
    return Source.FAMILY.value if current_role() == "forum" else Source.OFFICER.value


@bp.route("/staff/charters/projects/<int:project_id>/links/new", methods=["GET", "POST"])
@require("manage_projects")
def add_link(project_id: int):
    """Make a public easy-read link for families or young people to evaluate the project."""
    project = get_in_area(get_session(), Project, project_id, g.area.id)
    form = LinkForm()
    if form.validate_on_submit():
        codes = form.codes.data if form.kind.data == "codes" else 0
        link = evaluation.new_link(get_session(), project, form.audience.data, codes or 0)
        flash(_("Link made."), "success")
        if link.uses_codes:
            return redirect(url_for("charters.print_codes", project_id=project.id,
                                    link_id=link.id))
        return redirect(url_for("charters.view_project", project_id=project.id))
    return render_template("charters/link_form.html", form=form, project=project), (
        400 if form.errors else 200)


@bp.get("/staff/charters/projects/<int:project_id>/links/<int:link_id>/codes")
@require("manage_projects")
def print_codes(project_id: int, link_id: int):
    """The link's one-time codes, to print and cut up for a meeting."""
    project = get_in_area(get_session(), Project, project_id, g.area.id)
    link = get_in_area(get_session(), EvaluationLink, link_id, g.area.id)
    if link.project_id != project.id or not link.uses_codes:
        abort(404)
    return render_template("charters/codes.html", project=project, link=link,
                           codes=evaluation.codes_of(get_session(), link.id))


@bp.get("/staff/charters/evaluation")
@require("view_charters")
def dashboard():
    """Per principle: officers' and families' ratings side by side and over time, where they
    disagree, the evidence; young people's Lundy ratings; projects no family has evaluated."""
    return render_template("charters/dashboard.html",
                           summary=evaluation_summary(get_session(), g.area.id),
                           figure_rows=_figure_rows)


@bp.get("/staff/charters/evaluation/<any(principles, lundy, levels):chart>.png")
@require("view_charters")
def chart(chart: str):
    """One of the dashboard's charts as a PNG (its numbers are in the table beside it)."""
    summary = evaluation_summary(get_session(), g.area.id)
    png = charts.draw(chart, summary)
    return Response(png, mimetype="image/png")
