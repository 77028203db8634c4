"""The leaders' charts as PNG bytes (matplotlib, Agg): one bar per status, owner or theme.

Each chart sits beside a table of the same numbers, so the numbers never live only in a picture.
"""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")

from matplotlib.figure import Figure  # noqa: E402  (after choosing the backend)

BAR_COLOUR = "#1d70b8"  # GOV.UK blue on white, 5.2:1
TEXT_COLOUR = "#0b0c0c"


def bars_png(bars: list[tuple[str, int]], axis_label: str = "Number of items") -> bytes:
    """A horizontal bar chart with each bar's number written at its end."""
    figure = Figure(figsize=(7.5, 1.2 + 0.5 * max(len(bars), 1)), dpi=100)
    axes = figure.subplots()
    positions = list(range(len(bars)))
    counts = [count for _label, count in bars]
    axes.barh(positions, counts, color=BAR_COLOUR)
    axes.set_yticks(positions, [label[:40] for label, _count in bars], fontsize=12,
                    color=TEXT_COLOUR)
    axes.invert_yaxis()
    biggest = max(counts, default=0)
    axes.set_xlim(0, max(biggest * 1.2, 1))
    for position, count in zip(positions, counts, strict=True):
        axes.text(count + biggest * 0.02, position, str(count), va="center", fontsize=12,
                  color=TEXT_COLOUR)
    axes.set_xlabel(axis_label, color=TEXT_COLOUR)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
