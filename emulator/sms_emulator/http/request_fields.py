"""A request's query parameters and form fields, read together, before or after the handler runs.

Some APIs read every parameter, credentials included, from either the query
string or a form body (SMSC's legacy PHP scripts). The ``form_body``
middleware keeps a form body in the ASGI scope, so a security handler, an
error renderer or a handler can read it here without consuming the body.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl

from .middleware.form_body import FORM_BODY


def request_fields(scope: Mapping[str, Any], encoding: str = "utf-8", *, strict: bool = False) -> dict[str, str]:
    """The query parameters and buffered form fields of a request (a form field wins over a query parameter).

    Percent-escapes are decoded with ``encoding``; bytes it cannot decode become U+FFFD, or raise
    ``UnicodeDecodeError`` when ``strict`` (a handler refusing text it cannot read).
    """
    errors = "strict" if strict else "replace"
    fields = _parse(bytes(scope.get("query_string", b"")), encoding, errors)
    body = scope.get(FORM_BODY)
    if isinstance(body, bytes) and body:
        fields.update(_parse(body, encoding, errors))
    return fields


def _parse(raw: bytes, encoding: str, errors: str) -> dict[str, str]:
    # Bytes a client did not percent-escape are read like escaped ones (as PHP does), in ``encoding``.
    escaped = _UNESCAPED.sub(lambda byte: b"%%%02X" % byte[0][0], raw).decode("ascii")
    return dict(parse_qsl(escaped, keep_blank_values=True, encoding=encoding, errors=errors))


_UNESCAPED = re.compile(rb"[\x80-\xff]")
