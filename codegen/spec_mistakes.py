"""Mistakes in a spec, reported the way a compiler reports them.

Whoever edits a spec should read one line per mistake, pointing at the place
in the file, never a traceback::

    specs/tyntec.yaml:108:38: `in` is 'quer', not one of path, query, header, cookie (write one of them)

Four sources of mistakes share this form: the YAML itself (syntax and
duplicate keys, which PyYAML would otherwise drop silently),
openapi-spec-validator, the house rules of ``speclint`` and the warnings of
openapi-python-client. Each names a place in the parsed document (a JSON
pointer); ``Places`` finds its line and column in the file from PyYAML's node
marks. A spec's anchors and aliases share one node, so a mistake inside an
anchored block is reported once, where it is written.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import yaml

ROOT = Path(__file__).resolve().parent.parent
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
Pointer = tuple[str | int, ...]


@dataclass(frozen=True, order=True)
class Mistake:
    """One mistake at one place of a spec file: ``file:line:column: what (what to do)``."""

    file: str
    line: int
    column: int
    what: str
    todo: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.what} ({self.todo})"


class SpecMistakes(Exception):
    """A spec that cannot be generated, with every mistake found in it."""

    def __init__(self, mistakes: Sequence[Mistake]) -> None:
        self.mistakes = sorted(set(mistakes))
        super().__init__("\n".join(str(mistake) for mistake in self.mistakes))


def display_name(path: Path) -> str:
    """``specs/<file>.yaml`` for a spec of this repository, the path as given otherwise."""
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)


class Places:
    """Line and column of each place of a parsed YAML file, by JSON pointer."""

    def __init__(self, file: str, root: yaml.Node) -> None:
        self.file = file
        self.root = root

    def node(self, pointer: Pointer) -> yaml.Node:
        """The deepest node on the way to ``pointer`` (the whole way when it exists)."""
        node = self.root
        for part in pointer:
            child = _child(node, part)
            if child is None:
                break
            node = child
        return node

    def key(self, pointer: Pointer) -> yaml.Node | None:
        """The key node naming the last step of ``pointer``, when the step is a mapping key."""
        if not pointer:
            return None
        parent = self.node(pointer[:-1])
        if isinstance(parent, yaml.MappingNode):
            for key, _ in parent.value:
                if isinstance(key, yaml.ScalarNode) and key.value == str(pointer[-1]):
                    return key
        return None

    def mistake(self, pointer: Pointer, what: str, todo: str, *, at_key: bool = False) -> Mistake:
        """A mistake at ``pointer``: at its key when ``at_key`` or when its value is a mapping or a list."""
        node = self.node(pointer)
        if at_key or not isinstance(node, yaml.ScalarNode):
            node = self.key(pointer) or node
        return Mistake(self.file, node.start_mark.line + 1, node.start_mark.column + 1, what, todo)


def _child(node: yaml.Node, part: str | int) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == str(part):
                return cast(yaml.Node, value)
    elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
        return cast(yaml.Node, node.value[part])
    return None


def read(path: Path) -> tuple[dict[str, Any], Places]:
    """Parse a spec; raise ``SpecMistakes`` for a YAML syntax error or a key written twice in one mapping."""
    file = display_name(path)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML has it: several times faster
    text = path.read_text()
    try:
        root = yaml.compose(text, Loader=loader)
        document = yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader
    except yaml.MarkedYAMLError as error:
        raise SpecMistakes([_syntax_mistake(file, text, error)]) from None
    if not isinstance(document, dict) or root is None:
        raise SpecMistakes([Mistake(file, 1, 1, "the file is not a YAML mapping", "start with `openapi: 3.0.3`")])
    duplicates = list(_duplicate_keys(file, root))
    if duplicates:
        raise SpecMistakes(duplicates)
    return document, Places(file, root)


def _syntax_mistake(file: str, text: str, error: yaml.MarkedYAMLError) -> Mistake:
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line, mark.column) if mark else (0, 0)
    what = f"YAML syntax: {error.problem or error.context}"
    lines = text.splitlines()
    if line < len(lines) and "\t" in lines[line][: column + 1]:
        return Mistake(file, line + 1, column + 1, what, "indent with spaces: YAML does not allow tabs")
    todo = "check the indentation and the quotes on this line"
    if error.context and error.context_mark and error.context_mark.line != line:
        todo += f"; the problem is {error.context} that starts at line {error.context_mark.line + 1}"
    return Mistake(file, line + 1, column + 1, what, todo)


def _duplicate_keys(file: str, node: yaml.Node, seen: set[int] | None = None) -> Iterator[Mistake]:
    seen = set() if seen is None else seen
    if id(node) in seen:  # an alias: the anchored node was checked where it is written
        return
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        first: dict[str, yaml.Node] = {}
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                if key.value in first and key.value != "<<":
                    earlier = first[key.value].start_mark.line + 1
                    yield Mistake(
                        file,
                        key.start_mark.line + 1,
                        key.start_mark.column + 1,
                        f"`{key.value}` is written twice in this mapping (first at line {earlier})",
                        "merge the two or delete one: YAML keeps only the last, silently",
                    )
                first.setdefault(key.value, key)
            yield from _duplicate_keys(file, value, seen)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _duplicate_keys(file, item, seen)


# --- openapi-spec-validator -------------------------------------------------------------------------------------


def validation_mistakes(document: dict[str, Any], places: Places) -> list[Mistake]:
    """Everything openapi-spec-validator finds wrong, each at its place, with the clearest reason it gives.

    The validator's fast backend reports a failed ``oneOf`` as the whole
    subtree dumped; for a spec that fails, the schema check is run again with
    the pure-Python jsonschema, whose errors say which alternative failed where.
    """
    from openapi_spec_validator import OpenAPIV30SpecValidator
    from openapi_spec_validator.schemas import schema_v30
    from openapi_spec_validator.schemas.backend.jsonschema import create_validator

    broken = list(_broken_references(document, document, (), places))
    if broken:  # the validator stops at the first with an exception; report them all instead
        return broken
    found = list(OpenAPIV30SpecValidator(document).iter_errors())
    if not found:
        return []
    # An anchored block used twice fails twice, at one place: each mistake once.
    mistakes = sorted(
        {_from_validation_error(error, places) for error in create_validator(schema_v30).iter_errors(document)}
    )
    if not mistakes:  # the schema holds; the validator's own checks (path parameters, defaults, ...) failed
        mistakes = [
            places.mistake(tuple(error.absolute_path), _short(error.message), "fix it as the OpenAPI 3.0 rules say")
            for error in found
        ]
    return mistakes


def _broken_references(document: Any, node: Any, pointer: Pointer, places: Places) -> Iterator[Mistake]:
    """Every local ``$ref`` that points at nothing, at the place it is written."""
    if isinstance(node, dict):
        reference = node.get("$ref")
        if isinstance(reference, str) and reference.startswith("#") and _resolve(document, reference) is None:
            folder, _, name = reference.rpartition("/")
            defined = _resolve(document, folder)
            names = {str(key).lower(): str(key) for key in defined} if isinstance(defined, dict) else {}
            close = difflib.get_close_matches(name.lower(), list(names), n=1)
            todo = f"did you mean {folder}/{names[close[0]]}?" if close else f"define it under {folder} or fix the name"
            yield places.mistake((*pointer, "$ref"), f"`$ref` points to {reference}, which does not exist", todo)
        for key, value in node.items():
            yield from _broken_references(document, value, (*pointer, key), places)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _broken_references(document, value, (*pointer, index), places)


def _resolve(document: Any, reference: str) -> Any:
    node = document
    for part in json_pointer(reference):
        if isinstance(node, dict) and str(part) in node:
            node = node[str(part)]
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
        else:
            return None
    return node


def _from_validation_error(error: Any, places: Places) -> Mistake:
    error = _deepest(error)
    pointer: Pointer = tuple(error.absolute_path)
    validator, value, instance = error.validator, error.validator_value, error.instance
    name = f"`{pointer[-1]}`" if pointer and isinstance(pointer[-1], str) else "this value"
    if validator == "enum":
        choices = ", ".join(str(choice) for choice in value)
        return places.mistake(pointer, f"{name} is {instance!r}, not one of {choices}", "write one of them")
    if validator == "required":
        missing = re.findall(r"'([^']+)' is a required property", error.message)
        key = missing[0] if missing else "a field"
        return places.mistake(pointer, f"`{key}` is missing here", f"add `{key}`", at_key=True)
    if validator == "additionalProperties":
        extra = sorted(set(instance) - set(error.schema.get("properties", {})))
        extra = [key for key in extra if not str(key).startswith("x-")] or extra
        allowed = ", ".join(sorted(error.schema.get("properties", {})))
        key = extra[0] if extra else "?"
        todo = f"check the spelling and the indentation; allowed here: {allowed}" if allowed else "remove it"
        return places.mistake((*pointer, key), f"`{key}` is not allowed here", todo, at_key=True)
    if validator == "type":
        return places.mistake(
            pointer, f"{name} must be {_article(value)}, found {instance!r}", f"write {_article(value)}"
        )
    if validator == "patternProperties" or validator == "propertyNames":
        return places.mistake(pointer, _short(error.message), "rename the key")
    return places.mistake(pointer, _short(error.message), "fix it as the OpenAPI 3.0 rules say")


def _deepest(error: Any) -> Any:
    """The most specific error inside a failed ``oneOf``/``anyOf``: deepest place, a failed ``$ref`` branch last.

    Several ``enum`` failures at one place (the alternatives of a ``oneOf``)
    merge into one listing every allowed value.
    """
    while error.context:
        candidates = [sub for sub in error.context if not _is_reference_branch(sub)] or list(error.context)
        depth = max(len(sub.absolute_path) for sub in candidates)
        deepest = [sub for sub in candidates if len(sub.absolute_path) == depth]
        enums = [sub for sub in deepest if sub.validator == "enum"]
        if len(enums) > 1 and len({tuple(sub.absolute_path) for sub in enums}) == 1:
            merged = enums[0]
            merged.validator_value = [value for sub in enums for value in sub.validator_value]
            return merged
        error = deepest[0]
    return error


def _is_reference_branch(error: Any) -> bool:
    return bool(error.validator == "required" and "'$ref' is a required property" in error.message)


def _article(kind: object) -> str:
    kinds = kind if isinstance(kind, list) else [kind]
    return " or ".join(("an " if str(k)[0] in "aeiou" else "a ") + str(k) for k in kinds)


def _short(message: str, limit: int = 160) -> str:
    message = " ".join(message.split())
    return message if len(message) <= limit else message[: limit - 3] + "..."


# --- speclint and the generator -----------------------------------------------------------------------------------

_OPERATION = re.compile(rf"^({'|'.join(method.upper() for method in HTTP_METHODS)}) (/\S*): (.*)$", re.DOTALL)
_PATH = re.compile(r"^(/\S*): (.*)$", re.DOTALL)
_POINTER = re.compile(r"^#(/\S*): (.*)$", re.DOTALL)


def lint_mistakes(problems: Iterable[str], places: Places) -> list[Mistake]:
    """``speclint`` problems at their places.

    A problem starts with where it is: ``GET /path``, ``/path`` or a ``#/``
    JSON pointer, then ``: ``; one that names no place is reported at the top
    of the file. What follows a ``; `` (or sits in final parentheses) is what
    to do.
    """
    mistakes = []
    for problem in problems:
        pointer, message = _place_of(problem)
        what, todo = _split_advice(message)
        mistakes.append(places.mistake(pointer, what, todo, at_key=True))
    return mistakes


def _place_of(problem: str) -> tuple[Pointer, str]:
    if match := _OPERATION.match(problem):
        return ("paths", match[2], match[1].lower()), f"{match[1]} {match[2]}: {match[3]}"
    if match := _POINTER.match(problem):
        return json_pointer(match[1]), match[2]
    if match := _PATH.match(problem):
        return ("paths", match[1]), problem
    return (), problem


def json_pointer(text: str) -> Pointer:
    """``/paths/~1sms/get`` as the parts ``("paths", "/sms", "get")`` (numbers stay text; ``Places`` finds both)."""
    parts: list[str | int] = []
    for part in text.strip("#").split("/")[1:]:
        unescaped = part.replace("~1", "/").replace("~0", "~")
        parts.append(int(unescaped) if unescaped.isdigit() else unescaped)
    return tuple(parts)


def _split_advice(message: str) -> tuple[str, str]:
    if "; " in message:
        what, _, todo = message.partition("; ")
        return what, todo
    if message.endswith(")") and " (" in message:
        what, _, todo = message[:-1].rpartition(" (")
        return what, todo
    return message, "see the spec rules in docs/contributing.md"


_GENERATOR_PLACE = re.compile(rf"\b({'|'.join(method.upper() for method in HTTP_METHODS)}) (/\S*?)(?= within|\.|$)")
_REFERENCE = re.compile(r"#/components/[A-Za-z]+/[A-Za-z0-9_.-]+")


def generator_mistakes(errors: Iterable[Any], places: Places) -> list[Mistake]:
    """openapi-python-client's warnings and errors (``GeneratorError``s) at the place each names.

    The generator names an operation in its header (``WARNING parsing GET
    /path within tag.``) or a component in its detail (``#/components/...``);
    anything else is reported at the top of the file.
    """
    mistakes = []
    for error in errors:
        header, detail = str(error.header or "").strip(), " ".join(str(error.detail or "").split())
        pointer: Pointer = ()
        if match := _GENERATOR_PLACE.search(header):
            pointer = ("paths", match[2], match[1].lower())
        elif match := _REFERENCE.search(detail):
            pointer = json_pointer(match[0])
        what = f"openapi-python-client: {detail or header}"
        todo = "the client generator cannot use this part as written; compare it with a similar part that works"
        mistakes.append(places.mistake(pointer, _short(what, 240), todo))
    return mistakes


def unexpected(file: str, error: BaseException) -> Mistake:
    """A failure that names no place (a bug of ours, or a tool that broke): at the top of the file, still one line."""
    return Mistake(file, 1, 1, f"generating stopped: {type(error).__name__}: {_short(str(error))}", "report this")
