"""Bar charts drawn once per set of numbers, kept in the database by a key made from those
numbers and their area alone, so a repeat view (by anyone, on any worker or host) draws nothing.

A chart is described by a `ChartSpec` (its title, its bars and the words written at the end of
each bar); the key is a hash of that description and of the area whose numbers it draws, nothing
else: never who is looking, never the page's address. The area is in the key so that a chart is
only ever served inside its own area: its numbers are that area's (small counts a person in
another area could otherwise guess and hash), and `image` refuses a key made for another area.
Bars are GOV.UK blue on white (contrast 5.2:1) with each number written at the end of its bar, so
no colour carries meaning on its own.
"""

from __future__ import annotations

import hashlib
import io
import json
import textwrap
from dataclasses import dataclass
from datetime import datetime
from html import escape
from typing import Any

import matplotlib

matplotlib.use("Agg")
# Words on a chart are drawn as typed. Otherwise "$" starts matplotlib's maths markup: an answer
# option such as "£5 or $10" came out garbled and one such as "$\frac{$" stopped its chart.
matplotlib.rcParams["text.parse_math"] = False

from matplotlib.figure import Figure  # noqa: E402  (after choosing the backend)
from sqlalchemy import LargeBinary, Text  # noqa: E402
from sqlalchemy.exc import IntegrityError  # noqa: E402
from sqlmodel import JSON, Column, Field, Session, SQLModel, select  # noqa: E402

from coprod.common.time import utcnow  # noqa: E402

BAR_COLOUR = "#1d70b8"
TEXT_COLOUR = "#0b0c0c"
LABEL_WIDTH = 28
FORMATS = {"png": "image/png", "svg": "image/svg+xml"}


