"""Results, charts and exports for staff; CSV import of paper responses; sharing (QR, paper)."""

from __future__ import annotations

from flask import Response, abort, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext
from flask_login import current_user

from coprod.common import charts as common_charts
from coprod.common.forms import choices
from coprod.common.permissions import current_role, require
from coprod.db import get_session
from coprod.surveys.definition import library
from coprod.surveys.models import Channel, Survey
from coprod.surveys.results import charts, exports
from coprod.surveys.results import services as results
from coprod.surveys.results.forms import ResponseImportForm, ResultsFilterForm
from coprod.surveys.staff import bp, publishing, response_import, sharing
from coprod.surveys.staff.views import builder_context, load_survey, question_helpers

CHANNEL_LABELS = {Channel.ONLINE: _l("Online"), Channel.PAPER: _l("Paper"),
                  Channel.EVENT: _l("At an event"), Channel.PHONE: _l("By phone")}


def _filters(survey: Survey) -> tuple[ResultsFilterForm, results.ResultFilters]:
    """The filter form read from the address, and the filters it gives when valid."""
    form = ResultsFilterForm(formdata=request.args if request.args else None)
    groups = results.group_choices(get_session(), survey.id)
    form.group.choices = choices([("", _("Everyone"))] + [(v, v.replace("_", " ").capitalize())
                                                          for v in groups])
    form.channel.choices = choices([("", _("Any way"))] + [(c.value, str(label))
                                                          for c, label in CHANNEL_LABELS.items()])
    if not request.args or not form.validate():
        return form, results.ResultFilters()
    return form, results.ResultFilters(form.group.data or None, form.channel.data or None,
                                       form.date_from.data, form.date_to.data)


def _rows(survey: Survey, filters: results.ResultFilters) -> list[results.ResponseRow]:
    return results.response_rows(get_session(), survey.id, filters)


@bp.get("/<int:survey_id>/results")
@require("view_results")
def survey_results(survey_id: int):
    """Counts and percentages per question, a chart beside each table, free text listed.
    The survey is counted once; each chart's address is the key of the numbers it draws."""
    survey = load_survey(survey_id)
    form, filters = _filters(survey)
    if form.errors:
        return _wrong_filters(survey, form)
    defn = library.current_definition(get_session(), survey)
    found, total = results.counted_results(get_session(), survey.id, defn, filters)
    for result in found:
        result.texts = results.free_text_for_viewer(get_session(), result.texts,
                                                    current_role())
    drawn = [r for r in found if not r.is_free_text and r.answered]
    keys = dict(zip([r.question.id for r in drawn],
                    common_charts.remember(get_session(), survey.area_id,
                                           [charts.chart_spec(r) for r in drawn]),
                    strict=True))
    return render_template("surveys/staff/results.html", survey=survey, defn=defn, form=form,
                           found=found, total=total, chart_alt=charts.chart_alt,
                           chart_keys=keys, query=request.query_string.decode())


def _wrong_filters(survey: Survey, form: ResultsFilterForm) -> tuple[str, int]:
    """The results page with the filters' errors and no figures: figures (or a file) under
    filters that were not applied would not match them."""
    defn = library.current_definition(get_session(), survey)
    return render_template("surveys/staff/results.html", survey=survey, defn=defn, form=form,
                           found=[], total=None, query=request.query_string.decode()), 400


@bp.get("/<int:survey_id>/results/charts/<key>.<any(png, svg):kind>")
@require("view_results")
def chart(survey_id: int, key: str, kind: str):
    """A chart the results page described, drawn only the first time anyone asks for it."""
    survey = load_survey(survey_id)
    body = common_charts.image(get_session(), survey.area_id, key, kind)
    if body is None:
        abort(404)
    return Response(body, mimetype=common_charts.FORMATS[kind],
                    headers={"Cache-Control": "private, max-age=86400"})


