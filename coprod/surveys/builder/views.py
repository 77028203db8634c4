"""The survey builder's question pages: add, edit, move up or down, remove, who sees it (its
answers' pages are in `option_views`).

Move and remove are POST forms (buttons), so the builder works without JavaScript.
"""

from __future__ import annotations

from flask import abort, flash, make_response, redirect, render_template, request, url_for
from flask_babel import gettext as _

from coprod.common.edit_forms import merge_on_submit
from coprod.common.forms import ButtonForm
from coprod.common.permissions import require
from coprod.surveys.builder import conditions as builder_conditions
from coprod.surveys.builder import edits as builder
from coprod.surveys.builder.condition_forms import EVERYONE, ShownForAnswersForm, ShownToForm
from coprod.surveys.builder.forms import TYPE_NAMES, QuestionForm, QuestionTypeForm
from coprod.surveys.definition.share_words import is_share_words
from coprod.surveys.definition.survey import answer_options, survey_to_dict
from coprod.surveys.definition.types import DEFAULT_FACES, DEFAULT_MAX_CHARS
from coprod.surveys.easy_read.checker import check_survey
from coprod.surveys.easy_read.warnings import warnings_for_question
from coprod.surveys.models import Survey
from coprod.surveys.staff import bp
from coprod.surveys.staff.views import (
    builder_context,
    load_survey,
    render_overview,
    save_data,
)

STEPS = {"up": -1, "down": 1}


def _data(survey: Survey) -> tuple[dict, dict]:
    context = builder_context(survey)
    return context, survey_to_dict(context["defn"])


def _question(data: dict, question_id: str) -> dict:
    try:
        return builder.question_data(data, question_id)
    except KeyError:
        abort(404)


def load_question(survey_id: int, question_id: str) -> tuple[Survey, dict, dict, dict]:
    """The survey, its builder context, its file form and one question in it (else 404)."""
    survey = load_survey(survey_id)
    context, data = _data(survey)
    return survey, context, data, _question(data, question_id)


def load_editable_question(survey_id: int,
                           question_id: str) -> tuple[Survey, dict, dict, dict]:
    """As `load_question`, for a page that would change the question. Staff cannot change "Can
    we use your words?": a look goes to the question's own page, and a change sent anyway gets
    the overview saying why not."""
    survey, context, data, question = load_question(survey_id, question_id)
    if is_share_words(question_id):
        if request.method == "POST":
            abort(make_response(render_overview(survey, [builder.fixed_question_message()])))
        abort(redirect(question_url(survey, question_id)))
    return survey, context, data, question


def _overview_url(survey: Survey) -> str:
    return url_for("surveys.overview", survey_id=survey.id)


def question_url(survey: Survey, question_id: str) -> str:
    return url_for("surveys.edit_question", survey_id=survey.id, question_id=question_id)


def _lines(text: str | None) -> list[str]:
    return (text or "").splitlines()


@bp.route("/<int:survey_id>/questions/new", methods=["GET", "POST"])
@require("manage_surveys")
def add_question(survey_id: int):
    """Adding a question, first page: its type. The next page asks only for what that type
    needs, so the form never shows every field of every type (and needs no JavaScript)."""
    survey = load_survey(survey_id)
    context = builder_context(survey)
    chosen = request.args.get("type")
    form = QuestionTypeForm(data={"qtype": chosen} if chosen in TYPE_NAMES else None)
    if form.validate_on_submit():
        return redirect(url_for("surveys.add_question_of_type", survey_id=survey.id,
                                qtype=form.qtype.data))
    return render_template("surveys/staff/question_type.html", form=form, **context), (
        400 if form.errors else 200)


