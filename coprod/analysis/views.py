"""Staff pages for themes: review and correct, theme pages, emerging topics.

The codebook pages are in codebook_views.py and the safeguarding queue in
safeguarding_views.py; they add their routes to this blueprint.
"""

from __future__ import annotations

from datetime import timedelta

from flask import abort, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user

from coprod.analysis import agreement, bp, flags, overview, review
from coprod.analysis.emerging import emerging_topics
from coprod.analysis.forms import (
    PERIODS,
    AddThemeForm,
    BulkReviewForm,
    RaiseFlagForm,
    ReviewFilterForm,
    SentimentForm,
)
from coprod.areas.models import Role
from coprod.common.forms import choices
from coprod.common.permissions import can, current_role, require
from coprod.common.web import as_id, safe_next
from coprod.db import get_session
from coprod.voice.area_codebooks import AreaBook, area_codebook
from coprod.voice.findings import LOW_CONFIDENCE, SENTIMENT_LABELS, Sentiment, Status
from coprod.voice.models import CHANNEL_LABELS, GROUP_LABELS
from coprod.voice.parsing import local_today

# Council staff may open the words exactly as they were said; forum members (parent carers
# volunteering) review the redacted text only.
READ_ORIGINAL = frozenset({Role.ADMIN.value, Role.OFFICER.value})


def _waiting_flags() -> int:
    return flags.waiting_count(get_session(), g.area.id) if g.get("area") else 0


@bp.app_context_processor
def _dashboard_numbers() -> dict:
    """For the dashboard card: how many flags wait (counted only when a template asks)."""
    return {"safeguarding_waiting": _waiting_flags, "voice_overview": _voice_overview}


def _voice_overview() -> overview.Overview:
    return overview.quarter_overview(get_session(), g.area.id, current_role(), local_today())


@bp.context_processor
def _labels() -> dict:
    return {"group_labels": GROUP_LABELS, "channel_labels": CHANNEL_LABELS,
            "sentiment_labels": SENTIMENT_LABELS, "low_confidence": LOW_CONFIDENCE,
            "book": area_codebook(get_session(), g.area.id) if g.get("area") else None,
            "may_read_original": current_role() in READ_ORIGINAL}


def _back_to(default: str) -> str:
    """Where to go back to after a button: the form's `next`, if it is on this site."""
    return safe_next(request.form.get("next"), default)


def _theme_choices(book: AreaBook, blank: str | None = None) -> list:
    pairs = [(t.id, t.name) for t in sorted(book.codebook.themes, key=lambda t: t.name)]
    return choices(([("", blank)] if blank is not None else []) + pairs)


@bp.get("/")
@require("review_themes")
def review_comments():
    """Comments with their suggested themes, to confirm or reject a page at a time."""
    form = ReviewFilterForm(formdata=request.args)
    form.theme.choices = _theme_choices(area_codebook(get_session(), g.area.id), _("Any theme"))
    result = review.review_page(get_session(), g.area.id, form.filters(),
                                request.args.get("page", 1, type=int) or 1, current_role())
    args = {k: v for k, v in request.args.items() if k not in ("page", "submit")}
    return render_template("analysis/review.html", form=form, result=result, query_args=args,
                           here=request.full_path.rstrip("?"), bulk_form=BulkReviewForm())


@bp.post("/bulk")
@require("review_themes")
def bulk_review():
    """One action on the comments ticked on the review page (the checkboxes named `comment`):
    confirm their suggested themes, or set their sentiment. Back to the same place in the list."""
    form = BulkReviewForm()
    back = _back_to(url_for("analysis.review_comments"))
    ids = [i for i in map(as_id, request.form.getlist("comment")) if i is not None]
    if not form.validate_on_submit():
        abort(400)
    action = request.form.get("action")
    sentiment = Sentiment(form.sentiment.data) if form.sentiment.data and \
        action == "sentiment" else None
    confirm = action == "confirm"
    if not ids or not (confirm or sentiment):
        flash(_("Nothing changed: tick at least one comment, then choose what to do."),
              "important")
        return redirect(back)  # not "#review-actions": that would scroll past the message
    done = review.bulk_review(get_session(), g.area.id, ids, current_role(), current_user.id,
                              confirm, sentiment)
    message = ngettext("%(num)d comment reviewed.", "%(num)d comments reviewed.", done.comments)
    if confirm:
        message += " " + ngettext("%(num)d theme confirmed.", "%(num)d themes confirmed.",
                                  done.themes_confirmed)
    if sentiment:
        message += " " + _("Sentiment set to %(s)s.", s=str(SENTIMENT_LABELS[sentiment]).lower())
    flash(message, "success")
    return redirect(back + "#review-list")


@bp.get("/next")
@require("review_themes")
def next_comment():
    """The next comment with a theme waiting for a decision (after the one just reviewed)."""
    found = review.next_to_review(get_session(), g.area.id, current_role(),
                                  request.args.get("after", type=int))
    if found is None:
        flash(_("Nothing is waiting for review."), "important")
        return redirect(url_for("analysis.review_comments"))
    return redirect(url_for("analysis.review_comment", comment_id=found))


def _item(comment_id: int) -> review.ReviewItem:
    item = review.review_item(get_session(), g.area.id, comment_id, current_role())
    if item is None:
        abort(404)
    return item


