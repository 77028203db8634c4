"""Public pages: the "you said, we did" board (plain and easy read), a printable A4 poster with
a QR code back to the board, and "what happened to what I said" for a receipt code.

Only the public wording of published items is ever shown here: never a comment's words, never
a staff name, and counts under 5 as "fewer than 5"."""

from __future__ import annotations

import segno
from flask import Blueprint, abort, current_app, g, redirect, render_template, request, url_for
from flask_babel import gettext as _

from coprod.areas.models import Area
from coprod.areas.services import area_by_slug
from coprod.areas.web import default_area, show_area
from coprod.common.web import public_form
from coprod.db import get_session
from coprod.surveys.journey import throttle as code_throttle
from coprod.surveys.journey.forms import CodeForm
from coprod.voice.area_codebooks import area_codebook
from coprod.yousaid import board, voices
from coprod.yousaid.models import STATUS_EASY, STATUS_LABELS, Status

bp = Blueprint("yousaid_public", __name__)
TOO_MANY_TRIES = object()
PAGES = {"board": "yousaid/public/board.html", "easy": "yousaid/public/easy_read.html",
         "poster": "yousaid/public/poster.html"}


def _area(area_slug: str | None):
    area = area_by_slug(get_session(), area_slug) if area_slug else default_area()
    if area is None:
        abort(404)
    return show_area(area)


def _board_url(area, page: str = "board", **kwargs) -> str:
    endpoint = {"board": "area_board", "easy": "area_easy_read", "poster": "area_poster"}[page]
    return url_for(f"yousaid_public.{endpoint}", area_slug=area.slug, **kwargs)


def _page(area_slug: str | None, page: str):
    area = _area(area_slug)
    theme, status = request.args.get("theme") or None, request.args.get("status") or None
    items = board.published(get_session(), area.id, theme, status)
    book = area_codebook(get_session(), area.id)
    themes = sorted({t for item in board.published(get_session(), area.id) for t in item.themes})
    board_link = _board_url(area, _external=True)
    qr = segno.make(board_link, error="m").svg_inline(scale=4, title=_("QR code for %(url)s",
                                                                         url=board_link))
    return render_template(PAGES[page], area=area, items=items, theme=theme, status=status,
                           themes=[(t, book.name(t)) for t in themes], theme_name=book.name,
                           status_labels=STATUS_LABELS, status_easy=STATUS_EASY,
                           statuses=list(Status), board_link=board_link, qr=qr,
                           voices=voices.voice_totals(get_session(), items),
                           public_reason=board.public_reason,
                           board_url=lambda p="board", **kw: _board_url(area, p, **kw))


@bp.get("/you-said-we-did/")
def public_board():
    """The home area's published items."""
    return _page(None, "board")


@bp.get("/areas/<area_slug>/you-said-we-did/")
def area_board(area_slug: str):
    """Any area's published items, filtered by theme and status."""
    return _page(area_slug, "board")


@bp.get("/you-said-we-did/easy-read")
def public_easy_read():
    """The home area's board in easy read."""
    return _page(None, "easy")


@bp.get("/areas/<area_slug>/you-said-we-did/easy-read")
def area_easy_read(area_slug: str):
    """Any area's board in easy read: pictures, large type, short sentences, no percentages."""
    return _page(area_slug, "easy")


@bp.get("/areas/<area_slug>/you-said-we-did/poster")
def area_poster(area_slug: str):
    """A printable A4 poster: one item per card, a QR code back to the board."""
    return _page(area_slug, "poster")


@bp.get("/you-said-we-did/poster")
def public_poster():
    """The home area's poster."""
    return redirect(_board_url(_area(None), "poster"))


def _rules() -> code_throttle.CodeRules:
    return code_throttle.CodeRules(current_app.config["CODE_TRIES"],
                                   current_app.config["CODE_TRIES_MINUTES"])


@bp.route("/you-said-we-did/what-happened", methods=["GET", "POST"])
@public_form
def what_happened():
    """Type your receipt code to see what happened to what you said (easy read)."""
    return _what_happened(None)


@bp.route("/areas/<area_slug>/you-said-we-did/what-happened", methods=["GET", "POST"])
@public_form
def area_what_happened(area_slug: str):
    """The same, reached from another area's pages, so a family stays on their area's pages."""
    return _what_happened(area_slug)


def _what_happened(area_slug: str | None):
    """The code page speaks for the area it was reached from until a code is found, then for
    the area whose survey the code came from. The home area's page needs no area to exist."""
    if area_slug:
        _area(area_slug)
    form, items = CodeForm(), None
    if g.get("csrf_failed"):
        form.code.errors = [_("Sorry, this page timed out. Press Continue again.")]
    elif form.validate_on_submit():
        found = _look_up(form.code.data)
        if found is TOO_MANY_TRIES:
            return _too_many_tries()
        if isinstance(found, voices.Receipt):
            items = found.items
            show_area(get_session().get(Area, found.area_id) or abort(404))  # the code's area
        else:
            form.code.errors = [_("We cannot find answers with that code. "
                                  "Check the code and try again.")]
    return render_template("yousaid/public/what_happened.html", form=form, items=items,
                           status_easy=STATUS_EASY), 400 if form.errors else 200


def _look_up(code: str):
    """What a receipt code shows (voices.Receipt), unless this client has had too many wrong
    tries: the try is counted first (so a burst cannot overshoot) and given back when the code
    was right, as on the surveys' own code pages. No items: a right code, nothing published."""
    db, rules = get_session(), _rules()
    key = code_throttle.client_key(request.remote_addr, current_app.config["SECRET_KEY"])
    used = code_throttle.take_a_try(db, key, rules)
    if used is None:
        return TOO_MANY_TRIES
    found = voices.receipt(db, code)
    if found is not None:
        code_throttle.give_back_a_try(db, key)
        return found
    return TOO_MANY_TRIES if used >= rules.tries else None


def _too_many_tries():
    return render_template("surveys/journey/too_many_tries.html", minutes=_rules().minutes), 429
