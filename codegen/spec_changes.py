"""What a spec change means for code that uses the generated client: each change, breaking or not, and why.

Two client surfaces (``client_surface``) are compared the way a user's type
checker would compare the code written against the old client with the new
client:

* Code *calls* operations and *builds* request models: a keyword it passes
  must still exist and accept what it passes; a keyword it leaves out must
  not have become required.
* Code *reads* replies: a field it reads must still exist and still be of a
  type its code accepts; a field that may now be missing breaks code that
  used it without a check. Whether "missing" is spelled ``Unset`` or
  ``None`` makes no difference to code that handles it (``value or default``).
* Enums are open in replies (an unknown value reads as a member of its own),
  so a new value breaks nobody; a removed one breaks code that names it.
* Renamed operations are recognised by method and path; the function's
  module and name are what users import (``sms_messaging.send_sms``, also
  ``client.sms_messaging.send_sms`` on a client with resources, where the
  fields of a request body are keyword arguments too).
* ``x-idempotent`` and documented statuses change behaviour, not code: never
  breaking, always reported.

Each ``Change`` says so in one line in the user's terms.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from codegen.client_surface import ABSENT, Surface, route_template


@dataclass(frozen=True)
class Change:
    """One change a user of the client would notice."""

    subject: str
    """What users write, e.g. ``sms_messaging.send_sms(gateway=)`` or ``RestMessageResponse.size``."""
    kind: str
    """Its Keep a Changelog section: Added, Changed or Removed."""
    breaking: bool
    reason: str
    """One line in the user's terms: who is affected and why."""

    def line(self) -> str:
        return f"{'BREAKING' if self.breaking else 'ok':<8}  {self.subject}: {self.reason}"

    def changelog_line(self) -> str:
        marker = "**Breaking:** " if self.breaking else ""
        return f"- {self.kind}: {marker}`{self.subject}`: {self.reason}"


def compare(old: Surface, new: Surface) -> list[Change]:
    """Every change from ``old`` to ``new``, operations first, then models and enums."""
    types = _Types(old, new)
    changes = list(_operation_changes(old["operations"], new["operations"], types))
    changes += _model_changes(old["models"], new["models"], types)
    changes += _enum_changes(old["enums"], new["enums"])
    return changes


def suggest_version(version: str, changes: Iterable[Change]) -> str:
    """The next version after ``version`` under semantic versioning (before 1.0 a breaking change bumps the minor)."""
    major, minor, patch = (int(part) for part in version.split(".")[:3])
    changes = list(changes)
    if any(change.breaking for change in changes):
        return f"{major}.{minor + 1}.0" if major == 0 else f"{major + 1}.0.0"
    if major > 0 and any(change.kind == "Added" for change in changes):
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}" if changes else version


# --- operations ---------------------------------------------------------------------------------------------------


def _operation_changes(old: dict[str, Any], new: dict[str, Any], types: _Types) -> Iterator[Change]:
    pairs = [(name, name) for name in sorted(old.keys() & new.keys())]
    added = {_route(new[name]): name for name in sorted(new.keys() - old.keys())}
    for name in sorted(old.keys() - new.keys()):
        operation = old[name]
        renamed = added.pop(_route(operation), None)
        if renamed is not None:
            pairs.append((name, renamed))
        else:
            yield Change(
                operation["function"],
                "Removed",
                True,
                f"code that calls it fails: {operation['method']} {operation['path']} ({name}) left the spec",
            )
    for name in sorted(added.values()):
        operation = new[name]
        yield Change(operation["function"], "Added", False, f"new operation {operation['method']} {operation['path']}")
    for old_name, new_name in pairs:
        yield from _one_operation(old_name, old[old_name], new_name, new[new_name], types)


def _route(operation: dict[str, Any]) -> tuple[str, str]:
    return operation["method"], route_template(operation["path"])


