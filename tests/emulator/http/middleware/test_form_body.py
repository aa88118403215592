"""The form body buffer (``http/middleware/form_body.py``) on its own: kept in the scope, replayed, bounded."""

from __future__ import annotations

from sms_emulator.http.middleware.form_body import FORM_BODY, FORM_TOO_LARGE, FormBodyBuffer

from ._asgi import Downstream, call, http_scope

FORM = {"content-type": "application/x-www-form-urlencoded"}


def test_a_form_body_is_kept_in_the_scope_and_replayed_whole() -> None:
    app = Downstream()
    scope = http_scope("/smsc/sys/send.php", "POST", headers=FORM)
    reply = call(FormBodyBuffer(app, max_bytes=100), scope, [b"login=demo&", b"psw=x"])
    assert reply.status == 200
    assert app.bodies == [b"login=demo&psw=x"]
    assert app.calls[0][FORM_BODY] == b"login=demo&psw=x"


def test_a_form_type_with_parameters_is_still_a_form() -> None:
    app = Downstream()
    scope = http_scope("/", "POST", headers={"Content-Type": "Application/X-WWW-Form-Urlencoded; charset=utf-8"})
    call(FormBodyBuffer(app, max_bytes=100), scope, b"a=1")
    assert app.calls[0][FORM_BODY] == b"a=1"


def test_any_other_body_passes_untouched_and_unbuffered() -> None:
    app = Downstream()
    scope = http_scope("/tyntec/messaging/v1/sms", "POST", headers={"content-type": "application/json"})
    call(FormBodyBuffer(app, max_bytes=3), scope, b'{"a": 1}')
    assert app.bodies == [b'{"a": 1}']  # larger than max_bytes: only forms are buffered and bounded here
    assert FORM_BODY not in app.calls[0]


def test_a_form_over_the_limit_is_marked_and_left_to_the_size_limits() -> None:
    app = Downstream()
    scope = http_scope("/smsc/sys/send.php", "POST", headers=FORM)
    call(FormBodyBuffer(app, max_bytes=4), scope, [b"abc", b"def", b"ghi"])
    (seen,) = app.calls
    assert seen[FORM_TOO_LARGE] is True
    assert FORM_BODY not in seen
