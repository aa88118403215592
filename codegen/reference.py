"""The operations reference: ``docs/reference/<spec>.md``, written from each spec by ``make generate``.

A user looking for "which method sends a BYTEHAND campaign, and what does it
raise" should not have to search the generated modules. Each page lists every
operation of one spec, grouped by tag: its resource method on the client
(``client.<resource>.<method>(...)``), the generated module function and its
import, the HTTP method and path, what a success returns (a page or a count
where the spec marks it ``x-page`` or ``x-count``), each documented
error status and the ``sms_clients`` exception it becomes, whether the client
layer retries it (``x-idempotent``), and the spec's ``x-decision`` notes.

Names come from openapi-python-client's own parser, run with the same
generator config as ``generated/``, so module, function, argument and model
names are exactly the generated ones (``tests/test_reference.py`` imports every
call a page lists). How errors become exceptions is declared here, not imported
from the overlays (the generator stays independent of the layer above it); the
same test checks the declaration against ``sms_clients.errors`` and the SMSC
and Jo Mobile error modules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from codegen import speclint

if TYPE_CHECKING:
    from openapi_python_client.parser.openapi import Endpoint
    from openapi_python_client.parser.responses import Response

SHARED_ERRORS: dict[int, str] = {
    400: "InvalidRequest",
    401: "AuthenticationFailed",
    403: "PermissionDenied",
    404: "NotFound",
    409: "Conflict",
    422: "InvalidRequest",
    429: "RateLimited",
}
"""The ``sms_clients.errors`` class of each HTTP error status (``error_class_for``): 5xx is ``ServerError``."""


def shared_error(status: int) -> str:
    """The name of the ``sms_clients.errors`` class for an error status, as ``error_class_for`` picks it."""
    if status in SHARED_ERRORS:
        return SHARED_ERRORS[status]
    return "ServerError" if status >= 500 else "UnexpectedResponse"


@dataclass(frozen=True)
class BodyError:
    """An error an API reports in the body of a 200 (SMSC): its class, the shared class it also is, its meaning."""

    exception: str
    shared: str
    meaning: str


_SMSC_COMMON = {
    1: BodyError("InvalidParameters", "InvalidRequest", "error in the parameters"),
    2: BodyError("BadCredentials", "AuthenticationFailed", "wrong login or password"),
    4: BodyError("IpBlocked", "PermissionDenied", "IP address temporarily blocked"),
}

SMSC_ERRORS: dict[str, dict[int, BodyError]] = {
    "send.php": {
        **_SMSC_COMMON,
        3: BodyError("InsufficientFunds", "PermissionDenied", "not enough money"),
        5: BodyError("InvalidDate", "InvalidRequest", "wrong date format"),
        6: BodyError("MessageForbidden", "PermissionDenied", "message forbidden by its text or sender name"),
        7: BodyError("InvalidNumber", "InvalidRequest", "wrong phone number format"),
        8: BodyError("Undeliverable", "InvalidRequest", "the message cannot be delivered"),
        9: BodyError("TooManyRequests", "RateLimited", "duplicate or too frequent requests"),
    },
    "status.php": {
        **_SMSC_COMMON,
        3: BodyError("MessageNotFound", "NotFound", "message not found"),
        9: BodyError("TooManyRequests", "RateLimited", "too many concurrent requests"),
    },
    "balance.php": {
        **_SMSC_COMMON,
        9: BodyError("TooManyRequests", "RateLimited", "more than ten balance requests a minute"),
    },
    "senders.php": {
        **_SMSC_COMMON,
        3: BodyError("SenderNotFound", "NotFound", "sender name not found"),
        5: BodyError("SenderNotSaved", "Conflict", "error saving or deleting the sender name"),
        7: BodyError("InvalidNumber", "InvalidRequest", "wrong number format"),
        8: BodyError("Undeliverable", "InvalidRequest", "the confirmation code cannot be delivered"),
        9: BodyError("TooManyRequests", "RateLimited", "too many requests"),
        10: BodyError("CodeAlreadySent", "RateLimited", "a code was already sent to the number; retry after 8 hours"),
        11: BodyError("WrongCode", "InvalidRequest", "wrong confirmation code"),
    },
}
"""SMSC's error codes per script and the ``sms_clients.smsc`` class each becomes (``smsc.ERRORS``)."""


