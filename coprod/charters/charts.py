"""The dashboard's charts as PNG bytes (matplotlib, Agg). Only averages of 5 or more ratings
are drawn; each chart's numbers, small ones included as "fewer than 5", are in a table beside it.
Colours are GOV.UK blue and black with hatching, so no colour carries meaning on its own."""

from __future__ import annotations

import io
import textwrap

from coprod.charters.models import SOURCE_LABELS, Source
from coprod.charters.summary import EvaluationSummary, PrincipleSummary
from coprod.common.charts import new_figure

COLOURS = ("#1d70b8", "#0b0c0c")
HATCHES = ("", "//")
TEXT = "#0b0c0c"


def draw(chart: str, summary: EvaluationSummary) -> bytes:
    """'principles', 'lundy' or 'levels' as PNG bytes."""
    if chart == "levels":
        return _bars([label for _, label, _ in summary.levels],
                     [[float(n) for _, _, n in summary.levels]], ["Projects"],
                     "Number of projects", None)
    rows = summary.principles if chart == "principles" else summary.lundy
    return _averages(rows)


def _averages(rows: list[PrincipleSummary]) -> bytes:
    sources = list(rows[0].figures) if rows else []
    values = [[rows_figure.average or 0.0 for rows_figure in
               (row.figures[source] for row in rows)] for source in sources]
    return _bars([row.name for row in rows], values,
                 [str(SOURCE_LABELS[Source(s)]) for s in sources], "Average rating (1 to 4)", 4.0)


def _bars(labels: list[str], series: list[list[float]], names: list[str], axis: str,
          top: float | None) -> bytes:
    figure = new_figure(1.2 + 0.5 * max(len(labels), 1) * max(len(series), 1))
    axes = figure.subplots()
    height = 0.8 / max(len(series), 1)
    for number, (values, name) in enumerate(zip(series, names, strict=True)):
        positions = [i + number * height for i in range(len(labels))]
        bars = axes.barh(positions, values, height=height, label=name,
                         color=COLOURS[number % 2], hatch=HATCHES[number % 2],
                         edgecolor="#ffffff")
        axes.bar_label(bars, labels=[f"{v:.1f}" if top and v else ("" if top else f"{v:.0f}")
                                     for v in values], padding=3, color=TEXT, fontsize=11)
    axes.set_yticks([i + height * (len(series) - 1) / 2 for i in range(len(labels))],
                    [textwrap.fill(label, 30) for label in labels], fontsize=11, color=TEXT)
    axes.invert_yaxis()
    biggest = max((v for values in series for v in values), default=0)
    axes.set_xlim(0, top or max(biggest * 1.3, 1))
    axes.set_xlabel(axis, color=TEXT)
    if len(series) > 1:
        axes.legend(loc="lower right", fontsize=10)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
