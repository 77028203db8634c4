"""The survey builder's answer pages: add an answer to a choice question, change its words or
picture, move it up or down, remove it.

The addresses say where an answer was (its position) when the page was opened; another person
may have added, moved or removed answers since. So each form also sends the answer's value,
and the answer is found again by it: a change never lands on the answer that moved into its
place. Two people changing one answer at once keep each other's changes (common.edit_forms); an
answer someone else removed is offered back to save as a new one, with the words typed kept.
"""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from coprod.common.edit_forms import merge_on_submit
from coprod.common.forms import ButtonForm
from coprod.common.permissions import require
from coprod.surveys.builder import edits as builder
from coprod.surveys.builder.forms import OptionForm
from coprod.surveys.builder.views import STEPS, load_editable_question, question_url
from coprod.surveys.models import Survey
from coprod.surveys.staff import bp
from coprod.surveys.staff.views import render_overview, save_data

OPTIONS_OF_THEIR_OWN = builder.CHOICE_WITH_OWN_OPTIONS | {"about_you"}


def removed_message() -> str:
    """What a person is told when the answer they opened was removed by someone else."""
    return _("Someone else removed this answer after you opened the page. Your words are "
             "below: save them to add them as a new answer.")


def _option_values(option: dict) -> dict:
    """An answer's words and picture under the form's names (file form leaves defaults out)."""
    return {name: option.get(name) for name in builder.OPTION_FIELDS} | {
        "exclusive": bool(option.get("exclusive"))}


def _render(form: OptionForm, context: dict, question: dict, index: int | None,
            problems: list[str], action: str | None = None):
    return render_template("surveys/staff/option.html", form=form, problems=problems, **context,
                           question=question, index=index, action=action), (
        400 if form.errors or problems else 200)


@bp.route("/<int:survey_id>/questions/<question_id>/answers/new", methods=["GET", "POST"])
@require("manage_surveys")
def add_option(survey_id: int, question_id: str):
    """Add an answer to a choice question."""
    survey, context, data, question = load_editable_question(survey_id, question_id)
    if question["type"] not in OPTIONS_OF_THEIR_OWN:
        abort(404)
    form = OptionForm(easy_read=context["defn"].easy_read)
    problems: list[str] = []
    if form.validate_on_submit():
        try:
            new = builder.add_option(data, question_id, form.fields_for_builder())
        except builder.BuilderError as error:
            problems = error.messages
        else:
            return _saved(survey, question_id, new)
    return _render(form, context, question, None, problems)


@bp.route("/<int:survey_id>/questions/<question_id>/answers/<int:index>",
          methods=["GET", "POST"])
@require("manage_surveys")
def edit_option(survey_id: int, question_id: str, index: int):
    """Change an answer's words or picture: the answer that was opened, wherever it is now."""
    survey, context, data, question = load_editable_question(survey_id, question_id)
    options = question.get("options", [])
    sent = request.form.get("answer") if request.method == "POST" else None
    at = builder.option_index(data, question_id, sent) if sent else index
    if question["type"] not in OPTIONS_OF_THEIR_OWN or (at is not None and
                                                        not 0 <= at < len(options)):
        abort(404)
    if at is None:
        return _removed_since(survey, context, question)
    now = _option_values(options[at])
    form = OptionForm(data={**now, "answer": options[at]["value"]},
                      easy_read=context["defn"].easy_read)
    problems: list[str] = []
    if merge_on_submit(form, now):
        try:
            new = builder.edit_option(data, question_id, at, form.fields_for_builder())
        except builder.BuilderError as error:
            problems = error.messages
        else:
            return _saved(survey, question_id, new)
    return _render(form, context, question, at, problems)


def _removed_since(survey: Survey, context: dict, question: dict):
    """The answer being changed is gone: the words typed, ready to save as a new answer."""
    form = OptionForm(easy_read=context["defn"].easy_read)
    form.answer.data, form.opened.data = "", ""
    action = url_for("surveys.add_option", survey_id=survey.id, question_id=question["id"])
    return _render(form, context, question, None, [removed_message()], action)


def _saved(survey: Survey, question_id: str, new: dict):
    save_data(survey, new)
    flash(_("Answer saved."), "success")
    return redirect(question_url(survey, question_id))


@bp.post("/<int:survey_id>/questions/<question_id>/answers/<int:index>/<any(up,down,remove):how>")
@require("manage_surveys")
def change_option(survey_id: int, question_id: str, index: int, how: str):
    """Move an answer up or down, or remove it: the answer whose button was pressed, found by
    its value, wherever others have moved it since."""
    survey, _context, data, question = load_editable_question(survey_id, question_id)
    sent = request.form.get("answer")
    if not sent and not 0 <= index < len(question.get("options", [])):
        abort(404)
    if not ButtonForm().validate_on_submit():
        abort(400)
    at = builder.option_index(data, question_id, sent) if sent else index
    if at is None:
        return render_overview(survey, [_("Someone else removed that answer after you opened "
                                          "the page, so nothing was changed.")])
    try:
        new = (builder.remove_option(data, question_id, at) if how == "remove"
               else builder.move_option(data, question_id, at, STEPS[how]))
    except builder.BuilderError as error:
        return render_overview(survey, error.messages)
    save_data(survey, new)
    return redirect(question_url(survey, question_id) + "#answer-list")
