"""Each area's codebook: the default plus what the area changed, saved as a new version.

The database row (AreaCodebook.edits) is the truth. Compiled codebooks are cached in memory by
the edits' content, so the cache can be thrown away at any time and never goes stale.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any

from flask_babel import gettext as _
from sqlalchemy import bindparam
from sqlmodel import Session, select

from coprod.common.time import utcnow
from coprod.text.codebook import (
    Codebook,
    CodebookError,
    codebook_from_dict,
    default_codebook_dict,
    load_default_codebook,
)
from coprod.voice.findings import AreaCodebook

DEFAULT_WEIGHT = 1.0
MAX_PHRASE = 100
_WEIGHTED = re.compile(r"^(?P<phrase>.*?)\s*:\s*(?P<weight>-?\d+(?:\.\d+)?)$")
_TEXT_FIELDS = ("name", "easy_read", "description")


@dataclass(frozen=True)
class AreaBook:
    """An area's compiled codebook, the version it is, and the edits it was built from."""

    version: int
    codebook: Codebook
    edits: dict = field(default_factory=dict)

    def name(self, theme_id: str) -> str:
        """A theme's name, or its id if the codebook no longer has it."""
        try:
            return self.codebook.theme(theme_id).name
        except KeyError:
            return theme_id


@dataclass(frozen=True)
class ThemeEdit:
    """What a person can change about one theme (cues and exclusions are the area's own)."""

    name: str
    easy_read: str = ""
    description: str = ""
    cues: dict[str, float] = field(default_factory=dict)
    exclusions: list[str] = field(default_factory=list)
    switched_off: list[str] = field(default_factory=list)


@lru_cache(maxsize=64)
def _compiled(edits_json: str) -> Codebook:
    return codebook_from_dict(json.loads(edits_json), extend_default=True)


def compile_edits(edits: dict) -> Codebook:
    """The default codebook with these edits laid over it; CodebookError if they are bad."""
    if not edits:
        return load_default_codebook()
    return _compiled(json.dumps(edits, sort_keys=True))


def _row(session: Session, area_id: int):
    """The area's codebook version, edits and time saved, as plain columns (read whenever a
    comment is themed, so without the ORM)."""
    return session.connection().execute(_ROW, {"area_id": area_id}).first()


_ROW = select(AreaCodebook.version, AreaCodebook.edits, AreaCodebook.updated_at).where(
    AreaCodebook.area_id == bindparam("area_id"))


def area_codebook(session: Session, area_id: int) -> AreaBook:
    """The codebook this area themes with now."""
    row = _row(session, area_id)
    if row is None:
        return AreaBook(0, load_default_codebook(), {})
    return AreaBook(row.version, compile_edits(row.edits), copy.deepcopy(row.edits))


def current_version(session: Session, area_id: int) -> int:
    """The area's codebook version (0: the default, never edited)."""
    row = _row(session, area_id)
    return row.version if row else 0


def current_updated_at(session: Session, area_id: int) -> datetime | None:
    """When the area's codebook was last saved (None: never)."""
    row = _row(session, area_id)
    return row.updated_at if row else None


def _default_theme(theme_id: str) -> dict | None:
    return next((t for t in default_codebook_dict()["themes"] if t["id"] == theme_id), None)


def area_theme_edit(book: AreaBook, theme_id: str) -> ThemeEdit:
    """A theme as the edit form shows it: its names now, and the area's own cues."""
    theme = book.codebook.theme(theme_id)
    own: dict[str, Any] = next(
        (t for t in book.edits.get("themes", []) if t["id"] == theme_id), {})
    cues = own.get("cues") or {}
    return ThemeEdit(name=theme.name, easy_read=theme.easy_read, description=theme.description,
                     cues={p: w for p, w in cues.items() if w}, exclusions=own.get(
                         "exclusions") or [], switched_off=[p for p, w in cues.items() if not w])


def default_cues(theme_id: str) -> list[str]:
    """The cue phrases the default codebook gives a theme (none for an area's own theme)."""
    theme = _default_theme(theme_id) or {}
    return [p for p, w in (theme.get("cues") or {}).items() if w]


def _theme_entry(theme_id: str, edit: ThemeEdit) -> dict:
    """The area's edit of one theme: text that differs from the default, and its own cues."""
    default = _default_theme(theme_id) or {}
    entry: dict = {"id": theme_id}
    for key in _TEXT_FIELDS:
        value = " ".join(str(getattr(edit, key)).split())
        if not default or value != " ".join(str(default.get(key, "")).split()):
            entry[key] = value
    cues = {**edit.cues, **{p: 0 for p in edit.switched_off}}
    if cues:
        entry["cues"] = cues
    if edit.exclusions:
        entry["exclusions"] = list(edit.exclusions)
    return entry


