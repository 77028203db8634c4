"""Items in and out as files: the board as CSV or Excel, and a CSV import checked row by row."""

from __future__ import annotations

from flask import Response, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user
from wtforms.fields.choices import SelectChoice

from coprod.common.forms import refuse_file
from coprod.common.permissions import require
from coprod.db import get_session
from coprod.voice.area_codebooks import area_codebook
from coprod.yousaid import board, exports, services
from coprod.yousaid.forms import BoardFilterForm, ImportForm
from coprod.yousaid.views import author_name, bp, theme_choices


def _theme_names() -> dict[str, str]:
    """The area's theme names by id, as the item pages show them: a file writes and reads
    themes by these names."""
    return {t.id: t.name for t in area_codebook(get_session(), g.area.id).codebook.themes}


@bp.get("/export.<any(csv, xlsx):kind>")
@require("view_you_said")
def export_items(kind: str):
    """The board's items (with its filters) as CSV or Excel."""
    form = BoardFilterForm(formdata=request.args)
    form.theme.choices = theme_choices(_("Any theme"))
    form.owner.choices = [SelectChoice(request.args.get("owner", ""), "")]
    form.validate()
    db = get_session()
    items = board.board(db, g.area.id, form.filters())
    told = board.told_item_ids(db, g.area.id)
    if kind == "csv":
        return Response(exports.to_csv(items, told, _theme_names()), mimetype="text/csv",
                        headers={"Content-Disposition": "attachment; filename=you-said-we-did.csv"})
    return Response(exports.to_xlsx(items, told, _theme_names()), mimetype=(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), headers={
        "Content-Disposition": "attachment; filename=you-said-we-did.xlsx"})


@bp.route("/import", methods=["GET", "POST"])
@require("manage_actions")
def import_items():
    """Import items from a CSV file: every row checked; nothing saved while any is bad."""
    upload = ImportForm()
    problems: list[str] = []
    if upload.validate_on_submit():
        parsed = exports.parse_csv(upload.file.data.read(), upload.file.data.filename or
                                   "the file", _theme_names(),
                                   services.item_numbers(get_session(), g.area.id))
        if not parsed.errors:
            count = exports.save_import(get_session(), g.area.id, parsed,
                                        user_id=current_user.id, author=author_name())
            flash(ngettext("%(num)d item imported.", "%(num)d items imported.", count), "success")
            return redirect(url_for("yousaid.list_items"))
        problems = parsed.errors
        refuse_file(upload.file, problems)
    return render_template("yousaid/import_items.html", upload=upload, problems=problems,
                           headings=exports.HEADINGS), (
        400 if upload.errors else 200)


@bp.get("/import-template.csv")
@require("manage_actions")
def import_template():
    """A CSV file with the columns an import needs."""
    return Response(exports.template_csv(_theme_names()), mimetype="text/csv", headers={
        "Content-Disposition": "attachment; filename=you-said-we-did-template.csv"})
