"""The safeguarding casework: only the safeguarding role reads flagged comments and moves them
on (new, in progress, referred, acted on, not a concern); admins set the local procedure."""

from __future__ import annotations

from datetime import timedelta

from flask import abort, flash, g, redirect, render_template, request, session, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user, login_required
from wtforms.fields.choices import SelectChoice

from coprod.analysis import bp, flags
from coprod.analysis.forms import HandleFlagForm, HistoryFilterForm, ProcedureForm
from coprod.common.permissions import can, require
from coprod.common.time import utcnow
from coprod.common.web import as_id
from coprod.db import get_session
from coprod.voice.findings import OUTCOME_LABELS, Outcome


def _people_choices(blank: str) -> list[SelectChoice]:
    return [SelectChoice("", blank)] + [
        SelectChoice(str(person.id), person.name)
        for person in flags.safeguarding_people(get_session(), g.area.id)]


def how_long(waited: timedelta) -> str:
    """A wait in the unit a lead counts it in: minutes, then hours up to two days, then days
    (never rounded up to "1 week" when it is 10 days)."""
    minutes = max(int(waited.total_seconds() // 60), 1)
    if minutes < 60:
        return ngettext("%(num)d minute", "%(num)d minutes", minutes)
    if minutes < 48 * 60:
        return ngettext("%(num)d hour", "%(num)d hours", minutes // 60)
    return ngettext("%(num)d day", "%(num)d days", minutes // (24 * 60))


@bp.get("/safeguarding")
@require("handle_safeguarding")
def safeguarding_queue():
    """Open flags in the queue's order (flags.queue_order), each with how long it has waited."""
    return render_template("analysis/safeguarding_queue.html",
                           waiting=flags.waiting_flags(get_session(), g.area.id),
                           now=utcnow(), how_long=how_long,
                           people={p.id: p.name for p in
                                   flags.safeguarding_people(get_session(), g.area.id)},
                           procedure=flags.procedure(get_session(), g.area.id),
                           sources=flags.flag_sources(get_session(), g.area.id),
                           outcome_labels=OUTCOME_LABELS)


@bp.get("/safeguarding/decided")
@require("handle_safeguarding")
def flag_history():
    """Decided flags, newest decision first, filtered by decision, who and when."""
    form = HistoryFilterForm(formdata=request.args)
    form.decided_by.choices = _people_choices(_("Anyone"))
    form.validate()
    filters = flags.HistoryFilters(
        outcome=form.outcome.data or None, decided_from=form.decided_from.data,
        decided_to=form.decided_to.data,
        decided_by_id=int(form.decided_by.data) if form.decided_by.data else None)
    return render_template("analysis/flag_history.html", form=form, outcome_labels=OUTCOME_LABELS,
                           handled=flags.handled_flags(get_session(), g.area.id, filters),
                           people={p.id: p.name for p in
                                   flags.safeguarding_people(get_session(), g.area.id)})


@bp.route("/safeguarding/<int:flag_id>", methods=["GET", "POST"])
@login_required
def handle_flag(flag_id: int):
    """Read a flagged comment as it was said, with the local procedure, and move it on."""
    item = (flags.flag_item(get_session(), g.area.id, flag_id)
            if can("handle_safeguarding") else None)
    if item is None:
        return _flag_in_another_area(flag_id)
    form = HandleFlagForm()
    form.assigned_to.choices = _people_choices(_("No one yet"))
    if request.method == "GET":
        form.assigned_to.data = str(item.flag.assigned_to_id or current_user.id)
        form.referred_to.data = item.flag.referred_to
    valid = form.validate_on_submit()
    # The move's own rules are checked even when a field failed, so every problem shows at once
    # (a missing note and a missing "referred to" together, not one after the other).
    if form.is_submitted() and form.outcome.data in {o.value for o in Outcome}:
        outcome = Outcome(form.outcome.data)
        assigned = as_id(form.assigned_to.data or "")
        problem = flags.why_not_move(item.flag, outcome, current_user.id, assigned,
                                     form.referred_to.data or "")
        if valid and problem is None:
            flags.move_flag(get_session(), item.flag, outcome, form.note.data, current_user.id,
                            assigned, form.referred_to.data or "")
            flash(_("Decision saved. The comment is back in the lists.")
                  if outcome == Outcome.NOT_A_CONCERN else
                  _("Decision saved. The comment stays hidden from everyone else."), "success")
            return redirect(url_for("analysis.safeguarding_queue"))
        if problem is not None:
            field = {_("Select who is looking into it"): form.assigned_to,
                     _("Enter who it was referred to"): form.referred_to}.get(problem,
                                                                               form.outcome)
            field.errors = [*field.errors, problem]
    return render_template("analysis/handle_flag.html", item=item, form=form,
                           steps=flags.flag_steps(get_session(), item.flag),
                           people={p.id: p.name for p in
                                   flags.safeguarding_people(get_session(), g.area.id)},
                           procedure=flags.procedure(get_session(), g.area.id),
                           outcome_labels=OUTCOME_LABELS), 400 if form.errors else 200


def _flag_in_another_area(flag_id: int) -> ResponseReturnValue:
    """An alert's link followed while working in another area: where the person has the
    safeguarding role in the flag's area, move them there, say so, and show the flag. Anything
    else is as it was: not found, or forbidden where their role here cannot handle flags (the
    same whether or not the flag exists). Only a GET moves them: a decision is never recorded
    in an area other than the one its page was shown in."""
    area = (flags.area_to_handle(get_session(), current_user.id, flag_id)
            if request.method == "GET" else None)
    if area is None:
        abort(404 if can("handle_safeguarding") else 403)
    session["area_id"] = area.id
    # A blue banner, not a green one: the person did not ask to move, so they must notice it.
    flash(_("You are now working in %(area)s, the area this flagged comment is in.",
            area=area.name), "important")
    return redirect(url_for("analysis.handle_flag", flag_id=flag_id))


@bp.route("/safeguarding/procedure", methods=["GET", "POST"])
@require("set_safeguarding_procedure")
def safeguarding_procedure():
    """The area's local procedure and front-door phone numbers (admins set it)."""
    current = flags.procedure(get_session(), g.area.id)
    form = ProcedureForm(obj=current) if request.method == "GET" else ProcedureForm()
    if form.validate_on_submit():
        flags.set_procedure(get_session(), g.area.id, form.text.data, form.front_door_phone.data,
                            form.out_of_hours_phone.data or "", current_user.id)
        flash(_("Safeguarding procedure saved. It shows on every flag's page."), "success")
        return redirect(url_for("analysis.safeguarding_procedure"))
    return render_template("analysis/procedure.html", form=form), 400 if form.errors else 200
