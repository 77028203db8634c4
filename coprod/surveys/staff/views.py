"""Survey management for staff: the list, starting and importing, details, preview, publishing.

Questions and answers are edited in `staff_question_views`; results, exports, response imports
and sharing in `staff_results_views`. All three add routes to this one blueprint.
"""

from __future__ import annotations

from flask import abort, flash, g, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlmodel import Session

from coprod.common.edit_forms import merge_on_submit
from coprod.common.forms import ButtonForm, choices
from coprod.common.permissions import require
from coprod.common.records import get_in_area
from coprod.db import get_session
from coprod.events.feedback import FeedbackSurvey, offer_feedback_surveys
from coprod.surveys import voice_link
from coprod.surveys.builder import conditions as builder_conditions
from coprod.surveys.builder import edits as builder
from coprod.surveys.builder.forms import (
    CopyForm,
    DetailsForm,
    PublishForm,
    StartSurveyForm,
    UploadForm,
)
from coprod.surveys.definition import library
from coprod.surveys.definition.share_words import definition_with_share_words
from coprod.surveys.definition.survey import (
    HELPED_QUESTION,
    SurveyFileError,
    answer_options,
    survey_from_dict,
    survey_to_dict,
)
from coprod.surveys.definition.symbols import alt_text
from coprod.surveys.easy_read.checker import check_survey
from coprod.surveys.easy_read.warnings import warnings_by_place
from coprod.surveys.journey import runner
from coprod.surveys.models import Survey, SurveyStatus
from coprod.surveys.staff import bp, publishing, sharing


def load_survey(survey_id: int) -> Survey:
    """The survey if it is in the current area, else 404."""
    return get_in_area(get_session(), Survey, survey_id, g.area.id)


@bp.app_template_global("survey_named_in_area")
def survey_named_in_area(slug: str | None) -> Survey | None:
    """The survey an event names by its slug, when it is in this area: events sit below
    surveys, so their pages cannot look it up themselves (and showed the slug)."""
    survey = library.survey_by_slug(get_session(), slug) if slug else None
    return survey if survey is not None and survey.area_id == g.area.id else None


def feedback_surveys(session: Session, area_id: int) -> list[FeedbackSurvey]:
    """The area's surveys by title, each with whether families can answer it today: an event's
    form offers them as its feedback survey, and its public page links only to an open one."""
    return [FeedbackSurvey(survey.slug, title, SurveyStatus.DRAFT.value
                           if survey.status == SurveyStatus.DRAFT else
                           runner.availability(survey).value)
            for survey, title in library.surveys_by_title(session, area_id)]


# Events sit below surveys, so surveys offer the list as the app is built.
bp.record_once(lambda state: offer_feedback_surveys(state.app, feedback_surveys))


@bp.app_template_global("survey_question_answered")
def survey_question_answered(response_id: int | None,
                             question_id: str | None) -> tuple[str, str] | None:
    """The survey and question a comment answered, in words, for the comment's page (the
    record's pages sit below surveys, and showed "Survey response 178 (anything_else)")."""
    if not response_id:
        return None
    return voice_link.question_answered(get_session(), g.area.id, response_id, question_id)


def save_data(survey: Survey, data: dict) -> None:
    """Save an edited definition dict (a new version if the current one has responses)."""
    library.save_definition(get_session(), survey, survey_from_dict(data), current_user.id)


def builder_context(survey: Survey) -> dict:
    """What every builder page shows: the survey, its definition and whether saving versions."""
    db = get_session()
    version = library.current_version(db, survey.id)
    defn = library.current_definition(db, survey)
    asked = definition_with_share_words(defn)
    # `asked`: the questions as respondents get them once published (publishing adds "Can we
    # use your words?" to a survey without it); `adds_share_words` when it is still to come.
    return {"survey": survey, "version": version, "defn": defn, "asked": asked,
            "adds_share_words": asked is not defn,
            "shown_only_if": builder_conditions.shown_only_if(defn),
            "new_version": library.editing_makes_new_version(db, survey),
            "state": publishing.state_of(survey, publishing.uk_today()),
            "state_tags": publishing.STATE_TAGS}


