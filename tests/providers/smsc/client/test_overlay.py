"""The SMSC overlay on its own: credentials, their place in the request, the charset, the body check."""

from __future__ import annotations

import hashlib
import logging
from urllib.parse import parse_qsl

import httpx
import pytest

from sms_clients import MissingCredential, smsc
from sms_clients._http import RaiseForErrors

FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def signed(credentials: smsc.SmscCredentials, request: httpx.Request) -> httpx.Request:
    return next(credentials.auth_flow(request))


def test_credentials_go_into_the_query_string_of_a_get() -> None:
    request = signed(
        smsc.SmscCredentials(login="demo", password="pw"), httpx.Request("GET", "https://x/sys/balance.php?fmt=3")
    )
    assert dict(request.url.params) == {"fmt": "3", "login": "demo", "psw": "pw", "charset": "utf-8"}


def test_credentials_go_into_the_form_of_a_post() -> None:
    original = httpx.Request("POST", "https://x/sys/send.php", headers=FORM, content=b"phones=7999&mes=hi")
    request = signed(smsc.SmscCredentials(api_key="k3y"), original)
    assert dict(parse_qsl(request.content.decode())) == {
        "phones": "7999",
        "mes": "hi",
        "apikey": "k3y",
        "charset": "utf-8",
    }
    assert request.headers["content-length"] == str(len(request.content))
    assert "apikey" not in str(request.url)


def test_parameters_are_written_in_the_charset_the_request_names() -> None:
    original = httpx.Request("GET", "https://x/sys/send.php", params={"mes": "Привет", "charset": "koi8-r"})
    request = signed(smsc.SmscCredentials(api_key="k"), original)
    raw = request.url.query.decode()
    assert dict(parse_qsl(raw, encoding="koi8-r"))["mes"] == "Привет"
    assert "charset=koi8-r" in raw


def test_text_a_charset_cannot_carry_is_refused_before_sending() -> None:
    original = httpx.Request("GET", "https://x/sys/send.php", params={"mes": "🙂", "charset": "windows-1251"})
    with pytest.raises(ValueError, match="'mes' has characters windows-1251 cannot carry"):
        signed(smsc.SmscCredentials(api_key="k"), original)


def test_connect_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SMSC_API_KEY", raising=False)
    monkeypatch.setenv("SMSC_LOGIN", "env-login")
    monkeypatch.setenv("SMSC_PASSWORD", "env-password")
    monkeypatch.setenv("SMSC_BASE_URL", "http://127.0.0.1:9/smsc")
    client = smsc.connect()
    assert str(client.get_httpx_client().base_url) == "http://127.0.0.1:9/smsc/"
    request = client.get_httpx_client().build_request("GET", "/sys/balance.php")
    sent = next(client.get_httpx_client().auth.auth_flow(request))
    assert (sent.url.params["login"], sent.url.params["psw"]) == ("env-login", "env-password")
    monkeypatch.setenv("SMSC_API_KEY", "env-key")
    sent = next(smsc.connect().get_httpx_client().auth.auth_flow(request))
    assert sent.url.params["apikey"] == "env-key"
    assert "login" not in sent.url.params


def test_missing_credentials_name_the_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("SMSC_API_KEY", "SMSC_LOGIN", "SMSC_PASSWORD"):
        monkeypatch.delenv(variable, raising=False)
    with pytest.raises(MissingCredential, match="SMSC_API_KEY, or SMSC_LOGIN and SMSC_PASSWORD"):
        smsc.connect("http://127.0.0.1:9")
    with pytest.raises(MissingCredential, match="SMSC_PASSWORD"):
        smsc.connect("http://127.0.0.1:9", login="demo")


def test_the_default_base_url_is_the_live_api(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SMSC_BASE_URL", raising=False)
    assert str(smsc.connect(api_key="k").get_httpx_client().base_url) == "https://smsc.ru"


def test_secrets_never_show_in_repr() -> None:
    client = smsc.connect("http://127.0.0.1:9", login="demo", password="hunter2-secret")
    assert "hunter2-secret" not in repr(client.get_httpx_client().auth)
    assert "hunter2-secret" not in repr(smsc.SmscCredentials(api_key="hunter2-secret"))
    hashed = hashlib.md5(b"hunter2-secret", usedforsecurity=False).hexdigest()
    assert hashed in tuple(smsc.SmscCredentials(login="demo", password="hunter2-secret").secrets())


def test_httpx_logs_mask_psw_and_apikey(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="httpx")
    url = httpx.URL("https://x/sys/send.php?login=demo&psw=hunter2&apikey=k3y")
    logging.getLogger("httpx").info("HTTP Request: %s %s", "GET", url)
    assert "hunter2" not in caplog.text
    assert "k3y" not in caplog.text


def reply(body: bytes, request: httpx.Request, status: int = 200, charset: str = "utf-8") -> httpx.Response:
    return httpx.Response(
        status, content=body, headers={"content-type": f"text/plain; charset={charset}"}, request=request
    )


def checker() -> RaiseForErrors:
    return RaiseForErrors(
        smsc.SmscCredentials(api_key="k"), provider="smsc", parse_error=smsc.error_details, check_reply=smsc.check_reply
    )


def test_the_body_check_reads_the_fmt_the_request_asked_for() -> None:
    get = httpx.Request("GET", "https://x/sys/senders.php?fmt=1&get=1")
    with pytest.raises(smsc.SenderNotFound):
        checker().check(reply(b"0,-3", get))
    post = httpx.Request("POST", "https://x/sys/send.php", headers=FORM, content=b"fmt=2&phones=1")
    xml = "<result><error>нет денег</error><error_code>3</error_code><id>9</id></result>".encode("windows-1251")
    with pytest.raises(smsc.InsufficientFunds) as caught:
        checker().check(reply(xml, post, charset="windows-1251"))
    assert (caught.value.message, caught.value.message_id) == ("нет денег", 9)
    checker().check(reply(b"OK - 1 SMS, ID - 5", httpx.Request("GET", "https://x/sys/send.php")))  # a success


def test_an_http_error_keeps_its_status_class() -> None:
    from sms_clients import NotFound

    with pytest.raises(NotFound) as caught:
        checker().check(reply(b"Not Found", httpx.Request("GET", "https://x/sys/nope.php"), status=404))
    assert caught.value.message == "Not Found"
