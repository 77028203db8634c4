"""Reports for leaders, officers and forum members: choose a period, read, download, save."""

from __future__ import annotations

from datetime import timedelta

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    g,
    make_response,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import gettext as _
from flask_login import current_user

from coprod.common import charts
from coprod.common.permissions import require
from coprod.db import get_session
from coprod.reports import formats, jobs, saved, services
from coprod.reports.forms import PopulationForm, SaveReportForm, ScopeForm, SelfEvaluationForm
from coprod.reports.models import PHASE_LABELS, Phase
from coprod.voice.parsing import local_today

bp = Blueprint("reports", __name__, url_prefix="/staff/reports")
KIND = "<any(voice, 'evidence-pack'):kind>"


def _threshold() -> int:
    return current_app.config.get("SMALL_NUMBER", 5)


def _scope() -> tuple[ScopeForm, services.Scope]:
    """The period and who it covers from the address; the last 12 months of this area when
    none are given (or what is given is wrong: the form then says why)."""
    form = ScopeForm(formdata=request.args if request.args else None)
    form.offer(**vars(services.choices_for(get_session(), g.area.id, current_user.id)))
    today = local_today()
    scope = services.Scope((g.area.id,), today.replace(year=today.year - 1) + timedelta(days=1),
                           today)
    if request.args and form.validate():
        surveys: tuple[int, ...] = (int(form.survey.data),) if form.survey.data else ()
        events: tuple[int, ...] = (int(form.event.data),) if form.event.data else ()
        project = int(form.project.data) if form.project.data else None
        if project:
            linked = services.project_surveys_and_events(get_session(), g.area.id, project)
            surveys, events = surveys + linked[0], events + linked[1]
        scope = services.Scope((g.area.id, *sorted(int(a) for a in form.areas.data or ())),
                               form.date_from.data or scope.date_from,
                               form.date_to.data or scope.date_to,
                               tuple(form.groups.data or ()), tuple(form.channels.data or ()),
                               surveys, events, project)
    if not request.args:
        form.date_from.data, form.date_to.data = scope.date_from, scope.date_to
    return form, scope


def _wrong_period(form: ScopeForm, kind: str) -> tuple[str, int]:
    """The report page saying what is wrong above the form, with no report under it."""
    return render_template("reports/report.html", form=form, report=None, kind=kind,
                           title=services.KINDS[kind]), 400


def _checked_scope(kind: str) -> tuple[ScopeForm, services.Scope]:
    """The scope the address asks for. A wrong one (a period that ends before it starts, a
    date that does not exist) stops here with the report page saying why: never a download
    of the default period in its place."""
    form, scope = _scope()
    if form.errors:
        abort(make_response(_wrong_period(form, kind)))
    return form, scope


def _report(kind: str) -> tuple[ScopeForm, services.Report]:
    """The report the address asks for (see _checked_scope)."""
    form, scope = _checked_scope(kind)
    return form, services.build(get_session(), kind, scope, _threshold())


def _chart_keys(report: services.Report) -> dict[str, str]:
    return formats.chart_keys(get_session(), g.area.id, report)


def _download(body: bytes | str, mimetype: str, filename: str) -> Response:
    data = body.encode("utf-8") if isinstance(body, str) else body
    return Response(data, mimetype=mimetype, headers={
        "Content-Disposition": f'attachment; filename="{filename}"'})


def _filename(report: services.Report, ext: str) -> str:
    return f"{report.kind}-{report.date_from.isoformat()}-to-{report.date_to.isoformat()}.{ext}"


@bp.get("/")
@require("view_reports")
def index():
    """The two reports, the saved ones, and what admins and leaders keep up to date."""
    return render_template("reports/index.html", kinds=services.KINDS,
                           saved_reports=saved.saved_reports(get_session(), g.area.id))


@bp.get(f"/{KIND}")
@require("view_reports")
def show(kind: str):
    """A report on screen: every chart an image with a summary, and its numbers in a table.
    A wrong period is said above the form, with no report under it."""
    form, report = _report(kind)
    return render_template("reports/report.html", form=form, report=report,
                           chart_keys=_chart_keys(report), kind=kind,
                           save_form=SaveReportForm(), query=request.query_string.decode())


@bp.get(f"/{KIND}/easy-read")
@require("view_reports")
def easy_read(kind: str):
    """What you told us, and what we are doing: short sentences, a picture beside each."""
    _form, report = _report(kind)
    return render_template("reports/easy_read.html", report=report, kind=kind,
                           query=request.query_string.decode())


@bp.get(f"/{KIND}/tables/<key>.csv")
@require("view_reports")
def table_csv(kind: str, key: str):
    _form, report = _report(kind)
    table = report.table(key)
    if table is None:
        abort(404)
    return _download(formats.table_csv(table), "text/csv", f"{report.kind}-{key}.csv")


@bp.get(f"/{KIND}.xlsx")
@require("view_reports")
def workbook(kind: str):
    _form, report = _report(kind)
    return _download(formats.workbook(report), "application/vnd.openxmlformats-officedocument"
                     ".spreadsheetml.sheet", _filename(report, "xlsx"))


def _pdf_job(kind: str, request_: dict, filename: str):
    job = jobs.ask_for_pdf(get_session(), g.area.id, kind, request_, filename, current_user.id)
    jobs.wake_worker()
    return redirect(url_for("reports.pdf_job", job_id=job.id))


