"""Codebooks: what each theme means and how to recognise it, validated and compiled once."""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any

import yaml

from coprod.text.tokens import phrase_lemmas

_ID = re.compile(r"^[a-z][a-z0-9_]{1,49}$")
_MERGED = ("cues", "exclusions")


class CodebookError(ValueError):
    """A codebook that cannot be used, with a message an officer can act on."""


@dataclass(frozen=True, slots=True)
class Cue:
    """One compiled cue phrase: its lemmas, its theme and how much it counts."""

    lemmas: tuple[str, ...]
    theme: int
    weight: float
    prefix: bool = False


class CueIndex(dict[str, tuple[Cue, ...]]):
    """Cues by first lemma, longest first. `windows` holds the same cues by first lemma as
    (length, {lemmas: cues}) pairs, longest first, so that a comment's words starting at one
    place are compared once for each length of phrase rather than once for each phrase."""

    def __init__(self, cues: dict[str, tuple[Cue, ...]] | None = None) -> None:
        super().__init__(cues or {})
        self.windows: dict[str, tuple[tuple[int, dict[tuple[str, ...], tuple[Cue, ...]]], ...]]
        self.windows = {first: _by_length(group) for first, group in self.items()}


def _by_length(cues: tuple[Cue, ...]) -> tuple[tuple[int, dict[tuple[str, ...], tuple[Cue, ...]]],
                                               ...]:
    """Cues (longest first) grouped by length and then by their lemmas, keeping their order."""
    lengths: dict[int, dict[tuple[str, ...], tuple[Cue, ...]]] = {}
    for cue in cues:
        same = lengths.setdefault(len(cue.lemmas), {})
        same[cue.lemmas] = (*same.get(cue.lemmas, ()), cue)
    return tuple(lengths.items())


@dataclass(frozen=True, slots=True)
class Pair:
    """Two kinds of word close together in one sentence that name a theme only together.

    "Staff" or "lovely" alone says little; "the physio doesn't listen", "social worker changed
    again" and "4 different caseworkers" are about the workforce. A person word and a quality
    or turnover word within `PAIR_WINDOW` words of each other code the theme.
    """

    theme: int
    weight: float
    first: CueIndex
    second: CueIndex


@dataclass(frozen=True, slots=True)
class Theme:
    """A theme as people see it: id, names and what belongs in it."""

    id: str
    name: str
    easy_read: str
    description: str


@dataclass(frozen=True)
class Codebook:
    """A validated codebook, compiled into lemma indexes for fast matching."""

    themes: tuple[Theme, ...]
    source: dict[str, Any]
    min_confidence: float = 0.5
    cue_index: CueIndex = field(default_factory=CueIndex)
    prefix_cues: tuple[Cue, ...] = ()
    exclusion_index: CueIndex = field(default_factory=CueIndex)
    # Cues an area switched off (weight 0): no longer evidence for their theme there, so the
    # learned layer does not suggest the theme on their account either.
    silenced_index: CueIndex = field(default_factory=CueIndex)
    neutral_terms: frozenset[str] = frozenset()
    sentiment_index: CueIndex = field(default_factory=CueIndex)
    cue_lemmas: frozenset[tuple[str, ...]] = frozenset()  # strong cues, for emerging phrases
    pairs: tuple[Pair, ...] = ()
    # Cues the area added that the shipped codebook does not have for that theme: the learned
    # model never saw them, so it must not overrule them (see pipeline._learned_themes).
    own_cue_index: CueIndex = field(default_factory=CueIndex)
    own_prefix_cues: tuple[Cue, ...] = ()

    @cached_property
    def ids(self) -> tuple[str, ...]:
        """Theme ids in codebook order (worked out once: every comment asks)."""
        return tuple(t.id for t in self.themes)

    @cached_property
    def prefix_stems(self) -> tuple[str, ...]:
        """The stems of the stem cues, to pass over most words with one test."""
        return tuple(cue.lemmas[0] for cue in self.prefix_cues)

    @cached_property
    def own_prefix_stems(self) -> tuple[str, ...]:
        """The same for the area's own stem cues (worked out once, not for every comment)."""
        return tuple(cue.lemmas[0] for cue in self.own_prefix_cues)

    @cached_property
    def position(self) -> dict[str, int]:
        """Each theme id's place in the codebook, to sort themes in codebook order."""
        return {tid: i for i, tid in enumerate(self.ids)}

    def theme(self, theme_id: str) -> Theme:
        """The theme with this id, for labels in reports."""
        for t in self.themes:
            if t.id == theme_id:
                return t
        raise KeyError(theme_id)


