"""Staff pages for the voice record: list, search, export, and entry from any channel."""

from __future__ import annotations

from flask import Blueprint, Response, abort, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from wtforms.fields.choices import SelectChoice

from coprod.comments import exports
from coprod.common.forms import ButtonForm, refuse_file
from coprod.common.permissions import current_role, require
from coprod.db import get_session
from coprod.events import services as event_services
from coprod.voice import parsing, services
from coprod.voice.forms import CommentForm, ConsentForm, FilterForm, ImportForm, PasteForm
from coprod.voice.messages import saved_message
from coprod.voice.models import CHANNEL_LABELS, GROUP_LABELS, HOW_GIVEN_LABELS, Comment

bp = Blueprint("voice", __name__, url_prefix="/staff/voice")


@bp.context_processor
def _labels() -> dict:
    return {"group_labels": GROUP_LABELS, "channel_labels": CHANNEL_LABELS,
            "how_given_labels": HOW_GIVEN_LABELS}


def _filter_form() -> FilterForm:
    form = FilterForm(formdata=request.args)
    form.event.choices = [SelectChoice("", "Any event")] + [
        SelectChoice(str(i), label)
        for i, label in event_services.event_choices(get_session(), g.area.id)]
    form.validate()
    return form


@bp.get("/")
@require("view_voice")
def list_comments():
    """Every comment in the area, newest first, filtered and a page at a time (a wrong filter
    is said and left out)."""
    return _list_page(_filter_form())


def _list_page(form: FilterForm) -> str:
    page = services.comments_page(get_session(), g.area.id, form.filters(),
                                  request.args.get("page", 1, type=int) or 1, current_role())
    args = {k: v for k, v in request.args.items(multi=True) if k not in ("page", "submit")}
    return render_template("voice/list_comments.html", form=form, result=page,
                           query_args=args, events=dict(
                               event_services.event_choices(get_session(), g.area.id)))


EXPORTS = {"csv": exports.comments_csv, "codes.csv": exports.comments_codes_csv}


@bp.get("/export.<any(csv, 'codes.csv'):kind>")
@require("view_voice")
def export_comments(kind: str):
    """The filtered comments as CSV, with their themes and sentiment: in words for a
    spreadsheet, or as codes for analysts (display text only, as on screen). A wrong filter
    (typed into the address) downloads nothing: the list says what is wrong."""
    form = _filter_form()
    if form.errors:
        return _list_page(form), 400
    body = EXPORTS[kind](get_session(), g.area.id, form.filters(), current_role())
    return Response(body.encode("utf-8"), mimetype="text/csv", headers={
        "Content-Disposition": f'attachment; filename="comments.{kind}"'})


@bp.get("/<int:comment_id>")
@require("view_voice")
def view_comment(comment_id: int):
    """One comment in full, including the words exactly as they were said."""
    comment = _comment_or_404(comment_id)
    return _comment_page(comment)


def _comment_or_404(comment_id: int) -> Comment:
    comment = services.comment_in_area(get_session(), g.area.id, comment_id, current_role())
    if comment is None:
        abort(404)
    return comment


def _comment_page(comment: Comment, refused: str | None = None) -> tuple[str, int]:
    """The comment's page; `refused` names why approval for public pages was just refused,
    shown in an error summary."""
    event = comment.event_id and event_services.event_by_id(get_session(), comment.event_id)
    page = render_template("voice/view_comment.html", comment=comment, event=event,
                           show_original=services.may_read_original(current_role()),
                           publish_form=ButtonForm(), refused=refused,
                           may_record_consent=services.may_record_consent(comment),
                           not_publishable=_why_not_publishable(comment, event))
    return page, 400 if refused else 200


def _why_not_publishable(comment, event) -> str | None:
    small = event_services.small_attendance_groups(event) if event else frozenset()
    return services.why_not_publishable(get_session(), comment, small)


@bp.post("/<int:comment_id>/publish")
@require("publish_quotes")
def publish_comment(comment_id: int):
    """Say yes (or no longer yes) to showing this comment's display text on public pages:
    never without the person's own yes to sharing their words."""
    comment = _comment_or_404(comment_id)
    form = ButtonForm()
    if not form.validate_on_submit():
        abort(400)
    event = comment.event_id and event_services.event_by_id(get_session(), comment.event_id)
    if request.form.get("publish") == "no":
        services.withdraw_publication(get_session(), comment)
        flash(_("Comment %(id)d is no longer shown on public pages.", id=comment_id), "success")
        return redirect(url_for("voice.view_comment", comment_id=comment_id) + "#publishing")
    refused = _why_not_publishable(comment, event)
    if refused is not None:
        return _comment_page(comment, refused)
    services.approve_for_publication(get_session(), comment, current_user.id)
    flash(_("Comment %(id)d can now be shown on public pages.", id=comment_id), "success")
    return redirect(url_for("voice.view_comment", comment_id=comment_id) + "#publishing")


