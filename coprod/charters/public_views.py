"""Public pages: the charter (full, easy read, printable A4), and the easy-read evaluation
families and young people reach through a link, with no account and no name asked. Someone who
wrote why is asked last "Can we share your words?": without their yes their words are never
quoted or shown.

An open link takes one evaluation per browser (remembered in the signed session cookie) and
the app's per-network throttle; a link with printed codes takes one evaluation per code."""

from __future__ import annotations

from flask import (
    Blueprint,
    abort,
    current_app,
    make_response,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import gettext as _

from coprod.areas.models import Area
from coprod.areas.services import area_by_slug
from coprod.areas.web import default_area, show_area
from coprod.charters import evaluation, services
from coprod.charters.forms import DONT_KNOW, CodeForm, PublicAnswerForm, PublicShareForm
from coprod.charters.models import KIND_LABELS, EvaluationLink, Project, Source
from coprod.charters.scale import EASY_READ_LABELS, FACES, SCORES
from coprod.common.web import public_form
from coprod.db import get_session
from coprod.surveys.journey import throttle as code_throttle
from coprod.voice.parsing import local_today

public_bp = Blueprint("charter_pages", __name__)
DONE_KEY = "charter_evaluations_done"
IN_PROGRESS_KEY = "charter_evaluation"
OPEN_LINK_RULES = code_throttle.CodeRules(tries=30, minutes=15)  # a busy room on one network


@public_bp.app_template_global("area_has_charter")
def _area_has_charter(area: Area | None) -> bool:
    """For the area's home page: link to the charter only when there is one."""
    return area is not None and services.area_charter(get_session(), area.id) is not None


def _charter_page(area: Area | None, template: str):
    if area is None:
        abort(404)
    show_area(area)
    found = services.charter_for_page(get_session(), area)
    if found is None:
        abort(404)
    charter, version = found
    return render_template(template, area=area, charter=charter, version=version,
                           text=services.text_of(version), kind_labels=KIND_LABELS,
                           signatories=services.signatories(get_session(), charter.id))


@public_bp.get("/charter/")
def home_charter():
    """The home area's co-production charter."""
    return _charter_page(default_area(), "charters/public_charter.html")


@public_bp.get("/areas/<area_slug>/charter/")
def public_charter(area_slug: str):
    """An area's charter: vision, principles, what each looks like, who signed and pledged."""
    return _charter_page(area_by_slug(get_session(), area_slug), "charters/public_charter.html")


@public_bp.get("/areas/<area_slug>/charter/easy-read")
def easy_read_charter(area_slug: str):
    """The charter in easy read: short sentences, a picture beside each."""
    return _charter_page(area_by_slug(get_session(), area_slug), "charters/easy_read.html")


@public_bp.get("/areas/<area_slug>/charter/print")
def print_charter(area_slug: str):
    """The charter laid out to print on A4."""
    return _charter_page(area_by_slug(get_session(), area_slug), "charters/print.html")


# The evaluation journey.

def _link(token: str) -> tuple[EvaluationLink, Project]:
    db = get_session()
    link = evaluation.link_by_token(db, token) or abort(404)
    show_area(db.get(Area, link.area_id) or abort(404))
    return link, db.get(Project, link.project_id) or abort(404)


def _questions(link: EvaluationLink):
    source = Source.YOUNG_PERSON.value if link.audience == "young_person" else Source.FAMILY.value
    return source, evaluation.questions_for(get_session(), link.area_id, source)


def _not_done_link(token: str) -> tuple[EvaluationLink, Project]:
    """As `_link`, for a page of the journey: on an open link this browser has already
    answered, "You have already told us" instead."""
    link, project = _link(token)
    if not link.uses_codes and link.token in session.get(DONE_KEY, []):
        abort(make_response(_render("already.html", link, project)))
    return link, project


def _progress(link: EvaluationLink) -> dict:
    """This browser's evaluation in progress for this link (answers, and its code)."""
    state = session.get(IN_PROGRESS_KEY) or {}
    return state if state.get("token") == link.token else {"token": link.token, "answers": {}}


def _render(template: str, link: EvaluationLink, project: Project, **context):
    return render_template(f"charters/evaluate/{template}", link=link, project=project,
                           faces=FACES, scores=SCORES, labels=EASY_READ_LABELS,
                           dont_know=DONT_KNOW, **context)


@public_bp.route("/evaluate/<token>/", methods=["GET", "POST"])
@public_form
def evaluate_start(token: str):
    """What this is, who sees it, and whether it needs a code; then start."""
    link, project = _not_done_link(token)
    if request.method == "POST":
        session[IN_PROGRESS_KEY] = {"token": link.token, "answers": {}}
        target = "charter_pages.evaluate_code" if link.uses_codes else "charter_pages.question"
        return redirect(url_for(target, token=token, number=1))
    _source, questions = _questions(link)
    return _render("start.html", link, project, count=len(questions))


@public_bp.route("/evaluate/<token>/code", methods=["GET", "POST"])
@public_form
def evaluate_code(token: str):
    """The code from the paper handed out at the meeting."""
    link, project = _link(token)
    if not link.uses_codes:
        return redirect(url_for("charter_pages.evaluate_start", token=token))
    form = CodeForm()
    if form.validate_on_submit():
        db = get_session()
        rules = code_throttle.CodeRules(current_app.config["CODE_TRIES"],
                                        current_app.config["CODE_TRIES_MINUTES"])
        key = code_throttle.client_key(request.remote_addr, current_app.config["SECRET_KEY"])
        used = code_throttle.take_a_try(db, key, rules)  # counted first, as for survey codes
        if used is None:
            return _render("too_many.html", link, project), 429
        code = evaluation.code_is_unused(db, link, form.code.data)
        if code:
            code_throttle.give_back_a_try(db, key)
            session[IN_PROGRESS_KEY] = {"token": link.token, "answers": {}, "code": code}
            return redirect(url_for("charter_pages.question", token=token, number=1))
        if used >= rules.tries:
            return _render("too_many.html", link, project), 429
        form.code.errors = [_("This code is not right, or it has been used. Check your paper.")]
    return _render("code.html", link, project, form=form), 400 if form.errors else 200


@public_bp.route("/evaluate/<token>/<int:number>", methods=["GET", "POST"])
@public_form
def question(token: str, number: int):
    """One question per page: a face to choose, and why if they want to say."""
    link, project = _not_done_link(token)
    source, questions = _questions(link)
    state = _progress(link)
    if not 1 <= number <= len(questions) or (link.uses_codes and not state.get("code")):
        return redirect(url_for("charter_pages.evaluate_start", token=token))
    asked = questions[number - 1]
    saved = state["answers"].get(asked.key)
    form = PublicAnswerForm(data={"score": saved[0], "evidence": saved[1]} if saved else None)
    if form.validate_on_submit():
        state["answers"][asked.key] = [form.score.data, (form.evidence.data or "").strip()]
        session[IN_PROGRESS_KEY] = state
        if number < len(questions):
            return redirect(url_for("charter_pages.question", token=token, number=number + 1))
        if _wrote_words(state):
            return redirect(url_for("charter_pages.share_words", token=token))
        return _finish(link, project, source, state)
    back = (url_for("charter_pages.question", token=token, number=number - 1) if number > 1
            else url_for("charter_pages.evaluate_start", token=token))
    return _render("question.html", link, project, form=form, asked=asked, number=number,
                   total=len(questions), back=back), 400 if form.errors else 200


def _wrote_words(state: dict) -> bool:
    """Whether they wrote why in any answer (so there are words to ask about)."""
    return any((why or "").strip() for _score, why in state["answers"].values())


@public_bp.route("/evaluate/<token>/share-your-words", methods=["GET", "POST"])
@public_form
def share_words(token: str):
    """Can we share your words? Asked after the last question, only of someone who wrote why."""
    link, project = _not_done_link(token)
    source, questions = _questions(link)
    state = _progress(link)
    if len(state["answers"]) < len(questions) or not _wrote_words(state) or (
            link.uses_codes and not state.get("code")):
        return redirect(url_for("charter_pages.evaluate_start", token=token))
    form = PublicShareForm(data={"share": state.get("share")})
    if form.validate_on_submit():
        state["share"] = form.share.data
        return _finish(link, project, source, state)
    back = url_for("charter_pages.question", token=token, number=len(questions))
    return _render("share_words.html", link, project, form=form, back=back), (
        400 if form.errors else 200)


def _finish(link: EvaluationLink, project: Project, source: str, state: dict):
    """Save the evaluation once: once per code, or once per browser on an open link."""
    db = get_session()
    if link.uses_codes:
        if not evaluation.use_code(db, link, state["code"]):
            session.pop(IN_PROGRESS_KEY, None)
            return _render("code_used.html", link, project), 409
    else:
        key = code_throttle.client_key(request.remote_addr,
                                       current_app.config["SECRET_KEY"] + ":charter-open")
        if code_throttle.take_a_try(db, key, OPEN_LINK_RULES) is None:
            return _render("too_many.html", link, project), 429
    answers = {key: evaluation.Answer(None if score == DONT_KNOW else int(score), why)
               for key, (score, why) in state["answers"].items()}
    shared = {"yes": True, "no": False}.get(state.get("share") or "")  # "I do not know": None
    evaluation.save_evaluation(db, project, source, answers, local_today(), link_id=link.id,
                               share_words=shared)
    session.pop(IN_PROGRESS_KEY, None)
    if not link.uses_codes:
        session[DONE_KEY] = [*session.get(DONE_KEY, [])[-49:], link.token]
    return redirect(url_for("charter_pages.thank_you", token=link.token))


@public_bp.get("/evaluate/<token>/thank-you")
def thank_you(token: str):
    """Thank you, and what happens next."""
    link, project = _link(token)
    return _render("thank_you.html", link, project)
