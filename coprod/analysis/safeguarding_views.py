"""The safeguarding queue: only the safeguarding role reads flagged comments and decides."""

from __future__ import annotations

from flask import abort, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from coprod.analysis import bp, flags
from coprod.analysis.forms import HandleFlagForm
from coprod.analysis.models import OUTCOME_LABELS, Outcome
from coprod.common.permissions import require
from coprod.db import get_session


@bp.get("/safeguarding")
@require("handle_safeguarding")
def safeguarding_queue():
    """Flagged comments waiting for a decision, oldest first, then recent decisions."""
    return render_template("analysis/safeguarding_queue.html",
                           waiting=flags.waiting_flags(get_session(), g.area.id),
                           handled=flags.handled_flags(get_session(), g.area.id),
                           outcome_labels=OUTCOME_LABELS)


@bp.route("/safeguarding/<int:flag_id>", methods=["GET", "POST"])
@require("handle_safeguarding")
def handle_flag(flag_id: int):
    """Read a flagged comment as it was said, and record what was done."""
    item = flags.flag_item(get_session(), g.area.id, flag_id)
    if item is None:
        abort(404)
    form = HandleFlagForm() if request.method == "POST" else HandleFlagForm(
        data={"outcome": item.flag.outcome, "note": item.flag.note})
    if form.validate_on_submit():
        outcome = Outcome(form.outcome.data)
        flags.handle_flag(get_session(), item.flag, outcome, form.note.data, current_user.id)
        flash(_("Decision saved. The comment is back in the lists.")
              if outcome == Outcome.NOT_A_CONCERN else
              _("Decision saved. The comment stays hidden from everyone else."))
        return redirect(url_for("analysis.safeguarding_queue"))
    return render_template("analysis/handle_flag.html", item=item, form=form,
                           outcome_labels=OUTCOME_LABELS), 400 if form.errors else 200