@bp.route("/<int:comment_id>/share-consent", methods=["GET", "POST"])
@require("manage_voice")
def record_consent(comment_id: int):
    """Record whether the person agreed their words can be shared (for a comment staff typed
    in; a survey answer carries the respondent's own answer)."""
    comment = _comment_or_404(comment_id)
    if not services.may_record_consent(comment):
        abort(404)
    form = ConsentForm(data={"share_consent": "yes" if comment.share_consent else "no"})
    if form.validate_on_submit():
        services.record_consent(get_session(), comment, form.agreed)
        flash(_("Their answer is saved.") if form.agreed else
              _("Saved: their words will not be shown on public pages."), "success")
        return redirect(url_for("voice.view_comment", comment_id=comment_id) + "#publishing")
    return render_template("voice/record_consent.html", form=form, comment=comment), (
        400 if form.errors else 200)


@bp.route("/<int:comment_id>/remove", methods=["GET", "POST"])
@require("manage_voice")
def remove_comment(comment_id: int):
    """Ask, then remove a comment (typed in by mistake, twice, or asked to be removed)."""
    comment = services.comment_in_area(get_session(), g.area.id, comment_id, current_role())
    if comment is None:
        abort(404)
    blocked = services.why_not_removable(get_session(), comment)
    form = ButtonForm()
    if blocked is None and form.validate_on_submit():
        services.remove_comment(get_session(), comment)
        flash(_("Comment %(id)d removed.", id=comment_id), "success")
        return redirect(url_for("voice.list_comments"))
    page = render_template("voice/remove_comment.html", comment=comment, form=form,
                           blocked=blocked)
    return page, 409 if blocked and request.method == "POST" else 200


@bp.route("/new", methods=["GET", "POST"])
@require("manage_voice")
def add_comment():
    """Add one thing someone said, from any channel."""
    form = CommentForm()
    if form.validate_on_submit():
        comment = services.add_comment(get_session(), g.area.id, form.text.data, form.group.data,
                                       form.channel.data, form.said_on.data,
                                       how_given=form.how_given.data,
                                       created_by_id=current_user.id,
                                       share_consent=form.share_consent.data == "yes")
        hidden = services.comment_in_area(get_session(), g.area.id, comment.id,
                                          current_role()) is None
        flash(saved_message(services.Added(1, int(hidden)), 0, "line"), "success")
        if hidden:  # its page would be "not found" for them
            return redirect(url_for("voice.list_comments"))
        return redirect(url_for("voice.view_comment", comment_id=comment.id))
    return render_template("voice/add_comment.html", form=form), 400 if form.errors else 200


@bp.route("/paste", methods=["GET", "POST"])
@require("manage_voice")
def paste_comments():
    """Paste many comments at once, one per line, from the same group, channel and date."""
    form = PasteForm()
    if form.validate_on_submit():
        parsed = parsing.pasted_comments(form.lines.data, form.group.data, form.channel.data,
                                         form.said_on.data, form.how_given.data,
                                         form.share_consent.data == "yes")
        added = services.add_comments(get_session(), g.area.id, parsed.comments,
                                      created_by_id=current_user.id)
        flash(saved_message(added, parsed.blank, "line"), "success")
        return redirect(url_for("voice.list_comments"))
    return render_template("voice/paste_comments.html", form=form), 400 if form.errors else 200


@bp.route("/import", methods=["GET", "POST"])
@require("manage_voice")
def import_comments():
    """Import a CSV file of comments: every row is checked; nothing is saved while any is bad."""
    upload = ImportForm()
    problems: list[str] = []
    if upload.validate_on_submit():
        parsed = parsing.parse_csv(upload.file.data.read(), parsing.local_today(),
                                   upload.file.data.filename or _("the file"))
        if not parsed.errors:
            added = services.add_comments(get_session(), g.area.id, parsed.comments,
                                          created_by_id=current_user.id)
            flash(saved_message(added, parsed.blank, "row"), "success")
            return redirect(url_for("voice.list_comments"))
        problems = parsed.errors
        refuse_file(upload.file, problems)
    return render_template("voice/import_comments.html", upload=upload, problems=problems), (
        400 if upload.errors else 200)


@bp.get("/import-template.csv")
@require("manage_voice")
def download_template():
    """A CSV file with the right columns and two example rows."""
    return Response(parsing.template_csv(), mimetype="text/csv", headers={
        "Content-Disposition": "attachment; filename=comments-template.csv"})
