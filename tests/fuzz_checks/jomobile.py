"""Jo Mobile's replacement for ``positive_data_acceptance`` (matched by the spec's ``info.title``).

Jo Mobile refuses well-formed requests that name server state it does not
have (unknown groups, taken logins, wrong credentials) with a 400.
"""

from __future__ import annotations

import json
from typing import Any

import schemathesis
from schemathesis.checks import CheckContext
from schemathesis.core.transport import Response
from schemathesis.generation.case import Case
from schemathesis.openapi.checks import RejectedPositiveData
from schemathesis.specs.openapi.checks import positive_data_acceptance

JOMOBILE = "Jo Mobile RESTAPI"

# Jo Mobile answers 400 with its error envelope to every request it refuses, including well-formed ones
# that name something the server does not have or will not accept right now. These are the fields whose
# validity depends on that state, per path: credentials, codes and logins, stored group ids, the clock
# (a sending window that is already over) and the balance. A 400 naming any other field is still a failure.
JOMOBILE_STATE_FIELDS: dict[str, frozenset[str]] = {
    "/v1/authorize": frozenset({"password"}),
    "/v1/accesstoken": frozenset({"authorization_code"}),
    "/v1/register": frozenset({"login"}),
    "/v1/send": frozenset({"balance"}),
    "/v1/send-bulk": frozenset({"id_group", "id_group_excluded", "timeStop", "balance"}),
    "/v1/group-number-add": frozenset({"id_group"}),
    "/v1/group-number-search": frozenset({"id_group"}),
    "/v1/group-number-delete": frozenset({"id_group"}),
}


MESSAGE_LIMIT = 100
"""The document's "Not more then 100 messages by one package", counted after lists of numbers are spread: a
limit JSON Schema cannot state (the spec's `maxItems` bounds only the body's length), so the check applies it."""


def _messages_in(case: Case) -> int:
    """How many messages a ``/v1/send`` body makes: one per number, a list of numbers making one each."""
    if case.operation.path != "/v1/send" or not isinstance(case.body, list):
        return 0
    numbers = [message.get("number") for message in case.body if isinstance(message, dict)]
    return sum(len(number) if isinstance(number, list) else 1 for number in numbers)


@schemathesis.check
def jomobile_positive_data_acceptance(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """``positive_data_acceptance`` for Jo Mobile: schema-valid data may be refused only for server state.

    Replaces the generic check for the Jo Mobile spec, which switches that check off in schemathesis.toml.
    """
    if _title(case) != JOMOBILE:
        return None
    try:
        return positive_data_acceptance(ctx, response, case)
    except RejectedPositiveData:
        refused = _refused_fields(response)
        if response.status_code == 400 and refused and refused <= JOMOBILE_STATE_FIELDS.get(case.operation.path, set()):
            return None
        if response.status_code == 400 and refused == {"number"} and _messages_in(case) > MESSAGE_LIMIT:
            return None
        raise


def _title(case: Case) -> Any:
    return case.operation.schema.raw_schema.get("info", {}).get("title")


def _refused_fields(response: Response) -> set[str]:
    """The fields a Jo Mobile error envelope names; empty when the body is not one."""
    try:
        body = json.loads(response.content)
    except ValueError:
        return set()
    errors = body.get("errors") if isinstance(body, dict) and body.get("status") is False else None
    return set(errors) if isinstance(errors, dict) else set()