@dataclass(frozen=True)
class Provider:
    """What a page says about one provider beyond its spec: how to connect and how its errors arrive."""

    title: str
    overlay: str
    connect: str
    errors: str
    status_errors: dict[int, str] = field(default_factory=dict)
    body_errors: dict[str, dict[int, BodyError]] = field(default_factory=dict)
    parsers: dict[str, str] = field(default_factory=dict)
    helpers: dict[str, str] = field(default_factory=dict)
    """Overlay helpers that read or drive an operation's reply, keyed by operationId, SMSC script, ``count`` (a
    HEAD with ``X-Total-Count``), ``pages`` (a search with it) or ``*`` (any operation); ``{function}`` is filled in."""


PROVIDERS: dict[str, Provider] = {
    "tyntec": Provider(
        title="tyntec",
        overlay="tyntec",
        connect='tyntec.connect("http://127.0.0.1:8025/tyntec", api_key="tyntec-demo-key")',
        errors="Messaging answers errors as RFC 7807 problems, BYON without a body (500: `{code, message, timestamp}`)."
        " Read the bodies tyntec posts to your server with the overlay's parsers.",
        parsers={"receiveSms": "parse_inbound_message", "deliveryReport": "parse_delivery_report"},
    ),
    "bytehand": Provider(
        title="BYTEHAND",
        overlay="bytehand",
        connect='bytehand.connect("http://127.0.0.1:8025/bytehand/v2", api_key="bytehand-demo-key")',
        errors=(
            "Errors come as `{status, description}` (the token endpoint: `{error, error_description}`). "
            "A count (HEAD) read through `bytehand.count` without a numeric `X-Total-Count` raises "
            "`bytehand.CountUnavailable` (an `UnexpectedResponse`)."
        ),
        helpers={
            "count": "`bytehand.count({function}.sync_detailed, client=client, ...)` returns the count as an `int`",
            "pages": "`bytehand.iterate({function}.sync_detailed, client=client, ...)` yields every page's objects",
        },
    ),
    "jomobile": Provider(
        title="Jo Mobile",
        overlay="jomobile",
        connect=(
            'jomobile.connect("http://127.0.0.1:8025/jomobile", username="jomobile-demo", '
            'password="jomobile-demo-password")'
        ),
        errors=(
            'Errors come in the envelope `{"status": false, "error_code": ..., "errors": {field: [messages]}}`; '
            "the same envelope inside a 200 raises `jomobile.RequestRejected` too. When the client's own login "
            "(`/v1/authorize`, `/v1/accesstoken`) is refused, any call raises `jomobile.LoginFailed` "
            "(an `AuthenticationFailed`)."
        ),
        status_errors={400: "jomobile.RequestRejected", 401: "jomobile.TokenRejected"},
        helpers={
            "sendSms": "`jomobile.send_messages(client, messages)` sends any number of messages, 100 a request",
            "*": "`jomobile.data(reply)` returns the reply envelope's `data`",
        },
    ),
    "smsc": Provider(
        title="SMSC",
        overlay="smsc",
        connect='smsc.connect("http://127.0.0.1:8025/smsc", login="demo", password="demo-password")',
        errors=(
            "SMSC reports errors **in the body, with HTTP 200**, as a code whose meaning depends on the script; "
            "through `smsc.connect()` each code raises its `smsc` class, which is also the shared class named "
            "beside it. A code the script does not document raises `smsc.UnknownError`, a reply that fits no "
            "documented shape `smsc.SmscParseError` (both `UnexpectedResponse`)."
        ),
        body_errors=SMSC_ERRORS,
        helpers={
            "send.php": "`smsc.parse_send(reply, fmt)` reads the text reply in any `fmt`",
            "status.php": "`smsc.parse_status(reply, fmt)` reads the text reply in any `fmt`",
            "balance.php": "`smsc.parse_balance(reply, fmt)` reads the text reply in any `fmt`",
            "senders.php": (
                "`smsc.parse_senders(reply, fmt)` (`get`), `smsc.parse_added_sender(reply, fmt)` (`add`) or "
                "`smsc.parse_ok(reply, fmt)` read the text reply in any `fmt`"
            ),
        },
    ),
}


FOLDER = "docs/reference"
"""Where the pages go, relative to the repository (and to the scratch folder of ``generate.py --check``)."""