@bp.route("/<int:survey_id>/questions/new/<qtype>", methods=["GET", "POST"])
@require("manage_surveys")
def add_question_of_type(survey_id: int, qtype: str):
    """Adding a question, second page: its words, picture and its type's own settings; it goes
    at the end of the survey."""
    if qtype not in TYPE_NAMES:
        abort(404)
    survey = load_survey(survey_id)
    context, data = _data(survey)
    form = _new_question_form(qtype, context["defn"].easy_read)
    problems: list[str] = []
    if form.validate_on_submit():
        try:
            new, question_id = builder.add_question(data, qtype, form.fields_for_builder(),
                                                    _lines(form.answers.data))
        except builder.BuilderError as error:
            problems = error.messages
        else:
            save_data(survey, new)
            flash(_("Question added."), "success")
            return redirect(question_url(survey, question_id))
    return render_template("surveys/staff/question_new.html", form=form, problems=problems,
                           fixed_type=qtype, type_names=TYPE_NAMES, **context), (
        400 if form.errors or problems else 200)


def _new_question_form(qtype: str, easy_read: bool) -> QuestionForm:
    """The question form for one type: the type comes from the address, not the page, and
    its settings start at the usual values (3 faces, the usual character limit)."""
    if request.method != "POST":
        return QuestionForm(data={"qtype": qtype, "faces": DEFAULT_FACES,
                                  "max_chars": DEFAULT_MAX_CHARS}, easy_read=easy_read)
    formdata = request.form.copy()
    formdata["qtype"] = qtype
    return QuestionForm(formdata=formdata, easy_read=easy_read)


def _question_values(question: dict) -> dict:
    """A question's words and settings under its form's names, to fill it."""
    values = {"qtype": question["type"], "must_answer": question.get("required", False),
              **{key: question.get(key) for key in
                 ("text", "easy_read_text", "hint", "symbol", "symbol_alt", "subtype",
                  "faces", "max_chars", "offer_not_applicable")}}
    # A file leaves out the usual values; the editor shows them, so a limit is never blank.
    if question["type"] == "free_text" and values["max_chars"] is None:
        values["max_chars"] = DEFAULT_MAX_CHARS
    if question["type"] == "faces" and values["faces"] is None:
        values["faces"] = DEFAULT_FACES
    return values


@bp.route("/<int:survey_id>/questions/<question_id>", methods=["GET", "POST"])
@require("manage_surveys")
def edit_question(survey_id: int, question_id: str):
    """Edit one question; its answers and easy-read warnings are listed below the form. Two
    people may change it at once (common.edit_forms)."""
    survey, context, data, question = load_question(survey_id, question_id)
    if is_share_words(question_id):
        return _fixed_question_page(context, question_id)
    now = _question_values(question)
    form = QuestionForm(data=now, easy_read=context["defn"].easy_read)
    problems: list[str] = []
    if merge_on_submit(form, now):
        try:
            new = builder.edit_question(data, question_id, form.fields_for_builder(),
                                        form.qtype.data, _lines(form.answers.data))
        except builder.BuilderError as error:
            problems = error.messages
        else:
            save_data(survey, new)
            flash(_("Question saved."), "success")
            return redirect(question_url(survey, question_id))
    index = context["defn"].question_ids.index(question_id)
    defn_question = context["defn"].question(question_id)
    return render_template(
        "surveys/staff/question.html", form=form, problems=problems, **context,
        question=question, number=index + 1, action_form=ButtonForm(),
        all_answers=answer_options(defn_question),
        warnings=warnings_for_question(check_survey(context["defn"]), index),
    ), 400 if form.errors or problems else 200


def _fixed_question_page(context: dict, question_id: str):
    """The consent question as respondents see it, to read: nobody can change it here (a
    change sent anyway is refused with why)."""
    defn = context["defn"]
    question = defn.question(question_id)
    problems = [builder.fixed_question_message()] if request.method == "POST" else []
    return render_template("surveys/staff/question_fixed.html", **context, problems=problems,
                           question=question, all_answers=answer_options(question),
                           number=defn.question_ids.index(question_id) + 1), (
        400 if problems else 200)