@dataclass(frozen=True)
class ChartSpec:
    """Everything a bar chart shows: its bars in order, each with the words at its end."""

    title: str
    labels: tuple[str, ...]
    values: tuple[int, ...]
    value_texts: tuple[str, ...]
    axis_label: str = "Number of people"

    def as_dict(self) -> dict[str, Any]:
        return {"title": self.title, "labels": list(self.labels), "values": list(self.values),
                "value_texts": list(self.value_texts), "axis_label": self.axis_label}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ChartSpec:
        return cls(data["title"], tuple(data["labels"]), tuple(data["values"]),
                   tuple(data["value_texts"]), data["axis_label"])

    def key(self, area_id: int) -> str:
        """The numbers and words drawn in an area, hashed: the same chart in the same area always
        has the same key."""
        text = json.dumps({"area": area_id, **self.as_dict()}, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


class ChartImage(SQLModel, table=True):
    """A chart's description, and its images once someone has asked for them."""

    __audit__ = False

    key: str = Field(primary_key=True, max_length=64)
    spec: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    png: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    svg: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    created_at: datetime = Field(default_factory=utcnow)


def remember(session: Session, area_id: int, specs: list[ChartSpec]) -> list[str]:
    """Keep every chart's description (nothing is drawn yet) and give back their keys."""
    keys = [spec.key(area_id) for spec in specs]
    known = set(session.exec(select(ChartImage.key).where(ChartImage.key.in_(keys))).all())
    added = False
    for spec, key in zip(specs, keys, strict=True):
        if key not in known:
            session.add(ChartImage(key=key, spec=spec.as_dict()))
            known.add(key)
            added = True
    if added:
        try:
            session.commit()
        except IntegrityError:  # another worker kept the same chart at the same moment
            session.rollback()
    return keys


def image(session: Session, area_id: int, key: str, kind: str) -> bytes | None:
    """The chart's PNG or SVG, drawn the first time it is asked for; None for an unknown key or
    one made for another area."""
    row = session.get(ChartImage, key)
    if row is None or ChartSpec.from_dict(row.spec).key(area_id) != key:
        return None
    kept = row.png if kind == "png" else row.svg
    if kept is not None:
        return kept if isinstance(kept, bytes) else kept.encode("utf-8")
    drawn = draw(ChartSpec.from_dict(row.spec), kind)
    if kind == "png":
        row.png = drawn
    else:
        row.svg = drawn.decode("utf-8")
    session.add(row)
    session.commit()
    return drawn


def new_figure(height: float) -> Figure:
    """A blank chart as wide as a page's main column; every chart in coprod starts here, so
    every one draws its words as typed."""
    return Figure(figsize=(7.5, height), dpi=100)


def draw(spec: ChartSpec, kind: str = "png") -> bytes:
    """A horizontal bar chart, as PNG or SVG bytes."""
    return svg(spec) if kind == "svg" else png(spec)


# The SVG pages and PDFs show is written directly: a bar chart is rectangles and words, and
# matplotlib took a quarter of a second for each (22 charts: over 5 s for one results page).
WIDTH, ROW, TOP, AXIS_SPACE = 750, 55, 20, 70
LEFT, RIGHT = 270, 728  # the label column, then the bars (with room for the words at their end)
FONT = 'font-family="Arial, Helvetica, sans-serif" font-size="16"'


def _ticks(biggest: int) -> list[int]:
    """0 and round numbers up to the biggest bar: at most 5 steps of 1, 2 or 5 times 10^n."""
    step = 1
    while biggest > 5 * step:
        step *= next((f for f in (2, 5) if biggest <= 5 * step * f), 10)
    return list(range(0, biggest + 1, step))


def svg(spec: ChartSpec) -> bytes:
    """The chart as SVG: each label beside its bar, the words at the bar's end, an axis."""
    rows = max(len(spec.labels), 1)
    axis_y = TOP + ROW * rows
    height = axis_y + AXIS_SPACE
    biggest = max(spec.values, default=0)
    scale = (RIGHT - LEFT) / max(biggest * 1.3, 1)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
           f'viewBox="0 0 {WIDTH} {height}" role="img">',
           f"<title>{escape(spec.title)}</title>",
           f'<rect width="{WIDTH}" height="{height}" fill="#ffffff"/>',
           f'<g {FONT} fill="{TEXT_COLOUR}">']
    for i, (label, value, words) in enumerate(zip(spec.labels, spec.values, spec.value_texts,
                                                 strict=True)):
        middle = TOP + ROW * i + ROW / 2
        width = value * scale
        out.append(f'<rect x="{LEFT}" y="{middle - ROW * 0.4:.1f}" width="{width:.1f}" '
                   f'height="{ROW * 0.8:.1f}" fill="{BAR_COLOUR}"/>')
        lines = textwrap.wrap(label, LABEL_WIDTH) or [""]
        first = middle + 5.5 - (len(lines) - 1) * 9.5
        out += [f'<text x="{LEFT - 8}" y="{first + 19 * n:.1f}" text-anchor="end">'
                f"{escape(line)}</text>" for n, line in enumerate(lines)]
        out.append(f'<text x="{LEFT + width + 6:.1f}" y="{middle + 5.5:.1f}">'
                   f"{escape(words)}</text>")
    out.append(f'<path d="M{LEFT} {TOP}V{axis_y}H{RIGHT}" fill="none" '
               f'stroke="{TEXT_COLOUR}"/>')
    for tick in _ticks(biggest):
        x = LEFT + tick * scale
        out.append(f'<path d="M{x:.1f} {axis_y}v6" stroke="{TEXT_COLOUR}"/>'
                   f'<text x="{x:.1f}" y="{axis_y + 24}" text-anchor="middle" '
                   f'font-size="14">{tick}</text>')
    out.append(f'<text x="{(LEFT + RIGHT) / 2:.0f}" y="{axis_y + 56}" text-anchor="middle">'
               f"{escape(spec.axis_label)}</text></g></svg>")
    return "".join(out).encode("utf-8")


def png(spec: ChartSpec) -> bytes:
    """The same chart as a PNG image (for slides and documents), drawn with matplotlib."""
    height = 1.2 + 0.55 * max(len(spec.labels), 1)
    figure = new_figure(height)
    axes = figure.subplots()
    positions = list(range(len(spec.labels)))
    axes.barh(positions, list(spec.values), color=BAR_COLOUR)
    axes.set_yticks(positions, [textwrap.fill(label, LABEL_WIDTH) for label in spec.labels],
                    fontsize=12, color=TEXT_COLOUR)
    axes.invert_yaxis()
    biggest = max(spec.values, default=0)
    axes.set_xlim(0, max(biggest * 1.3, 1))
    for position, value, text in zip(positions, spec.values, spec.value_texts, strict=True):
        axes.text(value + biggest * 0.02, position, text, va="center", fontsize=12,
                  color=TEXT_COLOUR)
    axes.set_xlabel(spec.axis_label, color=TEXT_COLOUR)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    # Fixed margins (labels are wrapped to LABEL_WIDTH): tight_layout would draw it twice.
    figure.subplots_adjust(left=0.36, right=0.97, top=1 - 0.25 / height, bottom=0.75 / height)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", metadata={"Title": spec.title})
    return buffer.getvalue()
