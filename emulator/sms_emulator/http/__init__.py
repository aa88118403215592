"""Everything connexion and ASGI: how a request reaches a handler, and how any answer leaves.

``specs`` (reading the OpenAPI documents), ``resolver`` (operationId to
handler, each in one store transaction: ``transactions``; on the event loop:
``prepared_operations``), ``validation`` (connexion's validators, naming the
field), ``security`` (credential checks), ``request_fields`` (query and form
fields together), ``size_limits``, ``errors`` (``ApiError``, what handlers
raise), ``error_renderer`` (every error in the provider's shape),
``replies`` (what handlers return), ``served`` (what this layer needs of a
provider) and ``middleware/`` (one module per ASGI middleware, in order).
It imports the core, never a provider.
"""