def _save(session: Session, area_id: int, edits: dict, user_id: int | None) -> int:
    """Check the edits compile, then store them as the next version; returns the version."""
    compile_edits(edits)
    row = session.exec(select(AreaCodebook).where(AreaCodebook.area_id == area_id)).first() \
        or AreaCodebook(area_id=area_id, edits={}, version=0)
    row.edits, row.version = edits, row.version + 1
    row.updated_by_id, row.updated_at = user_id, utcnow()
    session.add(row)
    session.commit()
    return row.version


def new_version(session: Session, area_id: int, user_id: int | None = None) -> int:
    """Save the same edits as a new version, so every comment is themed again."""
    return _save(session, area_id, area_codebook(session, area_id).edits, user_id)


def _with_theme(book: AreaBook, entry: dict) -> dict:
    edits = copy.deepcopy(book.edits)
    themes = [t for t in edits.get("themes", []) if t["id"] != entry["id"]]
    edits["themes"] = [*themes, entry]
    return edits


def save_theme(session: Session, area_id: int, theme_id: str, edit: ThemeEdit,
               user_id: int | None) -> int:
    """Save a person's changes to one theme as a new codebook version (CodebookError if bad)."""
    book = area_codebook(session, area_id)
    if theme_id not in book.codebook.ids:
        raise CodebookError(_("There is no theme '%(theme)s'", theme=theme_id))
    check_phrases([*edit.cues, *edit.exclusions, *edit.switched_off])
    return _save(session, area_id, _with_theme(book, _theme_entry(theme_id, edit)), user_id)


def theme_id_for(name: str, taken: tuple[str, ...]) -> str:
    """A new theme's id from its name ("Zoom calls" -> "zoom_calls"); it must be free."""
    tid = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")[:50].strip("_")
    if not tid:
        raise CodebookError(_("Enter a theme name that has letters in it"))
    if not tid[0].isalpha() or len(tid) < 2:
        tid = f"theme_{tid}"[:50]
    if tid in taken:
        raise CodebookError(_("There is already a theme called '%(name)s'", name=name.strip()))
    return tid


def add_theme(session: Session, area_id: int, edit: ThemeEdit,
              user_id: int | None) -> tuple[str, int]:
    """Add an area's own theme; returns its id and the new codebook version."""
    book = area_codebook(session, area_id)
    names = {t.name.strip().lower() for t in book.codebook.themes}
    if edit.name.strip().lower() in names:
        raise CodebookError(_("There is already a theme called '%(name)s'",
                              name=edit.name.strip()))
    theme_id = theme_id_for(edit.name, book.codebook.ids)
    check_phrases([*edit.cues, *edit.exclusions])
    version = _save(session, area_id, _with_theme(book, _theme_entry(theme_id, edit)), user_id)
    return theme_id, version


def add_cue(session: Session, area_id: int, theme_id: str, phrase: str,
            user_id: int | None) -> int:
    """Add one cue phrase to a theme (from an emerging topic); returns the new version."""
    book = area_codebook(session, area_id)
    edit = area_theme_edit(book, theme_id)
    cues = {**edit.cues, phrase.strip(): DEFAULT_WEIGHT}
    switched = [p for p in edit.switched_off if p != phrase.strip()]
    new = ThemeEdit(edit.name, edit.easy_read, edit.description, cues, edit.exclusions, switched)
    return save_theme(session, area_id, theme_id, new, user_id)


def check_phrases(phrases: list[str]) -> None:
    """Every phrase must have a word in it and fit in 100 characters."""
    for phrase in phrases:
        if not re.search(r"\w", phrase):
            raise CodebookError(_("The phrase '%(phrase)s' needs at least one letter or number",
                                  phrase=phrase))
        if len(phrase) > MAX_PHRASE:
            raise CodebookError(_("The phrase '%(phrase)s'... must be 100 characters or fewer",
                                  phrase=phrase[:30]))


def parse_lines(text: str) -> list[str]:
    """One phrase per line; blank lines and repeats are left out."""
    seen: dict[str, None] = {}
    for line in (text or "").splitlines():
        phrase = " ".join(line.split())
        if phrase:
            seen.setdefault(phrase, None)
    return list(seen)


def parse_cues(text: str) -> dict[str, float]:
    """Cue phrases, one per line, each optionally with a weight ("respite: 0.5")."""
    cues: dict[str, float] = {}
    for number, line in enumerate((text or "").splitlines(), start=1):
        phrase = " ".join(line.split())
        if not phrase:
            continue
        match = _WEIGHTED.match(phrase)
        weight = float(match["weight"]) if match else DEFAULT_WEIGHT
        phrase = match["phrase"].strip() if match else phrase
        if not 0 < weight <= 3:
            raise CodebookError(_("Line %(number)d: the weight after the colon must be more "
                                  "than 0 and no more than 3", number=number))
        cues[phrase] = weight
    return cues


def format_cues(cues: dict[str, float]) -> str:
    """Cues as the form shows them: a weight only when it is not the usual 1."""
    return "\n".join(p if w == DEFAULT_WEIGHT else f"{p}: {w:g}" for p, w in cues.items())
