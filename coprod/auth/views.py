"""Signing in and out, and accepting an invitation."""

from __future__ import annotations

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import format_time
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user

from coprod.areas.models import Area, Role
from coprod.auth import services
from coprod.auth.forms import ROLE_LABELS, AcceptInviteForm, JoinAreaForm, SignInForm
from coprod.auth.passwords import verify_password
from coprod.common.time import utcnow
from coprod.common.web import SESSION_VERSION, cookies_refused, public_form, safe_next
from coprod.db import get_session

bp = Blueprint("auth", __name__)


def _rules() -> services.ThrottleRules:
    c = current_app.config
    return services.ThrottleRules(c["SIGN_IN_SLOW_AFTER"], c["SIGN_IN_SLOW_SECONDS"],
                                  c["SIGN_IN_LOCK_AFTER"], c["SIGN_IN_LOCK_MINUTES"])


def _problem_message(result: services.SignInResult) -> str:
    if result.problem == "locked":
        return _("Too many failed attempts. This account is locked until %(time)s. "
                 "Try again then, or ask your admin for help.",
                 time=format_time(result.wait_until, "HH:mm"))
    if result.problem == "slow":
        seconds = int((result.wait_until - utcnow()).total_seconds()) + 1  # type: ignore[operator]
        return _("Too many failed attempts. Wait %(seconds)d seconds, then try again.",
                 seconds=max(seconds, 1))
    return _("Enter a correct email address and password")


def start_session(user, area_id: int | None = None) -> None:
    """Sign a person in afresh and choose their working area."""
    session.clear()
    login_user(user)
    session[SESSION_VERSION] = user.session_version
    areas = services.memberships_of(get_session(), user.id)
    chosen = [a.id for _m, a in areas if a.id == area_id] or [a.id for _m, a in areas[:1]]
    session["area_id"] = chosen[0] if chosen else None


@bp.route("/sign-in", methods=["GET", "POST"])
@public_form
def sign_in():
    """Email and password, with failed attempts slowed and then locked."""
    form = SignInForm()
    if g.get("csrf_failed"):
        form.validate()
        form.csrf_token.errors = [
            _("Your browser is blocking cookies. Turn on cookies for this website, then sign "
              "in again.") if cookies_refused() else _("Your page timed out. Sign in again.")]
    elif form.validate_on_submit():
        result = services.sign_in(get_session(), form.email.data, form.password.data, _rules())
        if result.user:
            start_session(result.user)
            if len(services.memberships_of(get_session(), result.user.id)) > 1:
                return redirect(url_for("areas.switch_area", next=request.args.get("next")))
            return redirect(safe_next(request.args.get("next")))
        form.email.errors = [_problem_message(result)]
    return render_template("auth/sign_in.html", form=form,
                           timed_out=bool(g.get("csrf_failed"))), 400 if form.errors else 200


@bp.post("/sign-out")
@login_required
def sign_out():
    """Forget the person and their area, and end every copy of this session: a cookie kept
    from before signing out no longer opens anything."""
    services.end_sessions(get_session(), current_user._get_current_object())
    logout_user()
    session.clear()
    flash(_("You have signed out."), "success")
    return redirect(url_for("site.home"))


def _usable_invite(token: str):
    invite, problem = services.find_invite(get_session(), token)
    if problem:
        return None, problem
    return invite, None


@bp.route("/invite/<token>", methods=["GET", "POST"])
@public_form
def accept_invite(token: str):
    """Join an area from a one-time link: new people make an account, others confirm it is them."""
    invite, problem = _usable_invite(token)
    if problem:
        return render_template("auth/invite_problem.html", problem=problem), (
            404 if problem == "unknown" else 410)
    area = get_session().get(Area, invite.area_id) or abort(404)
    g.area = area
    user = services.existing_user(get_session(), invite.email)
    form = JoinAreaForm() if user else AcceptInviteForm()
    if g.get("csrf_failed"):
        form.validate()
        form.csrf_token.errors = [_("Your page timed out. Check your answers and try again.")]
    elif form.validate_on_submit():
        if user and not verify_password(user.password_hash, form.password.data):
            form.password.errors = [_("Enter your correct coprod password")]
        else:
            name = "" if user else form.name.data
            user = services.accept_invite(get_session(), invite, name, form.password.data,
                                          fast_hash=current_app.config.get("PASSWORD_HASH_FAST",
                                                                           False))
            start_session(user, invite.area_id)
            flash(_("Welcome to coprod. You have joined %(area)s.", area=area.name), "success")
            return redirect(url_for("areas.dashboard"))
    return render_template("auth/accept_invite.html", form=form, invite=invite, area=area,
                           role_label=ROLE_LABELS[Role(invite.role)],
                           existing=user is not None), 400 if form.errors else 200