def _check_theme(raw: Any, seen: set[str]) -> None:
    """Raise CodebookError naming the theme and field that is wrong."""
    if not isinstance(raw, Mapping):
        raise CodebookError("Each theme must be a mapping with an id")
    tid = raw.get("id")
    if not isinstance(tid, str) or not _ID.match(tid):
        raise CodebookError(f"Theme id {tid!r} must be lower case letters, digits or _")
    if tid in seen:
        raise CodebookError(f"Theme id {tid!r} appears more than once")
    seen.add(tid)
    if not str(raw.get("name") or "").strip():
        raise CodebookError(f"Theme {tid!r} needs a name")
    _check_cues(tid, raw.get("cues") or {})
    if not isinstance(raw.get("exclusions") or [], list):
        raise CodebookError(f"Theme {tid!r}: exclusions must be a list of phrases")
    for pair in raw.get("pairs") or []:
        _check_pair(tid, pair)


def _check_cues(tid: str, cues: Any) -> None:
    """Cues map non-empty phrases to weights from 0 to 3."""
    if not isinstance(cues, Mapping):
        raise CodebookError(f"Theme {tid!r}: cues must map phrases to weights")
    for phrase, weight in cues.items():
        if not isinstance(weight, int | float) or not 0 <= weight <= 3:
            raise CodebookError(f"Theme {tid!r}: cue {phrase!r} needs a weight from 0 to 3")
        if not str(phrase).strip():
            raise CodebookError(f"Theme {tid!r}: a cue phrase is empty")


def _check_pair(tid: str, pair: Any) -> None:
    """A pair needs two non-empty lists of phrases and a weight from 0 to 3."""
    if not isinstance(pair, Mapping) or not all(
            isinstance(pair.get(k), list) and pair.get(k) for k in ("first", "second")):
        raise CodebookError(f"Theme {tid!r}: each pair needs lists 'first' and 'second'")
    weight = pair.get("weight", 1.0)
    if not isinstance(weight, int | float) or not 0 <= weight <= 3:
        raise CodebookError(f"Theme {tid!r}: a pair needs a weight from 0 to 3")


def validate(data: Mapping[str, Any]) -> None:
    """Check a codebook dict before it is used, so a bad edit fails loudly and early."""
    themes = data.get("themes")
    if not isinstance(themes, list) or not themes:
        raise CodebookError("A codebook needs a non-empty list of themes")
    seen: set[str] = set()
    for raw in themes:
        _check_theme(raw, seen)
    mc = data.get("min_confidence", 0.5)
    if not isinstance(mc, int | float) or not 0 < mc < 1:
        raise CodebookError("min_confidence must be between 0 and 1")


def _compile_phrase(phrase: str, theme: int, weight: float) -> Cue | None:
    """Lemmatise a phrase the same way comments are; a trailing * makes it a stem match."""
    text = str(phrase).strip()
    prefix = text.endswith("*")
    lemmas = (text.rstrip("*").lower(),) if prefix else phrase_lemmas(text)
    if not lemmas or not lemmas[0]:
        return None
    return Cue(lemmas=lemmas, theme=theme, weight=float(weight), prefix=prefix)


def _index(cues: list[Cue]) -> CueIndex:
    """Index cues by first lemma, longest first so the most specific phrase wins."""
    index: dict[str, list[Cue]] = {}
    for cue in cues:
        index.setdefault(cue.lemmas[0], []).append(cue)
    return CueIndex({k: tuple(sorted(v, key=lambda c: -len(c.lemmas))) for k, v in index.items()})


def _compile_themes(themes: list[Mapping[str, Any]]
                    ) -> tuple[list[Cue], list[Cue], list[Cue]]:
    """Compile every theme's cues, exclusions and switched-off cues."""
    cues: list[Cue] = []
    exclusions: list[Cue] = []
    silenced: list[Cue] = []
    for i, raw in enumerate(themes):
        for phrase, weight in (raw.get("cues") or {}).items():
            cue = _compile_phrase(phrase, i, weight)
            if cue:
                (cues if cue.weight > 0 else silenced).append(cue)
        for phrase in raw.get("exclusions") or []:
            cue = _compile_phrase(phrase, i, 0.0)
            if cue:
                exclusions.append(cue)
    return cues, exclusions, silenced


def _compile_pairs(themes: list[Mapping[str, Any]]) -> tuple[Pair, ...]:
    """Compile each theme's pairs into two phrase indexes."""
    out: list[Pair] = []
    for i, raw in enumerate(themes):
        for pair in raw.get("pairs") or []:
            sides = [[c for c in (_compile_phrase(p, i, 1.0) for p in pair[k]) if c]
                     for k in ("first", "second")]
            weight = float(pair.get("weight", 1.0))
            if weight > 0 and all(sides):
                out.append(Pair(i, weight, _index(sides[0]), _index(sides[1])))
    return tuple(out)


