"""The one code a respondent keeps: it carries on with unfinished answers, and deletes them
(asking first) once sent or before. All public, all easy read."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from flask import abort, current_app, g, redirect, request, url_for
from flask_babel import gettext as _

from coprod.areas.models import Area
from coprod.areas.services import area_by_slug
from coprod.areas.web import area_page_url, show_area
from coprod.common.web import cookies_refused, public_form
from coprod.db import get_session
from coprod.surveys.journey import bp, runner
from coprod.surveys.journey import submit as runner_submit
from coprod.surveys.journey import throttle as code_throttle
from coprod.surveys.journey.forms import CodeForm
from coprod.surveys.journey.web import (
    IN_PROGRESS,
    load,
    own_response,
    page_after,
    remember,
    remembered_code,
    render,
    to_start,
)
from coprod.surveys.models import Survey, SurveyResponse

T = TypeVar("T")
class _TooManyTries:
    """What _try_code gives when this client has had too many wrong tries."""


TOO_MANY_TRIES = _TooManyTries()


def _rules() -> code_throttle.CodeRules:
    return code_throttle.CodeRules(current_app.config["CODE_TRIES"],
                                   current_app.config["CODE_TRIES_MINUTES"])


def _try_code(look_up: Callable[[], T]) -> T | _TooManyTries:
    """Look a typed code up, unless this client has had too many wrong tries. The try is counted
    first (so a burst cannot overshoot) and given back when the code was right."""
    db = get_session()
    key = code_throttle.client_key(request.remote_addr, current_app.config["SECRET_KEY"])
    used = code_throttle.take_a_try(db, key, _rules())
    if used is None:
        return TOO_MANY_TRIES
    found = look_up()
    if found:
        code_throttle.give_back_a_try(db, key)
        return found
    return TOO_MANY_TRIES if used >= _rules().tries else found


def _too_many_tries():
    return render("surveys/journey/too_many_tries.html", minutes=_rules().minutes), 429


@bp.get("/surveys/<slug>/save-and-come-back")
def save_for_later(slug: str):
    """The link and the short code that bring this browser's answers back."""
    journey = load(slug)
    response = own_response(journey)
    if response is None or response.status != IN_PROGRESS:
        return to_start(journey)
    code = remembered_code(slug)
    link = url_for("journey.resume", slug=slug, code=code, _external=True)
    return render("surveys/journey/save.html", journey=journey, code=code, link=link)


@bp.route("/surveys/<slug>/resume", methods=["GET", "POST"])
@public_form
def resume(slug: str):
    """Type (or follow a link with) the code to carry on where you stopped."""
    journey = load(slug)
    form = CodeForm(data={"code": request.args.get("code", "")}) if request.method == "GET" \
        else CodeForm()
    if g.get("csrf_failed"):
        form.code.errors = [_(
            "Sorry, your browser is blocking cookies. We need a cookie to keep your answers. "
            "Turn on cookies, then press Continue again.") if cookies_refused() else
            _("Sorry, this page timed out. Press Continue again.")]
    elif form.validate_on_submit():
        found = _try_code(lambda: runner.resume(get_session(), journey, form.code.data))
        if isinstance(found, _TooManyTries):
            return _too_many_tries()
        if found is not None:
            response, code = found
            remember(slug, code)
            answers = runner.answers_of(get_session(), response)
            questions = runner.questions_for(journey.definition, answers)
            return redirect(page_after(journey, runner.first_unanswered(questions, answers)))
        elif runner_submit.sent_with_code(get_session(), journey.survey.id, form.code.data):
            return render("surveys/journey/already_sent.html", journey=journey)
        else:
            form.code.errors = [_("We cannot find answers to carry on with for that code. "
                                  "Check the code and try again.")]
    return render("surveys/journey/resume.html", journey=journey, form=form,
                  timed_out=bool(g.get("csrf_failed"))), 400 if form.errors else 200


@bp.route("/surveys/delete-my-answers", methods=["GET", "POST"])
@public_form
def delete_my_answers():
    """Type your code; we then ask whether you are sure before anything is deleted."""
    return _delete_my_answers()


@bp.route("/areas/<area_slug>/delete-my-answers", methods=["GET", "POST"])
@public_form
def area_delete_my_answers(area_slug: str):
    """The same, reached from another area's survey, so a family stays on their area's pages."""
    _show_area_named(area_slug)
    return _delete_my_answers()


def _show_area_named(area_slug: str) -> Area:
    return show_area(area_by_slug(get_session(), area_slug) or abort(404))


def _back_from_confirm(found: SurveyResponse) -> str:
    """Back from "Are you sure?": to the thank-you page with the code on it when that is where
    the person came from, else to the page where they typed their code."""
    survey = get_session().get(Survey, found.survey_id)
    if request.form.get("from") == "thank-you" and survey is not None:
        return url_for("journey.done", slug=survey.slug)
    return area_page_url("delete_answers")


def _delete_my_answers():
    """The code page speaks for the area it was reached from until a code is found, then for
    the area whose survey the code came from (the home area's page needs no area named)."""
    form = CodeForm()
    if g.get("csrf_failed"):
        form.code.errors = [_("Sorry, this page timed out. Press Continue again.")]
    elif form.validate_on_submit():
        found = _try_code(lambda: runner_submit.find_by_receipt(get_session(), form.code.data))
        if isinstance(found, _TooManyTries):
            return _too_many_tries()
        if found is not None:
            show_area(get_session().get(Area, found.area_id) or abort(404))
            return render("surveys/journey/delete_confirm.html", code=form.code.data,
                          title=runner_submit.survey_title_of(get_session(), found),
                          back=_back_from_confirm(found))
        form.code.errors = [_("We cannot find answers with that code. "
                              "Check the code and try again.")]
    return render("surveys/journey/delete.html", form=form), (
        400 if form.errors else 200)


@bp.post("/surveys/delete-my-answers/confirm")
@public_form
def confirm_delete():
    """"Yes, delete my answers": only now is anything deleted."""
    form = CodeForm()
    if g.get("csrf_failed") or not form.validate_on_submit():
        return redirect(url_for("journey.delete_my_answers"))
    area_id = _try_code(lambda: runner_submit.delete_by_receipt(get_session(), form.code.data))
    if isinstance(area_id, _TooManyTries):
        return _too_many_tries()
    if area_id is not None:
        return redirect(area_page_url("answers_deleted", get_session().get(Area, area_id)))
    return redirect(url_for("journey.delete_my_answers"))


@bp.get("/surveys/delete-my-answers/done")
def answers_deleted():
    """We have deleted your answers."""
    return render("surveys/journey/deleted.html")


@bp.get("/areas/<area_slug>/delete-my-answers/done")
def area_answers_deleted(area_slug: str):
    """The same, on the pages of the area the answers were given to."""
    _show_area_named(area_slug)
    return render("surveys/journey/deleted.html")