def _one_operation(
    old_name: str, old: dict[str, Any], new_name: str, new: dict[str, Any], types: _Types
) -> Iterator[Change]:
    function = new["function"]
    if old["function"] != function:
        why = (
            f"operationId {old_name} became {new_name}"
            if old_name != new_name
            else "its tag changed, and the tag names the module"
        )
        yield Change(
            old["function"], "Changed", True, f"renamed to `{function}`: code that imports the old name fails ({why})"
        )
    if (old["method"], old["path"]) != (new["method"], new["path"]):
        yield Change(
            function,
            "Changed",
            False,
            f"now calls {new['method']} {new['path']} (was {old['method']} {old['path']}); calling code stays the same",
        )
    yield from _parameter_changes(function, old["parameters"], new["parameters"], types)
    old_order, new_order = old.get("positional", []), new.get("positional", [])
    if old_order != new_order and sorted(old_order) == sorted(new_order):
        order = ", ".join(new_order)
        yield Change(function, "Changed", True, f"calls that pass path parameters by position break: now ({order})")
    reading = types.reading(old["returns"], new["returns"], f"what `{function}` returns")
    if reading:
        yield Change(f"{function}()", "Changed", *reading)
    if old["idempotent"] != new["idempotent"]:
        reason = (
            "now retried after a timeout, a dropped connection, 408, 429 or 5xx (`x-idempotent: true`)"
            if new["idempotent"]
            else "no longer retried after a timeout or a dropped connection (`x-idempotent: false`): "
            "a retry could repeat what it does"
        )
        yield Change(function, "Changed", False, reason)
    for status in sorted(set(new["statuses"]) - set(old["statuses"])):
        yield Change(function, "Added", False, _status_reason(status, documented=True))
    for status in sorted(set(old["statuses"]) - set(new["statuses"])):
        yield Change(function, "Removed", False, _status_reason(status, documented=False))


def _status_reason(status: str, *, documented: bool) -> str:
    verb = "now documents" if documented else "no longer documents"
    if status.startswith("2"):
        return f"{verb} HTTP {status}; any 2xx is success, as before"
    if status.startswith(("4", "5")) or status == "default":
        return f"{verb} HTTP {status}; an error reply raises by its status, as before"
    return f"{verb} HTTP {status}; an undocumented status raises `UnexpectedResponse` in sms_clients"


def _parameter_changes(function: str, old: dict[str, Any], new: dict[str, Any], types: _Types) -> Iterator[Change]:
    for name in sorted(old.keys() - new.keys()):
        yield Change(
            f"{function}({name}=)", "Removed", True, f"calls that pass `{name}=` fail: the parameter was removed"
        )
    for name in sorted(new.keys() - old.keys()):
        if new[name]["required"]:
            yield Change(
                f"{function}({name}=)", "Added", True, f"calls without `{name}=` fail: a new required parameter"
            )
        else:
            yield Change(f"{function}({name}=)", "Added", False, f"new optional parameter `{name}=`")
    for name in sorted(old.keys() & new.keys()):
        writing = types.writing(old[name], new[name], f"`{name}=`")
        if writing:
            yield Change(f"{function}({name}=)", "Changed", *writing)


# --- models and enums ---------------------------------------------------------------------------------------------


def _classes_gone(old: dict[str, Any], new: dict[str, Any], content: str, kind: str, use: str) -> Iterator[Change]:
    """Model or enum classes that are gone: renamed when a new class has the same ``content``, else removed."""
    added = set(new.keys() - old.keys())
    for name in sorted(old.keys() - new.keys()):
        twin = next((other for other in sorted(added) if new[other][content] == old[name][content]), None)
        if twin is not None:
            added.discard(twin)
            yield Change(name, "Changed", True, f"renamed to `{twin}`: code that {use} `{name}` fails")
        else:
            yield Change(name, "Removed", True, f"code that {use} `{name}` fails: the {kind} was removed")


def _model_changes(old: dict[str, Any], new: dict[str, Any], types: _Types) -> Iterator[Change]:
    yield from _classes_gone(old, new, "fields", "model", "imports or builds")
    for name in sorted(old.keys() & new.keys()):
        roles = set(old[name]["roles"]) | set(new[name]["roles"]) or {"reply"}
        yield from _field_changes(name, old[name]["fields"], new[name]["fields"], roles, types)


def _field_changes(
    model: str, old: dict[str, Any], new: dict[str, Any], roles: set[str], types: _Types
) -> Iterator[Change]:
    building, reading = "request" in roles, "reply" in roles
    for name in sorted(old.keys() - new.keys()):
        who = " and ".join(
            text
            for wanted, text in ((building, f"`{model}({name}=...)`"), (reading, f"code that reads `.{name}`"))
            if wanted
        )
        yield Change(f"{model}.{name}", "Removed", True, f"{who} fails: the field was removed")
    for name in sorted(new.keys() - old.keys()):
        if building and new[name]["required"]:
            yield Change(
                f"{model}.{name}", "Added", True, f"`{model}(...)` without `{name}=` fails: a new required field"
            )
        else:
            yield Change(f"{model}.{name}", "Added", False, "new field" + (" in replies" if not building else ""))
    for name in sorted(old.keys() & new.keys()):
        verdicts = []
        if building:
            verdicts.append(types.writing(old[name], new[name], f"`{model}({name}=...)`"))
        if reading:
            verdicts.append(types.reading(old[name]["type"], new[name]["type"], f"`.{name}`"))
        found = [verdict for verdict in verdicts if verdict]
        if found:
            breaking = any(verdict[0] for verdict in found)
            reason = "; ".join(verdict[1] for verdict in found if verdict[0] == breaking)
            yield Change(f"{model}.{name}", "Changed", breaking, reason)


