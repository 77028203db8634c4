"""The pages that keep the loop closed: "feedback needed" and the leaders' measures."""

from __future__ import annotations

from flask import Response, abort, g, render_template
from flask_babel import gettext as _

from coprod.analysis.area_codebooks import area_codebook
from coprod.common.permissions import current_role, require
from coprod.db import get_session
from coprod.yousaid import board, charts
from coprod.yousaid.measures import measures, percent_text, summary
from coprod.yousaid.models import STATUS_LABELS, Status
from coprod.yousaid.views import bp


@bp.get("/feedback-needed")
@require("view_you_said")
def feedback_needed():
    """Themes and comments with voices and no item yet; finished items families were never
    told about, oldest first."""
    db = get_session()
    return render_template("yousaid/feedback_needed.html",
                           themes=board.themes_without_items(db, g.area.id, current_role()),
                           comments=board.comments_without_items(db, g.area.id, current_role()),
                           not_told=board.done_not_told(db, g.area.id))


@bp.get("/measures")
@require("view_you_said")
def show_measures():
    """Items by status, share done, days to done, share reported back, overdue; by owner and
    by theme; each chart with its numbers in a table and a written summary."""
    m = measures(get_session(), g.area.id)
    return render_template("yousaid/measures.html", m=m, summary=summary(m),
                           percent=percent_text)


def _bars(kind: str) -> list[tuple[str, int]]:
    m = measures(get_session(), g.area.id)
    if kind == "status":
        return [(str(STATUS_LABELS[Status(s)]), n) for s, n in m.by_status.items()]
    if kind == "owner":
        return [(group.name, group.total) for group in m.by_owner]
    if kind == "theme":
        name = area_codebook(get_session(), g.area.id).name
        return [(name(group.name), group.total) for group in m.by_theme]
    abort(404)


@bp.get("/measures/<kind>.png")
@require("view_you_said")
def measures_chart(kind: str):
    """One of the measures charts as a PNG."""
    return Response(charts.bars_png(_bars(kind), _("Number of items")), mimetype="image/png")
