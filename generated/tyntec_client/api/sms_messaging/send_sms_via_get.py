import datetime
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.callback_method import CallbackMethod
from ...models.encoding import Encoding
from ...models.problem import Problem
from ...models.rest_message_response import RestMessageResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    to: str,
    from_: str,
    message: str,
    encoding: Encoding | Unset = UNSET,
    gateway: str | Unset = UNSET,
    conversion: bool | Unset = UNSET,
    send_date_time: datetime.datetime | Unset = UNSET,
    validity: str | Unset = UNSET,
    reference: str | Unset = UNSET,
    callback_url: str | Unset = UNSET,
    callback_method: CallbackMethod | Unset = UNSET,
    part_limit: int | Unset = UNSET,
    trate: float | Unset = UNSET,
    mrate: float | Unset = UNSET,
    upper_cased: bool | Unset = UNSET,
    keep_emojis: bool | Unset = UNSET,
    flash: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["to"] = to

    params["from"] = from_

    params["message"] = message

    json_encoding: str | Unset = UNSET
    if not isinstance(encoding, Unset):
        json_encoding = encoding.value

    params["encoding"] = json_encoding

    params["gateway"] = gateway

    params["conversion"] = conversion

    json_send_date_time: str | Unset = UNSET
    if not isinstance(send_date_time, Unset):
        json_send_date_time = send_date_time.isoformat()
    params["sendDateTime"] = json_send_date_time

    params["validity"] = validity

    params["reference"] = reference

    params["callbackUrl"] = callback_url

    json_callback_method: str | Unset = UNSET
    if not isinstance(callback_method, Unset):
        json_callback_method = callback_method.value

    params["callbackMethod"] = json_callback_method

    params["partLimit"] = part_limit

    params["trate"] = trate

    params["mrate"] = mrate

    params["upperCased"] = upper_cased

    params["keepEmojis"] = keep_emojis

    params["flash"] = flash

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/messaging/v1/sms",
        "params": params,
    }

    return _kwargs


def _parse_200(response: httpx.Response) -> RestMessageResponse:
    response_200 = RestMessageResponse.from_dict(response.json())

    return response_200


def _parse_400(response: httpx.Response) -> Problem:
    response_400 = Problem.from_dict(response.json())

    return response_400


def _parse_401(response: httpx.Response) -> Problem:
    response_401 = Problem.from_dict(response.json())

    return response_401


def _parse_403(response: httpx.Response) -> Problem:
    response_403 = Problem.from_dict(response.json())

    return response_403


def _parse_404(response: httpx.Response) -> Problem:
    response_404 = Problem.from_dict(response.json())

    return response_404


