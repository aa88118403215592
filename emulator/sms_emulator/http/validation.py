"""Connexion's request validators, with errors that name the field and never crash.

Three gaps in connexion 3.3 are closed here: its parameter validator reports a
schema failure without saying which parameter failed (tyntec's problems name
the field, and so should every emulated provider); its JSON body validator
raises an unhandled ``UnicodeDecodeError`` (a 500) for a body that is not
UTF-8, which must be a 400 like any other unreadable body; and it reports the
first schema failure it meets, which for a ``oneOf`` body (one object or an
array of them) only says that none matched, where jsonschema's ``best_match``
names the field at fault; a broken size limit (``maxItems``, ``maxLength``,
...) is stated rather than echoing the whole value (a 101-message send came
back as a 10 kB error).

And one cost is cut: connexion compiles a jsonschema validator (after a deep
copy of the schema) for every parameter and every body of every request.
``compiled`` keeps one per schema object of the loaded spec, which stays the
same for the app's life.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Callable
from typing import Any

from connexion.datastructures import MediaTypeDict
from connexion.exceptions import BadRequestProblem
from connexion.json_schema import Draft4RequestValidator
from connexion.utils import is_null, is_nullable
from connexion.validators import VALIDATOR_MAP as CONNEXION_VALIDATORS
from connexion.validators.form_data import FormDataValidator, MultiPartFormDataValidator
from connexion.validators.json import JSONRequestBodyValidator
from connexion.validators.parameter import ParameterValidator
from jsonschema import Draft4Validator, ValidationError  # type: ignore[import-untyped]  # no stubs installed
from jsonschema.exceptions import best_match  # type: ignore[import-untyped]

from .size_limits import parse_json

_SIZE_LIMITS = {
    "maxItems": "has {size} items, more than the {limit} allowed",
    "minItems": "has {size} items, fewer than the {limit} required",
    "maxLength": "is {size} characters long, more than the {limit} allowed",
    "minLength": "is {size} characters long, fewer than the {limit} required",
    "maxProperties": "has {size} properties, more than the {limit} allowed",
    "minProperties": "has {size} properties, fewer than the {limit} required",
}


_COMPILED: dict[tuple[int, str], tuple[object, Any]] = {}
_COMPILED_LIMIT = 20_000  # several apps per process (tests) each load their own specs


def compiled(schema: dict[str, Any], kind: str, build: Callable[[dict[str, Any]], Any]) -> Any:
    """The validator ``build`` makes for ``schema``, made once per schema object (kept alive with it)."""
    key = (id(schema), kind)
    found = _COMPILED.get(key)
    if found is None or found[0] is not schema:
        if len(_COMPILED) >= _COMPILED_LIMIT:
            _COMPILED.clear()
        found = _COMPILED[key] = (schema, build(schema))
    return found[1]


def _parameter_validator(param: dict[str, Any]) -> Any:
    return Draft4Validator(param.get("schema", param), format_checker=Draft4Validator.FORMAT_CHECKER)


def _body_validator(schema: dict[str, Any]) -> Any:
    return Draft4RequestValidator(schema, format_checker=Draft4Validator.FORMAT_CHECKER)


class NamingParameterValidator(ParameterValidator):  # type: ignore[misc]  # connexion ships no type hints
    @staticmethod
    def validate_parameter(
        parameter_type: str, value: Any, param: dict[str, Any], param_name: str | None = None
    ) -> str | None:
        """connexion's check of one parameter, with a validator compiled once and an error naming the parameter."""
        if is_nullable(param) and is_null(value):
            return None
        if value is None:
            return f"Missing {parameter_type} parameter '{param['name']}'" if param.get("required") else None
        try:
            compiled(param, "parameter", _parameter_validator).validate(value)
        except ValidationError as exc:
            first_line = str(exc).strip().splitlines()[0]
        else:
            return None
        name = param.get("name", param_name)
        if f"'{name}'" in first_line:
            return first_line
        return f"{parameter_type} parameter '{name}': {first_line}"


class Utf8JsonBodyValidator(JSONRequestBodyValidator):  # type: ignore[misc]
    @property
    def _validator(self) -> Any:
        return compiled(self._schema, "body", _body_validator)

    async def _parse(self, stream: AsyncGenerator[bytes, None], scope: Any) -> Any:
        raw = b"".join([chunk async for chunk in stream])
        try:
            text = raw.decode(self._encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            reason = exc.reason if isinstance(exc, UnicodeDecodeError) else "unknown charset"
            raise BadRequestProblem(detail=f"the body is not valid {self._encoding} ({reason})") from None
        return parse_json(text) if text else None

    def _validate(self, body: Any) -> None:
        if not self._nullable and body is None:
            raise BadRequestProblem("Request body must not be empty")
        error = best_match(self._validator.iter_errors(body))
        if error is not None:
            raise BadRequestProblem(detail=f"{_message(error)}{_where(error)}")


def _where(error: ValidationError) -> str:
    """`` - 'a.0.b'``: where in the body the error is, as connexion writes it.

    The whole path from the body's root: ``best_match`` may pick an error from
    inside a ``oneOf``, whose own ``path`` starts at that ``oneOf``.
    """
    path = ".".join(str(item) for item in error.absolute_path)
    return f" - '{path}'" if path else ""


def _message(error: ValidationError) -> str:
    """jsonschema's message, except that a broken size limit is stated instead of echoing the whole value."""
    template = _SIZE_LIMITS.get(str(error.validator))
    if template is None:
        return str(error.message)
    return template.format(size=len(error.instance), limit=error.validator_value)


class CompiledFormValidator(FormDataValidator):  # type: ignore[misc]
    @property
    def _validator(self) -> Any:
        return compiled(self._schema, "body", _body_validator)


class CompiledMultipartValidator(MultiPartFormDataValidator):  # type: ignore[misc]
    @property
    def _validator(self) -> Any:
        return compiled(self._schema, "body", _body_validator)


VALIDATOR_MAP: dict[str, Any] = {
    **CONNEXION_VALIDATORS,
    "parameter": NamingParameterValidator,
    "body": MediaTypeDict(
        {
            **CONNEXION_VALIDATORS["body"],
            "*/*json": Utf8JsonBodyValidator,
            "application/x-www-form-urlencoded": CompiledFormValidator,
            "multipart/form-data": CompiledMultipartValidator,
        }
    ),
}
