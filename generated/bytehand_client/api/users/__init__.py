"""users: the resource ``client.users``, and one module per operation."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, cast, overload

import httpx

from ... import types as _types
from ...models.api_key_v1 import ApiKeyV1
from ...models.billing_plan import BillingPlan
from ...models.contract import Contract
from ...models.contract_input import ContractInput
from ...models.contract_patch import ContractPatch
from ...models.credential import Credential
from ...models.credential_geo import CredentialGeo
from ...models.credential_input import CredentialInput
from ...models.daily_statistics import DailyStatistics
from ...models.email_change import EmailChange
from ...models.error import Error
from ...models.login import Login
from ...models.o_auth_account import OAuthAccount
from ...models.password_change import PasswordChange
from ...models.password_reset_complete import PasswordResetComplete
from ...models.password_reset_start import PasswordResetStart
from ...models.right import Right
from ...models.routing import Routing
from ...models.routing_mode import RoutingMode
from ...models.session import Session
from ...models.smpp_credentials import SmppCredentials
from ...models.time_zone import TimeZone
from ...models.user import User
from ...models.user_patch import UserPatch
from ...models.user_registration import UserRegistration
from ...types import NOT_GIVEN, UNSET, AsyncPage, RawResponse, SyncPage, Unset
from . import create_current_user_credential as _create_current_user_credential
from . import delete_current_user_account as _delete_current_user_account
from . import delete_current_user_credential as _delete_current_user_credential
from . import get_current_user as _get_current_user
from . import get_current_user_accounts as _get_current_user_accounts
from . import get_current_user_billing_plan as _get_current_user_billing_plan
from . import get_current_user_contract as _get_current_user_contract
from . import get_current_user_credential_by_id as _get_current_user_credential_by_id
from . import get_current_user_credential_geo as _get_current_user_credential_geo
from . import get_current_user_credentials as _get_current_user_credentials
from . import get_current_user_statistics as _get_current_user_statistics
from . import get_current_user_this_credential as _get_current_user_this_credential
from . import get_users_time_zone_by_id as _get_users_time_zone_by_id
from . import get_users_time_zones as _get_users_time_zones
from . import initiate_current_user_contract as _initiate_current_user_contract
from . import login_user as _login_user
from . import register_user as _register_user
from . import reset_current_user_api_key_v1 as _reset_current_user_api_key_v1
from . import reset_current_user_smpp_password as _reset_current_user_smpp_password
from . import reset_user_password as _reset_user_password
from . import reset_user_password_complete as _reset_user_password_complete
from . import set_current_user_routing as _set_current_user_routing
from . import update_current_user as _update_current_user
from . import update_current_user_contract as _update_current_user_contract
from . import update_current_user_email as _update_current_user_email
from . import update_current_user_password as _update_current_user_password

if TYPE_CHECKING:
    from ...client import Client


class UsersResource:
    """``client.users``: every operation of the tag as a method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> UsersResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return UsersResourceWithRawResponse(self._client)

    @overload
    def login_user(
        self,
        *,
        body: Login,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Session: ...

    @overload
    def login_user(
        self,
        *,
        login: str,
        password: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Session: ...

    def login_user(
        self,
        *,
        body: Login | None = None,
        login: str = NOT_GIVEN,
        password: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Session:
        """Authorizes a user with a login and password.

        Answers a new session key (a credential with every right, valid for 30 days).
        """

        if body is None:
            body = Login(
                login=login,
                password=password,
            )

        response = self._client._send(
            _login_user._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _login_user._result(self._client, response)

    @overload
    def register_user(
        self,
        *,
        body: UserRegistration,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Session: ...

    @overload
    def register_user(
        self,
        *,
        email: str,
        password: str,
        name: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        time_zone_id: int | None = NOT_GIVEN,
        referrer_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Session: ...

    def register_user(
        self,
        *,
        body: UserRegistration | None = None,
        email: str = NOT_GIVEN,
        password: str = NOT_GIVEN,
        name: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        time_zone_id: int | None = NOT_GIVEN,
        referrer_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Session:
        """Creates a new BYTEHAND account.

        Creates an account and answers it with a session key, so the new user
        can go on at once. A `referrer_id` makes the account a referral of
        that user (see `queryReferrals`).
        """

        if body is None:
            body = UserRegistration(
                email=email,
                password=password,
                name=name,
                phone=phone,
                time_zone_id=time_zone_id,
                referrer_id=referrer_id,
            )

        response = self._client._send(
            _register_user._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _register_user._result(self._client, response)

    @overload
    def reset_user_password(
        self,
        *,
        body: PasswordResetStart,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None: ...

    @overload
    def reset_user_password(
        self,
        *,
        email: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None: ...

    def reset_user_password(
        self,
        *,
        body: PasswordResetStart | None = None,
        email: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Starts the user password reset procedure.

        E-mails a reset token to the address, valid for one hour. The answer
        is the same whether or not an account has that address, so it cannot
        be used to find accounts.
        """

        if body is None:
            body = PasswordResetStart(
                email=email,
            )

        response = self._client._send(
            _reset_user_password._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _reset_user_password._result(self._client, response)

    @overload
    def reset_user_password_complete(
        self,
        *,
        body: PasswordResetComplete,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None: ...

    @overload
    def reset_user_password_complete(
        self,
        *,
        token: str,
        password: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None: ...

    def reset_user_password_complete(
        self,
        *,
        body: PasswordResetComplete | None = None,
        token: str = NOT_GIVEN,
        password: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Completes the user password reset procedure.

        Sets a new password with the e-mailed token; the token works once.
        """

        if body is None:
            body = PasswordResetComplete(
                token=token,
                password=password,
            )

        response = self._client._send(
            _reset_user_password_complete._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _reset_user_password_complete._result(self._client, response)

    def get_users_time_zones(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPage[TimeZone]:
        """Returns a list of all time zones used in BYTEHAND.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _get_users_time_zones._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = fetch(number)
        return SyncPage[TimeZone](
            response,
            partial(_get_users_time_zones._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    def get_users_time_zone_by_id(
        self,
        time_zone_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TimeZone:
        """Returns the time zone with the given ID."""

        response = self._client._send(
            _get_users_time_zone_by_id._get_kwargs(
                time_zone_id=time_zone_id,
            ),
            extra_headers,
        )
        return _get_users_time_zone_by_id._result(self._client, response)

    def get_current_user(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User:
        """Returns information about the user."""

        response = self._client._send(_get_current_user._get_kwargs(), extra_headers)
        return _get_current_user._result(self._client, response)

    @overload
    def update_current_user(
        self,
        *,
        body: UserPatch,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User: ...

    @overload
    def update_current_user(
        self,
        *,
        name: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        time_zone_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User: ...

    def update_current_user(
        self,
        *,
        body: UserPatch | None = None,
        name: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        time_zone_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User:
        """Updates user information.

        Changes the fields given; the e-mail address, password and routing have methods of their own.
        """

        if body is None:
            body = UserPatch(
                name=name,
                phone=phone,
                time_zone_id=time_zone_id,
            )

        response = self._client._send(
            _update_current_user._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _update_current_user._result(self._client, response)

    def get_current_user_billing_plan(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BillingPlan:
        """Returns information about the user's billing plan."""

        response = self._client._send(
            _get_current_user_billing_plan._get_kwargs(), extra_headers
        )
        return _get_current_user_billing_plan._result(self._client, response)

    def get_current_user_contract(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Contract:
        """Returns information about the contract."""

        response = self._client._send(
            _get_current_user_contract._get_kwargs(), extra_headers
        )
        return _get_current_user_contract._result(self._client, response)

    @overload
    def initiate_current_user_contract(
        self,
        *,
        body: ContractInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Contract: ...

    @overload
    def initiate_current_user_contract(
        self,
        *,
        legal_entity_id: int,
        company_name: str,
        inn: str,
        kpp: str | None = NOT_GIVEN,
        ogrn: str | None = NOT_GIVEN,
        address: str | None = NOT_GIVEN,
        contact_person: str | None = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Contract: ...

    def initiate_current_user_contract(
        self,
        *,
        body: ContractInput | None = None,
        legal_entity_id: int = NOT_GIVEN,
        company_name: str = NOT_GIVEN,
        inn: str = NOT_GIVEN,
        kpp: str | None = NOT_GIVEN,
        ogrn: str | None = NOT_GIVEN,
        address: str | None = NOT_GIVEN,
        contact_person: str | None = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Contract:
        """Initiates the procedure for signing a user contract with BYTEHAND.

        The contract is `PENDING` while BYTEHAND checks it (one day), then `SIGNED`.
        """

        if body is None:
            body = ContractInput(
                legal_entity_id=legal_entity_id,
                company_name=company_name,
                inn=inn,
                kpp=kpp,
                ogrn=ogrn,
                address=address,
                contact_person=contact_person,
                email=email,
                phone=phone,
            )

        response = self._client._send(
            _initiate_current_user_contract._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _initiate_current_user_contract._result(self._client, response)

    @overload
    def update_current_user_contract(
        self,
        *,
        body: ContractPatch,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Contract: ...

    @overload
    def update_current_user_contract(
        self,
        *,
        address: str | None = NOT_GIVEN,
        contact_person: str | None = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Contract: ...

    def update_current_user_contract(
        self,
        *,
        body: ContractPatch | None = None,
        address: str | None = NOT_GIVEN,
        contact_person: str | None = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Contract:
        """Edits the valid fields in the contract.

        Only the contact details can change once a contract exists; the legal details cannot.
        """

        if body is None:
            body = ContractPatch(
                address=address,
                contact_person=contact_person,
                email=email,
                phone=phone,
            )

        response = self._client._send(
            _update_current_user_contract._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _update_current_user_contract._result(self._client, response)

    def get_current_user_credentials(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPage[Credential]:
        """Returns access key information.

        Every credential of the user (access keys, sessions and OAuth tokens), oldest first, without their
        secrets.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _get_current_user_credentials._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = fetch(number)
        return SyncPage[Credential](
            response,
            partial(_get_current_user_credentials._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    @overload
    def create_current_user_credential(
        self,
        *,
        body: CredentialInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Credential: ...

    @overload
    def create_current_user_credential(
        self,
        *,
        name: str,
        rights: list[Right],
        expires_at: datetime.datetime | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Credential: ...

    def create_current_user_credential(
        self,
        *,
        body: CredentialInput | None = None,
        name: str = NOT_GIVEN,
        rights: list[Right] = NOT_GIVEN,
        expires_at: datetime.datetime | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Credential:
        """Creates a new access key.

        The reply is the only time the new key's secret (`key`) is shown.
        """

        if body is None:
            body = CredentialInput(
                name=name,
                rights=rights,
                expires_at=expires_at,
            )

        response = self._client._send(
            _create_current_user_credential._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _create_current_user_credential._result(self._client, response)

    def get_current_user_this_credential(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Credential:
        """Returns information about the current access key.

        The credential this request was made with; any credential may read itself.
        """

        response = self._client._send(
            _get_current_user_this_credential._get_kwargs(), extra_headers
        )
        return _get_current_user_this_credential._result(self._client, response)

    def get_current_user_credential_geo(
        self,
        credential_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CredentialGeo:
        """Returns geographic information about the creator of an access key by ID.

        The address the key was created from, with its country and city.
        """

        response = self._client._send(
            _get_current_user_credential_geo._get_kwargs(
                credential_id=credential_id,
            ),
            extra_headers,
        )
        return _get_current_user_credential_geo._result(self._client, response)

    def get_current_user_credential_by_id(
        self,
        credential_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Credential:
        """Returns access key information by ID."""

        response = self._client._send(
            _get_current_user_credential_by_id._get_kwargs(
                credential_id=credential_id,
            ),
            extra_headers,
        )
        return _get_current_user_credential_by_id._result(self._client, response)

    def delete_current_user_credential(
        self,
        credential_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Deletes an access key by its ID.

        The key stops working at once. The credential of this very request cannot delete itself (409);
        revoke OAuth tokens with `revokeInnnerOAuthToken` or from another key.
        """

        response = self._client._send(
            _delete_current_user_credential._get_kwargs(
                credential_id=credential_id,
            ),
            extra_headers,
        )
        return _delete_current_user_credential._result(self._client, response)

    def get_current_user_accounts(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPage[OAuthAccount]:
        """Returns a list of all associated accounts in external OAuth services.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _get_current_user_accounts._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = fetch(number)
        return SyncPage[OAuthAccount](
            response,
            partial(_get_current_user_accounts._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    def delete_current_user_account(
        self,
        user_account_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Unlinks an account in an external OAuth service from a BYTEHAND user."""

        response = self._client._send(
            _delete_current_user_account._get_kwargs(
                user_account_id=user_account_id,
            ),
            extra_headers,
        )
        return _delete_current_user_account._result(self._client, response)

    def get_current_user_statistics(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[DailyStatistics]:
        """Returns activity statistics for the last 90 days.

        One entry per day for the last 90 days (today last), counting the messages created that day.
        """

        response = self._client._send(
            _get_current_user_statistics._get_kwargs(), extra_headers
        )
        return _get_current_user_statistics._result(self._client, response)

    def reset_current_user_api_key_v1(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ApiKeyV1:
        """Regenerates the BYTEHAND API v1 access key.

        The old v1 key stops working; the reply is the only time the new one is shown.
        """

        response = self._client._send(
            _reset_current_user_api_key_v1._get_kwargs(), extra_headers
        )
        return _reset_current_user_api_key_v1._result(self._client, response)

    def reset_current_user_smpp_password(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmppCredentials:
        """Resets the password for the SMPP connection.

        The old SMPP password stops working; the reply is the only time the new one is shown.
        """

        response = self._client._send(
            _reset_current_user_smpp_password._get_kwargs(), extra_headers
        )
        return _reset_current_user_smpp_password._result(self._client, response)

    @overload
    def set_current_user_routing(
        self,
        *,
        body: Routing,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Routing: ...

    @overload
    def set_current_user_routing(
        self,
        *,
        mode: RoutingMode,
        countries: list[str] | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Routing: ...

    def set_current_user_routing(
        self,
        *,
        body: Routing | None = None,
        mode: RoutingMode = NOT_GIVEN,
        countries: list[str] | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Routing:
        """Sets the routing policy to restrict the sending of SMS messages.

        With `mode` `listed`, messages to numbers outside `countries` are refused (403); `all` lifts the
        restriction.
        """

        if body is None:
            body = Routing(
                mode=mode,
                countries=countries,
            )

        response = self._client._send(
            _set_current_user_routing._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _set_current_user_routing._result(self._client, response)

    @overload
    def update_current_user_email(
        self,
        *,
        body: EmailChange,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User: ...

    @overload
    def update_current_user_email(
        self,
        *,
        email: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User: ...

    def update_current_user_email(
        self,
        *,
        body: EmailChange | None = None,
        email: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User:
        """Starts the procedure for changing the email address.

        The new address becomes `pending_email` and gets a confirmation link; `email` changes once it is
        confirmed.
        """

        if body is None:
            body = EmailChange(
                email=email,
            )

        response = self._client._send(
            _update_current_user_email._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _update_current_user_email._result(self._client, response)

    @overload
    def update_current_user_password(
        self,
        *,
        body: PasswordChange,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None: ...

    @overload
    def update_current_user_password(
        self,
        *,
        old_password: str,
        new_password: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None: ...

    def update_current_user_password(
        self,
        *,
        body: PasswordChange | None = None,
        old_password: str = NOT_GIVEN,
        new_password: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Changes the user's password."""

        if body is None:
            body = PasswordChange(
                old_password=old_password,
                new_password=new_password,
            )

        response = self._client._send(
            _update_current_user_password._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _update_current_user_password._result(self._client, response)


class UsersResourceWithRawResponse:
    """``client.users.with_raw_response``: the methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @overload
    def login_user(
        self,
        *,
        body: Login,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Session]: ...

    @overload
    def login_user(
        self,
        *,
        login: str,
        password: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Session]: ...

    def login_user(
        self,
        *,
        body: Login | None = None,
        login: str = NOT_GIVEN,
        password: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Session]:
        """Authorizes a user with a login and password.

        Answers a new session key (a credential with every right, valid for 30 days).

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = Login(
                login=login,
                password=password,
            )

        response = self._client._send(
            _login_user._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_login_user._result, self._client, response)
        )

    @overload
    def register_user(
        self,
        *,
        body: UserRegistration,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Session]: ...

    @overload
    def register_user(
        self,
        *,
        email: str,
        password: str,
        name: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        time_zone_id: int | None = NOT_GIVEN,
        referrer_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Session]: ...

    def register_user(
        self,
        *,
        body: UserRegistration | None = None,
        email: str = NOT_GIVEN,
        password: str = NOT_GIVEN,
        name: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        time_zone_id: int | None = NOT_GIVEN,
        referrer_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Session]:
        """Creates a new BYTEHAND account.

        Creates an account and answers it with a session key, so the new user
        can go on at once. A `referrer_id` makes the account a referral of
        that user (see `queryReferrals`).

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = UserRegistration(
                email=email,
                password=password,
                name=name,
                phone=phone,
                time_zone_id=time_zone_id,
                referrer_id=referrer_id,
            )

        response = self._client._send(
            _register_user._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_register_user._result, self._client, response)
        )

    @overload
    def reset_user_password(
        self,
        *,
        body: PasswordResetStart,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]: ...

    @overload
    def reset_user_password(
        self,
        *,
        email: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]: ...

    def reset_user_password(
        self,
        *,
        body: PasswordResetStart | None = None,
        email: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """Starts the user password reset procedure.

        E-mails a reset token to the address, valid for one hour. The answer
        is the same whether or not an account has that address, so it cannot
        be used to find accounts.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = PasswordResetStart(
                email=email,
            )

        response = self._client._send(
            _reset_user_password._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_reset_user_password._result, self._client, response)
        )

    @overload
    def reset_user_password_complete(
        self,
        *,
        body: PasswordResetComplete,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]: ...

    @overload
    def reset_user_password_complete(
        self,
        *,
        token: str,
        password: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]: ...

    def reset_user_password_complete(
        self,
        *,
        body: PasswordResetComplete | None = None,
        token: str = NOT_GIVEN,
        password: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """Completes the user password reset procedure.

        Sets a new password with the e-mailed token; the token works once.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = PasswordResetComplete(
                token=token,
                password=password,
            )

        response = self._client._send(
            _reset_user_password_complete._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_reset_user_password_complete._result, self._client, response),
        )

    def get_users_time_zones(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SyncPage[TimeZone]]:
        """Returns a list of all time zones used in BYTEHAND.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _get_users_time_zones._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = fetch(number)
        return RawResponse(
            response,
            partial(
                SyncPage[TimeZone],
                response,
                partial(_get_users_time_zones._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    def get_users_time_zone_by_id(
        self,
        time_zone_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[TimeZone]:
        """Returns the time zone with the given ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _get_users_time_zone_by_id._get_kwargs(
                time_zone_id=time_zone_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_get_users_time_zone_by_id._result, self._client, response),
        )

    def get_current_user(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[User]:
        """Returns information about the user.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(_get_current_user._get_kwargs(), extra_headers)
        return RawResponse(
            response, partial(_get_current_user._result, self._client, response)
        )

    @overload
    def update_current_user(
        self,
        *,
        body: UserPatch,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[User]: ...

    @overload
    def update_current_user(
        self,
        *,
        name: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        time_zone_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[User]: ...

    def update_current_user(
        self,
        *,
        body: UserPatch | None = None,
        name: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        time_zone_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[User]:
        """Updates user information.

        Changes the fields given; the e-mail address, password and routing have methods of their own.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = UserPatch(
                name=name,
                phone=phone,
                time_zone_id=time_zone_id,
            )

        response = self._client._send(
            _update_current_user._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_update_current_user._result, self._client, response)
        )

    def get_current_user_billing_plan(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[BillingPlan]:
        """Returns information about the user's billing plan.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _get_current_user_billing_plan._get_kwargs(), extra_headers
        )
        return RawResponse(
            response,
            partial(_get_current_user_billing_plan._result, self._client, response),
        )

    def get_current_user_contract(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Contract]:
        """Returns information about the contract.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _get_current_user_contract._get_kwargs(), extra_headers
        )
        return RawResponse(
            response,
            partial(_get_current_user_contract._result, self._client, response),
        )

    @overload
    def initiate_current_user_contract(
        self,
        *,
        body: ContractInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Contract]: ...

    @overload
    def initiate_current_user_contract(
        self,
        *,
        legal_entity_id: int,
        company_name: str,
        inn: str,
        kpp: str | None = NOT_GIVEN,
        ogrn: str | None = NOT_GIVEN,
        address: str | None = NOT_GIVEN,
        contact_person: str | None = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Contract]: ...

    def initiate_current_user_contract(
        self,
        *,
        body: ContractInput | None = None,
        legal_entity_id: int = NOT_GIVEN,
        company_name: str = NOT_GIVEN,
        inn: str = NOT_GIVEN,
        kpp: str | None = NOT_GIVEN,
        ogrn: str | None = NOT_GIVEN,
        address: str | None = NOT_GIVEN,
        contact_person: str | None = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Contract]:
        """Initiates the procedure for signing a user contract with BYTEHAND.

        The contract is `PENDING` while BYTEHAND checks it (one day), then `SIGNED`.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = ContractInput(
                legal_entity_id=legal_entity_id,
                company_name=company_name,
                inn=inn,
                kpp=kpp,
                ogrn=ogrn,
                address=address,
                contact_person=contact_person,
                email=email,
                phone=phone,
            )

        response = self._client._send(
            _initiate_current_user_contract._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_initiate_current_user_contract._result, self._client, response),
        )

    @overload
    def update_current_user_contract(
        self,
        *,
        body: ContractPatch,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Contract]: ...

    @overload
    def update_current_user_contract(
        self,
        *,
        address: str | None = NOT_GIVEN,
        contact_person: str | None = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Contract]: ...

    def update_current_user_contract(
        self,
        *,
        body: ContractPatch | None = None,
        address: str | None = NOT_GIVEN,
        contact_person: str | None = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Contract]:
        """Edits the valid fields in the contract.

        Only the contact details can change once a contract exists; the legal details cannot.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = ContractPatch(
                address=address,
                contact_person=contact_person,
                email=email,
                phone=phone,
            )

        response = self._client._send(
            _update_current_user_contract._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_update_current_user_contract._result, self._client, response),
        )

    def get_current_user_credentials(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SyncPage[Credential]]:
        """Returns access key information.

        Every credential of the user (access keys, sessions and OAuth tokens), oldest first, without their
        secrets.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _get_current_user_credentials._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = fetch(number)
        return RawResponse(
            response,
            partial(
                SyncPage[Credential],
                response,
                partial(_get_current_user_credentials._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    @overload
    def create_current_user_credential(
        self,
        *,
        body: CredentialInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Credential]: ...

    @overload
    def create_current_user_credential(
        self,
        *,
        name: str,
        rights: list[Right],
        expires_at: datetime.datetime | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Credential]: ...

    def create_current_user_credential(
        self,
        *,
        body: CredentialInput | None = None,
        name: str = NOT_GIVEN,
        rights: list[Right] = NOT_GIVEN,
        expires_at: datetime.datetime | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Credential]:
        """Creates a new access key.

        The reply is the only time the new key's secret (`key`) is shown.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = CredentialInput(
                name=name,
                rights=rights,
                expires_at=expires_at,
            )

        response = self._client._send(
            _create_current_user_credential._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_create_current_user_credential._result, self._client, response),
        )

    def get_current_user_this_credential(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Credential]:
        """Returns information about the current access key.

        The credential this request was made with; any credential may read itself.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _get_current_user_this_credential._get_kwargs(), extra_headers
        )
        return RawResponse(
            response,
            partial(_get_current_user_this_credential._result, self._client, response),
        )

    def get_current_user_credential_geo(
        self,
        credential_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[CredentialGeo]:
        """Returns geographic information about the creator of an access key by ID.

        The address the key was created from, with its country and city.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _get_current_user_credential_geo._get_kwargs(
                credential_id=credential_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_get_current_user_credential_geo._result, self._client, response),
        )

    def get_current_user_credential_by_id(
        self,
        credential_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Credential]:
        """Returns access key information by ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _get_current_user_credential_by_id._get_kwargs(
                credential_id=credential_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_get_current_user_credential_by_id._result, self._client, response),
        )

    def delete_current_user_credential(
        self,
        credential_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """Deletes an access key by its ID.

        The key stops working at once. The credential of this very request cannot delete itself (409);
        revoke OAuth tokens with `revokeInnnerOAuthToken` or from another key.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _delete_current_user_credential._get_kwargs(
                credential_id=credential_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_delete_current_user_credential._result, self._client, response),
        )

    def get_current_user_accounts(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SyncPage[OAuthAccount]]:
        """Returns a list of all associated accounts in external OAuth services.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _get_current_user_accounts._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = fetch(number)
        return RawResponse(
            response,
            partial(
                SyncPage[OAuthAccount],
                response,
                partial(_get_current_user_accounts._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    def delete_current_user_account(
        self,
        user_account_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """Unlinks an account in an external OAuth service from a BYTEHAND user.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _delete_current_user_account._get_kwargs(
                user_account_id=user_account_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_delete_current_user_account._result, self._client, response),
        )

    def get_current_user_statistics(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[list[DailyStatistics]]:
        """Returns activity statistics for the last 90 days.

        One entry per day for the last 90 days (today last), counting the messages created that day.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _get_current_user_statistics._get_kwargs(), extra_headers
        )
        return RawResponse(
            response,
            partial(_get_current_user_statistics._result, self._client, response),
        )

    def reset_current_user_api_key_v1(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ApiKeyV1]:
        """Regenerates the BYTEHAND API v1 access key.

        The old v1 key stops working; the reply is the only time the new one is shown.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _reset_current_user_api_key_v1._get_kwargs(), extra_headers
        )
        return RawResponse(
            response,
            partial(_reset_current_user_api_key_v1._result, self._client, response),
        )

    def reset_current_user_smpp_password(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmppCredentials]:
        """Resets the password for the SMPP connection.

        The old SMPP password stops working; the reply is the only time the new one is shown.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _reset_current_user_smpp_password._get_kwargs(), extra_headers
        )
        return RawResponse(
            response,
            partial(_reset_current_user_smpp_password._result, self._client, response),
        )

    @overload
    def set_current_user_routing(
        self,
        *,
        body: Routing,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Routing]: ...

    @overload
    def set_current_user_routing(
        self,
        *,
        mode: RoutingMode,
        countries: list[str] | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Routing]: ...

    def set_current_user_routing(
        self,
        *,
        body: Routing | None = None,
        mode: RoutingMode = NOT_GIVEN,
        countries: list[str] | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Routing]:
        """Sets the routing policy to restrict the sending of SMS messages.

        With `mode` `listed`, messages to numbers outside `countries` are refused (403); `all` lifts the
        restriction.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = Routing(
                mode=mode,
                countries=countries,
            )

        response = self._client._send(
            _set_current_user_routing._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_set_current_user_routing._result, self._client, response)
        )

    @overload
    def update_current_user_email(
        self,
        *,
        body: EmailChange,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[User]: ...

    @overload
    def update_current_user_email(
        self,
        *,
        email: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[User]: ...

    def update_current_user_email(
        self,
        *,
        body: EmailChange | None = None,
        email: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[User]:
        """Starts the procedure for changing the email address.

        The new address becomes `pending_email` and gets a confirmation link; `email` changes once it is
        confirmed.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = EmailChange(
                email=email,
            )

        response = self._client._send(
            _update_current_user_email._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_update_current_user_email._result, self._client, response),
        )

    @overload
    def update_current_user_password(
        self,
        *,
        body: PasswordChange,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]: ...

    @overload
    def update_current_user_password(
        self,
        *,
        old_password: str,
        new_password: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]: ...

    def update_current_user_password(
        self,
        *,
        body: PasswordChange | None = None,
        old_password: str = NOT_GIVEN,
        new_password: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """Changes the user's password.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = PasswordChange(
                old_password=old_password,
                new_password=new_password,
            )

        response = self._client._send(
            _update_current_user_password._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_update_current_user_password._result, self._client, response),
        )


class AsyncUsersResource:
    """``client.aio.users``: every operation of the tag as an awaitable method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncUsersResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return AsyncUsersResourceWithRawResponse(self._client)

    @overload
    async def login_user(
        self,
        *,
        body: Login,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Session: ...

    @overload
    async def login_user(
        self,
        *,
        login: str,
        password: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Session: ...

    async def login_user(
        self,
        *,
        body: Login | None = None,
        login: str = NOT_GIVEN,
        password: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Session:
        """Authorizes a user with a login and password.

        Answers a new session key (a credential with every right, valid for 30 days).
        """

        if body is None:
            body = Login(
                login=login,
                password=password,
            )

        response = await self._client._asend(
            _login_user._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _login_user._result(self._client, response)

    @overload
    async def register_user(
        self,
        *,
        body: UserRegistration,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Session: ...

    @overload
    async def register_user(
        self,
        *,
        email: str,
        password: str,
        name: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        time_zone_id: int | None = NOT_GIVEN,
        referrer_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Session: ...

    async def register_user(
        self,
        *,
        body: UserRegistration | None = None,
        email: str = NOT_GIVEN,
        password: str = NOT_GIVEN,
        name: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        time_zone_id: int | None = NOT_GIVEN,
        referrer_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Session:
        """Creates a new BYTEHAND account.

        Creates an account and answers it with a session key, so the new user
        can go on at once. A `referrer_id` makes the account a referral of
        that user (see `queryReferrals`).
        """

        if body is None:
            body = UserRegistration(
                email=email,
                password=password,
                name=name,
                phone=phone,
                time_zone_id=time_zone_id,
                referrer_id=referrer_id,
            )

        response = await self._client._asend(
            _register_user._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _register_user._result(self._client, response)

    @overload
    async def reset_user_password(
        self,
        *,
        body: PasswordResetStart,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None: ...

    @overload
    async def reset_user_password(
        self,
        *,
        email: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None: ...

    async def reset_user_password(
        self,
        *,
        body: PasswordResetStart | None = None,
        email: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Starts the user password reset procedure.

        E-mails a reset token to the address, valid for one hour. The answer
        is the same whether or not an account has that address, so it cannot
        be used to find accounts.
        """

        if body is None:
            body = PasswordResetStart(
                email=email,
            )

        response = await self._client._asend(
            _reset_user_password._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _reset_user_password._result(self._client, response)

    @overload
    async def reset_user_password_complete(
        self,
        *,
        body: PasswordResetComplete,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None: ...

    @overload
    async def reset_user_password_complete(
        self,
        *,
        token: str,
        password: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None: ...

    async def reset_user_password_complete(
        self,
        *,
        body: PasswordResetComplete | None = None,
        token: str = NOT_GIVEN,
        password: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Completes the user password reset procedure.

        Sets a new password with the e-mailed token; the token works once.
        """

        if body is None:
            body = PasswordResetComplete(
                token=token,
                password=password,
            )

        response = await self._client._asend(
            _reset_user_password_complete._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _reset_user_password_complete._result(self._client, response)

    async def get_users_time_zones(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPage[TimeZone]:
        """Returns a list of all time zones used in BYTEHAND.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _get_users_time_zones._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = await fetch(number)
        return AsyncPage[TimeZone](
            response,
            partial(_get_users_time_zones._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    async def get_users_time_zone_by_id(
        self,
        time_zone_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TimeZone:
        """Returns the time zone with the given ID."""

        response = await self._client._asend(
            _get_users_time_zone_by_id._get_kwargs(
                time_zone_id=time_zone_id,
            ),
            extra_headers,
        )
        return _get_users_time_zone_by_id._result(self._client, response)

    async def get_current_user(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User:
        """Returns information about the user."""

        response = await self._client._asend(
            _get_current_user._get_kwargs(), extra_headers
        )
        return _get_current_user._result(self._client, response)

    @overload
    async def update_current_user(
        self,
        *,
        body: UserPatch,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User: ...

    @overload
    async def update_current_user(
        self,
        *,
        name: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        time_zone_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User: ...

    async def update_current_user(
        self,
        *,
        body: UserPatch | None = None,
        name: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        time_zone_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User:
        """Updates user information.

        Changes the fields given; the e-mail address, password and routing have methods of their own.
        """

        if body is None:
            body = UserPatch(
                name=name,
                phone=phone,
                time_zone_id=time_zone_id,
            )

        response = await self._client._asend(
            _update_current_user._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _update_current_user._result(self._client, response)

    async def get_current_user_billing_plan(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BillingPlan:
        """Returns information about the user's billing plan."""

        response = await self._client._asend(
            _get_current_user_billing_plan._get_kwargs(), extra_headers
        )
        return _get_current_user_billing_plan._result(self._client, response)

    async def get_current_user_contract(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Contract:
        """Returns information about the contract."""

        response = await self._client._asend(
            _get_current_user_contract._get_kwargs(), extra_headers
        )
        return _get_current_user_contract._result(self._client, response)

    @overload
    async def initiate_current_user_contract(
        self,
        *,
        body: ContractInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Contract: ...

    @overload
    async def initiate_current_user_contract(
        self,
        *,
        legal_entity_id: int,
        company_name: str,
        inn: str,
        kpp: str | None = NOT_GIVEN,
        ogrn: str | None = NOT_GIVEN,
        address: str | None = NOT_GIVEN,
        contact_person: str | None = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Contract: ...

    async def initiate_current_user_contract(
        self,
        *,
        body: ContractInput | None = None,
        legal_entity_id: int = NOT_GIVEN,
        company_name: str = NOT_GIVEN,
        inn: str = NOT_GIVEN,
        kpp: str | None = NOT_GIVEN,
        ogrn: str | None = NOT_GIVEN,
        address: str | None = NOT_GIVEN,
        contact_person: str | None = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Contract:
        """Initiates the procedure for signing a user contract with BYTEHAND.

        The contract is `PENDING` while BYTEHAND checks it (one day), then `SIGNED`.
        """

        if body is None:
            body = ContractInput(
                legal_entity_id=legal_entity_id,
                company_name=company_name,
                inn=inn,
                kpp=kpp,
                ogrn=ogrn,
                address=address,
                contact_person=contact_person,
                email=email,
                phone=phone,
            )

        response = await self._client._asend(
            _initiate_current_user_contract._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _initiate_current_user_contract._result(self._client, response)

    @overload
    async def update_current_user_contract(
        self,
        *,
        body: ContractPatch,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Contract: ...

    @overload
    async def update_current_user_contract(
        self,
        *,
        address: str | None = NOT_GIVEN,
        contact_person: str | None = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Contract: ...

    async def update_current_user_contract(
        self,
        *,
        body: ContractPatch | None = None,
        address: str | None = NOT_GIVEN,
        contact_person: str | None = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Contract:
        """Edits the valid fields in the contract.

        Only the contact details can change once a contract exists; the legal details cannot.
        """

        if body is None:
            body = ContractPatch(
                address=address,
                contact_person=contact_person,
                email=email,
                phone=phone,
            )

        response = await self._client._asend(
            _update_current_user_contract._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _update_current_user_contract._result(self._client, response)

    async def get_current_user_credentials(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPage[Credential]:
        """Returns access key information.

        Every credential of the user (access keys, sessions and OAuth tokens), oldest first, without their
        secrets.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _get_current_user_credentials._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = await fetch(number)
        return AsyncPage[Credential](
            response,
            partial(_get_current_user_credentials._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    @overload
    async def create_current_user_credential(
        self,
        *,
        body: CredentialInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Credential: ...

    @overload
    async def create_current_user_credential(
        self,
        *,
        name: str,
        rights: list[Right],
        expires_at: datetime.datetime | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Credential: ...

    async def create_current_user_credential(
        self,
        *,
        body: CredentialInput | None = None,
        name: str = NOT_GIVEN,
        rights: list[Right] = NOT_GIVEN,
        expires_at: datetime.datetime | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Credential:
        """Creates a new access key.

        The reply is the only time the new key's secret (`key`) is shown.
        """

        if body is None:
            body = CredentialInput(
                name=name,
                rights=rights,
                expires_at=expires_at,
            )

        response = await self._client._asend(
            _create_current_user_credential._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _create_current_user_credential._result(self._client, response)

    async def get_current_user_this_credential(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Credential:
        """Returns information about the current access key.

        The credential this request was made with; any credential may read itself.
        """

        response = await self._client._asend(
            _get_current_user_this_credential._get_kwargs(), extra_headers
        )
        return _get_current_user_this_credential._result(self._client, response)

    async def get_current_user_credential_geo(
        self,
        credential_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CredentialGeo:
        """Returns geographic information about the creator of an access key by ID.

        The address the key was created from, with its country and city.
        """

        response = await self._client._asend(
            _get_current_user_credential_geo._get_kwargs(
                credential_id=credential_id,
            ),
            extra_headers,
        )
        return _get_current_user_credential_geo._result(self._client, response)

    async def get_current_user_credential_by_id(
        self,
        credential_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Credential:
        """Returns access key information by ID."""

        response = await self._client._asend(
            _get_current_user_credential_by_id._get_kwargs(
                credential_id=credential_id,
            ),
            extra_headers,
        )
        return _get_current_user_credential_by_id._result(self._client, response)

    async def delete_current_user_credential(
        self,
        credential_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Deletes an access key by its ID.

        The key stops working at once. The credential of this very request cannot delete itself (409);
        revoke OAuth tokens with `revokeInnnerOAuthToken` or from another key.
        """

        response = await self._client._asend(
            _delete_current_user_credential._get_kwargs(
                credential_id=credential_id,
            ),
            extra_headers,
        )
        return _delete_current_user_credential._result(self._client, response)

    async def get_current_user_accounts(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPage[OAuthAccount]:
        """Returns a list of all associated accounts in external OAuth services.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _get_current_user_accounts._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = await fetch(number)
        return AsyncPage[OAuthAccount](
            response,
            partial(_get_current_user_accounts._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    async def delete_current_user_account(
        self,
        user_account_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Unlinks an account in an external OAuth service from a BYTEHAND user."""

        response = await self._client._asend(
            _delete_current_user_account._get_kwargs(
                user_account_id=user_account_id,
            ),
            extra_headers,
        )
        return _delete_current_user_account._result(self._client, response)

    async def get_current_user_statistics(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[DailyStatistics]:
        """Returns activity statistics for the last 90 days.

        One entry per day for the last 90 days (today last), counting the messages created that day.
        """

        response = await self._client._asend(
            _get_current_user_statistics._get_kwargs(), extra_headers
        )
        return _get_current_user_statistics._result(self._client, response)

    async def reset_current_user_api_key_v1(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ApiKeyV1:
        """Regenerates the BYTEHAND API v1 access key.

        The old v1 key stops working; the reply is the only time the new one is shown.
        """

        response = await self._client._asend(
            _reset_current_user_api_key_v1._get_kwargs(), extra_headers
        )
        return _reset_current_user_api_key_v1._result(self._client, response)

    async def reset_current_user_smpp_password(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmppCredentials:
        """Resets the password for the SMPP connection.

        The old SMPP password stops working; the reply is the only time the new one is shown.
        """

        response = await self._client._asend(
            _reset_current_user_smpp_password._get_kwargs(), extra_headers
        )
        return _reset_current_user_smpp_password._result(self._client, response)

    @overload
    async def set_current_user_routing(
        self,
        *,
        body: Routing,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Routing: ...

    @overload
    async def set_current_user_routing(
        self,
        *,
        mode: RoutingMode,
        countries: list[str] | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Routing: ...

    async def set_current_user_routing(
        self,
        *,
        body: Routing | None = None,
        mode: RoutingMode = NOT_GIVEN,
        countries: list[str] | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Routing:
        """Sets the routing policy to restrict the sending of SMS messages.

        With `mode` `listed`, messages to numbers outside `countries` are refused (403); `all` lifts the
        restriction.
        """

        if body is None:
            body = Routing(
                mode=mode,
                countries=countries,
            )

        response = await self._client._asend(
            _set_current_user_routing._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _set_current_user_routing._result(self._client, response)

    @overload
    async def update_current_user_email(
        self,
        *,
        body: EmailChange,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User: ...

    @overload
    async def update_current_user_email(
        self,
        *,
        email: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User: ...

    async def update_current_user_email(
        self,
        *,
        body: EmailChange | None = None,
        email: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User:
        """Starts the procedure for changing the email address.

        The new address becomes `pending_email` and gets a confirmation link; `email` changes once it is
        confirmed.
        """

        if body is None:
            body = EmailChange(
                email=email,
            )

        response = await self._client._asend(
            _update_current_user_email._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _update_current_user_email._result(self._client, response)

    @overload
    async def update_current_user_password(
        self,
        *,
        body: PasswordChange,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None: ...

    @overload
    async def update_current_user_password(
        self,
        *,
        old_password: str,
        new_password: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None: ...

    async def update_current_user_password(
        self,
        *,
        body: PasswordChange | None = None,
        old_password: str = NOT_GIVEN,
        new_password: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Changes the user's password."""

        if body is None:
            body = PasswordChange(
                old_password=old_password,
                new_password=new_password,
            )

        response = await self._client._asend(
            _update_current_user_password._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _update_current_user_password._result(self._client, response)


class AsyncUsersResourceWithRawResponse:
    """``client.aio.users.with_raw_response``: the awaitable methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @overload
    async def login_user(
        self,
        *,
        body: Login,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Session]: ...

    @overload
    async def login_user(
        self,
        *,
        login: str,
        password: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Session]: ...

    async def login_user(
        self,
        *,
        body: Login | None = None,
        login: str = NOT_GIVEN,
        password: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Session]:
        """Authorizes a user with a login and password.

        Answers a new session key (a credential with every right, valid for 30 days).

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = Login(
                login=login,
                password=password,
            )

        response = await self._client._asend(
            _login_user._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_login_user._result, self._client, response)
        )

    @overload
    async def register_user(
        self,
        *,
        body: UserRegistration,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Session]: ...

    @overload
    async def register_user(
        self,
        *,
        email: str,
        password: str,
        name: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        time_zone_id: int | None = NOT_GIVEN,
        referrer_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Session]: ...

    async def register_user(
        self,
        *,
        body: UserRegistration | None = None,
        email: str = NOT_GIVEN,
        password: str = NOT_GIVEN,
        name: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        time_zone_id: int | None = NOT_GIVEN,
        referrer_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Session]:
        """Creates a new BYTEHAND account.

        Creates an account and answers it with a session key, so the new user
        can go on at once. A `referrer_id` makes the account a referral of
        that user (see `queryReferrals`).

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = UserRegistration(
                email=email,
                password=password,
                name=name,
                phone=phone,
                time_zone_id=time_zone_id,
                referrer_id=referrer_id,
            )

        response = await self._client._asend(
            _register_user._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_register_user._result, self._client, response)
        )

    @overload
    async def reset_user_password(
        self,
        *,
        body: PasswordResetStart,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]: ...

    @overload
    async def reset_user_password(
        self,
        *,
        email: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]: ...

    async def reset_user_password(
        self,
        *,
        body: PasswordResetStart | None = None,
        email: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """Starts the user password reset procedure.

        E-mails a reset token to the address, valid for one hour. The answer
        is the same whether or not an account has that address, so it cannot
        be used to find accounts.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = PasswordResetStart(
                email=email,
            )

        response = await self._client._asend(
            _reset_user_password._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_reset_user_password._result, self._client, response)
        )

    @overload
    async def reset_user_password_complete(
        self,
        *,
        body: PasswordResetComplete,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]: ...

    @overload
    async def reset_user_password_complete(
        self,
        *,
        token: str,
        password: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]: ...

    async def reset_user_password_complete(
        self,
        *,
        body: PasswordResetComplete | None = None,
        token: str = NOT_GIVEN,
        password: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """Completes the user password reset procedure.

        Sets a new password with the e-mailed token; the token works once.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = PasswordResetComplete(
                token=token,
                password=password,
            )

        response = await self._client._asend(
            _reset_user_password_complete._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_reset_user_password_complete._result, self._client, response),
        )

    async def get_users_time_zones(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AsyncPage[TimeZone]]:
        """Returns a list of all time zones used in BYTEHAND.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _get_users_time_zones._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = await fetch(number)
        return RawResponse(
            response,
            partial(
                AsyncPage[TimeZone],
                response,
                partial(_get_users_time_zones._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    async def get_users_time_zone_by_id(
        self,
        time_zone_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[TimeZone]:
        """Returns the time zone with the given ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _get_users_time_zone_by_id._get_kwargs(
                time_zone_id=time_zone_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_get_users_time_zone_by_id._result, self._client, response),
        )

    async def get_current_user(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[User]:
        """Returns information about the user.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _get_current_user._get_kwargs(), extra_headers
        )
        return RawResponse(
            response, partial(_get_current_user._result, self._client, response)
        )

    @overload
    async def update_current_user(
        self,
        *,
        body: UserPatch,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[User]: ...

    @overload
    async def update_current_user(
        self,
        *,
        name: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        time_zone_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[User]: ...

    async def update_current_user(
        self,
        *,
        body: UserPatch | None = None,
        name: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        time_zone_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[User]:
        """Updates user information.

        Changes the fields given; the e-mail address, password and routing have methods of their own.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = UserPatch(
                name=name,
                phone=phone,
                time_zone_id=time_zone_id,
            )

        response = await self._client._asend(
            _update_current_user._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_update_current_user._result, self._client, response)
        )

    async def get_current_user_billing_plan(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[BillingPlan]:
        """Returns information about the user's billing plan.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _get_current_user_billing_plan._get_kwargs(), extra_headers
        )
        return RawResponse(
            response,
            partial(_get_current_user_billing_plan._result, self._client, response),
        )

    async def get_current_user_contract(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Contract]:
        """Returns information about the contract.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _get_current_user_contract._get_kwargs(), extra_headers
        )
        return RawResponse(
            response,
            partial(_get_current_user_contract._result, self._client, response),
        )

    @overload
    async def initiate_current_user_contract(
        self,
        *,
        body: ContractInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Contract]: ...

    @overload
    async def initiate_current_user_contract(
        self,
        *,
        legal_entity_id: int,
        company_name: str,
        inn: str,
        kpp: str | None = NOT_GIVEN,
        ogrn: str | None = NOT_GIVEN,
        address: str | None = NOT_GIVEN,
        contact_person: str | None = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Contract]: ...

    async def initiate_current_user_contract(
        self,
        *,
        body: ContractInput | None = None,
        legal_entity_id: int = NOT_GIVEN,
        company_name: str = NOT_GIVEN,
        inn: str = NOT_GIVEN,
        kpp: str | None = NOT_GIVEN,
        ogrn: str | None = NOT_GIVEN,
        address: str | None = NOT_GIVEN,
        contact_person: str | None = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Contract]:
        """Initiates the procedure for signing a user contract with BYTEHAND.

        The contract is `PENDING` while BYTEHAND checks it (one day), then `SIGNED`.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = ContractInput(
                legal_entity_id=legal_entity_id,
                company_name=company_name,
                inn=inn,
                kpp=kpp,
                ogrn=ogrn,
                address=address,
                contact_person=contact_person,
                email=email,
                phone=phone,
            )

        response = await self._client._asend(
            _initiate_current_user_contract._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_initiate_current_user_contract._result, self._client, response),
        )

    @overload
    async def update_current_user_contract(
        self,
        *,
        body: ContractPatch,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Contract]: ...

    @overload
    async def update_current_user_contract(
        self,
        *,
        address: str | None = NOT_GIVEN,
        contact_person: str | None = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Contract]: ...

    async def update_current_user_contract(
        self,
        *,
        body: ContractPatch | None = None,
        address: str | None = NOT_GIVEN,
        contact_person: str | None = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Contract]:
        """Edits the valid fields in the contract.

        Only the contact details can change once a contract exists; the legal details cannot.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = ContractPatch(
                address=address,
                contact_person=contact_person,
                email=email,
                phone=phone,
            )

        response = await self._client._asend(
            _update_current_user_contract._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_update_current_user_contract._result, self._client, response),
        )

    async def get_current_user_credentials(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AsyncPage[Credential]]:
        """Returns access key information.

        Every credential of the user (access keys, sessions and OAuth tokens), oldest first, without their
        secrets.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _get_current_user_credentials._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = await fetch(number)
        return RawResponse(
            response,
            partial(
                AsyncPage[Credential],
                response,
                partial(_get_current_user_credentials._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    @overload
    async def create_current_user_credential(
        self,
        *,
        body: CredentialInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Credential]: ...

    @overload
    async def create_current_user_credential(
        self,
        *,
        name: str,
        rights: list[Right],
        expires_at: datetime.datetime | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Credential]: ...

    async def create_current_user_credential(
        self,
        *,
        body: CredentialInput | None = None,
        name: str = NOT_GIVEN,
        rights: list[Right] = NOT_GIVEN,
        expires_at: datetime.datetime | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Credential]:
        """Creates a new access key.

        The reply is the only time the new key's secret (`key`) is shown.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = CredentialInput(
                name=name,
                rights=rights,
                expires_at=expires_at,
            )

        response = await self._client._asend(
            _create_current_user_credential._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_create_current_user_credential._result, self._client, response),
        )

    async def get_current_user_this_credential(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Credential]:
        """Returns information about the current access key.

        The credential this request was made with; any credential may read itself.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _get_current_user_this_credential._get_kwargs(), extra_headers
        )
        return RawResponse(
            response,
            partial(_get_current_user_this_credential._result, self._client, response),
        )

    async def get_current_user_credential_geo(
        self,
        credential_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[CredentialGeo]:
        """Returns geographic information about the creator of an access key by ID.

        The address the key was created from, with its country and city.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _get_current_user_credential_geo._get_kwargs(
                credential_id=credential_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_get_current_user_credential_geo._result, self._client, response),
        )

    async def get_current_user_credential_by_id(
        self,
        credential_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Credential]:
        """Returns access key information by ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _get_current_user_credential_by_id._get_kwargs(
                credential_id=credential_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_get_current_user_credential_by_id._result, self._client, response),
        )

    async def delete_current_user_credential(
        self,
        credential_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """Deletes an access key by its ID.

        The key stops working at once. The credential of this very request cannot delete itself (409);
        revoke OAuth tokens with `revokeInnnerOAuthToken` or from another key.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _delete_current_user_credential._get_kwargs(
                credential_id=credential_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_delete_current_user_credential._result, self._client, response),
        )

    async def get_current_user_accounts(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AsyncPage[OAuthAccount]]:
        """Returns a list of all associated accounts in external OAuth services.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _get_current_user_accounts._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = await fetch(number)
        return RawResponse(
            response,
            partial(
                AsyncPage[OAuthAccount],
                response,
                partial(_get_current_user_accounts._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    async def delete_current_user_account(
        self,
        user_account_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """Unlinks an account in an external OAuth service from a BYTEHAND user.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _delete_current_user_account._get_kwargs(
                user_account_id=user_account_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_delete_current_user_account._result, self._client, response),
        )

    async def get_current_user_statistics(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[list[DailyStatistics]]:
        """Returns activity statistics for the last 90 days.

        One entry per day for the last 90 days (today last), counting the messages created that day.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _get_current_user_statistics._get_kwargs(), extra_headers
        )
        return RawResponse(
            response,
            partial(_get_current_user_statistics._result, self._client, response),
        )

    async def reset_current_user_api_key_v1(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ApiKeyV1]:
        """Regenerates the BYTEHAND API v1 access key.

        The old v1 key stops working; the reply is the only time the new one is shown.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _reset_current_user_api_key_v1._get_kwargs(), extra_headers
        )
        return RawResponse(
            response,
            partial(_reset_current_user_api_key_v1._result, self._client, response),
        )

    async def reset_current_user_smpp_password(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmppCredentials]:
        """Resets the password for the SMPP connection.

        The old SMPP password stops working; the reply is the only time the new one is shown.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _reset_current_user_smpp_password._get_kwargs(), extra_headers
        )
        return RawResponse(
            response,
            partial(_reset_current_user_smpp_password._result, self._client, response),
        )

    @overload
    async def set_current_user_routing(
        self,
        *,
        body: Routing,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Routing]: ...

    @overload
    async def set_current_user_routing(
        self,
        *,
        mode: RoutingMode,
        countries: list[str] | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Routing]: ...

    async def set_current_user_routing(
        self,
        *,
        body: Routing | None = None,
        mode: RoutingMode = NOT_GIVEN,
        countries: list[str] | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Routing]:
        """Sets the routing policy to restrict the sending of SMS messages.

        With `mode` `listed`, messages to numbers outside `countries` are refused (403); `all` lifts the
        restriction.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = Routing(
                mode=mode,
                countries=countries,
            )

        response = await self._client._asend(
            _set_current_user_routing._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_set_current_user_routing._result, self._client, response)
        )

    @overload
    async def update_current_user_email(
        self,
        *,
        body: EmailChange,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[User]: ...

    @overload
    async def update_current_user_email(
        self,
        *,
        email: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[User]: ...

    async def update_current_user_email(
        self,
        *,
        body: EmailChange | None = None,
        email: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[User]:
        """Starts the procedure for changing the email address.

        The new address becomes `pending_email` and gets a confirmation link; `email` changes once it is
        confirmed.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = EmailChange(
                email=email,
            )

        response = await self._client._asend(
            _update_current_user_email._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_update_current_user_email._result, self._client, response),
        )

    @overload
    async def update_current_user_password(
        self,
        *,
        body: PasswordChange,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]: ...

    @overload
    async def update_current_user_password(
        self,
        *,
        old_password: str,
        new_password: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]: ...

    async def update_current_user_password(
        self,
        *,
        body: PasswordChange | None = None,
        old_password: str = NOT_GIVEN,
        new_password: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """Changes the user's password.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = PasswordChange(
                old_password=old_password,
                new_password=new_password,
            )

        response = await self._client._asend(
            _update_current_user_password._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_update_current_user_password._result, self._client, response),
        )


__all__ = [
    "AsyncUsersResource",
    "AsyncUsersResourceWithRawResponse",
    "UsersResource",
    "UsersResourceWithRawResponse",
]