def _parse_500(response: httpx.Response) -> Problem:
    response_500 = Problem.from_dict(response.json())

    return response_500


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | RestMessageResponse | None:
    if response.status_code == 200:
        return errors.read(client, response, _parse_200, "RestMessageResponse")
    if response.status_code == 201:
        return errors.empty(client, response, "RestMessageResponse")
    if response.status_code == 400:
        return errors.read(client, response, _parse_400, "Problem")
    if response.status_code == 401:
        return errors.read(client, response, _parse_401, "Problem")
    if response.status_code == 403:
        return errors.read(client, response, _parse_403, "Problem")
    if response.status_code == 404:
        return errors.read(client, response, _parse_404, "Problem")
    if response.status_code == 500:
        return errors.read(client, response, _parse_500, "Problem")
    if 200 <= response.status_code <= 299:
        return errors.read(client, response, _parse_200, "RestMessageResponse")
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Problem | RestMessageResponse]:
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[Any | Problem | RestMessageResponse],
) -> RestMessageResponse:
    if 200 <= response.status_code <= 299:
        return cast(RestMessageResponse, response.parsed)
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    to: str,
    from_: str,
    message: str,
    encoding: Encoding | Unset = UNSET,
    gateway: str | Unset = UNSET,
    conversion: bool | Unset = UNSET,
    send_date_time: datetime.datetime | Unset = UNSET,
    validity: str | Unset = UNSET,
    reference: str | Unset = UNSET,
    callback_url: str | Unset = UNSET,
    callback_method: CallbackMethod | Unset = UNSET,
    part_limit: int | Unset = UNSET,
    trate: float | Unset = UNSET,
    mrate: float | Unset = UNSET,
    upper_cased: bool | Unset = UNSET,
    keep_emojis: bool | Unset = UNSET,
    flash: bool | Unset = UNSET,
) -> Response[Any | Problem | RestMessageResponse]:
    """Send SMS (GET)

     Sends an SMS via the GET HTTP method with parameters defined in the
    query string. Sending is not idempotent even though the method is GET:
    every call sends a new message.

    Args:
        to (str): A phone number in the international format (E.164), with or without the leading
            `+`. Example: +491701234567.
        from_ (str): A phone number in the international format, or an alphanumeric
            identifier of up to 11 characters.
             Example: tyntec.
        message (str): The message text. GSM-7 allows 160 characters in a single message and
            152 per part of a concatenated one; UCS-2 allows 70 and 66.
             Example: Hello world!.
        encoding (Encoding | Unset): Encoding selection between GSM7, UNICODE, or the default AUTO
            selection
        gateway (str | Unset):
        conversion (bool | Unset):
        send_date_time (datetime.datetime | Unset):
        validity (str | Unset): Message validity in minutes, as a decimal string. Example: 1440.
        reference (str | Unset):
        callback_url (str | Unset): Your URL for delivering the Delivery Reports; leave it out for
            no Delivery Report. Example: https://rest.customer.com/dlr.
        callback_method (CallbackMethod | Unset): Your preferred HTTP method for the Delivery
            Report callback.
        part_limit (int | Unset): Up to how many parts you allow this message to be concatenated.
        trate (float | Unset):
        mrate (float | Unset):
        upper_cased (bool | Unset):
        keep_emojis (bool | Unset):
        flash (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | RestMessageResponse]
    """

    kwargs = _get_kwargs(
        to=to,
        from_=from_,
        message=message,
        encoding=encoding,
        gateway=gateway,
        conversion=conversion,
        send_date_time=send_date_time,
        validity=validity,
        reference=reference,
        callback_url=callback_url,
        callback_method=callback_method,
        part_limit=part_limit,
        trate=trate,
        mrate=mrate,
        upper_cased=upper_cased,
        keep_emojis=keep_emojis,
        flash=flash,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    to: str,
    from_: str,
    message: str,
    encoding: Encoding | Unset = UNSET,
    gateway: str | Unset = UNSET,
    conversion: bool | Unset = UNSET,
    send_date_time: datetime.datetime | Unset = UNSET,
    validity: str | Unset = UNSET,
    reference: str | Unset = UNSET,
    callback_url: str | Unset = UNSET,
    callback_method: CallbackMethod | Unset = UNSET,
    part_limit: int | Unset = UNSET,
    trate: float | Unset = UNSET,
    mrate: float | Unset = UNSET,
    upper_cased: bool | Unset = UNSET,
    keep_emojis: bool | Unset = UNSET,
    flash: bool | Unset = UNSET,
) -> RestMessageResponse:
    """Send SMS (GET)

     Sends an SMS via the GET HTTP method with parameters defined in the
    query string. Sending is not idempotent even though the method is GET:
    every call sends a new message.

    Args:
        to (str): A phone number in the international format (E.164), with or without the leading
            `+`. Example: +491701234567.
        from_ (str): A phone number in the international format, or an alphanumeric
            identifier of up to 11 characters.
             Example: tyntec.
        message (str): The message text. GSM-7 allows 160 characters in a single message and
            152 per part of a concatenated one; UCS-2 allows 70 and 66.
             Example: Hello world!.
        encoding (Encoding | Unset): Encoding selection between GSM7, UNICODE, or the default AUTO
            selection
        gateway (str | Unset):
        conversion (bool | Unset):
        send_date_time (datetime.datetime | Unset):
        validity (str | Unset): Message validity in minutes, as a decimal string. Example: 1440.
        reference (str | Unset):
        callback_url (str | Unset): Your URL for delivering the Delivery Reports; leave it out for
            no Delivery Report. Example: https://rest.customer.com/dlr.
        callback_method (CallbackMethod | Unset): Your preferred HTTP method for the Delivery
            Report callback.
        part_limit (int | Unset): Up to how many parts you allow this message to be concatenated.
        trate (float | Unset):
        mrate (float | Unset):
        upper_cased (bool | Unset):
        keep_emojis (bool | Unset):
        flash (bool | Unset):

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RestMessageResponse: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        sync_detailed(
            client=client,
            to=to,
            from_=from_,
            message=message,
            encoding=encoding,
            gateway=gateway,
            conversion=conversion,
            send_date_time=send_date_time,
            validity=validity,
            reference=reference,
            callback_url=callback_url,
            callback_method=callback_method,
            part_limit=part_limit,
            trate=trate,
            mrate=mrate,
            upper_cased=upper_cased,
            keep_emojis=keep_emojis,
            flash=flash,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    to: str,
    from_: str,
    message: str,
    encoding: Encoding | Unset = UNSET,
    gateway: str | Unset = UNSET,
    conversion: bool | Unset = UNSET,
    send_date_time: datetime.datetime | Unset = UNSET,
    validity: str | Unset = UNSET,
    reference: str | Unset = UNSET,
    callback_url: str | Unset = UNSET,
    callback_method: CallbackMethod | Unset = UNSET,
    part_limit: int | Unset = UNSET,
    trate: float | Unset = UNSET,
    mrate: float | Unset = UNSET,
    upper_cased: bool | Unset = UNSET,
    keep_emojis: bool | Unset = UNSET,
    flash: bool | Unset = UNSET,
) -> Response[Any | Problem | RestMessageResponse]:
    """Send SMS (GET)

     Sends an SMS via the GET HTTP method with parameters defined in the
    query string. Sending is not idempotent even though the method is GET:
    every call sends a new message.

    Args:
        to (str): A phone number in the international format (E.164), with or without the leading
            `+`. Example: +491701234567.
        from_ (str): A phone number in the international format, or an alphanumeric
            identifier of up to 11 characters.
             Example: tyntec.
        message (str): The message text. GSM-7 allows 160 characters in a single message and
            152 per part of a concatenated one; UCS-2 allows 70 and 66.
             Example: Hello world!.
        encoding (Encoding | Unset): Encoding selection between GSM7, UNICODE, or the default AUTO
            selection
        gateway (str | Unset):
        conversion (bool | Unset):
        send_date_time (datetime.datetime | Unset):
        validity (str | Unset): Message validity in minutes, as a decimal string. Example: 1440.
        reference (str | Unset):
        callback_url (str | Unset): Your URL for delivering the Delivery Reports; leave it out for
            no Delivery Report. Example: https://rest.customer.com/dlr.
        callback_method (CallbackMethod | Unset): Your preferred HTTP method for the Delivery
            Report callback.
        part_limit (int | Unset): Up to how many parts you allow this message to be concatenated.
        trate (float | Unset):
        mrate (float | Unset):
        upper_cased (bool | Unset):
        keep_emojis (bool | Unset):
        flash (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | RestMessageResponse]
    """

    kwargs = _get_kwargs(
        to=to,
        from_=from_,
        message=message,
        encoding=encoding,
        gateway=gateway,
        conversion=conversion,
        send_date_time=send_date_time,
        validity=validity,
        reference=reference,
        callback_url=callback_url,
        callback_method=callback_method,
        part_limit=part_limit,
        trate=trate,
        mrate=mrate,
        upper_cased=upper_cased,
        keep_emojis=keep_emojis,
        flash=flash,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    to: str,
    from_: str,
    message: str,
    encoding: Encoding | Unset = UNSET,
    gateway: str | Unset = UNSET,
    conversion: bool | Unset = UNSET,
    send_date_time: datetime.datetime | Unset = UNSET,
    validity: str | Unset = UNSET,
    reference: str | Unset = UNSET,
    callback_url: str | Unset = UNSET,
    callback_method: CallbackMethod | Unset = UNSET,
    part_limit: int | Unset = UNSET,
    trate: float | Unset = UNSET,
    mrate: float | Unset = UNSET,
    upper_cased: bool | Unset = UNSET,
    keep_emojis: bool | Unset = UNSET,
    flash: bool | Unset = UNSET,
) -> RestMessageResponse:
    """Send SMS (GET)

     Sends an SMS via the GET HTTP method with parameters defined in the
    query string. Sending is not idempotent even though the method is GET:
    every call sends a new message.

    Args:
        to (str): A phone number in the international format (E.164), with or without the leading
            `+`. Example: +491701234567.
        from_ (str): A phone number in the international format, or an alphanumeric
            identifier of up to 11 characters.
             Example: tyntec.
        message (str): The message text. GSM-7 allows 160 characters in a single message and
            152 per part of a concatenated one; UCS-2 allows 70 and 66.
             Example: Hello world!.
        encoding (Encoding | Unset): Encoding selection between GSM7, UNICODE, or the default AUTO
            selection
        gateway (str | Unset):
        conversion (bool | Unset):
        send_date_time (datetime.datetime | Unset):
        validity (str | Unset): Message validity in minutes, as a decimal string. Example: 1440.
        reference (str | Unset):
        callback_url (str | Unset): Your URL for delivering the Delivery Reports; leave it out for
            no Delivery Report. Example: https://rest.customer.com/dlr.
        callback_method (CallbackMethod | Unset): Your preferred HTTP method for the Delivery
            Report callback.
        part_limit (int | Unset): Up to how many parts you allow this message to be concatenated.
        trate (float | Unset):
        mrate (float | Unset):
        upper_cased (bool | Unset):
        keep_emojis (bool | Unset):
        flash (bool | Unset):

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RestMessageResponse: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            client=client,
            to=to,
            from_=from_,
            message=message,
            encoding=encoding,
            gateway=gateway,
            conversion=conversion,
            send_date_time=send_date_time,
            validity=validity,
            reference=reference,
            callback_url=callback_url,
            callback_method=callback_method,
            part_limit=part_limit,
            trate=trate,
            mrate=mrate,
            upper_cased=upper_cased,
            keep_emojis=keep_emojis,
            flash=flash,
        )
    )


def _result(
    client: AuthenticatedClient | Client, response: httpx.Response
) -> RestMessageResponse:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
