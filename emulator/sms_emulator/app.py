"""The composition root: the ASGI app built from the layers, and nothing else.

Every provider's spec is mounted under its prefix (routing, validation and
credentials from the spec, behaviour from the provider), each provider's own
control routes under ``/_emulator/<provider>``, the control API under
``/_emulator`` and the inbox page at ``/``; the middleware (``http/middleware``)
wraps them all, and every error goes through the provider's own shape
(``http/error_renderer.py``).
"""

from __future__ import annotations

from pathlib import Path

from connexion import AsyncApp
from connexion.exceptions import ProblemException
from connexion.options import SwaggerUIOptions
from starlette.exceptions import HTTPException

from . import control, inbox
from .control.api import ControlApi
from .core.faults import Faults
from .core.runtime import Runtime, Settings
from .http import access_log, middleware
from .http.error_renderer import ErrorRenderer
from .http.prepared_operations import use_prepared_operations
from .http.resolver import HandlerResolver
from .http.specs import load_own_spec, load_spec
from .http.validation import VALIDATOR_MAP
from .inbox.web import InboxPage
from .providers import registry
from .providers.mounted import MountedProviders

_NO_SWAGGER = SwaggerUIOptions(swagger_ui=False)


def create_app(settings: Settings | None = None) -> AsyncApp:
    """Build the emulator for ``settings`` (in-memory state by default)."""
    access_log.install()
    runtime = Runtime(settings or Settings())
    providers = MountedProviders(runtime, registry.load_all())
    faults = Faults(runtime.store)
    app = AsyncApp(__name__, lifespan=providers.lifespan)
    use_prepared_operations(app)
    for provider in providers:
        app.add_api(
            load_spec(provider.spec_file),
            base_path=provider.prefix,
            name=provider.name,
            resolver=HandlerResolver(provider.handlers(), runtime.store),
            security_map=provider.security_map(),
            pythonic_params=True,
            validator_map=VALIDATOR_MAP,
            swagger_ui_options=_NO_SWAGGER,
        )
    # Before /_emulator: Starlette takes the first mount whose prefix matches.
    for provider in providers:
        routes = provider.control()
        if routes is not None:
            app.add_api(
                routes.spec,
                base_path=f"/_emulator/{provider.name}",
                name=f"_emulator_{provider.name}",
                resolver=HandlerResolver(routes.handlers, runtime.store),
                swagger_ui_options=_NO_SWAGGER,
            )
    app.add_api(
        load_own_spec(Path(control.__file__).with_name("api.yaml")),
        base_path="/_emulator",
        name="_emulator",
        resolver=HandlerResolver(ControlApi(providers, faults), runtime.store),
        swagger_ui_options=_NO_SWAGGER,
    )
    # Last, so that it sees only what no provider and no /_emulator route took: the inbox page at "/".
    app.add_api(
        load_own_spec(Path(inbox.__file__).with_name("page.yaml")),
        base_path="",
        name="_inbox",
        resolver=HandlerResolver(InboxPage(), runtime.store),
        swagger_ui_options=_NO_SWAGGER,
    )
    middleware.install(app, faults=faults, api_for_path=providers.for_path, outbound=runtime.outbound)
    errors = ErrorRenderer(providers.for_path)
    for exception in (ProblemException, HTTPException, Exception):
        app.add_error_handler(exception, errors)
    app.state = providers
    return app
