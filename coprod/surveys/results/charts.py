"""Bar charts of a question's results as PNG bytes (matplotlib, Agg), with alt text to match.

Nothing is written to disk. Bars are GOV.UK blue on white (contrast 5.2:1) with the count and
percentage written at the end of each bar, so no colour carries meaning on its own.
"""

from __future__ import annotations

import io
import textwrap

import matplotlib

matplotlib.use("Agg")

from matplotlib.figure import Figure  # noqa: E402  (after choosing the backend)

from coprod.surveys.results.services import QuestionResult  # noqa: E402

BAR_COLOUR = "#1d70b8"
TEXT_COLOUR = "#0b0c0c"
LABEL_WIDTH = 28


def chart_png(result: QuestionResult) -> bytes:
    """A horizontal bar chart of one question's option counts, as PNG bytes."""
    options = result.options
    height = 1.2 + 0.55 * max(len(options), 1)
    figure = Figure(figsize=(7.5, height), dpi=100)
    axes = figure.subplots()
    labels = [textwrap.fill(o.label, LABEL_WIDTH) for o in options]
    positions = list(range(len(options)))
    axes.barh(positions, [o.count for o in options], color=BAR_COLOUR)
    axes.set_yticks(positions, labels, fontsize=12, color=TEXT_COLOUR)
    axes.invert_yaxis()
    biggest = max((o.count for o in options), default=0)
    axes.set_xlim(0, max(biggest * 1.3, 1))
    for position, option in zip(positions, options, strict=True):
        axes.text(option.count + biggest * 0.02, position, f"{option.count} ({option.percent}%)",
                  va="center", fontsize=12, color=TEXT_COLOUR)
    axes.set_xlabel("Number of people", color=TEXT_COLOUR)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def chart_alt(result: QuestionResult) -> str:
    """What the chart shows, in one or two sentences, for its alt text."""
    if not result.answered:
        return f"Bar chart for “{result.question.text}”: nobody has answered yet."
    ranked = sorted(result.options, key=lambda o: -o.count)
    top = ranked[0]
    text = (f"Bar chart for “{result.question.text}”, {result.answered} people answered. "
            f"Most chose “{top.label}” ({top.count}, {top.percent}%)")
    if len(ranked) > 1 and ranked[1].count:
        second = ranked[1]
        text += f", then “{second.label}” ({second.count}, {second.percent}%)"
    return text + ". The table beside it has every number."