def _download(body: str, mimetype: str, filename: str) -> Response:
    return Response(body.encode("utf-8"), mimetype=mimetype, headers={
        "Content-Disposition": f'attachment; filename="{filename}"'})


EXPORTS = {"csv": (exports.responses_csv, "text/csv"),
           "codes.csv": (exports.codes_csv, "text/csv"),
           "json": (exports.responses_json, "application/json")}


@bp.get("/<int:survey_id>/responses.<any(csv, json, 'codes.csv'):kind>")
@require("view_results")
def export_responses(survey_id: int, kind: str):
    """Every complete and partial response, as CSV for Excel or as JSON, with the results
    page's filters; free text redacted, and flagged answers left out, as on screen. Wrong
    filters (typed into the address) export nothing: the results page says what is wrong."""
    survey = load_survey(survey_id)
    form, filters = _filters(survey)
    if form.errors:
        return _wrong_filters(survey, form)
    defn = library.current_definition(get_session(), survey)
    rows = results.rows_for_viewer(get_session(), defn, _rows(survey, filters), current_role())
    write, mimetype = EXPORTS[kind]
    return _download(write(defn, rows), mimetype, f"{survey.slug}-responses.{kind}")


@bp.route("/<int:survey_id>/import-responses", methods=["GET", "POST"])
@require("enter_responses")
def import_responses(survey_id: int):
    """Paper responses from a CSV file: every row checked, nothing saved while any is wrong."""
    survey = load_survey(survey_id)
    context = builder_context(survey)
    form = ResponseImportForm()
    problems: list[str] = []
    if form.validate_on_submit():
        upload = response_import.Upload(form.file.data.filename or _("the file"),
                                        publishing.uk_today(), survey.opens_on)
        checked = response_import.check_csv(form.file.data.read(), context["defn"], upload)
        problems = checked.errors
        if not problems:
            count = response_import.import_rows(
                get_session(), survey.id, g.area.id, context["version"].id, context["defn"],
                checked.rows, current_user.id)
            flash(ngettext("%(num)d response imported.", "%(num)d responses imported.", count),
                  "success")
            return redirect(url_for("surveys.survey_results", survey_id=survey.id))
    shown = problems[:response_import.MAX_ERRORS_SHOWN]
    return render_template("surveys/staff/import_responses.html", form=form, problems=shown,
                           more=len(problems) - len(shown), **context, **question_helpers()), (
        400 if form.errors or problems else 200)


def _public_url(survey: Survey) -> str:
    return url_for("site.home", _external=True) + f"surveys/{survey.slug}/"


@bp.get("/<int:survey_id>/share")
@require("manage_surveys")
def share(survey_id: int):
    """The public link, QR code downloads and the printable paper version."""
    survey = load_survey(survey_id)
    return render_template("surveys/staff/share.html", public_url=_public_url(survey),
                           **builder_context(survey))


@bp.get("/<int:survey_id>/qr.png", defaults={"kind": "png"})
@bp.get("/<int:survey_id>/qr.svg", defaults={"kind": "svg"})
@require("manage_surveys")
def qr_code(survey_id: int, kind: str):
    """A QR code that opens the survey's public start page."""
    survey = load_survey(survey_id)
    url = _public_url(survey)
    body, mimetype = ((sharing.qr_png(url), "image/png") if kind == "png"
                      else (sharing.qr_svg(url), "image/svg+xml"))
    return Response(body, mimetype=mimetype, headers={
        "Content-Disposition": f'attachment; filename="{survey.slug}-qr.{kind}"'})


@bp.get("/<int:survey_id>/paper")
@require("manage_surveys")
def paper(survey_id: int):
    """Every question on one page with tick boxes, for printing."""
    survey = load_survey(survey_id)
    context = builder_context(survey)
    return render_template("surveys/staff/paper.html", public_url=_public_url(survey),
                           questions=sharing.paper_questions(context["defn"]),
                           symbol_file=sharing.symbol_file, **context)