@bp.post("/<int:survey_id>/questions/<question_id>/move")
@require("manage_surveys")
def move_question(survey_id: int, question_id: str):
    """Move a question one place up or down."""
    survey, _context, data, _q = load_editable_question(survey_id, question_id)
    step = STEPS.get(request.form.get("direction", ""))
    if not ButtonForm().validate_on_submit() or step is None:
        abort(400)
    try:
        save_data(survey, builder.move_question(data, question_id, step))
    except builder.BuilderError as error:
        return render_overview(survey, error.messages)
    return redirect(_overview_url(survey) + f"#question-{question_id}")


@bp.route("/<int:survey_id>/questions/<question_id>/remove", methods=["GET", "POST"])
@require("manage_surveys")
def remove_question(survey_id: int, question_id: str):
    """Ask, then remove a question."""
    survey, context, data, question = load_editable_question(survey_id, question_id)
    form = ButtonForm()
    if form.validate_on_submit():
        try:
            save_data(survey, builder.remove_question(data, question_id))
        except builder.BuilderError as error:
            return render_overview(survey, error.messages)
        flash(_("Question removed."), "success")
        return redirect(_overview_url(survey))
    return render_template("surveys/staff/question_remove.html", form=form, question=question,
                           **context)


@bp.route("/<int:survey_id>/questions/<question_id>/shown-to", methods=["GET", "POST"])
@require("manage_surveys")
def shown_to(survey_id: int, question_id: str):
    """Who sees a question: everyone, or (on the next page) some answers to an earlier one."""
    survey, context, data, question = load_editable_question(survey_id, question_id)
    deciding = builder_conditions.deciding_questions(context["defn"], question_id)
    form = ShownToForm(data={"decided_by": question.get("show_if", {}).get("question", EVERYONE)},
                       deciding=deciding)
    if form.validate_on_submit():
        if form.decided_by.data != EVERYONE:
            return redirect(url_for("surveys.shown_for_answers", survey_id=survey.id,
                                    question_id=question_id, deciding_id=form.decided_by.data))
        if "show_if" in question:
            save_data(survey, builder_conditions.clear_condition(data, question_id))
            flash(_("Everyone who answers the survey now sees this question."), "success")
        return redirect(question_url(survey, question_id))
    return render_template("surveys/staff/shown_to.html", form=form, question=question,
                           number=context["defn"].question_ids.index(question_id) + 1,
                           deciding=deciding, **context), 400 if form.errors else 200


@bp.route("/<int:survey_id>/questions/<question_id>/shown-to/<deciding_id>",
          methods=["GET", "POST"])
@require("manage_surveys")
def shown_for_answers(survey_id: int, question_id: str, deciding_id: str):
    """Which answers to the earlier question show this one."""
    survey, context, data, question = load_editable_question(survey_id, question_id)
    defn = context["defn"]
    deciding = dict((q.id, q) for _n, q in builder_conditions.deciding_questions(defn, question_id))
    if deciding_id not in deciding:
        abort(404)
    condition = defn.question(question_id).show_if
    chosen = list(condition.values) if condition and condition.question == deciding_id else []
    form = ShownForAnswersForm(data={"answers": chosen}, deciding=deciding[deciding_id])
    problems: list[str] = []
    if form.validate_on_submit():
        try:
            new = builder_conditions.set_condition(data, question_id, deciding_id,
                                                   form.answers.data)
        except builder.BuilderError as error:
            problems = error.messages
        else:
            if new != data:
                save_data(survey, new)
                flash(_("Question saved. Only people who give those answers see it."), "success")
            return redirect(question_url(survey, question_id))
    return render_template("surveys/staff/shown_for_answers.html", form=form, problems=problems,
                           question=question, deciding=deciding[deciding_id],
                           number=defn.question_ids.index(question_id) + 1, **context), (
        400 if form.errors or problems else 200)
