"""The respondent journey: start page, one question per page, check answers, thank you.

Works without JavaScript and without an account. Each answer is saved as its page is sent; a
page whose security check failed (a timed-out session) is shown again with what was typed.
Routes for codes (resume, delete) are on the same blueprint, in code_views.
"""

from __future__ import annotations

from flask import abort, g, redirect, request, url_for

from coprod.common.web import cookies_refused, public_form
from coprod.db import get_session
from coprod.surveys.journey import answers as runner_answers
from coprod.surveys.journey import bp, runner
from coprod.surveys.journey import forms as journey_forms
from coprod.surveys.journey import submit as runner_submit
from coprod.surveys.journey.display import question_id_from_slug
from coprod.surveys.journey.web import (
    IN_PROGRESS,
    entering_for_someone,
    load,
    not_accepting,
    own_response,
    page_after,
    question_url,
    remember,
    remembered_code,
    render,
    to_start,
)
from coprod.surveys.models import ResponseStatus


@bp.get("/surveys/<slug>/")
def start_page(slug: str):
    """What the survey is about, how long it takes, who sees the answers; then Start."""
    journey = load(slug)
    response = own_response(journey)
    return render("surveys/journey/start.html", journey=journey,
                  state=runner.availability(journey.survey),
                  carrying_on=response is not None and response.status == IN_PROGRESS,
                  sent=_sent(response), timed_out=bool(g.get("csrf_failed")),
                  cookies_off=bool(g.get("csrf_failed")) and cookies_refused())


def _sent(response) -> bool:
    """This browser has already sent a response to the survey (its reply may have been lost)."""
    return response is not None and response.status == ResponseStatus.COMPLETE.value


@bp.post("/surveys/<slug>/start")
@public_form
def start(slug: str):
    """Start a response (or carry on with this browser's unfinished one). A browser whose
    answers were sent (the thank-you page may never have arrived) is told so first; it starts
    another response only when the person asks for a new one."""
    journey = load(slug)
    if g.get("csrf_failed"):
        return start_page(slug)
    response = own_response(journey)
    if _sent(response) and request.form.get("new") != "yes":
        return redirect(url_for("journey.start_page", slug=slug))
    if response is None or response.status != IN_PROGRESS:
        if not runner.accepting(journey, None):
            return not_accepting(journey, None)
        response, code = runner.start(get_session(), journey)
        remember(slug, code)
        return redirect(page_after(journey, runner.questions_for(journey.definition, {})[0]))
    answers = runner.answers_of(get_session(), response)
    questions = runner.questions_for(journey.definition, answers)
    return redirect(page_after(journey, runner.first_unanswered(questions, answers)))


@bp.route("/surveys/<slug>/q/<question_slug>", methods=["GET", "POST"])
@public_form
def question(slug: str, question_slug: str):
    """One question. A POST saves the answer and moves on; without a response yet (a new
    session after a time-out) it starts one, so the typed answer is never lost."""
    journey = load(slug)
    asked = runner.find_question(journey.definition, question_id_from_slug(question_slug))
    if asked is None:
        abort(404)
    response = own_response(journey)
    if response is not None and response.status == ResponseStatus.COMPLETE.value:
        return redirect(url_for("journey.done", slug=slug))
    if not runner.accepting(journey, response):
        return not_accepting(journey, response)
    if request.method == "GET":
        if response is None:
            return to_start(journey)
        return _question_page(journey, response, asked, _answers(response), form=None)
    form = journey_forms.answer_form(asked)
    if g.get("csrf_failed") or not form.validate():
        return _question_page(journey, response, asked, _answers(response), form,
                              timed_out=bool(g.get("csrf_failed")))
    # Which page comes next needs the earlier answers only if they decide what is shown.
    needed = runner.next_depends_on_answers(journey.definition, asked)
    return _save_and_move_on(journey, response, asked, _answers(response) if needed else {},
                             form)


def _answers(response) -> dict:
    return runner.answers_of(get_session(), response) if response is not None else {}