def _compile_sentiment(section: Mapping[str, Any]) -> tuple[frozenset[str], list[Cue]]:
    """Compile the domain sentiment terms: theme index 1 is positive, -1 negative."""
    neutral = frozenset(str(w).lower() for w in section.get("neutral_terms") or [])
    cues: list[Cue] = []
    for sign, key in ((1, "positive"), (-1, "negative")):
        for phrase, weight in (section.get(key) or {}).items():
            cue = _compile_phrase(phrase, sign, weight)
            if cue:
                cues.append(cue)
    return neutral, cues


@lru_cache(maxsize=1)
def _shipped_cues() -> dict[str, frozenset[str]]:
    """Each shipped theme's cue phrases, to tell an area's own cues from them."""
    return {t["id"]: frozenset(t.get("cues") or {}) for t in default_codebook_dict()["themes"]}


def _own_cues(themes: list[Mapping[str, Any]]) -> list[Cue]:
    """The cues an area wrote itself: phrases the shipped codebook does not give that theme."""
    shipped = _shipped_cues()
    own = [_compile_phrase(phrase, i, weight) for i, raw in enumerate(themes)
           for phrase, weight in (raw.get("cues") or {}).items()
           if weight > 0 and phrase not in shipped.get(raw["id"], frozenset())]
    return [cue for cue in own if cue]


def compile_codebook(data: Mapping[str, Any]) -> Codebook:
    """Validate and compile a full codebook dict."""
    validate(data)
    themes = list(data["themes"])
    cues, exclusions, silenced = _compile_themes(themes)
    own = _own_cues(themes)
    neutral, sentiment_cues = _compile_sentiment(data.get("sentiment") or {})
    return Codebook(
        themes=tuple(Theme(id=t["id"], name=str(t["name"]), easy_read=str(t.get("easy_read", "")),
                           description=" ".join(str(t.get("description", "")).split()))
                     for t in themes),
        source=copy.deepcopy(dict(data)),
        min_confidence=float(data.get("min_confidence", 0.5)),
        cue_index=_index([c for c in cues if not c.prefix]),
        prefix_cues=tuple(c for c in cues if c.prefix),
        exclusion_index=_index(exclusions),
        silenced_index=_index(silenced),
        neutral_terms=neutral,
        sentiment_index=_index(sentiment_cues),
        cue_lemmas=frozenset(c.lemmas for c in cues if c.weight >= 1.0),
        pairs=_compile_pairs(themes),
        own_cue_index=_index([c for c in own if not c.prefix]),
        own_prefix_cues=tuple(c for c in own if c.prefix),
    )


@lru_cache(maxsize=1)
def _default_text() -> str:
    """Read the shipped YAML once."""
    return resources.files("coprod.text").joinpath("default_codebook.yaml").read_text("utf-8")


def default_codebook_dict() -> dict[str, Any]:
    """A fresh, editable copy of the default codebook, for an area to start from."""
    book: dict[str, Any] = yaml.safe_load(_default_text())
    return book


@lru_cache(maxsize=1)
def load_default_codebook() -> Codebook:
    """The compiled default codebook (compiled once per process)."""
    return compile_codebook(default_codebook_dict())


def _merge_theme(base: dict[str, Any], edit: Mapping[str, Any]) -> None:
    """Apply an area's edit to one theme: new fields replace, cues and exclusions add up."""
    for key, value in edit.items():
        if key == "cues":
            base["cues"] = {**(base.get("cues") or {}), **dict(value or {})}
        elif key == "exclusions":
            base["exclusions"] = [*(base.get("exclusions") or []), *(value or [])]
        else:
            base[key] = value


def merge_codebook(base: Mapping[str, Any], edits: Mapping[str, Any]) -> dict[str, Any]:
    """Lay an area's edits (renames, extra cues, exclusions, new themes) over a base codebook."""
    merged = copy.deepcopy(dict(base))
    by_id = {t["id"]: t for t in merged["themes"]}
    for edit in edits.get("themes") or []:
        if not isinstance(edit, Mapping) or "id" not in edit:
            raise CodebookError("Each edited theme needs an id")
        if edit["id"] in by_id:
            _merge_theme(by_id[edit["id"]], edit)
        else:
            new = copy.deepcopy(dict(edit))
            merged["themes"].append(new)
            by_id[new["id"]] = new
    removed = set(edits.get("remove_themes") or [])
    merged["themes"] = [t for t in merged["themes"] if t["id"] not in removed]
    for key, value in edits.items():
        if key not in ("themes", "remove_themes"):
            merged[key] = copy.deepcopy(value)
    return merged


def codebook_from_dict(data: Mapping[str, Any], *, extend_default: bool = False) -> Codebook:
    """Compile an area's codebook: a full dict, or with extend_default=True only its edits."""
    if not isinstance(data, Mapping):
        raise CodebookError("A codebook must be a mapping")
    if extend_default:
        data = merge_codebook(default_codebook_dict(), data)
    elif "sentiment" not in data:
        data = {**data, "sentiment": default_codebook_dict().get("sentiment", {})}
    return compile_codebook(data)
