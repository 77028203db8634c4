"""The staff dashboard, switching area, people and invitations, and the audit log."""

from __future__ import annotations

from flask import (
    Blueprint,
    Response,
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
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required

from coprod.areas import services
from coprod.areas.audit_words import in_words, kind_heading
from coprod.areas.forms import AuditFilterForm, ContactForm, HelplineForm
from coprod.areas.models import Role
from coprod.auth import services as auth_services
from coprod.auth.forms import ROLE_LABELS, ChangeRoleForm, InviteForm, SwitchAreaForm
from coprod.common.edit_forms import merge_on_submit
from coprod.common.forms import ButtonForm, choices
from coprod.common.permissions import require
from coprod.common.web import as_id, safe_next
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
                area=dict((a.id, a.name) for _m, a in memberships)[form.area.data]), "success")
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
    member = form.validate_on_submit() and auth_services.member_with_email(
        db, g.area.id, form.email.data)
    if member:
        user, membership = member
        form.email.errors = [_("%(name)s is already in this area as %(role)s. Change their "
                               "role on their page instead of inviting them.", name=user.name,
                               role=ROLE_LABELS[Role(membership.role)].split(":")[0].lower())]
    elif form.is_submitted() and not form.errors:
        invite, token = auth_services.create_invite(
            db, g.area.id, form.email.data, Role(form.role.data), current_user.id,
            hours=current_app.config["INVITE_HOURS"])
        link = url_for("auth.accept_invite", token=token, _external=True)
        return render_template("areas/invite_created.html", invite=invite, link=link,
                               role_labels=ROLE_LABELS)
    return render_template("areas/people.html", form=form,
                           members=auth_services.area_members(db, g.area.id),
                           invites=auth_services.pending_invites(db, g.area.id),
                           role_labels=ROLE_LABELS), 400 if form.errors else 200


def _audit_filters() -> tuple[AuditFilterForm, services.AuditFilters]:
    form = AuditFilterForm(formdata=request.args)
    form.who.choices = choices([("", _("Anyone")), ("coprod", _("coprod (automatic)"))] + [
        (str(i), name) for i, name in services.audit_people(get_session(), g.area.id)])
    form.kind.choices = choices([("", _("Any kind"))] + [
        (k, kind_heading(k)) for k in services.audit_kinds(get_session(), g.area.id)])
    form.validate()
    who = form.who.data or ""
    return form, services.AuditFilters(
        user_id=as_id(who), by_coprod=who == "coprod",
        record_type=form.kind.data or None, since=form.since.data, until=form.until.data)


@bp.get("/audit-log")
@require("view_audit")
def audit_log():
    """Every change made in the area, newest first, in words, filtered and a page at a time."""
    return _audit_page(*_audit_filters())


def _audit_page(form: AuditFilterForm, filters: services.AuditFilters) -> str:
    page = max(request.args.get("page", 1, type=int) or 1, 1)
    rows, pages = services.audit_page(get_session(), g.area.id, page, filters)
    args = {k: v for k, v in request.args.items(multi=True) if k not in ("page", "submit")}
    return render_template("areas/audit_log.html", form=form, page=page, pages=pages,
                           entries=[(event, user, in_words(event, user.name if user else None))
                                    for event, user in rows], query_args=args)


@bp.get("/audit-log.csv")
@require("view_audit")
def audit_log_csv():
    """The filtered audit log as a CSV file, in words. A wrong date (typed into the address)
    downloads nothing: the log's page says what is wrong."""
    form, filters = _audit_filters()
    if form.errors:
        return _audit_page(form, filters), 400
    return Response(services.audit_csv(get_session(), g.area.id, filters), mimetype="text/csv",
                    headers={"Content-Disposition": "attachment; filename=audit-log.csv"})


