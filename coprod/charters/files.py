"""Charter files in `charters/`: YAML checked against the one published schema,
`charters/schema.json`, then against what a schema cannot say (known symbols, easy-read words).

A file with any problem is refused whole, each problem named by file, line and field."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from jsonschema import Draft202012Validator

from coprod.surveys.definition.errors import SurveyFileError, SurveyProblem
from coprod.surveys.definition.messages import describe
from coprod.surveys.definition.symbols import symbol_names
from coprod.surveys.definition.yaml_file import format_path, line_of, parse_yaml
from coprod.surveys.easy_read.checker import check_text

CHARTERS_DIR = Path(__file__).resolve().parents[2] / "charters"
SCHEMA_PATH = CHARTERS_DIR / "schema.json"
Path_ = tuple[str | int, ...]


class CharterFileError(SurveyFileError):
    """A charter file was refused; `problems` lists every problem with its line and field."""


@dataclass(frozen=True)
class Principle:
    """One promise in the charter, in plain words and in easy read."""

    key: str
    name: str
    description: str
    easy_read_text: str
    easy_read_question: str
    symbol: str
    in_practice: tuple[str, ...]


@dataclass(frozen=True)
class CharterText:
    """A charter's words, as a file or a stored version holds them."""

    slug: str
    title: str
    vision: str
    easy_read_title: str
    easy_read_vision: str
    review_on: date
    principles: tuple[Principle, ...]
    what_changed: str = ""

    def principle(self, key: str) -> Principle | None:
        """The principle with this key, if the charter has it."""
        return next((p for p in self.principles if p.key == key), None)


@cache
def _validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def charter_from_data(data: dict[str, Any]) -> CharterText:
    """Valid file data (or a stored version's content) as a CharterText."""
    principles = tuple(Principle(
        key=p["key"], name=p["name"].strip(), description=p["description"].strip(),
        easy_read_text=p["easy_read"]["text"].strip(),
        easy_read_question=p["easy_read"]["question"].strip(), symbol=p["easy_read"]["symbol"],
        in_practice=tuple(item.strip() for item in p["in_practice"])) for p in data["principles"])
    return CharterText(
        slug=data["slug"], title=data["title"].strip(), vision=data["vision"].strip(),
        easy_read_title=data["easy_read"]["title"].strip(),
        easy_read_vision=data["easy_read"]["vision"].strip(),
        review_on=date.fromisoformat(str(data["review_on"])), principles=principles,
        what_changed=(data.get("what_changed") or "").strip())


FRIENDLY = {
    "slug": _l("the charter's slug (its web address)"),
    "title": _l("the title"),
    "vision": _l("the vision"),
    "easy_read": _l("the easy-read words"),
    "review_on": _l("the review date"),
    "principles": _l("the principles"),
    "key": _l("a key for the principle"),
    "name": _l("the principle's name"),
    "description": _l("the principle's description"),
    "text": _l("the principle in easy read"),
    "question": _l("the easy-read question"),
    "symbol": _l("the symbol's name"),
    "in_practice": _l("what the principle looks like in practice"),
}


def find_problems(data: Any) -> list[tuple[Path_, str]]:
    """Every problem with a charter in file form, as (path, message); empty when valid."""
    if not isinstance(data, dict):
        return [((), _("The file must be a charter: fields like slug, title and principles"))]
    found = [(path, _friendly(path, message))
             for error in _validator().iter_errors(data) for path, message in describe(error)]
    keys: set[str] = set()
    for where, principle in _principles(data):
        key, symbol = principle.get("key"), _easy(principle).get("symbol")
        if isinstance(key, str) and key in keys:
            found.append(((*where, "key"), _("key '%(key)s' is used twice: give each principle "
                                             "its own key", key=key)))
        keys.add(key)
        if isinstance(symbol, str) and symbol not in symbol_names():
            found.append(((*where, "easy_read", "symbol"),
                          _("symbol '%(symbol)s' is not in the symbols catalogue "
                            "(coprod/surveys/definition/symbols.yaml)", symbol=symbol)))
    found += [(path, _("Easy read: %(warning)s", warning=warning.message))
              for path, warning in _easy_read(data)]
    return found


def _friendly(path: Path_, message: str) -> str:
    field = path[-1] if path else ""
    # The survey files' message names a survey's field ("Enter the survey's title"): say the
    # charter's instead.
    if field in FRIENDLY and message.startswith(str(_("Enter %(what)s", what=""))):
        return _("Enter %(what)s", what=FRIENDLY[str(field)])
    return message


def _easy(mapping: dict) -> dict:
    easy = mapping.get("easy_read")
    return easy if isinstance(easy, dict) else {}


def _principles(data: dict[str, Any]):
    """(path, principle) for each principle that is a mapping, however broken the rest is."""
    principles = data.get("principles")
    for index, principle in enumerate(principles if isinstance(principles, list) else []):
        if isinstance(principle, dict):
            yield ("principles", index), principle


def _easy_read(data: dict[str, Any]):
    """The easy-read checker's warnings, each at its place in the file."""
    pieces: list[tuple[Path_, Any, bool]] = [
        (("easy_read", field), _easy(data).get(field), False) for field in ("title", "vision")]
    for where, principle in _principles(data):
        pieces.append(((*where, "easy_read", "text"), _easy(principle).get("text"), False))
        pieces.append(((*where, "easy_read", "question"), _easy(principle).get("question"),
                       True))
    for path, words, is_question in pieces:
        if isinstance(words, str):
            for warning in check_text(words, format_path(path), is_question):
                yield path, warning


@dataclass(frozen=True)
class CharterFile:
    """A checked charter file: its words, the plain data stored as a version, and where each
    field sits (for problems found later, like a change with no 'what changed')."""

    filename: str
    charter: CharterText
    data: dict[str, Any]
    node: Any

    def problem(self, path: Path_, message: str) -> CharterFileError:
        """A refusal that points at one field of this file."""
        return CharterFileError([SurveyProblem(self.filename, line_of(self.node, path),
                                               format_path(path), message)])


def parse_charter(text: str, filename: str) -> CharterFile:
    """A charter from a file's text; CharterFileError with every problem, line by line."""
    try:
        data, node = parse_yaml(text, filename)
    except SurveyFileError as error:
        raise CharterFileError(error.problems) from None
    problems = find_problems(data)
    if problems:
        raise CharterFileError([SurveyProblem(filename, line_of(node, path), format_path(path),
                                              message) for path, message in problems])
    stored = {key: value for key, value in data.items() if key != "what_changed"}
    return CharterFile(filename, charter_from_data(data), stored, node)


def read_charter_file(path: str | Path) -> CharterFile:
    """A charter file from disk, checked."""
    path = Path(path)
    return parse_charter(path.read_text(encoding="utf-8"), path.name)


def shipped_files() -> list[Path]:
    """Every charter shipped in `charters/`."""
    return sorted(CHARTERS_DIR.glob("*.yaml"))
