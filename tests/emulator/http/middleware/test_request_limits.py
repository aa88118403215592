"""The size limits middleware (``http/middleware/request_limits.py``) on its own: what it refuses, and how.

It raises (the error handling around it renders the provider's shape): 413 for a body over the limit,
declared or streamed, 415 for a body without a type, 400 for too many or too long fields.
"""

from __future__ import annotations

import pytest
from connexion.exceptions import BadRequestProblem
from starlette.exceptions import HTTPException

from sms_emulator.http.middleware.form_body import FORM_BODY, FORM_TOO_LARGE
from sms_emulator.http.middleware.request_limits import RequestLimits
from sms_emulator.http.size_limits import MAX_BODY_BYTES, MAX_FIELD_CHARS, MAX_FIELDS

from ._asgi import Downstream, call, http_scope

JSON = {"content-type": "application/json"}


def test_a_request_within_the_limits_passes_with_its_body() -> None:
    app = Downstream()
    headers = {**JSON, "content-length": "8"}
    assert call(RequestLimits(app), http_scope("/", "POST", query=b"a=1", headers=headers), b'{"a": 1}').status == 200
    assert app.bodies == [b'{"a": 1}']


@pytest.mark.parametrize(
    "scope",
    [
        http_scope("/", "POST", headers={**JSON, "content-length": str(MAX_BODY_BYTES + 1)}),
        {
            **http_scope("/", "POST", headers={"content-type": "application/x-www-form-urlencoded"}),
            FORM_TOO_LARGE: True,
        },
    ],
    ids=["declared", "a form too large to buffer"],
)
def test_a_body_over_the_limit_is_a_413_before_anything_reads_it(scope: dict[str, object]) -> None:
    app = Downstream()
    with pytest.raises(HTTPException) as refused:
        call(RequestLimits(app), scope)
    assert refused.value.status_code == 413
    assert app.calls == []


def test_a_streamed_body_is_counted_as_it_arrives() -> None:
    chunk = b"x" * (MAX_BODY_BYTES // 2 + 1)
    with pytest.raises(HTTPException) as refused:
        call(
            RequestLimits(Downstream()),
            http_scope("/", "POST", headers={**JSON, "transfer-encoding": "chunked"}),
            [chunk, chunk],
        )
    assert refused.value.status_code == 413


def test_a_body_without_a_content_type_is_a_415() -> None:
    with pytest.raises(HTTPException) as refused:
        call(RequestLimits(Downstream()), http_scope("/", "POST", headers={"content-length": "2"}), b"{}")
    assert refused.value.status_code == 415


def test_too_many_fields_or_a_field_too_long_is_a_400_naming_it() -> None:
    too_many = b"&".join(b"f%d=1" % index for index in range(MAX_FIELDS + 1))
    with pytest.raises(BadRequestProblem, match=f"{MAX_FIELDS + 1} parameters"):
        call(RequestLimits(Downstream()), http_scope("/", query=too_many))
    long_form = {**http_scope("/", "POST"), FORM_BODY: b"mes=" + b"a" * (MAX_FIELD_CHARS + 1)}
    with pytest.raises(BadRequestProblem, match="parameter 'mes' is"):
        call(RequestLimits(Downstream()), long_form)