def _enum_changes(old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    yield from _classes_gone(old, new, "members", "enum", "names")
    for name in sorted(old.keys() & new.keys()):
        roles = set(old[name]["roles"]) | set(new[name]["roles"]) or {"reply"}
        before, after = old[name]["members"], new[name]["members"]
        for member in sorted(before.keys() - after.keys()):
            reason = (
                f"calls that pass `{name}.{member}` fail: the value was removed"
                if "request" in roles
                else f"code that compares with `{name}.{member}` fails: the value was removed "
                "(should it still come, it reads as an unknown value)"
            )
            yield Change(f"{name}.{member}", "Removed", True, reason)
        for member in sorted(after.keys() - before.keys()):
            reason = (
                f"new value {after[member]!r} may be sent"
                if roles == {"request"}
                else f"new value {after[member]!r}; replies are open enums: code that does not expect it keeps working"
            )
            yield Change(f"{name}.{member}", "Added", False, reason)


# --- types --------------------------------------------------------------------------------------------------------


class _Types:
    """Whether code written for one annotation still type-checks against another, as mypy would say."""

    def __init__(self, old: Surface, new: Surface) -> None:
        self._enum_bases = {name: enum["base"] for surface in (old, new) for name, enum in surface["enums"].items()}

    def writing(self, old: dict[str, Any], new: dict[str, Any], what: str) -> tuple[bool, str] | None:
        """Code that passes a value for ``what`` (or leaves it out): still fine? None when nothing changed."""
        if not old["required"] and new["required"]:
            return True, f"calls without {what} fail: it became required"
        old_members, new_members = _members(old["type"]), _members(new["type"])
        if "None" in old_members and "None" not in new_members:
            return True, f"calls that pass None as {what} fail: it is no longer nullable"
        old_values, new_values = old_members - ABSENT, new_members - ABSENT
        if not self._fits(old_values, new_values):
            return True, f"calls that pass {_text(old_values)} as {what} fail: it now takes {_text(new_values)}"
        if old["required"] and not new["required"]:
            return False, f"{what} may now be left out"
        if old_values != new_values:
            return False, f"{what} now also takes {_text(new_values - old_values)}"
        return None

    def reading(self, old: str, new: str, what: str) -> tuple[bool, str] | None:
        """Code that uses ``what`` as it was typed: still fine? None when nothing changed."""
        old_members, new_members = _members(old), _members(new)
        old_values, new_values = old_members - ABSENT, new_members - ABSENT
        may_be_missing = bool(new_members & ABSENT) and not old_members & ABSENT
        if may_be_missing and old_values == new_values:
            return True, f"code that uses {what} without a check fails: it may now be missing"
        if not self._fits(new_values, old_values) or may_be_missing:
            return True, f"code that uses {what} as {_text(old_values)} fails: it is now {_text(new_members)}"
        if old_members & ABSENT and not new_members & ABSENT:
            return False, f"{what} is now always present"
        if old_values != new_values:
            return False, f"{what} is now {_text(new_values)} (narrower: code written for {_text(old_values)} fits)"
        return None

    def _fits(self, given: frozenset[str], accepted: frozenset[str]) -> bool:
        """Whether every type in ``given`` may be used where one of ``accepted`` is expected."""
        return all(any(self._fits_one(one, other) for other in accepted) for one in given)

    def _fits_one(self, given: str, accepted: str) -> bool:
        if given == accepted or "Any" in (given, accepted):
            return True
        widening = {"int": {"float", "complex"}, "bool": {"int", "float", "complex"}, "float": {"complex"}}
        if accepted in widening.get(given, set()):
            return True
        return self._enum_bases.get(given) == accepted  # a StrEnum member is a str, an IntEnum member an int


def _members(annotation: str) -> frozenset[str]:
    """The members of a union annotation, each as text (``str | Unset`` -> ``{"str", "Unset"}``)."""

    def flatten(node: ast.expr) -> Iterator[str]:
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            yield from flatten(node.left)
            yield from flatten(node.right)
        else:
            yield ast.unparse(node)

    return frozenset(flatten(ast.parse(annotation, mode="eval").body))


def _text(members: Iterable[str]) -> str:
    ordered = sorted(members, key=lambda member: (member in ABSENT, member))
    return "`" + " | ".join(ordered) + "`" if ordered else "nothing"