def write(folder: Path, name: str, document: dict[str, Any], spec: Path, config: Path) -> None:
    """Write ``<folder>/<name>.md``, the reference page of one spec."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.md").write_text(page(name, document, spec, config))


@dataclass(frozen=True)
class Call:
    """One generated function as a user calls it."""

    package: str
    tag_module: str
    function: str
    required: tuple[str, ...]
    optional: tuple[str, ...]
    body: str | None
    body_type: str | None
    models: tuple[str, ...]
    returns: dict[str, str]
    path_parameters: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    """The resource method's required keywords: query and header parameters, then the body or its fields."""

    @property
    def import_line(self) -> str:
        return f"from {self.package}.api.{self.tag_module} import {self.function}"

    @property
    def resource_line(self) -> str:
        arguments = [*self.path_parameters, *(f"{name}=..." for name in self.keywords)]
        return f"client.{self.tag_module}.{self.function}({', '.join(arguments)})"

    @property
    def call_line(self) -> str:
        arguments = ["client=client", *(f"{name}=..." for name in self.required)]
        if self.body is not None:
            arguments.append(f"body={self.body}")
        return f"{self.function}.sync({', '.join(arguments)})"


def page(name: str, document: dict[str, Any], spec: Path, config: Path) -> str:
    """The Markdown reference of one spec; the same inputs always give the same bytes."""
    if name not in PROVIDERS:
        raise SystemExit(f"codegen/reference.py: add {name} to PROVIDERS (how to connect, how its errors arrive)")
    provider = PROVIDERS[name]
    endpoints = _endpoints(document, spec, config)
    by_tag: dict[str, list[tuple[str, str, dict[str, Any]]]] = {}
    for method, path, operation in speclint.operations(document):
        by_tag.setdefault(operation["tags"][0], []).append((method, path, operation))
    tag_order = [tag["name"] for tag in document.get("tags", [])]
    tags = sorted(by_tag, key=lambda tag: (tag_order.index(tag) if tag in tag_order else len(tag_order), tag))
    descriptions = {tag["name"]: tag.get("description", "") for tag in document.get("tags", [])}
    webhooks = list(_webhooks(document))

    lines = _header(name, document, provider, sum(len(ops) for ops in by_tag.values()), len(webhooks))
    lines += ["## Contents", ""]
    for tag in tags:
        lines.append(
            f"- [{tag}](#{_slug(tag)}): " + ", ".join(_link(endpoints[op["operationId"]]) for *_, op in by_tag[tag])
        )
    if webhooks:
        webhook_links = (f"[`{op['operationId']}`](#{_slug(op['operationId'])})" for _, op in webhooks)
        lines.append("- [Webhooks](#webhooks): " + ", ".join(webhook_links))
    if _schema_decisions(document):
        lines.append("- [Decisions on models](#decisions-on-models)")
    lines.append("")
    for tag in tags:
        lines += [f"## {tag}", ""]
        if descriptions.get(tag):
            lines += [_one_line(descriptions[tag]), ""]
        for method, path, operation in by_tag[tag]:
            lines += _operation(document, provider, endpoints[operation["operationId"]], method, path, operation)
    if webhooks:
        lines += _webhook_section(document, provider, webhooks)
    decisions = _schema_decisions(document)
    if decisions:
        lines += [
            "## Decisions on models",
            "",
            "The `x-decision` notes on the spec's schemas (`components/schemas`):",
            "",
        ]
        lines += [_bullet(f"`{where}`:", text) for where, text in decisions]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _header(name: str, document: dict[str, Any], provider: Provider, operations: int, webhooks: int) -> list[str]:
    overlay = provider.overlay
    webhook_note = f" and {webhooks} webhook{'s' if webhooks != 1 else ''}" if webhooks else ""
    lines = [
        f"# {provider.title} operations reference",
        "",
        f"<!-- Generated from specs/{name}.yaml by `make generate` (codegen/reference.py); do not edit. -->",
        "",
        f"Every operation of [`specs/{name}.yaml`](../../specs/{name}.yaml) ({operations} operations{webhook_note}), "
        "grouped by tag. Each one is a method of a resource of the client "
        f"`sms_clients.{overlay}.connect()` returns (**Call**, with its required arguments: path parameters by "
        "position, the rest by keyword, a JSON or form body as its fields or as `body=`), so that errors "
        "raise typed exceptions:",
        "",
        "```python",
        f"from sms_clients import {overlay}",
        "",
        f"client = {provider.connect}",
        "```",
        "",
        "`await client.aio.<resource>.<method>(...)` is the same call for asyncio, and "
        "`client.<resource>.with_raw_response.<method>(...)` returns the HTTP response with a typed `.parse()`. "
        "An operation whose reply is one page of a list returns a page (**Pages**): `.data` holds it, iterating "
        "walks every page. Each operation is also a generated module (**Import**) with four functions: `sync` "
        "(**Module call**), `sync_detailed`, `asyncio` and `asyncio_detailed`, taking the client and the same "
        "arguments by keyword.",
        "",
        "**Errors.** " + provider.errors + " Each operation lists the exception each documented status raises "
        "(the classes are in `sms_clients.errors`; a status the operation does not document raises "
        "`UnexpectedResponse`, no reply at all `ConnectionFailed` or `TimedOut`).",
        "",
        "**Retries.** An operation the spec marks `x-idempotent: true` is retried after a connection error, "
        "a timeout, 408, 429 or 5xx (2 retries by default, `retries=` on `connect`); any other is sent once, "
        "unless you pass `retry_non_idempotent=True`.",
        "",
    ]
    decisions = document.get("info", {}).get("x-decisions", [])
    if decisions:
        lines += ["**Decisions for the whole API** (`x-decisions`):", ""]
        lines += [_bullet("", text) for text in decisions]
        lines.append("")
    return lines