@bp.get("/")
@require("view_results")
def list_surveys():
    """The area's surveys, with their state and how many responses each has."""
    db = get_session()
    return render_template("surveys/staff/list.html",
                           surveys=library.surveys_for_area(db, g.area.id),
                           counts=library.response_counts(db, g.area.id),
                           today=publishing.uk_today(), state_of=publishing.state_of,
                           state_tags=publishing.STATE_TAGS)


@bp.route("/new", methods=["GET", "POST"])
@require("manage_surveys")
def new_survey():
    """Start a survey from a template or from a blank page, under a title of its own."""
    templates = library.survey_templates()
    form = StartSurveyForm()
    form.start.choices = choices([(t.name, t.title) for t in templates]
                                 + [("blank", _("A blank survey"))])
    if form.validate_on_submit():
        db = get_session()
        title = form.title.data.strip()
        if not _title_taken(db, g.area.id, form.title):
            survey = publishing.start_blank(db, g.area.id, title, form.audience.data,
                                            form.easy_read.data, current_user.id) \
                if form.start.data == "blank" else publishing.start_from_template(
                    db, g.area.id, form.start.data, current_user.id, title)
            flash(_("Survey created as a draft."), "success")
            return redirect(url_for("surveys.overview", survey_id=survey.id))
    return render_template("surveys/staff/new.html", form=form, templates=templates), (
        400 if form.errors else 200)


def _title_taken(db, area_id: int, field) -> bool:
    """Refuse a title another survey in the area has: the home page would list two alike."""
    title = field.data.strip()
    if not publishing.title_in_use(db, area_id, title):
        return False
    field.errors = [_("Your area already has a survey called ‘%(title)s’. Enter a different "
                      "title", title=title)]
    return True


@bp.route("/upload", methods=["GET", "POST"])
@require("manage_surveys")
def upload_survey():
    """Import a survey file; an invalid file is refused with every problem's line and field."""
    form = UploadForm()
    problems: list = []
    if form.validate_on_submit():
        upload = form.file.data
        try:
            defn = library.read_upload(upload.read(), upload.filename)
            done = library.import_definition(get_session(), g.area.id, defn, current_user.id,
                                             upload.filename)
        except SurveyFileError as error:
            problems = list(error.problems)
        else:
            flash(_import_message(done), "success")
            return redirect(url_for("surveys.overview", survey_id=done.survey.id))
    return render_template("surveys/staff/upload.html", form=form, problems=problems), (
        400 if form.errors or problems else 200)


def _import_message(done: library.Imported) -> str:
    if done.created:
        return _("Survey imported as a draft.")
    if done.new_version:
        return _("Survey updated: people who answer from now on see version %(n)d. Earlier "
                 "responses stay with the version they answered.", n=done.version.number)
    return _("Survey updated.")


@bp.get("/<int:survey_id>")
@require("manage_surveys")
def overview(survey_id: int):
    """The survey's questions, easy-read warnings, and what can be done next."""
    return render_overview(load_survey(survey_id))


def render_overview(survey: Survey, problems: list[str] | None = None):
    """The overview page, with the problems a refused change had (move, remove) if any."""
    context = builder_context(survey)
    return render_template(
        "surveys/staff/overview.html", **context, action_form=ButtonForm(),
        warnings=warnings_by_place(check_survey(context["defn"])), problems=problems or [],
        versions=library.versions_of(get_session(), survey.id)), 400 if problems else 200


