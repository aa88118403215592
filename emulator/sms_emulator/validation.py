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
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
from typing import Any

from connexion.datastructures import MediaTypeDict
from connexion.exceptions import BadRequestProblem
from connexion.validators import VALIDATOR_MAP as CONNEXION_VALIDATORS
from connexion.validators.json import JSONRequestBodyValidator
from connexion.validators.parameter import ParameterValidator
from jsonschema import ValidationError  # type: ignore[import-untyped]  # no stubs installed
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


class NamingParameterValidator(ParameterValidator):  # type: ignore[misc]  # connexion ships no type hints
    @staticmethod
    def validate_parameter(
        parameter_type: str, value: Any, param: dict[str, Any], param_name: str | None = None
    ) -> str | None:
        error = ParameterValidator.validate_parameter(parameter_type, value, param, param_name)
        if error is None:
            return None
        first_line = str(error).strip().splitlines()[0]
        name = param.get("name", param_name)
        if f"'{name}'" in first_line:
            return first_line
        return f"{parameter_type} parameter '{name}': {first_line}"


class Utf8JsonBodyValidator(JSONRequestBodyValidator):  # type: ignore[misc]
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


VALIDATOR_MAP: dict[str, Any] = {
    **CONNEXION_VALIDATORS,
    "parameter": NamingParameterValidator,
    "body": MediaTypeDict({**CONNEXION_VALIDATORS["body"], "*/*json": Utf8JsonBodyValidator}),
}