def _save_and_move_on(journey, response, asked, answers, form):
    value = journey_forms.typed_value(asked, form)
    if response is None:
        response, code = runner.start(get_session(), journey)
        remember(journey.survey.slug, code)
    if not runner_answers.save_answer(get_session(), response, asked, value):
        # Sent or closed in another tab since this page was read: say where it stands.
        if response.status == ResponseStatus.COMPLETE.value:
            return redirect(url_for("journey.done", slug=journey.survey.slug))
        return not_accepting(journey, response)
    if form.action.data == "later":
        return redirect(url_for("journey.save_for_later", slug=journey.survey.slug))
    if request.args.get("change"):
        return redirect(url_for("journey.check", slug=journey.survey.slug))
    answers = {**answers, asked.id: value}
    place = runner.place_of(runner.questions_for(journey.definition, answers), asked.id)
    return redirect(page_after(journey, place.next if place else None))


def _question_page(journey, response, asked, answers, form, timed_out: bool = False):
    """The question's page; `form` is None when it is shown (the saved answer fills it), the
    form sent when it is shown again with a mistake or after a timed-out security check."""
    questions = runner.questions_for(journey.definition, answers)
    place = runner.place_of(questions, asked.id)
    if place is None:  # hidden by an earlier answer: carry on where the journey really is
        return redirect(page_after(journey, runner.first_unanswered(questions, answers)))
    change = bool(request.args.get("change"))
    if change:
        back = url_for("journey.check", slug=journey.survey.slug)
    elif place.previous:
        back = question_url(journey, place.previous)
    else:
        back = url_for("journey.start_page", slug=journey.survey.slug)
    value = journey_forms.typed_value(asked, form) if request.method == "POST" else \
        answers.get(asked.id)
    errors = list(form.answer.errors[:1]) if form else []
    page = render("surveys/journey/question.html", journey=journey, place=place, form=form,
                  value=value, errors=errors, back=back, change=change, timed_out=timed_out,
                  staff_entry=entering_for_someone(response),
                  ticked=bool(form and getattr(form, "dont_understand", None) is not None
                              and form.dont_understand.data))
    return page, 400 if form and form.errors else 200


@bp.get("/surveys/<slug>/check")
def check(slug: str):
    """Check your answers, each with a Change link."""
    return _check_page(slug)


def _check_page(slug: str, missing_shown: bool = False, timed_out: bool = False):
    journey = load(slug)
    response = own_response(journey)
    if response is None:
        return to_start(journey)
    if response.status == ResponseStatus.COMPLETE.value:
        return redirect(url_for("journey.done", slug=slug))
    if not runner.accepting(journey, response):
        return not_accepting(journey, response)
    answers = runner.answers_of(get_session(), response)
    questions = runner.questions_for(journey.definition, answers)
    missing = [q for q in questions if q.required and not runner.is_answered(answers.get(q.id))]
    page = render("surveys/journey/check.html", journey=journey, questions=questions,
                  answers=answers, missing=missing if missing_shown else [],
                  timed_out=timed_out, staff_entry=entering_for_someone(response))
    return page, 400 if missing_shown and missing else 200


@bp.post("/surveys/<slug>/submit")
@public_form
def submit(slug: str):
    """Send the answers. Pressing the button twice (or in two tabs) stores one response."""
    if g.get("csrf_failed"):
        return _check_page(slug, timed_out=True)
    journey = load(slug)
    response = own_response(journey)
    if response is None:
        return to_start(journey)
    if response.status == IN_PROGRESS and not runner.accepting(journey, response):
        return not_accepting(journey, response)
    # The answers are read and checked inside the submit's own guarded write (runner_submit).
    outcome = runner_submit.submit(get_session(), journey, response,
                                   code=remembered_code(slug))
    if isinstance(outcome, runner_submit.Missing):
        return _check_page(slug, missing_shown=True)
    if outcome is None:
        return not_accepting(journey, response)
    return redirect(url_for("journey.done", slug=slug))


@bp.get("/surveys/<slug>/thank-you")
def done(slug: str):
    """Thank you, the receipt code, and what happens next."""
    journey = load(slug)
    response = own_response(journey)
    if response is None or response.status != ResponseStatus.COMPLETE.value:
        return to_start(journey)
    return render("surveys/journey/done.html", journey=journey,
                  receipt_code=response.receipt_code or "",
                  staff_entry=entering_for_someone(response))