def _operation(
    document: dict[str, Any], provider: Provider, call: Call, method: str, path: str, operation: dict[str, Any]
) -> list[str]:
    summary = operation.get("summary", "")
    lines = [f"### `{call.function}`", ""]
    if summary:
        lines += [_one_line(summary), ""]
    lines.append(f"- operationId: `{operation['operationId']}`; `{method.upper()} {path}`")
    lines.append(f"- Call: `{call.resource_line}`")
    lines += _page_or_count(operation)
    lines.append(f"- Import: `{call.import_line}`")
    if call.models:
        lines.append(f"- Models: `from {call.package}.models import {', '.join(call.models)}`")
    lines.append(f"- Module call: `{call.call_line}`")
    if call.body_type is not None:
        lines.append(f"- Body: `{call.body_type}`" + (" (optional)" if "body" in call.optional else ""))
    if call.optional:
        lines.append("- Optional arguments: " + ", ".join(f"`{name}`" for name in call.optional))
    responses = operation.get("responses", {})
    successes = [status for status in responses if not _is_error(status)]
    lines.append("- Returns: " + "; ".join(f"{status} → {_returned(call, status)}" for status in successes))
    helper = _helper(document, provider, method, path, operation)
    if helper:
        lines.append("- Helper: " + helper.format(function=call.function))
    lines += _errors(provider, path, [status for status in responses if _is_error(status)])
    if operation.get("x-idempotent"):
        lines.append("- Retried: yes (`x-idempotent: true`)")
    else:
        lines.append("- Retried: no (`x-idempotent: false`); only with `retry_non_idempotent=True`")
    if "x-rights" in operation:
        rights = ", ".join(f"`{right}`" for right in operation["x-rights"]) or "none"
        lines.append(f"- Access rights (`x-rights`): {rights}")
    for callback in operation.get("callbacks", {}):
        parser = provider.parsers.get(callback)
        how = f"; read it with `{provider.overlay}.{parser}(body)`" if parser else ""
        lines.append(f"- Callback `{callback}`: posted to your server (see the spec){how}")
    for where, text in _operation_decisions(document, operation):
        lines.append(_bullet(f"Decision{' on ' + where if where else ''}:", text))
    lines.append("")
    return lines


def _page_or_count(operation: dict[str, Any]) -> list[str]:
    """What the resource method returns instead of the reply model, where a 2xx reply is marked x-page or x-count."""
    for status, reply in operation.get("responses", {}).items():
        if _is_error(status):
            continue
        if "x-count" in reply:
            return [f"- Count: the method returns an `int`, the number in the reply's `{reply['x-count']}` header"]
        if "x-page" in reply:
            page = reply["x-page"]
            size = f", `{page['size']}` items a page" if "size" in page else ""
            return [
                "- Pages: the method returns a `SyncPage` (under `aio` an `AsyncPage`) of the reply's items; "
                f"iterating walks every page, a request each (`{page['page']}` numbers pages from {page['first']}"
                f"{size})"
            ]
    return []


def _returned(call: Call, status: str) -> str:
    kind = call.returns.get(status, "Any")
    return "`None` (no body)" if kind == "Any" else f"`{kind}`"


