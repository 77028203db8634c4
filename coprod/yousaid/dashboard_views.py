"""The pages that keep the loop closed: "feedback needed" and the leaders' measures."""

from __future__ import annotations

from flask import Response, abort, g, render_template
from flask_babel import gettext as _

from coprod.common import charts
from coprod.common.charts import ChartSpec
from coprod.common.permissions import current_role, require
from coprod.db import get_session
from coprod.voice.area_codebooks import area_codebook
from coprod.yousaid import board
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
    name = area_codebook(get_session(), g.area.id).name
    bars = {"status": [(str(STATUS_LABELS[Status(s)]), n) for s, n in m.by_status.items()],
            "owner": [(group.name, group.total) for group in m.by_owner],
            "theme": [(name(group.name), group.total) for group in m.by_theme]}
    specs = [ChartSpec(f"Items by {kind}", tuple(label for label, _n in rows),
                       tuple(n for _label, n in rows), tuple(str(n) for _label, n in rows),
                       _("Number of items")) for kind, rows in bars.items()]
    keys = dict(zip(bars, charts.remember(get_session(), g.area.id, specs), strict=True))
    return render_template("yousaid/measures.html", m=m, summary=summary(m),
                           percent=percent_text, chart_keys=keys)


@bp.get("/measures/charts/<key>.png")
@require("view_you_said")
def measures_chart(key: str):
    """A chart the measures page described, drawn only the first time anyone asks for it."""
    body = charts.image(get_session(), g.area.id, key, "png")
    if body is None:
        abort(404)
    return Response(body, mimetype="image/png", headers={"Cache-Control": "private, max-age=86400"})
