"""Reading a JSON body into a generated model, with an error that says what is wrong.

The generated ``from_dict`` methods trust their input: a missing field raises a
bare ``KeyError`` and a value of the wrong type is stored as it is. Bodies that
reach *your* server (inbound SMS, delivery reports) deserve better, so
``parse_model`` decodes the body, builds the model, then checks every field
against the model's own type annotations, and reports any problem as a
``WebhookParseError`` naming the field.
"""

from __future__ import annotations

import json
import sys
import types
import typing
from collections.abc import Mapping
from typing import Any, Protocol, Self, TypeVar

import attrs

from .errors import WebhookParseError


class GeneratedModel(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


ModelT = TypeVar("ModelT", bound=GeneratedModel)


def decode_object(body: bytes | str | Mapping[str, Any], *, provider: str, what: str) -> dict[str, Any]:
    """The body as a JSON object (a dict), or a WebhookParseError saying why it is not one."""
    if isinstance(body, Mapping):
        return dict(body)
    if not isinstance(body, bytes | str):
        raise WebhookParseError(provider, what, f"expected bytes, str or a mapping, got {type(body).__name__}")
    try:
        value = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise WebhookParseError(provider, what, f"the body is not JSON ({exc})") from None
    if not isinstance(value, dict):
        raise WebhookParseError(provider, what, f"expected a JSON object, got {type(value).__name__}")
    return value


def parse_model(data: Mapping[str, Any], model: type[ModelT], *, provider: str, what: str) -> ModelT:
    """Build ``model`` from ``data``; raise WebhookParseError if a field is missing or mistyped."""
    try:
        instance = model.from_dict(data)
    except KeyError as exc:
        raise WebhookParseError(provider, what, f"the required field {exc.args[0]!r} is missing") from None
    except ValueError as exc:
        # The generated code's ReplyMismatch names the field by its path from the body's root.
        where = getattr(exc, "where", None)
        if where is None:
            raise WebhookParseError(provider, what, f"a field has the wrong shape ({exc})") from None
        expected, got = getattr(exc, "expected", "?"), getattr(exc, "got", "?")
        raise WebhookParseError(provider, what, f"{where}: expected {expected}, got {got}") from None
    except (TypeError, AttributeError) as exc:
        raise WebhookParseError(provider, what, f"a field has the wrong shape ({exc})") from None
    problem = _type_problem(instance, type(instance).__name__)
    if problem:
        raise WebhookParseError(provider, what, problem)
    return instance


def _type_problem(value: Any, where: str) -> str | None:
    """The first field of an attrs model whose value does not match its annotation, described."""
    cls = type(value)
    hints = _hints(cls)
    for field in attrs.fields(cls):
        if field.name == "additional_properties" or field.name.startswith("_"):  # extras, fields_set
            continue
        problem = _mismatch(getattr(value, field.name), hints[field.name], f"{where}.{field.name}")
        if problem:
            return problem
    return None


def _mismatch(value: Any, hint: Any, where: str) -> str | None:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        problems = [_mismatch(value, option, where) for option in typing.get_args(hint)]
        return None if any(problem is None for problem in problems) else problems[0]
    if origin is list:
        if not isinstance(value, list):
            return f"{where} should be a list, got {type(value).__name__}"
        (item_hint,) = typing.get_args(hint)
        for index, item in enumerate(value):
            problem = _mismatch(item, item_hint, f"{where}[{index}]")
            if problem:
                return problem
        return None
    if hint is Any:
        return None
    if isinstance(hint, type):
        if attrs.has(hint):
            return _type_problem(value, where) if isinstance(value, hint) else _wrong(where, hint, value)
        if hint is float:
            ok = isinstance(value, int | float) and not isinstance(value, bool)
        elif hint is int:
            ok = isinstance(value, int) and not isinstance(value, bool)
        else:
            ok = isinstance(value, hint)
        return None if ok else _wrong(where, hint, value)
    return None


def _wrong(where: str, hint: type, value: Any) -> str:
    return f"{where} should be {hint.__name__}, got {type(value).__name__} {value!r}"


def _hints(cls: type) -> dict[str, Any]:
    module = sys.modules[cls.__module__]
    package = sys.modules[cls.__module__.rsplit(".", 1)[0]]
    return typing.get_type_hints(cls, globalns=vars(module), localns=vars(package))
