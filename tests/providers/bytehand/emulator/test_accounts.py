"""Accounts, credentials and OAuth: sign-up, sign-in, password reset, access keys and their rights, tokens."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from bytehand_client import Client
from bytehand_client.api.o_auth import (
    authorize_with_inner_o_auth,
    bind_with_external_o_auth,
    exchange_innner_o_auth_code,
    get_external_o_auth_providers,
    login_with_external_o_auth,
    register_with_external_o_auth,
    revoke_innner_o_auth_token,
)
from bytehand_client.api.sms_messages import query_sms_count
from bytehand_client.api.users import (
    create_current_user_credential,
    delete_current_user_account,
    delete_current_user_credential,
    get_current_user,
    get_current_user_accounts,
    get_current_user_contract,
    get_current_user_credential_by_id,
    get_current_user_credential_geo,
    get_current_user_credentials,
    get_current_user_statistics,
    get_current_user_this_credential,
    get_users_time_zone_by_id,
    get_users_time_zones,
    initiate_current_user_contract,
    login_user,
    register_user,
    reset_current_user_api_key_v1,
    reset_user_password,
    reset_user_password_complete,
    update_current_user,
    update_current_user_contract,
    update_current_user_email,
    update_current_user_password,
)
from bytehand_client.models import (
    AuthorizeWithInnerOAuthResponseType,
    ContractInput,
    ContractPatch,
    ContractState,
    Credential,
    CredentialInput,
    CredentialType,
    EmailChange,
    ExternalOAuthCode,
    ExternalOAuthRegistration,
    Login,
    OAuthToken,
    OAuthTokenRequest,
    OAuthTokenRequestGrantType,
    PasswordChange,
    PasswordResetComplete,
    PasswordResetStart,
    Right,
    Session,
    User,
    UserPatch,
    UserRegistration,
)

from sms_clients import AuthenticationFailed, Conflict, InvalidRequest, NotFound, PermissionDenied, bytehand

from ..conftest import DEMO_EMAIL, DEMO_PASSWORD

REDIRECT = "http://127.0.0.1:8000/oauth/callback"


def public(base_url: str) -> Client:
    """A client for the methods that need no credentials (any key will do; none is checked)."""
    return bytehand.connect(base_url, api_key="unused")


def session_client(base_url: str, session: Session) -> Client:
    assert isinstance(session.credential.key, str)
    return bytehand.connect(base_url, api_key=session.credential.key)


def test_a_new_account_signs_up_signs_in_and_gets_a_session_key(base_url: str) -> None:
    registration = UserRegistration(email="new@example.com", password="correct-horse", name="New", time_zone_id=3)
    session = register_user.sync(client=public(base_url), body=registration)
    assert isinstance(session, Session)
    assert (session.user.email, session.user.balance, session.user.time_zone_id) == ("new@example.com", 0.0, 3)
    assert session.credential.type_ == CredentialType.SESSION
    me = get_current_user.sync(client=session_client(base_url, session))
    assert isinstance(me, User)
    assert me.id == session.user.id

    again = login_user.sync(client=public(base_url), body=Login(login="NEW@example.com", password="correct-horse"))
    assert isinstance(again, Session)
    assert again.credential.key != session.credential.key
    with pytest.raises(AuthenticationFailed, match="wrong login or password"):
        login_user.sync(client=public(base_url), body=Login(login="new@example.com", password="wrong"))
    with pytest.raises(Conflict):
        register_user.sync(client=public(base_url), body=registration)


def test_a_short_password_is_invalid(base_url: str) -> None:
    with pytest.raises(InvalidRequest, match="fewer than the 8 required"):
        register_user.sync(client=public(base_url), body=UserRegistration(email="x@example.com", password="short"))


def test_a_forgotten_password_is_reset_with_the_mailed_token(base_url: str, control: httpx.Client) -> None:
    assert (
        reset_user_password.sync_detailed(
            client=public(base_url), body=PasswordResetStart(email=DEMO_EMAIL)
        ).status_code
        == 202
    )
    assert (
        reset_user_password.sync_detailed(
            client=public(base_url), body=PasswordResetStart(email="nobody@x.org")
        ).status_code
        == 202
    )
    mail = [item for item in control.get("/bytehand/mail").json() if item["to"] == DEMO_EMAIL]
    token = mail[-1]["token"]
    done = reset_user_password_complete.sync_detailed(
        client=public(base_url), body=PasswordResetComplete(token=token, password="brand-new-password")
    )
    assert done.status_code == 204
    assert isinstance(login_user.sync(client=public(base_url), body=Login(DEMO_EMAIL, "brand-new-password")), Session)
    with pytest.raises(PermissionDenied, match="token: unknown, used or expired"):
        reset_user_password_complete.sync(
            client=public(base_url), body=PasswordResetComplete(token=token, password="another-password")
        )


def test_the_password_changes_only_with_the_current_one(client: Client, base_url: str) -> None:
    with pytest.raises(PermissionDenied, match="current password is wrong"):
        update_current_user_password.sync(client=client, body=PasswordChange("nope", "new-password-1"))
    changed = update_current_user_password.sync_detailed(
        client=client, body=PasswordChange(DEMO_PASSWORD, "new-password-1")
    )
    assert changed.status_code == 204
    assert isinstance(login_user.sync(client=public(base_url), body=Login(DEMO_EMAIL, "new-password-1")), Session)


def test_the_profile_and_the_email_address_change(client: Client, control: httpx.Client) -> None:
    user = update_current_user.sync(client=client, body=UserPatch(name="Renamed", phone="79001234567", time_zone_id=12))
    assert isinstance(user, User)
    assert (user.name, user.phone, user.time_zone_id) == ("Renamed", "+79001234567", 12)
    with pytest.raises(NotFound, match="time_zone_id: no time zone 99"):
        update_current_user.sync(client=client, body=UserPatch(time_zone_id=99))
    pending = update_current_user_email.sync_detailed(client=client, body=EmailChange(email="renamed@example.com"))
    assert pending.status_code == 202
    assert (pending.parsed.email, pending.parsed.pending_email) == (DEMO_EMAIL, "renamed@example.com")
    assert control.get("/bytehand/mail").json()[-1]["to"] == "renamed@example.com"
    with pytest.raises(Conflict):
        update_current_user_email.sync(client=client, body=EmailChange(email="other@bytehand.test"))


def test_time_zones_need_no_credentials(base_url: str) -> None:
    zones = get_users_time_zones.sync(client=public(base_url))
    assert zones[1].name == "Europe/Moscow"
    assert get_users_time_zone_by_id.sync(client=public(base_url), time_zone_id=2).utc_offset == "+03:00"


def test_a_new_key_has_the_rights_given_and_no_more(client: Client, base_url: str) -> None:
    created = create_current_user_credential.sync(
        client=client, body=CredentialInput(name="CRM", rights=[Right.SMS_VIEW, Right.CREDENTIALS_MANAGE])
    )
    assert isinstance(created, Credential)
    assert isinstance(created.key, str)
    crm = bytehand.connect(base_url, api_key=created.key)
    assert bytehand.count(query_sms_count.sync_detailed, client=crm) >= 0
    with pytest.raises(PermissionDenied, match="lacks the access right profile_view that getCurrentUser needs"):
        get_current_user.sync(client=crm)
    this = get_current_user_this_credential.sync(client=crm)
    assert (this.id, this.name, this.rights) == (created.id, "CRM", [Right.CREDENTIALS_MANAGE, Right.SMS_VIEW])
    assert not isinstance(this.key, str)  # the secret is shown only when the key is made
    with pytest.raises(PermissionDenied, match="cannot grant rights it does not hold"):
        create_current_user_credential.sync(client=crm, body=CredentialInput(name="more", rights=[Right.SMS_SEND]))
    with pytest.raises(Conflict, match="cannot delete itself"):
        delete_current_user_credential.sync(client=crm, credential_id=created.id)
    geo = get_current_user_credential_geo.sync(client=client, credential_id=created.id)
    assert (geo.credential_id, geo.ip) == (created.id, "127.0.0.1")
    listed = get_current_user_credentials.sync(client=client)
    assert created.id in [credential.id for credential in listed]
    assert not any(isinstance(credential.key, str) for credential in listed)
    assert delete_current_user_credential.sync_detailed(client=client, credential_id=created.id).status_code == 204
    with pytest.raises(AuthenticationFailed):
        get_current_user_this_credential.sync(client=crm)
    with pytest.raises(NotFound):
        get_current_user_credential_by_id.sync(client=client, credential_id=created.id)


def test_the_v1_key_is_regenerated(client: Client) -> None:
    first = reset_current_user_api_key_v1.sync(client=client)
    second = reset_current_user_api_key_v1.sync(client=client)
    assert first.id == second.id == 1
    assert first.key != second.key


def test_oauth_authorize_exchange_use_and_revoke(client: Client, base_url: str) -> None:
    authorized = authorize_with_inner_o_auth.sync_detailed(
        client=client,
        response_type=AuthorizeWithInnerOAuthResponseType.CODE,
        client_id="bytehand-demo-app",
        redirect_uri=REDIRECT,
        scope="sms_view sms_send",
        state="xyz",
    )
    assert authorized.status_code == 302
    location = urlsplit(authorized.headers["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == REDIRECT
    query = parse_qs(location.query)
    assert query["state"] == ["xyz"]
    request = OAuthTokenRequest(
        grant_type=OAuthTokenRequestGrantType.AUTHORIZATION_CODE,
        code=query["code"][0],
        client_id="bytehand-demo-app",
        client_secret="bytehand-demo-app-secret",
        redirect_uri=REDIRECT,
    )
    token = exchange_innner_o_auth_code.sync(client=public(base_url), body=request)
    assert isinstance(token, OAuthToken)
    assert (token.token_type, token.scope, token.expires_in) == ("bearer", "sms_view sms_send", 86400)

    with pytest.raises(InvalidRequest) as reused:
        exchange_innner_o_auth_code.sync(client=public(base_url), body=request)
    assert reused.value.code == "invalid_grant"

    app = bytehand.connect(base_url, access_token=token.access_token)
    this = get_current_user_this_credential.sync(client=app)
    assert (this.type_, this.application_id) == (CredentialType.OAUTH, 1)
    with pytest.raises(PermissionDenied):
        get_current_user.sync(client=app)  # profile_view was not granted
    assert revoke_innner_o_auth_token.sync_detailed(client=app).status_code == 204
    with pytest.raises(AuthenticationFailed):
        get_current_user_this_credential.sync(client=app)


def test_a_wrong_client_secret_is_invalid_client(base_url: str) -> None:
    request = OAuthTokenRequest(
        grant_type=OAuthTokenRequestGrantType.AUTHORIZATION_CODE,
        code="x",
        client_id="bytehand-demo-app",
        client_secret="wrong",
        redirect_uri=REDIRECT,
    )
    with pytest.raises(AuthenticationFailed) as caught:
        exchange_innner_o_auth_code.sync(client=public(base_url), body=request)
    assert caught.value.code == "invalid_client"
    assert caught.value.response is not None
    assert set(caught.value.response.json()) == {"error", "error_description"}


def test_an_unregistered_redirect_is_refused(client: Client) -> None:
    with pytest.raises(PermissionDenied, match="not registered"):
        authorize_with_inner_o_auth.sync(
            client=client,
            response_type=AuthorizeWithInnerOAuthResponseType.CODE,
            client_id="bytehand-demo-app",
            redirect_uri="https://evil.example.com/",
        )


def test_external_accounts_sign_up_sign_in_and_bind(client: Client, base_url: str) -> None:
    providers = get_external_o_auth_providers.sync(client=public(base_url))
    assert {provider.id for provider in providers} >= {"google", "yandex"}
    session = register_with_external_o_auth.sync(
        client=public(base_url),
        provider_id="yandex",
        body=ExternalOAuthRegistration(code="ya-42", email="y@example.com"),
    )
    assert isinstance(session, Session)
    again = login_with_external_o_auth.sync(
        client=public(base_url), provider_id="yandex", body=ExternalOAuthCode(code="ya-42")
    )
    assert again.user.id == session.user.id
    with pytest.raises(NotFound):
        login_with_external_o_auth.sync(
            client=public(base_url), provider_id="yandex", body=ExternalOAuthCode(code="ya-0")
        )
    with pytest.raises(Conflict):
        bind_with_external_o_auth.sync(client=client, provider_id="yandex", body=ExternalOAuthCode(code="ya-42"))
    bound = bind_with_external_o_auth.sync(client=client, provider_id="vk", body=ExternalOAuthCode(code="vk-7"))
    assert (bound.provider_id, bound.external_id) == ("vk", "vk-7")
    assert {account.provider_id for account in get_current_user_accounts.sync(client=client)} == {"google", "vk"}
    assert delete_current_user_account.sync_detailed(client=client, user_account_id=bound.id).status_code == 204
    assert [account.provider_id for account in get_current_user_accounts.sync(client=client)] == ["google"]


def test_a_contract_is_pending_for_a_day_then_signed(client: Client, control: httpx.Client) -> None:
    with pytest.raises(NotFound):
        get_current_user_contract.sync(client=client)
    contract = initiate_current_user_contract.sync(
        client=client, body=ContractInput(legal_entity_id=1, company_name="Romashka LLC", inn="7701234567")
    )
    assert contract.state == ContractState.PENDING
    with pytest.raises(Conflict):
        initiate_current_user_contract.sync(
            client=client, body=ContractInput(legal_entity_id=1, company_name="Again", inn="7701234567")
        )
    edited = update_current_user_contract.sync(client=client, body=ContractPatch(contact_person="Ivan"))
    assert (edited.contact_person, edited.company_name) == ("Ivan", "Romashka LLC")
    control.post("/clock", json={"advanceSeconds": 86400}).raise_for_status()
    assert get_current_user_contract.sync(client=client).state == ContractState.SIGNED


def test_statistics_cover_90_days_and_count_todays_messages(client: Client, base_url: str) -> None:
    httpx.post(
        f"{base_url}/sms/messages",
        headers={"X-Service-Key": "bytehand-demo-key"},
        json=[{"receiver": "+79161234567", "text": "a"}, {"receiver": "+79161234567", "text": "b"}],
    ).raise_for_status()
    days = get_current_user_statistics.sync(client=client)
    assert len(days) == 90
    assert days == sorted(days, key=lambda day: day.date)
    assert (days[-1].messages, days[-1].parts, days[-1].cost) == (2, 2, 4.9)


def test_a_message_counts_on_its_day_until_it_leaves_the_90_day_window(
    client: Client, base_url: str, control: httpx.Client
) -> None:
    def send() -> None:
        httpx.post(
            f"{base_url}/sms/messages",
            headers={"X-Service-Key": "bytehand-demo-key"},
            json={"receiver": "+79161234567", "text": "counted"},
        ).raise_for_status()

    def counted() -> list[int]:
        days = get_current_user_statistics.sync(client=client)
        assert isinstance(days, list)
        return [day.messages for day in days]

    before = counted()
    send()
    control.post("/clock", json={"advanceSeconds": 89 * 86400}).raise_for_status()
    send()
    send()
    now = counted()
    assert (now[0] - before[-1], now[-1]) == (1, 2)  # sent 89 days ago: the window's first day
    control.post("/clock", json={"advanceSeconds": 86400}).raise_for_status()
    later = counted()
    assert (sum(later), later[-2]) == (2, 2)  # a day later the first one has left the window
