"""A request's query and form fields read together (``http/request_fields.py``), in the request's charset."""

from __future__ import annotations

import pytest

from sms_emulator.http.middleware.form_body import FORM_BODY
from sms_emulator.http.request_fields import request_fields


def test_query_and_form_fields_come_together_and_the_form_wins() -> None:
    scope = {"query_string": b"login=q&fmt=3", FORM_BODY: b"login=f&psw=x"}
    assert request_fields(scope) == {"login": "f", "fmt": "3", "psw": "x"}


def test_blank_values_are_kept() -> None:
    assert request_fields({"query_string": b"sender=&id"}) == {"sender": "", "id": ""}


def test_escaped_and_unescaped_bytes_read_in_the_charset_asked_for() -> None:
    cp1251 = "привет".encode("cp1251")
    escaped = "".join(f"%{byte:02X}" for byte in cp1251).encode()
    assert request_fields({"query_string": b"mes=" + escaped}, "cp1251") == {"mes": "привет"}
    assert request_fields({"query_string": b"mes=" + cp1251}, "cp1251") == {"mes": "привет"}


def test_bytes_the_charset_cannot_read_are_replaced_or_refused_when_strict() -> None:
    assert request_fields({"query_string": b"mes=%FF"}) == {"mes": "\ufffd"}
    with pytest.raises(UnicodeDecodeError):
        request_fields({"query_string": b"mes=%FF"}, strict=True)