@bp.route("/helpline", methods=["GET", "POST"])
@require("set_helpline")
def helpline():
    """The helpline named to anyone the product tells to seek help (admins set it)."""
    area = g.area
    now = {"name": area.helpline_name, "phone": area.helpline_phone}
    form = HelplineForm(data=now if request.method == "GET" else None)
    if merge_on_submit(form, now):
        services.set_helpline(get_session(), area, form.name.data or "", form.phone.data or "")
        name, phone = area.helpline()
        flash(_("Helpline saved. People who may not be safe are told to call %(name)s on "
                "%(phone)s.", name=name, phone=phone), "success")
        return redirect(url_for("areas.helpline"))
    return render_template("areas/helpline.html", form=form, current=area.helpline(),
                           own=bool(area.helpline_name)), 400 if form.errors else 200


@bp.route("/contact", methods=["GET", "POST"])
@require("set_contact")
def contact():
    """How families reach the participation team, shown where coprod asks for feedback."""
    area = g.area
    now = {"email": area.contact_email, "phone": area.contact_phone}
    form = ContactForm(data=now if request.method == "GET" else None)
    if merge_on_submit(form, now):
        services.set_contact(get_session(), area, form.email.data or "", form.phone.data or "")
        flash(_("Contact details saved. They show on the accessibility statement, where every "
                "page's feedback link goes."), "success")
        return redirect(url_for("areas.contact"))
    return render_template("areas/contact.html", form=form), 400 if form.errors else 200


LAST_ADMIN = _l("%(name)s is the only admin of this area. Make someone else an admin first, "
                "so someone can still manage its people.")


def _member(user_id: int):
    found = auth_services.membership_in_area(get_session(), g.area.id, user_id)
    if found is None:
        abort(404)
    return found


@bp.route("/people/<int:user_id>", methods=["GET", "POST"])
@require("manage_users")
def person(user_id: int):
    """One person in the area: change their role, or go on to remove them."""
    user, membership = _member(user_id)
    form = ChangeRoleForm(data={"role": membership.role} if request.method == "GET" else None)
    if form.validate_on_submit():
        role = Role(form.role.data)
        if auth_services.why_not_change(get_session(), membership, role):
            form.role.errors = [str(LAST_ADMIN % {"name": user.name})]
        else:
            auth_services.change_role(get_session(), membership, role)
            flash(_("%(name)s is now %(role)s.", name=user.name,
                    role=ROLE_LABELS[role].split(":")[0].lower()), "success")
            return redirect(url_for("areas.people"))
    return render_template("areas/person.html", person=user, membership=membership, form=form,
                           role_labels=ROLE_LABELS), 400 if form.errors else 200


@bp.route("/people/<int:user_id>/remove", methods=["GET", "POST"])
@require("manage_users")
def remove_person(user_id: int):
    """Ask, then take a person out of the area (what they did stays, shown as theirs)."""
    user, membership = _member(user_id)
    blocked = auth_services.why_not_change(get_session(), membership, None)
    form = ButtonForm()
    if blocked is None and form.validate_on_submit():
        auth_services.remove_from_area(get_session(), membership)
        flash(_("%(name)s no longer works in this area.", name=user.name), "success")
        return redirect(url_for("areas.people"))
    return render_template("areas/remove_person.html", person=user, form=form,
                           blocked=blocked and LAST_ADMIN % {"name": user.name}), (
        409 if blocked and request.method == "POST" else 200)


@bp.route("/people/invitations/<int:invite_id>/withdraw", methods=["GET", "POST"])
@require("manage_users")
def withdraw_invite(invite_id: int):
    """Ask, then withdraw an invitation no one has used: its link stops working."""
    invite = auth_services.invite_in_area(get_session(), g.area.id, invite_id) or abort(404)
    form = ButtonForm()
    if form.validate_on_submit():
        auth_services.withdraw_invite(get_session(), invite)
        flash(_("The invitation for %(email)s is withdrawn. Its link no longer works.",
                email=invite.email), "success")
        return redirect(url_for("areas.people"))
    return render_template("areas/withdraw_invite.html", invite=invite, form=form,
                           role_labels=ROLE_LABELS)
