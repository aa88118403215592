"""What a user of a generated client can touch, read from the generated code itself.

The change report (``spec_changes``) compares two of these. Reading them from
the generated package rather than from the spec means the report speaks of
what users write and what their type checker sees: the function each
operation became (``sms_messaging.send_sms``, also ``client.sms_messaging.send_sms``
where the client has resources), its keyword arguments with their Python
names and types (``from_: str``), what ``sync`` returns, every model's fields
and every enum's members. The spec adds what the code does not show: each
operation's method, path, ``x-idempotent`` and documented statuses.

A surface is plain JSON, kept as ``generated/<name>.api.json``: the baseline
the next regeneration is compared with, and (in git history) what
``codegen/changelog.py --check`` compares the last release with.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path
from typing import Any

from codegen import speclint

FORMAT = 1
Surface = dict[str, Any]
ABSENT = frozenset({"Unset", "None"})
"""The members of a type that say "the provider may leave this out" (``Unset`` today, ``None`` in some generators)."""


def read(package: Path, document: dict[str, Any]) -> Surface:
    """The surface of the generated ``package`` made from ``document``."""
    by_route = {
        (method.upper(), route_template(path)): {**operation, "x-path": path}
        for method, path, operation in speclint.operations(document)
    }
    operations: dict[str, Any] = {}
    for module in sorted((package / "api").glob("*/*.py")):
        if module.name == "__init__.py":
            continue
        found = _operation(ast.parse(module.read_text()), f"{module.parent.name}.{module.stem}")
        if found is None:
            continue
        (method, path), entry = found
        spec_operation = by_route.get((method, route_template(path)), {})
        entry["path"] = spec_operation.get("x-path", path)
        entry["idempotent"] = bool(spec_operation.get("x-idempotent"))
        entry["statuses"] = sorted(str(status) for status in spec_operation.get("responses", {}))
        operations[str(spec_operation.get("operationId", entry["function"]))] = entry
    models: dict[str, Any] = {}
    enums: dict[str, Any] = {}
    for module in sorted((package / "models").glob("*.py")):
        for node in ast.parse(module.read_text()).body:
            if isinstance(node, ast.ClassDef):
                _read_class(node, models, enums)
    _assign_roles(operations, models, enums)
    return {"format": FORMAT, "package": package.name, "operations": operations, "models": models, "enums": enums}


def _operation(tree: ast.Module, function: str) -> tuple[tuple[str, str], dict[str, Any]] | None:
    route: tuple[str, str] | None = None
    entry: dict[str, Any] = {"function": function, "method": "", "path": "", "parameters": {}, "returns": "None"}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "_get_kwargs":
            route = _route(node)
        if isinstance(node, ast.FunctionDef) and node.name == "sync":
            arguments = node.args
            entry["positional"] = [argument.arg for argument in arguments.args]  # path parameters, in path order
            for argument in arguments.args:
                entry["parameters"][argument.arg] = {"type": _annotation(argument.annotation), "required": True}
            for argument, default in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True):
                if argument.arg != "client":
                    entry["parameters"][argument.arg] = {
                        "type": _annotation(argument.annotation),
                        "required": default is None,
                    }
            entry["returns"] = _annotation(node.returns)
    if route is None:
        return None
    entry["method"], entry["path"] = route
    return route, entry


def route_template(path: str) -> str:
    """A path with its parameters unnamed (the generator renames them to snake_case in its URLs)."""
    return re.sub(r"\{[^}]*\}", "{}", path)


def _route(function: ast.FunctionDef) -> tuple[str, str] | None:
    """``("POST", "/messaging/v1/sms")`` from the ``_kwargs`` dict of ``_get_kwargs``."""
    for node in ast.walk(function):
        if isinstance(node, ast.Dict):
            items = {
                key.value: value
                for key, value in zip(node.keys, node.values, strict=True)
                if isinstance(key, ast.Constant)
            }
            method, url = items.get("method"), items.get("url")
            if isinstance(url, ast.Call) and isinstance(url.func, ast.Attribute):
                url = url.func.value  # "/contacts/{contactId}".format(...)
            if isinstance(method, ast.Constant) and isinstance(url, ast.Constant):
                return str(method.value).upper(), str(url.value)
    return None


def _annotation(node: ast.expr | None) -> str:
    """An annotation as text, forward references unquoted (``list["Part"] | Unset`` -> ``list[Part] | Unset``)."""
    if node is None:
        return "None"

    class Unquote(ast.NodeTransformer):
        def visit_Constant(self, constant: ast.Constant) -> ast.AST:
            if isinstance(constant.value, str):
                return ast.parse(constant.value, mode="eval").body
            return constant

    return ast.unparse(Unquote().visit(node))


def _read_class(node: ast.ClassDef, models: dict[str, Any], enums: dict[str, Any]) -> None:
    bases = {ast.unparse(base) for base in node.bases}
    if bases & {"StrEnum", "IntEnum"}:
        members = {
            target.id: statement.value.value
            for statement in node.body
            if isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Constant)
            for target in statement.targets
            if isinstance(target, ast.Name)
        }
        enums[node.name] = {"base": "int" if "IntEnum" in bases else "str", "members": members, "roles": []}
    elif any("define" in ast.unparse(decorator) for decorator in node.decorator_list):
        required = _required_arguments(node)
        fields = {
            statement.target.id: {
                "type": _annotation(statement.annotation),
                "required": statement.target.id in required if required is not None else statement.value is None,
            }
            for statement in node.body
            if isinstance(statement, ast.AnnAssign)
            and isinstance(statement.target, ast.Name)
            and not statement.target.id.startswith("_")
            and statement.target.id != "additional_properties"
        }
        models[node.name] = {"fields": fields, "roles": []}


def _required_arguments(node: ast.ClassDef) -> set[str] | None:
    """The arguments a model's own ``__init__`` needs (those without a default); None when attrs writes it."""
    for statement in node.body:
        if isinstance(statement, ast.FunctionDef) and statement.name == "__init__":
            arguments = statement.args
            positional = arguments.args[1:]  # self
            defaults = len(arguments.defaults)
            needed = positional[: len(positional) - defaults] if defaults else positional
            keyword = [a for a, d in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True) if d is None]
            return {argument.arg for argument in (*needed, *keyword)}
    return None


