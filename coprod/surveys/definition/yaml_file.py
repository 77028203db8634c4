"""Reading survey YAML so that every value keeps its line, for errors that point at the file."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

import yaml

from coprod.surveys.definition.errors import SurveyFileError, SurveyProblem

Path_ = Sequence[str | int]


MAX_YAML_CHARACTERS = 512 * 1024  # the upload limit; a real survey is a few KB
MAX_YAML_DEPTH = 32  # a survey nests about 8 deep (questions, a condition, its parts)


class SurveyYamlLoader(yaml.SafeLoader):
    """A safe loader that keeps `yes`, `no` and dates as text, as a survey author means them,
    and refuses what only an attack needs: an alias (`*name`: 342 bytes of them expand to
    billions of values and held the database for minutes) and nesting deep enough to exhaust
    Python's stack. Checked as the file is read, so the work is bounded by its size."""

    _depth = 0

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark
            raise yaml.composer.ComposerError(
                None, None, "a survey file cannot use aliases (*name): write the value out",
                mark)
        self._depth += 1
        try:
            if self._depth > MAX_YAML_DEPTH:
                raise yaml.composer.ComposerError(
                    None, None, f"values are nested more than {MAX_YAML_DEPTH} deep",
                    self.peek_event().start_mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


# YAML 1.1 reads `yes`/`no`/`on`/`off` as booleans (an option value `no` would become False) and
# turns dates into objects; the schema expects true/false only, and dates as ISO text.
SurveyYamlLoader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
SurveyYamlLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _character_problem(text: str, error: yaml.reader.ReaderError,
                       filename: str) -> SurveyProblem:
    """A character no text file should hold (NUL, a control character), said with its line."""
    line = text.count("\n", 0, error.position) + 1
    code = error.character if isinstance(error.character, int) else ord(error.character)
    return SurveyProblem(filename, line, "", f"This line has a hidden control character "
                         f"(U+{code:04X}) that a text file cannot hold: delete it, or save the "
                         "file again as plain UTF-8 text")


def parse_yaml(text: str, filename: str) -> tuple[Any, yaml.Node | None]:
    """Parse once into data and its node tree; refuse bad syntax and repeated keys with lines,
    and anything too big, too deep or with aliases before any work (see SurveyYamlLoader)."""
    if len(text) > MAX_YAML_CHARACTERS:
        raise SurveyFileError([SurveyProblem(filename, None, "",
                                             "The file must be 512 KB or smaller")])
    try:
        loader = SurveyYamlLoader(text)  # reads every character first: a NUL stops it here
    except yaml.reader.ReaderError as error:
        raise SurveyFileError([_character_problem(text, error, filename)]) from error
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as error:
        raise SurveyFileError([_syntax_problem(error, filename)]) from error
    except yaml.YAMLError as error:
        problem = SurveyProblem(filename, None, "", f"The YAML cannot be read: {error}")
        raise SurveyFileError([problem]) from error
    finally:
        loader.dispose()
    repeated = [
        SurveyProblem(filename, line, format_path(path), f"'{path[-1]}' is written twice: keep one")
        for path, line in _repeated_keys(node, ())
    ]
    if repeated:
        raise SurveyFileError(repeated)
    return data, node


def _syntax_problem(error: yaml.MarkedYAMLError, filename: str) -> SurveyProblem:
    """Turn PyYAML's complaint into one line an author can act on."""
    mark = error.problem_mark or error.context_mark
    line = mark.line + 1 if mark is not None else None
    what = error.problem or "something is wrong here"
    context = f" ({error.context}" if error.context else ""
    if context and error.context_mark is not None and error.context_mark is not mark:
        context += f" that starts on line {error.context_mark.line + 1}"
    context += ")" if context else ""
    return SurveyProblem(filename, line, "", f"The YAML cannot be read: {what}{context}")


def _repeated_keys(node: yaml.Node | None, path: tuple[str | int, ...]) -> Iterator[tuple]:
    """Yield (path, line) for every key written twice in the same mapping."""
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            name = str(key.value)
            if name in seen:
                yield (*path, name), key.start_mark.line + 1
            seen.add(name)
            yield from _repeated_keys(value, (*path, name))
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            yield from _repeated_keys(item, (*path, index))


def line_of(node: yaml.Node | None, path: Path_) -> int | None:
    """The 1-based line of the value at `path`, or of the nearest enclosing value that exists."""
    if node is None:
        return None
    for step in path:
        child = _child(node, step)
        if child is None:
            break
        node = child
    return node.start_mark.line + 1


def _child(node: yaml.Node, step: str | int) -> yaml.Node | None:
    """One step down the node tree; for a mapping key, the key's own node if its value is empty."""
    if isinstance(node, yaml.MappingNode) and isinstance(step, str):
        for key, value in node.value:
            if key.value == step:
                is_empty = isinstance(value, yaml.ScalarNode) and value.value == ""
                return key if is_empty else value
    if isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
        return node.value[step]
    return None


def format_path(path: Path_) -> str:
    """`("questions", 2, "options", 1, "label")` -> `questions[2].options[1].label`."""
    text = ""
    for step in path:
        if isinstance(step, int):
            text += f"[{step}]"
        else:
            text += f".{step}" if text else str(step)
    return text