def _comment_page(item: review.ReviewItem, add_form: AddThemeForm | None = None,
                  sentiment_form: SentimentForm | None = None, status: int = 200):
    book = area_codebook(get_session(), g.area.id)
    add_form = add_form or AddThemeForm(formdata=None, prefix="add")
    taken = {t.theme_id for t in item.themes if t.status != Status.REJECTED}
    add_form.theme.choices = choices([("", _("Choose a theme"))] + [
        (c.value, c.label) for c in _theme_choices(book) if c.value not in taken])
    sentiment_form = sentiment_form or SentimentForm(formdata=None, prefix="feeling", data={
        "sentiment": item.analysis.sentiment if item.analysis else None})
    return render_template("analysis/review_comment.html", item=item, add_form=add_form,
                           sentiment_form=sentiment_form, form=None), status


@bp.get("/comments/<int:comment_id>")
@require("review_themes")
def review_comment(comment_id: int):
    """One comment: its themes, sentiment, and every decision people can make about it."""
    return _comment_page(_item(comment_id))


@bp.post("/comments/<int:comment_id>/themes/<theme_id>/<any(confirmed, rejected):decision>")
@require("review_themes")
def decide_theme(comment_id: int, theme_id: str, decision: str):
    """Confirm or reject one theme on a comment."""
    item = _item(comment_id)
    if not review.decide_theme(get_session(), item.comment, theme_id, Status(decision),
                               current_user.id):
        abort(404)
    name = area_codebook(get_session(), g.area.id).name(theme_id)
    flash(_("Theme confirmed: %(name)s", name=name) if decision == Status.CONFIRMED
          else _("Theme rejected: %(name)s", name=name), "success")
    return redirect(_back_to(url_for("analysis.review_comment", comment_id=comment_id)))


@bp.post("/comments/<int:comment_id>/themes")
@require("review_themes")
def add_theme(comment_id: int):
    """Put a theme the analysis missed on a comment."""
    item = _item(comment_id)
    form = AddThemeForm(prefix="add")
    form.theme.choices = _theme_choices(area_codebook(get_session(), g.area.id))
    if not form.validate_on_submit():
        return _comment_page(item, add_form=form, status=400)
    review.add_theme(get_session(), item.comment, form.theme.data, current_user.id)
    flash(_("Theme added: %(name)s",
            name=area_codebook(get_session(), g.area.id).name(form.theme.data)), "success")
    return redirect(url_for("analysis.review_comment", comment_id=comment_id))


@bp.post("/comments/<int:comment_id>/sentiment")
@require("review_themes")
def set_sentiment(comment_id: int):
    """Choose the comment's sentiment; a person's choice wins over the analysis."""
    item = _item(comment_id)
    form = SentimentForm(prefix="feeling")
    if not form.validate_on_submit():
        return _comment_page(item, sentiment_form=form, status=400)
    review.set_sentiment(get_session(), item.comment, Sentiment(form.sentiment.data),
                         current_user.id)
    flash(_("Sentiment saved: %(label)s", label=SENTIMENT_LABELS[Sentiment(form.sentiment.data)]),
          "success")
    return redirect(url_for("analysis.review_comment", comment_id=comment_id))


@bp.route("/comments/<int:comment_id>/safeguarding", methods=["GET", "POST"])
@require("review_themes")
def raise_flag(comment_id: int):
    """Send a comment to the safeguarding lead; it is hidden from everyone else at once."""
    item = _item(comment_id)
    form = RaiseFlagForm()
    if form.validate_on_submit():
        flags.raise_flag(get_session(), item.comment, current_user.id, form.reason.data or "")
        flash(_("The comment has gone to the safeguarding lead and is hidden until they have "
                "looked at it."), "success")
        return redirect(url_for("analysis.review_comments"))
    return render_template("analysis/raise_flag.html", item=item, form=form), (
        400 if form.errors else 200)


@bp.get("/themes")
@require("view_themes")
def list_themes():
    """Every theme in the area's codebook with how many comments have it."""
    counts = review.theme_counts(get_session(), g.area.id, current_role())
    return render_template("analysis/themes.html", counts=counts)


@bp.get("/themes/<theme_id>")
@require("view_themes")
def view_theme(theme_id: str):
    """One theme: its comments and how many there were each month."""
    book = area_codebook(get_session(), g.area.id)
    if theme_id not in book.codebook.ids:
        abort(404)
    filters = review.ReviewFilters(show=review.ALL, theme_id=theme_id)
    result = review.review_page(get_session(), g.area.id, filters,
                                request.args.get("page", 1, type=int) or 1, current_role())
    trend = review.theme_trend(get_session(), g.area.id, theme_id, current_role())
    return render_template("analysis/theme.html", theme=book.codebook.theme(theme_id),
                           result=result, trend=trend, here=request.full_path.rstrip("?"))


@bp.get("/emerging-topics")
@require("view_themes")
def emerging():
    """Phrases many people used lately that no theme covers yet."""
    days = request.args.get("period", 90, type=int)
    days = days if days in dict(PERIODS) else 90
    topics = emerging_topics(get_session(), g.area.id, local_today() - timedelta(days=days),
                             current_role())
    return render_template("analysis/emerging.html", topics=topics, days=days, periods=PERIODS,
                           may_edit=can("manage_codebook"))



def _theme_agreement() -> list[tuple[str, agreement.ThemeAgreement]]:
    """(theme name, people's agreement) for the review pages, computed only when shown."""
    names = {t.id: t.name for t in area_codebook(get_session(), g.area.id).codebook.themes}
    rows = agreement.theme_agreement(get_session(), g.area.id, current_role())
    return sorted(((names.get(r.theme_id, r.theme_id), r) for r in rows),
                  key=lambda pair: pair[0])


@bp.context_processor
def _agreement_figures() -> dict:
    return {"theme_agreement": _theme_agreement}