@bp.route("/<int:survey_id>/details", methods=["GET", "POST"])
@require("manage_surveys")
def edit_details(survey_id: int):
    """The title, audience and start-page words."""
    survey = load_survey(survey_id)
    context = builder_context(survey)
    data = survey_to_dict(context["defn"])
    now = {name: data.get(name) for name in builder.DETAIL_FIELDS}
    form = DetailsForm(data=now)
    problems: list[str] = []
    if merge_on_submit(form, now):
        fields = {name: getattr(form, name).data for name in builder.DETAIL_FIELDS}
        try:
            save_data(survey, builder.update_details(data, fields))
        except builder.BuilderError as error:
            problems = error.messages
        else:
            flash(_("Survey details saved."), "success")
            return redirect(url_for("surveys.overview", survey_id=survey.id))
    return render_template("surveys/staff/details.html", form=form, problems=problems,
                           **context), 400 if form.errors or problems else 200


@bp.get("/<int:survey_id>/preview")
@require("manage_surveys")
def preview(survey_id: int):
    """The start page as a respondent sees it, and a way into the questions."""
    return render_template("surveys/staff/preview.html", **builder_context(load_survey(survey_id)),
                           helped_question=HELPED_QUESTION)


@bp.get("/<int:survey_id>/preview/<int:number>")
@require("manage_surveys")
def preview_question(survey_id: int, number: int):
    """Question `number` exactly as a respondent sees it (the journey's own macro), with
    "Can we use your words?" where it will be asked; the last page is the "Did someone help
    you answer?" question coprod adds. Nothing is saved."""
    context = builder_context(load_survey(survey_id))
    asked = [*context["asked"].questions, HELPED_QUESTION]
    if not 1 <= number <= len(asked):
        abort(404)
    return render_template("surveys/staff/preview_question.html", **context,
                           question=asked[number - 1], number=number, total=len(asked))


def question_helpers() -> dict:
    """What templates need to draw questions: options, pictures and the closing question."""
    return {"answer_options": answer_options, "alt_text": alt_text,
            "symbol_file": sharing.symbol_file, "helped_question": HELPED_QUESTION,
            "answer_values_text": lambda q: ", ".join(o.value for o in answer_options(q))}


@bp.route("/<int:survey_id>/publish", methods=["GET", "POST"])
@require("manage_surveys")
def publish(survey_id: int):
    """Open the survey now, or schedule it for a later day, with an optional closing day."""
    survey = load_survey(survey_id)
    form = PublishForm(data={"opens_on": survey.opens_on, "closes_on": survey.closes_on})
    if form.validate_on_submit():
        publishing.publish(get_session(), survey, form.opens_on.data, form.closes_on.data,
                           current_user.id)
        state = publishing.state_of(survey, publishing.uk_today())
        flash(_("Survey scheduled.") if state == publishing.State.SCHEDULED
              else _("Survey published."), "success")
        return redirect(url_for("surveys.overview", survey_id=survey.id))
    return render_template("surveys/staff/publish.html", form=form,
                           **builder_context(survey)), 400 if form.errors else 200


@bp.route("/<int:survey_id>/close", methods=["GET", "POST"])
@require("manage_surveys")
def close(survey_id: int):
    """Ask, then stop taking answers."""
    survey = load_survey(survey_id)
    form = ButtonForm()
    if form.validate_on_submit():
        publishing.close(get_session(), survey)
        flash(_("Survey closed. Its answers are kept."), "success")
        return redirect(url_for("surveys.overview", survey_id=survey.id))
    return render_template("surveys/staff/close.html", form=form, **builder_context(survey))


@bp.route("/<int:survey_id>/duplicate", methods=["GET", "POST"])
@require("manage_surveys")
def duplicate(survey_id: int):
    """A draft copy with the same questions and no responses, under a new title."""
    survey = load_survey(survey_id)
    form = CopyForm()
    if form.validate_on_submit():
        db = get_session()
        if not _title_taken(db, survey.area_id, form.title):
            copy = publishing.duplicate(db, survey, current_user.id, form.title.data.strip())
            flash(_("Copy made as a draft."), "success")
            return redirect(url_for("surveys.overview", survey_id=copy.id))
    return render_template("surveys/staff/copy.html", form=form, **builder_context(survey)), (
        400 if form.errors else 200)

