"""GOV.UK-style messages for JSON Schema errors, so survey authors read words, not jargon.
Marked for translation; a field's own name (`max_chars`) stays as the file spells it."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from typing import Any

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from jsonschema import ValidationError

Path_ = tuple[str | int, ...]

FRIENDLY = {
    "slug": _l("the survey's slug (its web address)"),
    "title": _l("the survey's title"),
    "easy_read_title": _l("the survey's easy-read title"),
    "purpose": _l("why you are asking, in easy read"),
    "minutes": _l("how many minutes the survey takes"),
    "who_sees_answers": _l("who sees the answers, in easy read"),
    "what_happens_next": _l("what happens next, in easy read"),
    "id": _l("an id for the question"),
    "text": _l("the question's words"),
    "easy_read_text": _l("the question's easy-read words"),
    "hint": _l("the hint"),
    "value": _l("a value for the option"),
    "label": _l("the option's words"),
    "easy_read_label": _l("the option's easy-read words"),
    "symbol": _l("the symbol's name"),
    "symbol_alt": _l("the symbol's alt text"),
    "question": _l("the id of the earlier question"),
}
SELECT = {
    "audience": _l("Select who the survey is for"),
    "easy_read": _l("Say whether the survey is easy read (true or false)"),
    "type": _l("Select the question's type"),
    "subtype": _l("Select which about_you question this is"),
}
TYPE_WORDS = {
    "integer": _l("a whole number"),
    "boolean": _l("true or false"),
    "string": _l("text"),
    "array": _l("a list"),
    "object": _l("a set of fields"),
}
ONLY_FOR = {
    "options": _l("single_choice, multiple_choice and about_you questions"),
    "faces": _l("faces questions"),
    "max_chars": _l("free_text questions"),
    "subtype": _l("about_you questions"),
}
EASY_READ_FIELDS = frozenset({"easy_read_text", "easy_read_label"})


def describe(error: ValidationError) -> list[tuple[Path_, str]]:
    """One or more (path, message) pairs for a schema error; the path names the field at fault."""
    path: Path_ = tuple(error.absolute_path)
    handler = _HANDLERS.get(str(error.validator))
    if handler is None:
        return [(path, error.message)]
    return handler(error, path)


def _name(path: Path_) -> str:
    """The field's own name, or `the survey` for the whole file."""
    return str(path[-1]) if path and isinstance(path[-1], str) else _context(path)


def _context(path: Path_) -> str:
    """What kind of thing sits at `path`: the survey, a question, an option or a condition."""
    if not path:
        return _("the survey")
    if isinstance(path[-1], int):
        return _("an option") if len(path) > 1 and path[-2] == "options" else _("a question")
    return "show_if" if path[-1] == "show_if" else str(path[-1])


def _required(error: ValidationError, path: Path_) -> list[tuple[Path_, str]]:
    found = []
    for field in error.validator_value:
        if isinstance(error.instance, dict) and field not in error.instance:
            found.append(((*path, field), _missing(field)))
    return found


def _missing(field: str) -> str:
    if field in SELECT:
        return str(SELECT[field])
    if field == "questions":
        return _("Add at least 1 question")
    if field == "options":
        return _("Give the options people can choose from")
    what = FRIENDLY.get(field, field)
    if field in EASY_READ_FIELDS:
        return _("Enter %(what)s: this is an easy-read survey", what=what)
    return _("Enter %(what)s", what=what)


def _type(error: ValidationError, path: Path_) -> list[tuple[Path_, str]]:
    wanted = error.validator_value if isinstance(error.validator_value, str) else "string"
    if not path:
        return [(path, _("The file must be a survey: fields like slug, title and questions"))]
    if error.instance is None and isinstance(path[-1], str):
        return [(path, _missing(path[-1]))]
    return [(path, _("%(name)s must be %(kind)s", name=_name(path),
                     kind=TYPE_WORDS.get(wanted, wanted)))]


def _enum(error: ValidationError, path: Path_) -> list[tuple[Path_, str]]:
    choices = [str(choice) for choice in error.validator_value]
    listed = _("%(some)s or %(last)s", some=", ".join(choices[:-1]), last=choices[-1])
    if _name(path) in SELECT:
        return [(path, _("%(select)s: %(listed)s", select=SELECT[_name(path)], listed=listed))]
    return [(path, _("%(name)s must be %(listed)s", name=_name(path), listed=listed))]


def _pattern(error: ValidationError, path: Path_) -> list[tuple[Path_, str]]:
    field = _name(path)
    if error.validator_value == r"\S":
        return [(path, _missing(field))]
    if field == "slug":
        return [(path, _("slug must use lower-case letters, numbers and hyphens, like "
                         "send-survey"))]
    return [(path, _("%(field)s must use lower-case letters, numbers and underscores, like "
                     "bus_pass", field=field))]


def _additional(error: ValidationError, path: Path_) -> list[tuple[Path_, str]]:
    known = list(error.schema.get("properties", {}))
    found = []
    for extra in sorted(set(error.instance) - set(known)):
        close = difflib.get_close_matches(str(extra), known, n=1)
        found.append(((*path, extra), _("Remove '%(extra)s': did you mean '%(close)s'?",
                                        extra=extra, close=close[0]) if close else
                      _("Remove '%(extra)s': %(what)s does not have it", extra=extra,
                        what=_context(path))))
    return found


def _not(error: ValidationError, path: Path_) -> list[tuple[Path_, str]]:
    field = error.validator_value.get("required", ["?"])[0]
    who = ONLY_FOR.get(field) or _("other question types")
    return [((*path, field), _("Remove '%(field)s': only %(who)s use it", field=field, who=who))]


def _simple(template: Any) -> Callable[[ValidationError, Path_], list[tuple[Path_, str]]]:
    """A handler whose message needs only the field name and the schema's limit (`template`:
    a lazy message with %(name)s and %(limit)s, translated when it is used)."""

    def handler(error: ValidationError, path: Path_) -> list[tuple[Path_, str]]:
        limit = error.validator_value
        shown = f"{limit:,}" if isinstance(limit, int) and not isinstance(limit, bool) else limit
        return [(path, str(template) % {"name": _name(path), "limit": shown})]

    return handler


def _min_items(error: ValidationError, path: Path_) -> list[tuple[Path_, str]]:
    if _name(path) == "questions":
        return [(path, _("Add at least 1 question"))]
    return [(path, _("Give at least %(n)s %(name)s", n=error.validator_value, name=_name(path)))]


_HANDLERS: dict[str, Callable[[ValidationError, Path_], list[tuple[Path_, str]]]] = {
    "required": _required,
    "type": _type,
    "enum": _enum,
    "pattern": _pattern,
    "additionalProperties": _additional,
    "not": _not,
    "minItems": _min_items,
    "maxLength": _simple(_l("%(name)s must be %(limit)s characters or fewer")),
    "minimum": _simple(_l("%(name)s must be %(limit)s or more")),
    "maximum": _simple(_l("%(name)s must be %(limit)s or fewer")),
    "uniqueItems": _simple(_l("Each value in %(name)s must be listed only once")),
    "format": _simple(_l("%(name)s must be a real date written like 2026-03-31")),
    "const": _simple(_l(
        "Questions about ethnicity, gender, disability and language must not be required: "
        "people can always skip them"
    )),
    "dependentRequired": lambda _error, path: [((*path, "symbol"),
                                                _("Give a symbol for this alt text"))],
    "minProperties": _simple(_l("show_if needs the question and either 'equals' or 'in'")),
    "maxProperties": _simple(_l("show_if takes either 'equals' or 'in', not both")),
}
