"""GOV.UK-style messages for JSON Schema errors, so survey authors read words, not jargon."""

from __future__ import annotations

import difflib
from collections.abc import Callable

from jsonschema import ValidationError

Path_ = tuple[str | int, ...]

FRIENDLY = {
    "slug": "the survey's slug (its web address)",
    "title": "the survey's title",
    "easy_read_title": "the survey's easy-read title",
    "purpose": "why you are asking, in easy read",
    "minutes": "how many minutes the survey takes",
    "who_sees_answers": "who sees the answers, in easy read",
    "what_happens_next": "what happens next, in easy read",
    "id": "an id for the question",
    "text": "the question's words",
    "easy_read_text": "the question's easy-read words",
    "hint": "the hint",
    "value": "a value for the option",
    "label": "the option's words",
    "easy_read_label": "the option's easy-read words",
    "symbol": "the symbol's name",
    "symbol_alt": "the symbol's alt text",
    "question": "the id of the earlier question",
}
SELECT = {
    "audience": "Select who the survey is for",
    "easy_read": "Say whether the survey is easy read (true or false)",
    "type": "Select the question's type",
    "subtype": "Select which about_you question this is",
}
TYPE_WORDS = {
    "integer": "a whole number",
    "boolean": "true or false",
    "string": "text",
    "array": "a list",
    "object": "a set of fields",
}
ONLY_FOR = {
    "options": "single_choice, multiple_choice and about_you questions",
    "faces": "faces questions",
    "max_chars": "free_text questions",
    "subtype": "about_you questions",
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
        return "the survey"
    if isinstance(path[-1], int):
        return "an option" if len(path) > 1 and path[-2] == "options" else "a question"
    return "show_if" if path[-1] == "show_if" else str(path[-1])


def _required(error: ValidationError, path: Path_) -> list[tuple[Path_, str]]:
    found = []
    for field in error.validator_value:
        if isinstance(error.instance, dict) and field not in error.instance:
            found.append(((*path, field), _missing(field)))
    return found


def _missing(field: str) -> str:
    if field in SELECT:
        return SELECT[field]
    if field == "questions":
        return "Add at least 1 question"
    if field == "options":
        return "Give the options people can choose from"
    message = f"Enter {FRIENDLY.get(field, field)}"
    return f"{message}: this is an easy-read survey" if field in EASY_READ_FIELDS else message


def _type(error: ValidationError, path: Path_) -> list[tuple[Path_, str]]:
    wanted = error.validator_value if isinstance(error.validator_value, str) else "string"
    if not path:
        return [(path, "The file must be a survey: fields like slug, title and questions")]
    if error.instance is None and isinstance(path[-1], str):
        return [(path, _missing(path[-1]))]
    return [(path, f"{_name(path)} must be {TYPE_WORDS.get(wanted, wanted)}")]


def _enum(error: ValidationError, path: Path_) -> list[tuple[Path_, str]]:
    choices = [str(choice) for choice in error.validator_value]
    listed = ", ".join(choices[:-1]) + f" or {choices[-1]}"
    start = SELECT.get(_name(path), f"{_name(path)} must be")
    return [(path, f"{start}: {listed}" if _name(path) in SELECT else f"{start} {listed}")]


def _pattern(error: ValidationError, path: Path_) -> list[tuple[Path_, str]]:
    field = _name(path)
    if error.validator_value == r"\S":
        return [(path, _missing(field))]
    if field == "slug":
        return [(path, "slug must use lower-case letters, numbers and hyphens, like send-survey")]
    return [(path, f"{field} must use lower-case letters, numbers and underscores, like bus_pass")]


def _additional(error: ValidationError, path: Path_) -> list[tuple[Path_, str]]:
    known = list(error.schema.get("properties", {}))
    found = []
    for extra in sorted(set(error.instance) - set(known)):
        close = difflib.get_close_matches(str(extra), known, n=1)
        hint = f": did you mean '{close[0]}'?" if close else f": {_context(path)} does not have it"
        found.append(((*path, extra), f"Remove '{extra}'{hint}"))
    return found


def _not(error: ValidationError, path: Path_) -> list[tuple[Path_, str]]:
    field = error.validator_value.get("required", ["?"])[0]
    who = ONLY_FOR.get(field, "other question types")
    return [((*path, field), f"Remove '{field}': only {who} use it")]


def _simple(template: str) -> Callable[[ValidationError, Path_], list[tuple[Path_, str]]]:
    """A handler whose message needs only the field name and the schema's limit."""

    def handler(error: ValidationError, path: Path_) -> list[tuple[Path_, str]]:
        limit = error.validator_value
        shown = f"{limit:,}" if isinstance(limit, int) and not isinstance(limit, bool) else limit
        return [(path, template.format(name=_name(path), limit=shown))]

    return handler


def _min_items(error: ValidationError, path: Path_) -> list[tuple[Path_, str]]:
    if _name(path) == "questions":
        return [(path, "Add at least 1 question")]
    return [(path, f"Give at least {error.validator_value} {_name(path)}")]


_HANDLERS: dict[str, Callable[[ValidationError, Path_], list[tuple[Path_, str]]]] = {
    "required": _required,
    "type": _type,
    "enum": _enum,
    "pattern": _pattern,
    "additionalProperties": _additional,
    "not": _not,
    "minItems": _min_items,
    "maxLength": _simple("{name} must be {limit} characters or fewer"),
    "minimum": _simple("{name} must be {limit} or more"),
    "maximum": _simple("{name} must be {limit} or fewer"),
    "uniqueItems": _simple("Each value in {name} must be listed only once"),
    "format": _simple("{name} must be a real date written like 2026-03-31"),
    "const": _simple(
        "Questions about ethnicity, gender, disability and language must not be required: "
        "people can always skip them"
    ),
    "dependentRequired": lambda _, path: [((*path, "symbol"), "Give a symbol for this alt text")],
    "minProperties": _simple("show_if needs the question and either 'equals' or 'in'"),
    "maxProperties": _simple("show_if takes either 'equals' or 'in', not both"),
}
