"""Staff pages for "you said, we did": the board, making items from evidence, one item's whole
chain, moving it on, telling families, publishing (files in and out: file_views.py)."""

from __future__ import annotations

from dataclasses import asdict

from flask import (
    Blueprint,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user
from wtforms.fields.choices import SelectChoice

from coprod.common.edit_forms import merge_on_submit
from coprod.common.forms import ButtonForm
from coprod.common.permissions import current_role, require
from coprod.common.records import get_in_area
from coprod.common.web import as_id, safe_next
from coprod.db import get_session
from coprod.voice.area_codebooks import area_codebook
from coprod.voice.forms import FilterForm
from coprod.voice.models import GROUP_LABELS
from coprod.voice.services import comments_matching
from coprod.yousaid import board, evidence, services
from coprod.yousaid.forms import (
    BoardFilterForm,
    BulkStatusForm,
    ItemForm,
    StatusForm,
    ToldForm,
    UpdateForm,
)
from coprod.yousaid.models import (
    HOW_TOLD_LABELS,
    STATUS_EASY,
    STATUS_LABELS,
    Status,
    YouSaidItem,
)

bp = Blueprint("yousaid", __name__, url_prefix="/staff/you-said-we-did")
CHOOSE_LIMIT = 50


@bp.context_processor
def _labels() -> dict:
    return {"status_labels": STATUS_LABELS, "status_easy": STATUS_EASY,
            "how_told_labels": HOW_TOLD_LABELS, "group_labels": GROUP_LABELS,
            "theme_name": area_codebook(get_session(), g.area.id).name if g.get("area") else str}


def theme_choices(blank: str | None = None) -> list[SelectChoice]:
    """The area's themes as choices, A to Z (with an 'any' first when blank is given)."""
    book = area_codebook(get_session(), g.area.id)
    pairs = [SelectChoice(t.id, t.name) for t in sorted(book.codebook.themes, key=lambda t: t.name)]
    return ([SelectChoice("", blank)] if blank is not None else []) + pairs


def author_name() -> str:
    """Who is writing, as the timeline shows it."""
    return current_user.name


def _item(item_id: int) -> YouSaidItem:
    return get_in_area(get_session(), YouSaidItem, item_id, g.area.id)


def _sources(args) -> evidence.Sources:
    """Where the person came from, read from the address or the form (a form sent again after
    an error carries both, so each comment counts once)."""
    ids = [as_id(v) for v in args.getlist("comment")]
    return evidence.Sources(
        comment_ids=tuple(dict.fromkeys(i for i in ids if i is not None)),
        event_id=as_id(args.get("event", "")), action_id=as_id(args.get("action", "")),
        survey_id=as_id(args.get("survey", "")),
        question_id=args.get("question") or None, theme_id=args.get("theme") or None)


def _show_errors(form, error: services.ItemError) -> None:
    field = getattr(form, error.field, None)
    if field is not None:
        field.errors = [*field.errors, error.message]
    else:
        form.form_errors.append(error.message)


@bp.get("/")
@require("view_you_said")
def list_items(bulk: BulkStatusForm | None = None):
    """The board: every item, filtered; several items' status changed at once."""
    db = get_session()
    form = BoardFilterForm(formdata=request.args)
    form.theme.choices = theme_choices(_("Any theme"))
    form.owner.choices = [SelectChoice("", _("Any owner"))] + [
        SelectChoice(o, o) for o in board.owners(db, g.area.id)]
    form.validate()
    items = board.board(db, g.area.id, form.filters())
    args = {k: v for k, v in request.args.items(multi=True) if k != "submit"}
    bulk = bulk or BulkStatusForm()
    return render_template("yousaid/list_items.html", filters=form, items=items, form=bulk,
                           bulk=bulk, told=board.told_item_ids(db, g.area.id),
                           query_args=args), 400 if bulk.errors else 200


@bp.post("/change-status")
@require("add_evidence")
def change_statuses():
    """Move the ticked items to one status: all of them, or none if any breaks a rule."""
    form = BulkStatusForm()
    if form.validate_on_submit():
        ids = [int(v) for v in form.item.data or [] if str(v).isdigit()]
        items = services.items_by_ids(get_session(), g.area.id, ids)
        if not items:
            form.item.errors = [_("Select at least one item")]
        else:
            problems = services.change_statuses(get_session(), items, form.new_status.data,
                                                user_id=current_user.id, author=author_name())
            if not problems:
                flash(ngettext("%(num)d item changed.", "%(num)d items changed.", len(items)),
                      "success")
                return redirect(url_for("yousaid.list_items"))
            form.new_status.errors = [_("Item %(id)d: %(message)s", id=i.id, message=e.message)
                                      for i, e in problems]
    return list_items(bulk=form)


@bp.get("/choose-comments")
@require("add_evidence")
def choose_comments():
    """Tick the comments an item rests on (for a new item or an existing one)."""
    form = FilterForm(formdata=request.args)
    form.event.choices = [SelectChoice("", "Any event")]
    form.validate()
    comments = comments_matching(get_session(), g.area.id, form.filters(), current_role(),
                                 limit=CHOOSE_LIMIT)
    item = None
    if request.args.get("item", "").isdigit():
        item = _item(int(request.args["item"]))
    return render_template("yousaid/choose_comments.html", form=form, comments=comments,
                           item=item, chosen=set(_sources(request.args).comment_ids))


@bp.post("/from-ticked-comments")
@require("add_evidence")
def from_ticked_comments():
    """The comments ticked on the review page, carried to a new item as its evidence (the
    review page's own form posts them here, so no JavaScript is needed)."""
    ids = [value for value in request.form.getlist("comment") if value.isdigit()]
    if not ids:
        flash(_("Tick the comments the item rests on first."), "important")
        return redirect(safe_next(request.form.get("next"), url_for("analysis.review_comments")))
    return redirect(url_for("yousaid.new_item", comment=ids))


@bp.route("/new", methods=["GET", "POST"])
@require("add_evidence")
def new_item():
    """A new item, made from the evidence the person came with (comments, an event's action,
    a theme, a survey question), which is linked when it is saved."""
    db = get_session()
    sources = _sources(request.values)
    form = ItemForm(data=evidence.prefill(db, g.area.id, sources)) if request.method == "GET" \
        else ItemForm()
    form.themes.choices = theme_choices()
    if form.validate_on_submit():
        try:
            item = services.create_item(db, g.area.id, form.wording(), user_id=current_user.id,
                                        author=author_name(), commit=False)
        except services.ItemError as error:
            _show_errors(form, error)
        else:
            evidence.link_sources(db, item, sources, viewer_role=current_role(),
                                  user_id=current_user.id)
            flash(_("Item saved."), "success")
            return redirect(url_for("yousaid.view_item", item_id=item.id))
    return render_template("yousaid/item_form.html", form=form, item=None, sources=sources,
                           linking=evidence.describe(db, g.area.id, sources, current_role())), (
        400 if form.errors else 200)


@bp.get("/<int:item_id>")
@require("view_you_said")
def view_item(item_id: int):
    """One item's whole chain: what was said, themes, what was done, families told."""
    db = get_session()
    item = _item(item_id)
    return render_template("yousaid/view_item.html", item=item, button=ButtonForm(),
                           found=evidence.evidence_of(db, item, current_role(),
                                                      current_app.config["SMALL_NUMBER"]),
                           timeline=services.timeline(db, item),
                           told=services.told_records(db, item))


@bp.route("/<int:item_id>/edit", methods=["GET", "POST"])
@require("add_evidence")
def edit_item(item_id: int):
    """Change an item's words, themes, owner, target and impact (someone may be changing
    others at the same time: common.edit_forms)."""
    item = _item(item_id)
    wording = asdict(services.ItemWording.of(item))
    form = ItemForm(data=wording)
    form.themes.choices = theme_choices()
    if merge_on_submit(form, wording):
        try:
            services.change_wording(get_session(), item, form.wording())
        except services.ItemError as error:
            _show_errors(form, error)
        else:
            flash(_("Item changed."), "success")
            return redirect(url_for("yousaid.view_item", item_id=item.id))
    return render_template("yousaid/item_form.html", form=form, item=item, linking=[]), (
        400 if form.errors else 200)


@bp.route("/<int:item_id>/status", methods=["GET", "POST"])
@require("add_evidence")
def change_status(item_id: int):
    """Move an item on: done needs what was done; can't do needs a reason. What was done is
    the item's own words, which the item's form changes too (common.edit_forms)."""
    item = _item(item_id)
    now = {"status": item.status, "we_did": item.we_did, "we_did_easy": item.we_did_easy,
           "reason": item.reason}
    form = StatusForm(data=now) if request.method == "GET" else StatusForm()
    if merge_on_submit(form, now):
        try:
            services.change_status(get_session(), item, form.status.data,
                                   note=form.note.data or "",
                                   we_did=form.we_did.data,
                                   we_did_easy=form.we_did_easy.data, reason=form.reason.data,
                                   user_id=current_user.id, author=author_name())
        except services.ItemError as error:
            get_session().rollback()
            _show_errors(form, error)
        else:
            flash(_("Status changed to %(status)s.", status=STATUS_LABELS[Status(item.status)]),
                  "success")
            return redirect(url_for("yousaid.view_item", item_id=item.id))
    return render_template("yousaid/status_form.html", form=form, item=item), (
        400 if form.errors else 200)


@bp.route("/<int:item_id>/timeline", methods=["GET", "POST"])
@require("add_evidence")
def add_update(item_id: int):
    """Add a dated note to the item's progress timeline."""
    item = _item(item_id)
    form = UpdateForm()
    if form.validate_on_submit():
        services.add_update(get_session(), item, form.text.data, user_id=current_user.id,
                            author=author_name())
        flash(_("Added to the timeline."), "success")
        return redirect(url_for("yousaid.view_item", item_id=item.id))
    return render_template("yousaid/update_form.html", form=form, item=item), (
        400 if form.errors else 200)


@bp.route("/<int:item_id>/told-families", methods=["GET", "POST"])
@require("add_evidence")
def record_told(item_id: int):
    """Record that families were told what happened: when and how are needed."""
    item = _item(item_id)
    form = ToldForm()
    if form.validate_on_submit():
        try:
            services.record_told(get_session(), item, form.told_on.data, form.how.data,
                                 audience=form.audience.data or "", reached=form.reached.data or
                                 None, user_id=current_user.id)
        except services.ItemError as error:
            _show_errors(form, error)
        else:
            flash(_("Saved: families were told."), "success")
            return redirect(url_for("yousaid.view_item", item_id=item.id))
    return render_template("yousaid/told_form.html", form=form, item=item), (
        400 if form.errors else 200)


@bp.post("/<int:item_id>/publish")
@require("manage_actions")
def publish(item_id: int):
    """Put the item on the public board, or take it off."""
    item = _item(item_id)
    form = ButtonForm()
    if form.validate_on_submit():
        wanted = request.form.get("published") == "yes"
        try:
            services.set_published(get_session(), item, wanted)
        except services.ItemError as error:
            return render_template("yousaid/cannot_publish.html", item=item,
                                   message=error.message), 400
        flash(_("Published.") if wanted else _("Taken off the public board."), "success")
    return redirect(url_for("yousaid.view_item", item_id=item.id))


@bp.route("/<int:item_id>/evidence", methods=["GET", "POST"])
@require("add_evidence")
def add_evidence(item_id: int):
    """Add evidence to an existing item, from the same places a new item is made from."""
    item = _item(item_id)
    sources = _sources(request.values)
    form = ButtonForm()
    if not sources.empty and form.validate_on_submit():
        added = evidence.link_sources(get_session(), item, sources, viewer_role=current_role(),
                                      user_id=current_user.id)
        flash(ngettext("%(num)d piece of evidence added.", "%(num)d pieces of evidence added.",
                       added), "success")
        return redirect(url_for("yousaid.view_item", item_id=item.id))
    return render_template("yousaid/add_evidence.html", item=item, form=form, sources=sources,
                           linking=evidence.describe(get_session(), g.area.id, sources,
                                                     current_role()),
                           items=services.items_for_area(get_session(), g.area.id))


@bp.app_template_global("you_said_items_for_comment")
def _items_for_comment(comment_id: int) -> list[YouSaidItem]:
    """For a comment's page: the items it is evidence for."""
    return evidence.items_for_comment(get_session(), g.area.id, comment_id)
