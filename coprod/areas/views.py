"""The staff dashboard, switching area, people and invitations, and the audit log."""

from __future__ import annotations

from flask import (
    Blueprint,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import gettext as _
from flask_login import current_user, login_required

from coprod.areas import services
from coprod.areas.models import Role
from coprod.auth import services as auth_services
from coprod.auth.forms import ROLE_LABELS, InviteForm, SwitchAreaForm
from coprod.common.forms import choices
from coprod.common.permissions import require
from coprod.common.web import safe_next
from coprod.db import get_session

bp = Blueprint("areas", __name__, url_prefix="/staff")


@bp.get("/")
@login_required
def dashboard():
    """Where staff land: what they can do in their current area."""
    if g.role is None:
        return redirect(url_for("areas.switch_area"))
    return render_template("areas/dashboard.html")


@bp.route("/switch-area", methods=["GET", "POST"])
@login_required
def switch_area():
    """Choose which of your areas to work in."""
    memberships = auth_services.memberships_of(get_session(), current_user.id)
    form = SwitchAreaForm()
    form.area.choices = choices((a.id, f"{a.name} ({ROLE_LABELS[Role(m.role)].split(':')[0]})")
                                for m, a in memberships)
    if form.validate_on_submit():
        session["area_id"] = form.area.data
        flash(_("You are now working in %(area)s.",
                area=dict((a.id, a.name) for _m, a in memberships)[form.area.data]))
        return redirect(safe_next(request.args.get("next")))
    if request.method == "GET" and session.get("area_id"):
        form.area.data = session["area_id"]
    return render_template("areas/switch_area.html", form=form, memberships=memberships), (
        400 if form.errors else 200)


@bp.route("/people", methods=["GET", "POST"])
@require("manage_users")
def people():
    """Everyone in the area, and a form to invite someone new."""
    form = InviteForm()
    db = get_session()
    if form.validate_on_submit():
        invite, token = auth_services.create_invite(
            db, g.area.id, form.email.data, Role(form.role.data), current_user.id,
            hours=current_app.config["INVITE_HOURS"])
        link = url_for("auth.accept_invite", token=token, _external=True)
        return render_template("areas/invite_created.html", invite=invite, link=link)
    return render_template("areas/people.html", form=form,
                           members=auth_services.area_members(db, g.area.id),
                           invites=auth_services.pending_invites(db, g.area.id),
                           role_labels=ROLE_LABELS), 400 if form.errors else 200


@bp.get("/audit-log")
@require("view_audit")
def audit_log():
    """Every change made in the area, newest first."""
    page = request.args.get("page", 1, type=int) or 1
    rows, pages = services.audit_page(get_session(), g.area.id, max(page, 1))
    return render_template("areas/audit_log.html", rows=rows, page=page, pages=pages)
