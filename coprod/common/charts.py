"""Bar charts drawn once per set of numbers, kept in the database by a key made from those
numbers alone, so a repeat view (by anyone, on any worker or host) draws nothing.

A chart is described by a `ChartSpec` (its title, its bars and the words written at the end of
each bar); the key is a hash of that description and nothing else: never who is looking, never
the page's address. Bars are GOV.UK blue on white (contrast 5.2:1) with each number written at
the end of its bar, so no colour carries meaning on its own.
"""

from __future__ import annotations

import hashlib
import io
import json
import textwrap
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import matplotlib

matplotlib.use("Agg")

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

    @property
    def key(self) -> str:
        """The numbers and words drawn, hashed: the same chart always has the same key."""
        text = json.dumps(self.as_dict(), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


class ChartImage(SQLModel, table=True):
    """A chart's description, and its images once someone has asked for them."""

    __audit__ = False

    key: str = Field(primary_key=True, max_length=64)
    spec: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    png: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    svg: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    created_at: datetime = Field(default_factory=utcnow)


def remember(session: Session, specs: list[ChartSpec]) -> list[str]:
    """Keep every chart's description (nothing is drawn yet) and give back their keys."""
    keys = [spec.key for spec in specs]
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


def image(session: Session, key: str, kind: str) -> bytes | None:
    """The chart's PNG or SVG, drawn the first time it is asked for; None for an unknown key."""
    row = session.get(ChartImage, key)
    if row is None:
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


# SVG text stays text (smaller, quicker to write, selectable, read by screen magnifiers and
# rendered by WeasyPrint), in GOV.UK's fallback fonts.
STYLE = {"svg.fonttype": "none", "font.family": "sans-serif",
         "font.sans-serif": ["Arial", "Helvetica", "DejaVu Sans"]}


def draw(spec: ChartSpec, kind: str = "png") -> bytes:
    """A horizontal bar chart, as PNG or SVG bytes."""
    with matplotlib.rc_context(STYLE):
        return _draw(spec, kind)


def _draw(spec: ChartSpec, kind: str) -> bytes:
    height = 1.2 + 0.55 * max(len(spec.labels), 1)
    figure = Figure(figsize=(7.5, height), dpi=100)
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
    if kind == "svg":
        figure.savefig(buffer, format="svg", metadata={"Title": spec.title, "Date": None})
    else:
        figure.savefig(buffer, format="png", metadata={"Title": spec.title})
    return buffer.getvalue()