def _helper(
    document: dict[str, Any], provider: Provider, method: str, path: str, operation: dict[str, Any]
) -> str | None:
    """The overlay helper for an operation: by operationId, script, count or search, else the provider's default."""
    helpers = provider.helpers
    for key in (operation["operationId"], path.rsplit("/", 1)[-1]):
        if key in helpers:
            return helpers[key]
    counted = any(
        "X-Total-Count" in _deref(document, reply).get("headers", {})
        for status, reply in operation.get("responses", {}).items()
        if not _is_error(status)
    )
    if counted:
        return helpers.get("count" if method == "head" else "pages")
    return helpers.get("*")


def _deref(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    return _resolve(document, ref) if isinstance(ref, str) else node


def _errors(provider: Provider, path: str, statuses: list[str]) -> list[str]:
    """List items: each documented error status, or body-coded error, and the exception it raises."""
    parts = []
    for status in statuses:
        if not status.isdigit():  # `default` or a range such as 4XX: the class depends on the actual status
            parts.append(f"{status} → the class of the actual status")
            continue
        shared = shared_error(int(status))
        own = provider.status_errors.get(int(status))
        parts.append(f"{status} → `{own}` (also `{shared}`)" if own else f"{status} → `{shared}`")
    codes = provider.body_errors.get(path.rsplit("/", 1)[-1], {})
    if codes:
        parts.append("codes in the body of a 200:")
    lines = ["- Errors: " + ("; ".join(parts) if parts else "none documented")]
    for code, error in sorted(codes.items()):
        exception = f"{provider.overlay}.{error.exception}"
        lines.append(f"  - code {code} → `{exception}` (also `{error.shared}`): {error.meaning}")
    return lines


def _webhook_section(
    document: dict[str, Any], provider: Provider, webhooks: list[tuple[str, dict[str, Any]]]
) -> list[str]:
    lines = [
        "## Webhooks",
        "",
        f"Requests {provider.title} sends to your server (`x-webhooks`); the generated client has no function for "
        "them, the overlay parses their bodies.",
        "",
    ]
    for name, operation in webhooks:
        lines += [f"### `{operation['operationId']}`", ""]
        if operation.get("summary"):
            lines += [_one_line(operation["summary"]), ""]
        lines.append(f"- operationId: `{operation['operationId']}`; `{name}`, posted to the URL you registered")
        parser = provider.parsers.get(operation["operationId"])
        if parser:
            lines.append(
                f"- Read it with `{provider.overlay}.{parser}(body)`; a malformed body raises `WebhookParseError`"
            )
        for where, text in _operation_decisions(document, operation):
            lines.append(_bullet(f"Decision{' on ' + where if where else ''}:", text))
        lines.append("")
    return lines


def _webhooks(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for name, item in document.get("x-webhooks", {}).items():
        for method in speclint.HTTP_METHODS:
            if method in item:
                yield name, item[method]


def _endpoints(document: dict[str, Any], spec: Path, config_path: Path) -> dict[str, Call]:
    """Each operationId's generated call, named by openapi-python-client's parser with the target's config."""
    # Imported here: the parser takes seconds to import, and a `make generate` with nothing to do must not wait.
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser.openapi import GeneratorData
    from openapi_python_client.strings import PythonIdentifier

    config = Config.from_sources(ConfigFile.load_from_path(config_path), MetaType.NONE, spec, "utf-8", True, None)
    data = GeneratorData.from_dict(document, config=config)
    if not isinstance(data, GeneratorData):
        raise SystemExit(f"openapi-python-client cannot parse {spec.name}: {data.header}")
    package = config.package_name_override or ""
    model_names = {model.class_info.name for model in data.models} | {enum.class_info.name for enum in data.enums}
    by_name: dict[str, tuple[str, Endpoint]] = {}
    for tag_module, collection in data.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            by_name[str(PythonIdentifier(endpoint.name, config.field_prefix))] = (str(tag_module), endpoint)
    calls = {}
    for _, _, operation in speclint.operations(document):
        function = str(PythonIdentifier(operation["operationId"], config.field_prefix))
        module, endpoint = by_name[function]
        parameters = endpoint.path_parameters + endpoint.query_parameters + endpoint.header_parameters
        parameters += endpoint.cookie_parameters
        body_types = [str(body.prop.get_type_string(no_optional=True).as_unembedded_code()) for body in endpoint.bodies]
        body_type = " | ".join(dict.fromkeys(body_types)) or None
        models = sorted({name for name in re.findall(r"\w+", body_type or "") if name in model_names})
        body_required = bool(endpoint.bodies) and all(body.prop.required for body in endpoint.bodies)
        plain_model = body_required and body_type in model_names
        keywords = [str(p.python_name) for p in parameters[len(endpoint.path_parameters) :] if p.required]
        fields = _body_fields(endpoint)
        if fields is not None:
            keywords += fields
        elif body_required:
            keywords.append("body")
        call = Call(
            package=package,
            tag_module=module,
            function=function,
            required=tuple(p.python_name for p in parameters if p.required),
            optional=(
                *(p.python_name for p in parameters if not p.required),
                *(("body",) if endpoint.bodies and not body_required else ()),
            ),
            body=(f"{body_type}(...)" if plain_model else "...") if body_required else None,
            body_type=None if plain_model else body_type,
            models=tuple(models),
            returns={response.status_code.pattern: _type(response) for response in endpoint.responses},
            path_parameters=tuple(p.python_name for p in endpoint.path_parameters),
            keywords=tuple(keywords),
        )
        calls[operation["operationId"]] = call
    return calls


def _body_fields(endpoint: Endpoint) -> list[str] | None:
    """The required fields a resource method takes as keywords for the body, or None when it takes ``body=``.

    As the generator's template decides (endpoint_init.py.jinja): a single JSON or form body that is a model with
    fields, none of them named like a parameter of the operation.
    """
    from openapi_python_client.parser.properties import ModelProperty

    model = endpoint.bodies[0].prop if len(endpoint.bodies) == 1 else None
    if not isinstance(model, ModelProperty):
        return None
    required, optional = model.required_properties or [], model.optional_properties or []
    taken = {p.python_name for p in endpoint.list_all_parameters()} | {"self", "body", "extra_headers"}
    if not required + optional or any(field.python_name in taken for field in required + optional):
        return None
    return [str(field.python_name) for field in required]


def _type(response: Response) -> str:
    return str(response.prop.get_type_string().as_unembedded_code())


def _operation_decisions(document: dict[str, Any], operation: dict[str, Any]) -> list[tuple[str, str]]:
    """The ``x-decision`` notes in an operation, and in the parameters, bodies and replies it refers to.

    Each comes with where it sits (a parameter, the body, a reply, a callback); schemas are not followed,
    their notes are listed once under "Decisions on models".
    """
    found: list[tuple[str, str]] = []
    seen: set[str] = set()

    def walk(node: Any, where: str) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item, where)
            return
        if not isinstance(node, dict):
            return
        if "name" in node and "in" in node:
            where = f"`{node['name']}`"
        ref = node.get("$ref")
        if isinstance(ref, str) and _FOLLOWED.match(ref) and ref not in seen:
            seen.add(ref)
            walk(_resolve(document, ref), where)
        for key, value in node.items():
            if key == "x-decision" and isinstance(value, str):
                found.append((where, value))
            elif key in _CHILD_LABELS and isinstance(value, dict):
                for child, item in value.items():
                    walk(item, _CHILD_LABELS[key].format(child))
            elif key == "requestBody":
                walk(value, "the body")
            else:
                walk(value, where)

    walk(operation, "")
    return found


_CHILD_LABELS = {"responses": "the {} reply", "callbacks": "callback `{}`", "properties": "`{}`"}

_FOLLOWED = re.compile(r"^#/components/(parameters|requestBodies|responses|headers)/")


def _resolve(document: dict[str, Any], ref: str) -> Any:
    node: Any = document
    for part in ref.lstrip("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def _schema_decisions(document: dict[str, Any]) -> list[tuple[str, str]]:
    """``x-decision`` notes under ``components/schemas``, with their JSON pointer."""
    found: list[tuple[str, str]] = []

    def walk(node: Any, pointer: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "x-decision" and isinstance(value, str):
                    found.append((pointer, value))
                else:
                    walk(value, f"{pointer}/{key}")
        elif isinstance(node, list):
            for index, item in enumerate(node):
                walk(item, f"{pointer}/{index}")

    walk(document.get("components", {}).get("schemas", {}), "#/components/schemas")
    return found


def _is_error(status: str) -> bool:
    """Whether a response key stands for an error: 4xx, 5xx, a 4XX/5XX range, or ``default`` (any other status)."""
    return status == "default" or int(status.replace("X", "0")) >= 400


def _link(call: Call) -> str:
    return f"[`{call.function}`](#{_slug(call.function)})"


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = heading.strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _bullet(label: str, text: str) -> str:
    """A list item whose text may span paragraphs: continuation lines are indented under the bullet."""
    body = "\n".join(f"  {line}" if line.strip() else "" for line in text.strip().splitlines()).lstrip()
    return f"- {label} {body}" if label else f"- {body}"
