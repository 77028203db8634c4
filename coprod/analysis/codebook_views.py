"""Editing the area's codebook, turning emerging phrases into themes, and re-theming progress.

Every save is checked by the codebook compiler first: a bad edit comes back as a GOV.UK error
on the form, never as a broken codebook. Each save re-themes the area's comments.
"""

from __future__ import annotations

from flask import abort, flash, g, jsonify, redirect, render_template, request, url_for
from flask_babel import format_decimal, ngettext
from flask_babel import gettext as _
from flask_login import current_user

from coprod.analysis import bp, retheme
from coprod.analysis.forms import CarryOnForm, ThemeForm, UsePhraseForm
from coprod.common.forms import choices
from coprod.common.permissions import require
from coprod.db import get_session
from coprod.text.codebook import CodebookError
from coprod.voice import area_codebooks as books

NEW_THEME = "__new__"


@bp.get("/codebook")
@require("manage_codebook")
def codebook():
    """The area's themes, to edit or add to."""
    book = books.area_codebook(get_session(), g.area.id)
    edited = {t["id"] for t in book.edits.get("themes", [])}
    return render_template("analysis/codebook.html", edited=edited,
                           status=retheme.status(get_session(), g.area.id))


def _lines_into(field, parse) -> object | None:
    """Parse a textarea; a problem becomes the field's error."""
    try:
        value = parse(field.data or "")
        books.check_phrases(list(value))
        return value
    except CodebookError as error:
        field.errors = [*field.errors, str(error)]
        return None


def _edit_from(form: ThemeForm) -> books.ThemeEdit | None:
    """The posted form as a ThemeEdit, or None with errors on the fields that are wrong."""
    valid = form.validate_on_submit()
    cues = _lines_into(form.cues, books.parse_cues)
    exclusions = _lines_into(form.exclusions, books.parse_lines)
    switched = _lines_into(form.switched_off, books.parse_lines) if form.switched_off else []
    if not valid or cues is None or exclusions is None or switched is None:
        return None
    return books.ThemeEdit(name=form.name.data.strip(), easy_read=(form.easy_read.data or ""),
                           description=form.description.data or "", cues=cues,
                           exclusions=exclusions, switched_off=switched)


def _saved(message: str):
    flash(message, "success")
    retheme.start(get_session(), g.area.id)
    return redirect(url_for("analysis.retheming"))


def _form_for(book: books.AreaBook, theme_id: str) -> ThemeForm:
    edit = books.area_theme_edit(book, theme_id)
    return ThemeForm(data={"name": edit.name, "easy_read": edit.easy_read,
                           "description": edit.description,
                           "cues": books.format_cues(edit.cues),
                           "exclusions": "\n".join(edit.exclusions),
                           "switched_off": "\n".join(edit.switched_off)})


@bp.route("/codebook/themes/<theme_id>", methods=["GET", "POST"])
@require("manage_codebook")
def edit_theme(theme_id: str):
    """Change a theme's names, description, cue phrases and exclusions."""
    book = books.area_codebook(get_session(), g.area.id)
    if theme_id not in book.codebook.ids:
        abort(404)
    form = ThemeForm() if request.method == "POST" else _form_for(book, theme_id)
    if request.method == "POST" and (edit := _edit_from(form)):
        try:
            books.save_theme(get_session(), g.area.id, theme_id, edit, current_user.id)
            return _saved(_("%(name)s saved.", name=edit.name))
        except CodebookError as error:
            form.cues.errors = [*form.cues.errors, str(error)]
    return render_template("analysis/edit_theme.html", form=form, theme_id=theme_id,
                           default_cues=books.default_cues(theme_id)), (
        400 if form.errors else 200)


@bp.route("/codebook/new-theme", methods=["GET", "POST"])
@require("manage_codebook")
def new_theme():
    """Add a theme of the area's own."""
    form = ThemeForm()
    del form.switched_off
    if request.method == "POST" and (edit := _edit_from(form)):
        try:
            books.add_theme(get_session(), g.area.id, edit, current_user.id)
            return _saved(_("%(name)s added.", name=edit.name))
        except CodebookError as error:
            field = form.name if "theme called" in str(error) or "name" in str(error) else form.cues
            field.errors = [*field.errors, str(error)]
    return render_template("analysis/new_theme.html", form=form), 400 if form.errors else 200


@bp.route("/emerging-topics/use", methods=["GET", "POST"])
@require("manage_codebook")
def use_phrase():
    """Make an emerging phrase a new theme, or a cue phrase of an existing theme."""
    form = UsePhraseForm(data={"phrase": request.args.get("phrase", "")})
    phrase = " ".join((form.phrase.data or "").split())[:books.MAX_PHRASE]
    if not phrase:
        abort(404)
    book = books.area_codebook(get_session(), g.area.id)
    form.target.choices = choices(
        [("", _("Choose")), (NEW_THEME, _("A new theme called “%(p)s”", p=phrase))]
        + [(t.id, _("A cue phrase of “%(n)s”", n=t.name)) for t in book.codebook.themes])
    if form.validate_on_submit():
        try:
            return _use(phrase, form.target.data)
        except CodebookError as error:
            form.target.errors = [*form.target.errors, str(error)]
    return render_template("analysis/use_phrase.html", form=form, phrase=phrase), (
        400 if form.errors else 200)


def _use(phrase: str, target: str):
    if target == NEW_THEME:
        edit = books.ThemeEdit(name=phrase[:1].upper() + phrase[1:], cues={phrase: 1.0})
        books.add_theme(get_session(), g.area.id, edit, current_user.id)
        return _saved(_("New theme added: %(name)s", name=edit.name))
    books.add_cue(get_session(), g.area.id, target, phrase, current_user.id)
    name = books.area_codebook(get_session(), g.area.id).name(target)
    return _saved(_("“%(p)s” added to %(name)s", p=phrase, name=name))


def progress_text(status: retheme.Status) -> str:
    """"1,200 of 4,000 comments re-themed"."""
    done, total = status.progress.done, status.progress.total
    return ngettext("%(done)s of %(total)s comment re-themed",
                    "%(done)s of %(total)s comments re-themed", total,
                    done=format_decimal(min(done, total)), total=format_decimal(total))


@bp.route("/re-theming", methods=["GET", "POST"])
@require("manage_codebook")
def retheming():
    """How far re-theming has got; offers to carry on if no worker is on it."""
    form = CarryOnForm()
    if form.validate_on_submit():
        retheme.start(get_session(), g.area.id)
        return redirect(url_for("analysis.retheming"))
    status = retheme.status(get_session(), g.area.id)
    return render_template("analysis/retheming.html", status=status, form=form,
                           text=progress_text(status))


@bp.get("/re-theming.json")
@require("manage_codebook")
def retheming_json():
    """Progress for the page's live region (static/js/retheme-progress.js)."""
    status = retheme.status(get_session(), g.area.id)
    return jsonify(done=status.progress.done, total=status.progress.total,
                   finished=status.progress.finished, running=status.running,
                   text=progress_text(status))