def names_in(annotation: str) -> set[str]:
    """Every name an annotation mentions (``list[Part] | Unset`` -> ``{"list", "Part", "Unset"}``)."""
    return {node.id for node in ast.walk(ast.parse(annotation, mode="eval")) if isinstance(node, ast.Name)}


def _assign_roles(operations: dict[str, Any], models: dict[str, Any], enums: dict[str, Any]) -> None:
    """Mark each model and enum ``request`` (users build it), ``reply`` (users read it) or both."""
    for role in ("request", "reply"):
        pending: list[str] = []
        for operation in operations.values():
            if role == "request":
                for parameter in operation["parameters"].values():
                    pending += names_in(parameter["type"])
            else:
                pending += names_in(operation["returns"])
        while pending:
            name = pending.pop()
            kind = models.get(name) or enums.get(name)
            if kind is None or role in kind["roles"]:
                continue
            kind["roles"].append(role)
            for field in kind.get("fields", {}).values():
                pending += names_in(field["type"])
    for kind in (*models.values(), *enums.values()):
        kind["roles"].sort()


def dumps(surface: Surface) -> str:
    """The surface as the stable JSON text kept in ``generated/<name>.api.json``."""
    return json.dumps(surface, indent=1, sort_keys=True) + "\n"


def load(path: Path) -> Surface | None:
    """A surface kept earlier, or None when there is none in a format this code reads."""
    if not path.is_file():
        return None
    return loads(path.read_text())


def loads(text: str) -> Surface | None:
    try:
        surface = json.loads(text)
    except ValueError:
        return None
    return surface if isinstance(surface, dict) and surface.get("format") == FORMAT else None
