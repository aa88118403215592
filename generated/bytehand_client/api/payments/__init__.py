"""payments: the resource ``client.payments``, and one module per operation."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, cast, overload

import httpx

from ... import types as _types
from ...models.bonus import Bonus
from ...models.bonus_activation import BonusActivation
from ...models.deposit_input import DepositInput
from ...models.deposit_option import DepositOption
from ...models.deposit_request import DepositRequest
from ...models.error import Error
from ...models.invoice import Invoice
from ...models.invoice_input import InvoiceInput
from ...models.payback import Payback
from ...models.payback_input import PaybackInput
from ...models.recurring_payment import RecurringPayment
from ...models.recurring_payment_input import RecurringPaymentInput
from ...models.referral import Referral
from ...models.referral_statistics import ReferralStatistics
from ...models.services_act import ServicesAct
from ...models.transaction import Transaction
from ...types import NOT_GIVEN, UNSET, AsyncPage, RawResponse, SyncPage, Unset
from . import activate_bonus as _activate_bonus
from . import activate_startup_bonus as _activate_startup_bonus
from . import create_deposit_request as _create_deposit_request
from . import create_invoice as _create_invoice
from . import create_payback as _create_payback
from . import create_recurring_payment as _create_recurring_payment
from . import delete_invoice as _delete_invoice
from . import delete_recurring_payment as _delete_recurring_payment
from . import get_invoice_by_id as _get_invoice_by_id
from . import get_invoices as _get_invoices
from . import get_possible_deposit_requests as _get_possible_deposit_requests
from . import get_provided_services_acts as _get_provided_services_acts
from . import get_referral_by_id as _get_referral_by_id
from . import get_referral_statistics_by_id as _get_referral_statistics_by_id
from . import query_referral_count as _query_referral_count
from . import query_referrals as _query_referrals
from . import query_transaction_count as _query_transaction_count
from . import query_transactions as _query_transactions

if TYPE_CHECKING:
    from ...client import Client


class PaymentsResource:
    """``client.payments``: every operation of the tag as a method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> PaymentsResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return PaymentsResourceWithRawResponse(self._client)

    def get_provided_services_acts(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        year: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPage[ServicesAct]:
        """Returns information for printing acts of services provided.

        One act per calendar month (UTC) in which the user was charged, newest first.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _get_provided_services_acts._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                    year=UNSET if year is None else year,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = fetch(number)
        return SyncPage[ServicesAct](
            response,
            partial(_get_provided_services_acts._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    @overload
    def activate_bonus(
        self,
        *,
        body: BonusActivation,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Bonus: ...

    @overload
    def activate_bonus(
        self,
        *,
        code: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Bonus: ...

    def activate_bonus(
        self,
        *,
        body: BonusActivation | None = None,
        code: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Bonus:
        """Activates the promo code.

        Adds the promo code's amount to the balance; each code works once per user (409 the second time).
        """

        if body is None:
            body = BonusActivation(
                code=code,
            )

        response = self._client._send(
            _activate_bonus._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _activate_bonus._result(self._client, response)

    def activate_startup_bonus(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Bonus:
        """Activates the initial bonus for testing the service.

        Credits the one-time startup bonus (10.00 RUB); 409 once it has been activated.
        """

        response = self._client._send(
            _activate_startup_bonus._get_kwargs(), extra_headers
        )
        return _activate_startup_bonus._result(self._client, response)

    def get_possible_deposit_requests(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPage[DepositOption]:
        """Returns available payment options.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _get_possible_deposit_requests._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = fetch(number)
        return SyncPage[DepositOption](
            response,
            partial(_get_possible_deposit_requests._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    @overload
    def create_deposit_request(
        self,
        *,
        body: DepositInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DepositRequest: ...

    @overload
    def create_deposit_request(
        self,
        *,
        method: str,
        amount: float,
        return_url: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DepositRequest: ...

    def create_deposit_request(
        self,
        *,
        body: DepositInput | None = None,
        method: str = NOT_GIVEN,
        amount: float = NOT_GIVEN,
        return_url: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DepositRequest:
        """Starts a deposit operation.

        Answers the payment page to send the user to. The request is
        `PENDING` until the payment arrives; the balance grows then (the
        emulator completes every deposit one emulated minute later).
        """

        if body is None:
            body = DepositInput(
                method=method,
                amount=amount,
                return_url=return_url,
            )

        response = self._client._send(
            _create_deposit_request._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _create_deposit_request._result(self._client, response)

    def get_invoice_by_id(
        self,
        invoice_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Invoice:
        """Returns an invoice by its ID."""

        response = self._client._send(
            _get_invoice_by_id._get_kwargs(
                invoice_id=invoice_id,
            ),
            extra_headers,
        )
        return _get_invoice_by_id._result(self._client, response)

    def delete_invoice(
        self,
        invoice_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Deletes an invoice.

        Only an unpaid invoice can be deleted (409 otherwise).
        """

        response = self._client._send(
            _delete_invoice._get_kwargs(
                invoice_id=invoice_id,
            ),
            extra_headers,
        )
        return _delete_invoice._result(self._client, response)

    def get_invoices(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPage[Invoice]:
        """Returns invoices.

        Every invoice of the user, newest first.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _get_invoices._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = fetch(number)
        return SyncPage[Invoice](
            response,
            partial(_get_invoices._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    @overload
    def create_invoice(
        self,
        *,
        body: InvoiceInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Invoice: ...

    @overload
    def create_invoice(
        self,
        *,
        amount: float,
        legal_entity_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Invoice: ...

    def create_invoice(
        self,
        *,
        body: InvoiceInput | None = None,
        amount: float = NOT_GIVEN,
        legal_entity_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Invoice:
        """Creates an invoice for payment via bank transfer.

        The invoice is `UNPAID` until the bank transfer arrives; then it is
        `PAID` and its amount is credited to the balance (a `deposit`
        transaction). An unpaid invoice can be deleted.
        """

        if body is None:
            body = InvoiceInput(
                amount=amount,
                legal_entity_id=legal_entity_id,
            )

        response = self._client._send(
            _create_invoice._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _create_invoice._result(self._client, response)

    @overload
    def create_payback(
        self,
        *,
        body: PaybackInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Payback: ...

    @overload
    def create_payback(
        self,
        *,
        amount: float,
        details: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Payback: ...

    def create_payback(
        self,
        *,
        body: PaybackInput | None = None,
        amount: float = NOT_GIVEN,
        details: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Payback:
        """Creates a withdrawal request.

        Reserves `amount` from the balance at once (403 when the balance is smaller) and pays it out to
        `details`; the request is `PENDING` until the money has gone out, then `PAID`.
        """

        if body is None:
            body = PaybackInput(
                amount=amount,
                details=details,
            )

        response = self._client._send(
            _create_payback._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _create_payback._result(self._client, response)

    @overload
    def create_recurring_payment(
        self,
        *,
        body: RecurringPaymentInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RecurringPayment: ...

    @overload
    def create_recurring_payment(
        self,
        *,
        method: str,
        amount: float,
        threshold: float,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RecurringPayment: ...

    def create_recurring_payment(
        self,
        *,
        body: RecurringPaymentInput | None = None,
        method: str = NOT_GIVEN,
        amount: float = NOT_GIVEN,
        threshold: float = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RecurringPayment:
        """Starts auto payment connection.

        Tops the balance up by `amount` whenever it falls below `threshold`; a user has at most one (409).
        """

        if body is None:
            body = RecurringPaymentInput(
                method=method,
                amount=amount,
                threshold=threshold,
            )

        response = self._client._send(
            _create_recurring_payment._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _create_recurring_payment._result(self._client, response)

    def delete_recurring_payment(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Deletes an enabled auto payment."""

        response = self._client._send(
            _delete_recurring_payment._get_kwargs(), extra_headers
        )
        return _delete_recurring_payment._result(self._client, response)

    def get_referral_statistics_by_id(
        self,
        referral_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ReferralStatistics:
        """Returns statistics for a referral user by their ID."""

        response = self._client._send(
            _get_referral_statistics_by_id._get_kwargs(
                referral_id=referral_id,
            ),
            extra_headers,
        )
        return _get_referral_statistics_by_id._result(self._client, response)

    def get_referral_by_id(
        self,
        referral_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Referral:
        """Returns the referral user by their ID."""

        response = self._client._send(
            _get_referral_by_id._get_kwargs(
                referral_id=referral_id,
            ),
            extra_headers,
        )
        return _get_referral_by_id._result(self._client, response)

    def query_referrals(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPage[Referral]:
        """Returns referral users that match the query.

        The users who registered with this user as `referrer_id`, oldest first unless `sort` says otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _query_referrals._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                    query=UNSET if query is None else query,
                    sort=UNSET if sort is None else sort,
                    fields=UNSET if fields is None else fields,
                    plain=UNSET if plain is None else plain,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = fetch(number)
        return SyncPage[Referral](
            response,
            partial(_query_referrals._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    def query_referral_count(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> int:
        """Returns the number of referral users that matched the query.

        Returns the number in the reply's ``X-Total-Count`` header.
        """

        response = self._client._send(
            _query_referral_count._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return _query_referral_count._result(self._client, response)

    def query_transactions(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPage[Transaction]:
        """Returns transactions that match the query.

        Balance movements, grouped: one transaction per send request or
        campaign (however many messages it had), bonus, deposit or payback.
        Newest first unless `sort` says otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _query_transactions._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                    query=UNSET if query is None else query,
                    sort=UNSET if sort is None else sort,
                    fields=UNSET if fields is None else fields,
                    plain=UNSET if plain is None else plain,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = fetch(number)
        return SyncPage[Transaction](
            response,
            partial(_query_transactions._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    def query_transaction_count(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> int:
        """Returns the number of transactions that matched the query.

        Returns the number in the reply's ``X-Total-Count`` header.
        """

        response = self._client._send(
            _query_transaction_count._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return _query_transaction_count._result(self._client, response)


class PaymentsResourceWithRawResponse:
    """``client.payments.with_raw_response``: the methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_provided_services_acts(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        year: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SyncPage[ServicesAct]]:
        """Returns information for printing acts of services provided.

        One act per calendar month (UTC) in which the user was charged, newest first.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _get_provided_services_acts._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                    year=UNSET if year is None else year,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = fetch(number)
        return RawResponse(
            response,
            partial(
                SyncPage[ServicesAct],
                response,
                partial(_get_provided_services_acts._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    @overload
    def activate_bonus(
        self,
        *,
        body: BonusActivation,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Bonus]: ...

    @overload
    def activate_bonus(
        self,
        *,
        code: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Bonus]: ...

    def activate_bonus(
        self,
        *,
        body: BonusActivation | None = None,
        code: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Bonus]:
        """Activates the promo code.

        Adds the promo code's amount to the balance; each code works once per user (409 the second time).

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = BonusActivation(
                code=code,
            )

        response = self._client._send(
            _activate_bonus._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_activate_bonus._result, self._client, response)
        )

    def activate_startup_bonus(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Bonus]:
        """Activates the initial bonus for testing the service.

        Credits the one-time startup bonus (10.00 RUB); 409 once it has been activated.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _activate_startup_bonus._get_kwargs(), extra_headers
        )
        return RawResponse(
            response, partial(_activate_startup_bonus._result, self._client, response)
        )

    def get_possible_deposit_requests(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SyncPage[DepositOption]]:
        """Returns available payment options.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _get_possible_deposit_requests._get_kwargs(
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
                SyncPage[DepositOption],
                response,
                partial(_get_possible_deposit_requests._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    @overload
    def create_deposit_request(
        self,
        *,
        body: DepositInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[DepositRequest]: ...

    @overload
    def create_deposit_request(
        self,
        *,
        method: str,
        amount: float,
        return_url: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[DepositRequest]: ...

    def create_deposit_request(
        self,
        *,
        body: DepositInput | None = None,
        method: str = NOT_GIVEN,
        amount: float = NOT_GIVEN,
        return_url: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[DepositRequest]:
        """Starts a deposit operation.

        Answers the payment page to send the user to. The request is
        `PENDING` until the payment arrives; the balance grows then (the
        emulator completes every deposit one emulated minute later).

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = DepositInput(
                method=method,
                amount=amount,
                return_url=return_url,
            )

        response = self._client._send(
            _create_deposit_request._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_create_deposit_request._result, self._client, response)
        )

    def get_invoice_by_id(
        self,
        invoice_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Invoice]:
        """Returns an invoice by its ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _get_invoice_by_id._get_kwargs(
                invoice_id=invoice_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_invoice_by_id._result, self._client, response)
        )

    def delete_invoice(
        self,
        invoice_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """Deletes an invoice.

        Only an unpaid invoice can be deleted (409 otherwise).

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _delete_invoice._get_kwargs(
                invoice_id=invoice_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_delete_invoice._result, self._client, response)
        )

    def get_invoices(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SyncPage[Invoice]]:
        """Returns invoices.

        Every invoice of the user, newest first.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _get_invoices._get_kwargs(
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
                SyncPage[Invoice],
                response,
                partial(_get_invoices._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    @overload
    def create_invoice(
        self,
        *,
        body: InvoiceInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Invoice]: ...

    @overload
    def create_invoice(
        self,
        *,
        amount: float,
        legal_entity_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Invoice]: ...

    def create_invoice(
        self,
        *,
        body: InvoiceInput | None = None,
        amount: float = NOT_GIVEN,
        legal_entity_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Invoice]:
        """Creates an invoice for payment via bank transfer.

        The invoice is `UNPAID` until the bank transfer arrives; then it is
        `PAID` and its amount is credited to the balance (a `deposit`
        transaction). An unpaid invoice can be deleted.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = InvoiceInput(
                amount=amount,
                legal_entity_id=legal_entity_id,
            )

        response = self._client._send(
            _create_invoice._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_create_invoice._result, self._client, response)
        )

    @overload
    def create_payback(
        self,
        *,
        body: PaybackInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Payback]: ...

    @overload
    def create_payback(
        self,
        *,
        amount: float,
        details: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Payback]: ...

    def create_payback(
        self,
        *,
        body: PaybackInput | None = None,
        amount: float = NOT_GIVEN,
        details: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Payback]:
        """Creates a withdrawal request.

        Reserves `amount` from the balance at once (403 when the balance is smaller) and pays it out to
        `details`; the request is `PENDING` until the money has gone out, then `PAID`.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = PaybackInput(
                amount=amount,
                details=details,
            )

        response = self._client._send(
            _create_payback._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_create_payback._result, self._client, response)
        )

    @overload
    def create_recurring_payment(
        self,
        *,
        body: RecurringPaymentInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[RecurringPayment]: ...

    @overload
    def create_recurring_payment(
        self,
        *,
        method: str,
        amount: float,
        threshold: float,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[RecurringPayment]: ...

    def create_recurring_payment(
        self,
        *,
        body: RecurringPaymentInput | None = None,
        method: str = NOT_GIVEN,
        amount: float = NOT_GIVEN,
        threshold: float = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[RecurringPayment]:
        """Starts auto payment connection.

        Tops the balance up by `amount` whenever it falls below `threshold`; a user has at most one (409).

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = RecurringPaymentInput(
                method=method,
                amount=amount,
                threshold=threshold,
            )

        response = self._client._send(
            _create_recurring_payment._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_create_recurring_payment._result, self._client, response)
        )

    def delete_recurring_payment(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """Deletes an enabled auto payment.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _delete_recurring_payment._get_kwargs(), extra_headers
        )
        return RawResponse(
            response, partial(_delete_recurring_payment._result, self._client, response)
        )

    def get_referral_statistics_by_id(
        self,
        referral_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ReferralStatistics]:
        """Returns statistics for a referral user by their ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _get_referral_statistics_by_id._get_kwargs(
                referral_id=referral_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_get_referral_statistics_by_id._result, self._client, response),
        )

    def get_referral_by_id(
        self,
        referral_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Referral]:
        """Returns the referral user by their ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _get_referral_by_id._get_kwargs(
                referral_id=referral_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_referral_by_id._result, self._client, response)
        )

    def query_referrals(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SyncPage[Referral]]:
        """Returns referral users that match the query.

        The users who registered with this user as `referrer_id`, oldest first unless `sort` says otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _query_referrals._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                    query=UNSET if query is None else query,
                    sort=UNSET if sort is None else sort,
                    fields=UNSET if fields is None else fields,
                    plain=UNSET if plain is None else plain,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = fetch(number)
        return RawResponse(
            response,
            partial(
                SyncPage[Referral],
                response,
                partial(_query_referrals._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    def query_referral_count(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[int]:
        """Returns the number of referral users that matched the query.

        Returns the number in the reply's ``X-Total-Count`` header.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _query_referral_count._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_query_referral_count._result, self._client, response)
        )

    def query_transactions(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SyncPage[Transaction]]:
        """Returns transactions that match the query.

        Balance movements, grouped: one transaction per send request or
        campaign (however many messages it had), bonus, deposit or payback.
        Newest first unless `sort` says otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _query_transactions._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                    query=UNSET if query is None else query,
                    sort=UNSET if sort is None else sort,
                    fields=UNSET if fields is None else fields,
                    plain=UNSET if plain is None else plain,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = fetch(number)
        return RawResponse(
            response,
            partial(
                SyncPage[Transaction],
                response,
                partial(_query_transactions._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    def query_transaction_count(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[int]:
        """Returns the number of transactions that matched the query.

        Returns the number in the reply's ``X-Total-Count`` header.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _query_transaction_count._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_query_transaction_count._result, self._client, response)
        )


class AsyncPaymentsResource:
    """``client.aio.payments``: every operation of the tag as an awaitable method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncPaymentsResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return AsyncPaymentsResourceWithRawResponse(self._client)

    async def get_provided_services_acts(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        year: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPage[ServicesAct]:
        """Returns information for printing acts of services provided.

        One act per calendar month (UTC) in which the user was charged, newest first.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _get_provided_services_acts._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                    year=UNSET if year is None else year,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = await fetch(number)
        return AsyncPage[ServicesAct](
            response,
            partial(_get_provided_services_acts._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    @overload
    async def activate_bonus(
        self,
        *,
        body: BonusActivation,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Bonus: ...

    @overload
    async def activate_bonus(
        self,
        *,
        code: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Bonus: ...

    async def activate_bonus(
        self,
        *,
        body: BonusActivation | None = None,
        code: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Bonus:
        """Activates the promo code.

        Adds the promo code's amount to the balance; each code works once per user (409 the second time).
        """

        if body is None:
            body = BonusActivation(
                code=code,
            )

        response = await self._client._asend(
            _activate_bonus._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _activate_bonus._result(self._client, response)

    async def activate_startup_bonus(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Bonus:
        """Activates the initial bonus for testing the service.

        Credits the one-time startup bonus (10.00 RUB); 409 once it has been activated.
        """

        response = await self._client._asend(
            _activate_startup_bonus._get_kwargs(), extra_headers
        )
        return _activate_startup_bonus._result(self._client, response)

    async def get_possible_deposit_requests(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPage[DepositOption]:
        """Returns available payment options.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _get_possible_deposit_requests._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = await fetch(number)
        return AsyncPage[DepositOption](
            response,
            partial(_get_possible_deposit_requests._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    @overload
    async def create_deposit_request(
        self,
        *,
        body: DepositInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DepositRequest: ...

    @overload
    async def create_deposit_request(
        self,
        *,
        method: str,
        amount: float,
        return_url: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DepositRequest: ...

    async def create_deposit_request(
        self,
        *,
        body: DepositInput | None = None,
        method: str = NOT_GIVEN,
        amount: float = NOT_GIVEN,
        return_url: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DepositRequest:
        """Starts a deposit operation.

        Answers the payment page to send the user to. The request is
        `PENDING` until the payment arrives; the balance grows then (the
        emulator completes every deposit one emulated minute later).
        """

        if body is None:
            body = DepositInput(
                method=method,
                amount=amount,
                return_url=return_url,
            )

        response = await self._client._asend(
            _create_deposit_request._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _create_deposit_request._result(self._client, response)

    async def get_invoice_by_id(
        self,
        invoice_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Invoice:
        """Returns an invoice by its ID."""

        response = await self._client._asend(
            _get_invoice_by_id._get_kwargs(
                invoice_id=invoice_id,
            ),
            extra_headers,
        )
        return _get_invoice_by_id._result(self._client, response)

    async def delete_invoice(
        self,
        invoice_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Deletes an invoice.

        Only an unpaid invoice can be deleted (409 otherwise).
        """

        response = await self._client._asend(
            _delete_invoice._get_kwargs(
                invoice_id=invoice_id,
            ),
            extra_headers,
        )
        return _delete_invoice._result(self._client, response)

    async def get_invoices(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPage[Invoice]:
        """Returns invoices.

        Every invoice of the user, newest first.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _get_invoices._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = await fetch(number)
        return AsyncPage[Invoice](
            response,
            partial(_get_invoices._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    @overload
    async def create_invoice(
        self,
        *,
        body: InvoiceInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Invoice: ...

    @overload
    async def create_invoice(
        self,
        *,
        amount: float,
        legal_entity_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Invoice: ...

    async def create_invoice(
        self,
        *,
        body: InvoiceInput | None = None,
        amount: float = NOT_GIVEN,
        legal_entity_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Invoice:
        """Creates an invoice for payment via bank transfer.

        The invoice is `UNPAID` until the bank transfer arrives; then it is
        `PAID` and its amount is credited to the balance (a `deposit`
        transaction). An unpaid invoice can be deleted.
        """

        if body is None:
            body = InvoiceInput(
                amount=amount,
                legal_entity_id=legal_entity_id,
            )

        response = await self._client._asend(
            _create_invoice._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _create_invoice._result(self._client, response)

    @overload
    async def create_payback(
        self,
        *,
        body: PaybackInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Payback: ...

    @overload
    async def create_payback(
        self,
        *,
        amount: float,
        details: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Payback: ...

    async def create_payback(
        self,
        *,
        body: PaybackInput | None = None,
        amount: float = NOT_GIVEN,
        details: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Payback:
        """Creates a withdrawal request.

        Reserves `amount` from the balance at once (403 when the balance is smaller) and pays it out to
        `details`; the request is `PENDING` until the money has gone out, then `PAID`.
        """

        if body is None:
            body = PaybackInput(
                amount=amount,
                details=details,
            )

        response = await self._client._asend(
            _create_payback._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _create_payback._result(self._client, response)

    @overload
    async def create_recurring_payment(
        self,
        *,
        body: RecurringPaymentInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RecurringPayment: ...

    @overload
    async def create_recurring_payment(
        self,
        *,
        method: str,
        amount: float,
        threshold: float,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RecurringPayment: ...

    async def create_recurring_payment(
        self,
        *,
        body: RecurringPaymentInput | None = None,
        method: str = NOT_GIVEN,
        amount: float = NOT_GIVEN,
        threshold: float = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RecurringPayment:
        """Starts auto payment connection.

        Tops the balance up by `amount` whenever it falls below `threshold`; a user has at most one (409).
        """

        if body is None:
            body = RecurringPaymentInput(
                method=method,
                amount=amount,
                threshold=threshold,
            )

        response = await self._client._asend(
            _create_recurring_payment._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _create_recurring_payment._result(self._client, response)

    async def delete_recurring_payment(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Deletes an enabled auto payment."""

        response = await self._client._asend(
            _delete_recurring_payment._get_kwargs(), extra_headers
        )
        return _delete_recurring_payment._result(self._client, response)

    async def get_referral_statistics_by_id(
        self,
        referral_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ReferralStatistics:
        """Returns statistics for a referral user by their ID."""

        response = await self._client._asend(
            _get_referral_statistics_by_id._get_kwargs(
                referral_id=referral_id,
            ),
            extra_headers,
        )
        return _get_referral_statistics_by_id._result(self._client, response)

    async def get_referral_by_id(
        self,
        referral_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Referral:
        """Returns the referral user by their ID."""

        response = await self._client._asend(
            _get_referral_by_id._get_kwargs(
                referral_id=referral_id,
            ),
            extra_headers,
        )
        return _get_referral_by_id._result(self._client, response)

    async def query_referrals(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPage[Referral]:
        """Returns referral users that match the query.

        The users who registered with this user as `referrer_id`, oldest first unless `sort` says otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _query_referrals._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                    query=UNSET if query is None else query,
                    sort=UNSET if sort is None else sort,
                    fields=UNSET if fields is None else fields,
                    plain=UNSET if plain is None else plain,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = await fetch(number)
        return AsyncPage[Referral](
            response,
            partial(_query_referrals._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    async def query_referral_count(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> int:
        """Returns the number of referral users that matched the query.

        Returns the number in the reply's ``X-Total-Count`` header.
        """

        response = await self._client._asend(
            _query_referral_count._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return _query_referral_count._result(self._client, response)

    async def query_transactions(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPage[Transaction]:
        """Returns transactions that match the query.

        Balance movements, grouped: one transaction per send request or
        campaign (however many messages it had), bonus, deposit or payback.
        Newest first unless `sort` says otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _query_transactions._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                    query=UNSET if query is None else query,
                    sort=UNSET if sort is None else sort,
                    fields=UNSET if fields is None else fields,
                    plain=UNSET if plain is None else plain,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = await fetch(number)
        return AsyncPage[Transaction](
            response,
            partial(_query_transactions._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    async def query_transaction_count(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> int:
        """Returns the number of transactions that matched the query.

        Returns the number in the reply's ``X-Total-Count`` header.
        """

        response = await self._client._asend(
            _query_transaction_count._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return _query_transaction_count._result(self._client, response)


class AsyncPaymentsResourceWithRawResponse:
    """``client.aio.payments.with_raw_response``: the awaitable methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def get_provided_services_acts(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        year: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AsyncPage[ServicesAct]]:
        """Returns information for printing acts of services provided.

        One act per calendar month (UTC) in which the user was charged, newest first.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _get_provided_services_acts._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                    year=UNSET if year is None else year,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = await fetch(number)
        return RawResponse(
            response,
            partial(
                AsyncPage[ServicesAct],
                response,
                partial(_get_provided_services_acts._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    @overload
    async def activate_bonus(
        self,
        *,
        body: BonusActivation,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Bonus]: ...

    @overload
    async def activate_bonus(
        self,
        *,
        code: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Bonus]: ...

    async def activate_bonus(
        self,
        *,
        body: BonusActivation | None = None,
        code: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Bonus]:
        """Activates the promo code.

        Adds the promo code's amount to the balance; each code works once per user (409 the second time).

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = BonusActivation(
                code=code,
            )

        response = await self._client._asend(
            _activate_bonus._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_activate_bonus._result, self._client, response)
        )

    async def activate_startup_bonus(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Bonus]:
        """Activates the initial bonus for testing the service.

        Credits the one-time startup bonus (10.00 RUB); 409 once it has been activated.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _activate_startup_bonus._get_kwargs(), extra_headers
        )
        return RawResponse(
            response, partial(_activate_startup_bonus._result, self._client, response)
        )

    async def get_possible_deposit_requests(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AsyncPage[DepositOption]]:
        """Returns available payment options.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _get_possible_deposit_requests._get_kwargs(
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
                AsyncPage[DepositOption],
                response,
                partial(_get_possible_deposit_requests._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    @overload
    async def create_deposit_request(
        self,
        *,
        body: DepositInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[DepositRequest]: ...

    @overload
    async def create_deposit_request(
        self,
        *,
        method: str,
        amount: float,
        return_url: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[DepositRequest]: ...

    async def create_deposit_request(
        self,
        *,
        body: DepositInput | None = None,
        method: str = NOT_GIVEN,
        amount: float = NOT_GIVEN,
        return_url: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[DepositRequest]:
        """Starts a deposit operation.

        Answers the payment page to send the user to. The request is
        `PENDING` until the payment arrives; the balance grows then (the
        emulator completes every deposit one emulated minute later).

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = DepositInput(
                method=method,
                amount=amount,
                return_url=return_url,
            )

        response = await self._client._asend(
            _create_deposit_request._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_create_deposit_request._result, self._client, response)
        )

    async def get_invoice_by_id(
        self,
        invoice_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Invoice]:
        """Returns an invoice by its ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _get_invoice_by_id._get_kwargs(
                invoice_id=invoice_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_invoice_by_id._result, self._client, response)
        )

    async def delete_invoice(
        self,
        invoice_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """Deletes an invoice.

        Only an unpaid invoice can be deleted (409 otherwise).

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _delete_invoice._get_kwargs(
                invoice_id=invoice_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_delete_invoice._result, self._client, response)
        )

    async def get_invoices(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AsyncPage[Invoice]]:
        """Returns invoices.

        Every invoice of the user, newest first.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _get_invoices._get_kwargs(
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
                AsyncPage[Invoice],
                response,
                partial(_get_invoices._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    @overload
    async def create_invoice(
        self,
        *,
        body: InvoiceInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Invoice]: ...

    @overload
    async def create_invoice(
        self,
        *,
        amount: float,
        legal_entity_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Invoice]: ...

    async def create_invoice(
        self,
        *,
        body: InvoiceInput | None = None,
        amount: float = NOT_GIVEN,
        legal_entity_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Invoice]:
        """Creates an invoice for payment via bank transfer.

        The invoice is `UNPAID` until the bank transfer arrives; then it is
        `PAID` and its amount is credited to the balance (a `deposit`
        transaction). An unpaid invoice can be deleted.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = InvoiceInput(
                amount=amount,
                legal_entity_id=legal_entity_id,
            )

        response = await self._client._asend(
            _create_invoice._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_create_invoice._result, self._client, response)
        )

    @overload
    async def create_payback(
        self,
        *,
        body: PaybackInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Payback]: ...

    @overload
    async def create_payback(
        self,
        *,
        amount: float,
        details: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Payback]: ...

    async def create_payback(
        self,
        *,
        body: PaybackInput | None = None,
        amount: float = NOT_GIVEN,
        details: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Payback]:
        """Creates a withdrawal request.

        Reserves `amount` from the balance at once (403 when the balance is smaller) and pays it out to
        `details`; the request is `PENDING` until the money has gone out, then `PAID`.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = PaybackInput(
                amount=amount,
                details=details,
            )

        response = await self._client._asend(
            _create_payback._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_create_payback._result, self._client, response)
        )

    @overload
    async def create_recurring_payment(
        self,
        *,
        body: RecurringPaymentInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[RecurringPayment]: ...

    @overload
    async def create_recurring_payment(
        self,
        *,
        method: str,
        amount: float,
        threshold: float,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[RecurringPayment]: ...

    async def create_recurring_payment(
        self,
        *,
        body: RecurringPaymentInput | None = None,
        method: str = NOT_GIVEN,
        amount: float = NOT_GIVEN,
        threshold: float = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[RecurringPayment]:
        """Starts auto payment connection.

        Tops the balance up by `amount` whenever it falls below `threshold`; a user has at most one (409).

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = RecurringPaymentInput(
                method=method,
                amount=amount,
                threshold=threshold,
            )

        response = await self._client._asend(
            _create_recurring_payment._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_create_recurring_payment._result, self._client, response)
        )

    async def delete_recurring_payment(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """Deletes an enabled auto payment.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _delete_recurring_payment._get_kwargs(), extra_headers
        )
        return RawResponse(
            response, partial(_delete_recurring_payment._result, self._client, response)
        )

    async def get_referral_statistics_by_id(
        self,
        referral_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ReferralStatistics]:
        """Returns statistics for a referral user by their ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _get_referral_statistics_by_id._get_kwargs(
                referral_id=referral_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_get_referral_statistics_by_id._result, self._client, response),
        )

    async def get_referral_by_id(
        self,
        referral_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Referral]:
        """Returns the referral user by their ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _get_referral_by_id._get_kwargs(
                referral_id=referral_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_referral_by_id._result, self._client, response)
        )

    async def query_referrals(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AsyncPage[Referral]]:
        """Returns referral users that match the query.

        The users who registered with this user as `referrer_id`, oldest first unless `sort` says otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _query_referrals._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                    query=UNSET if query is None else query,
                    sort=UNSET if sort is None else sort,
                    fields=UNSET if fields is None else fields,
                    plain=UNSET if plain is None else plain,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = await fetch(number)
        return RawResponse(
            response,
            partial(
                AsyncPage[Referral],
                response,
                partial(_query_referrals._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    async def query_referral_count(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[int]:
        """Returns the number of referral users that matched the query.

        Returns the number in the reply's ``X-Total-Count`` header.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _query_referral_count._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_query_referral_count._result, self._client, response)
        )

    async def query_transactions(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AsyncPage[Transaction]]:
        """Returns transactions that match the query.

        Balance movements, grouped: one transaction per send request or
        campaign (however many messages it had), bonus, deposit or payback.
        Newest first unless `sort` says otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _query_transactions._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                    query=UNSET if query is None else query,
                    sort=UNSET if sort is None else sort,
                    fields=UNSET if fields is None else fields,
                    plain=UNSET if plain is None else plain,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = await fetch(number)
        return RawResponse(
            response,
            partial(
                AsyncPage[Transaction],
                response,
                partial(_query_transactions._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    async def query_transaction_count(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[int]:
        """Returns the number of transactions that matched the query.

        Returns the number in the reply's ``X-Total-Count`` header.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _query_transaction_count._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_query_transaction_count._result, self._client, response)
        )


__all__ = [
    "AsyncPaymentsResource",
    "AsyncPaymentsResourceWithRawResponse",
    "PaymentsResource",
    "PaymentsResourceWithRawResponse",
]