@bp.post(f"/{KIND}/pdf")
@require("view_reports")
def pdf(kind: str):
    """Ask for the PDF: a worker builds it, and this request returns at once."""
    _form, scope = _checked_scope(kind)
    return _pdf_job(kind, {"scope": scope.as_dict(), "threshold": _threshold()},
                    f"{kind}-{scope.date_from.isoformat()}-to-{scope.date_to.isoformat()}.pdf")


@bp.get("/pdf/<int:job_id>")
@require("view_reports")
def pdf_job(job_id: int):
    """Whether the PDF is ready: a link to check again while it is being prepared (no
    JavaScript, nothing refreshes by itself), then the download."""
    job = jobs.job_in_area(get_session(), g.area.id, job_id)
    return render_template("reports/pdf_job.html", job=job, kinds=services.KINDS,
                           size=len(job.pdf or b""))


@bp.get("/pdf/<int:job_id>.pdf")
@require("view_reports")
def pdf_download(job_id: int):
    job = jobs.job_in_area(get_session(), g.area.id, job_id)
    if job.pdf is None:
        abort(404)
    return _download(job.pdf, "application/pdf", job.filename or "report.pdf")


@bp.get("/charts/<key>.<any(png, svg):ext>")
@require("view_reports")
def chart(key: str, ext: str):
    """A report chart, drawn the first time anyone asks for these numbers."""
    body = charts.image(get_session(), g.area.id, key, ext)
    if body is None:
        abort(404)
    return Response(body, mimetype=charts.FORMATS[ext], headers={
        "Cache-Control": "private, max-age=86400",
        "Content-Disposition": f'inline; filename="chart-{key[:12]}.{ext}"'})


@bp.post(f"/{KIND}/save")
@require("save_reports")
def save(kind: str):
    """Freeze the report as it is now, for a board."""
    form, report = _report(kind)
    save_form = SaveReportForm()
    if not save_form.validate_on_submit():
        return render_template("reports/report.html", form=form, report=report,
                               chart_keys=_chart_keys(report), kind=kind, save_form=save_form,
                               query=request.query_string.decode()), 400
    row = saved.save_report(get_session(), g.area.id, report, save_form.title.data.strip(),
                            current_user.id)
    flash(_("Report saved."), "success")
    return redirect(url_for("reports.show_saved", report_id=row.id))


@bp.get("/saved/<int:report_id>")
@require("view_reports")
def show_saved(report_id: int):
    """A saved report, with its figures as they were on the day it was saved."""
    row = saved.saved_report(get_session(), g.area.id, report_id)
    report = saved.report_of(get_session(), row)
    return render_template("reports/report.html", report=report, saved_row=row,
                           chart_keys=_chart_keys(report), kind=report.kind, form=None,
                           save_form=None, query="")


@bp.post("/saved/<int:report_id>/pdf")
@require("view_reports")
def saved_pdf(report_id: int):
    """Ask for a saved report's PDF, with its figures as they were."""
    row = saved.saved_report(get_session(), g.area.id, report_id)
    return _pdf_job(row.kind, {"saved_report_id": row.id},
                    f"{row.kind}-{row.date_from.isoformat()}-to-{row.date_to.isoformat()}.pdf")


@bp.get("/compare")
@require("view_reports")
def compare():
    """Two saved reports side by side: what went up and what went down."""
    rows = saved.saved_reports(get_session(), g.area.id)
    first, second = request.args.get("first", type=int), request.args.get("second", type=int)
    changes, warnings = None, []
    if first and second:
        a, b = (saved.saved_report(get_session(), g.area.id, i) for i in (first, second))
        changes = saved.compare(services.Report.from_dict(a.data),
                                services.Report.from_dict(b.data))
        warnings = saved.period_warnings(a, b)
    return render_template("reports/compare.html", saved_reports=rows, changes=changes,
                           warnings=warnings, first=first, second=second)


@bp.route("/population", methods=["GET", "POST"])
@require("enter_send_population")
def population():
    """The area's SEND population by phase, from its SEN2 return and school census."""
    form = PopulationForm()
    if request.method == "GET":
        for phase, (ehc, support) in services.entered_population(get_session(),
                                                                 g.area.id).items():
            getattr(form, f"{phase}_ehc").data = ehc
            getattr(form, f"{phase}_support").data = support
    if form.validate_on_submit():
        services.save_population(get_session(), g.area.id, {
            p.value: (getattr(form, f"{p.value}_ehc").data,
                      getattr(form, f"{p.value}_support").data) for p in Phase})
        flash(_("SEND population saved."), "success")
        return redirect(url_for("reports.index"))
    return render_template("reports/population.html", form=form, phases=list(Phase),
                           phase_labels=PHASE_LABELS), 400 if form.errors else 200


@bp.route("/self-evaluation", methods=["GET", "POST"])
@require("edit_self_evaluation")
def self_evaluation():
    """The evidence pack's draft self-evaluation, edited before use."""
    form = SelfEvaluationForm()
    if request.method == "GET":
        _scope_form, report = _report(services.EVIDENCE_PACK)
        form.text.data = services.self_evaluation_text(get_session(), g.area.id) or \
            services.default_self_evaluation(report)
    if form.validate_on_submit():
        services.save_self_evaluation(get_session(), g.area.id, form.text.data, current_user.id)
        flash(_("Self-evaluation saved."), "success")
        return redirect(url_for("reports.show", kind=services.EVIDENCE_PACK))
    return render_template("reports/self_evaluation.html", form=form), (
        400 if form.errors else 200)
