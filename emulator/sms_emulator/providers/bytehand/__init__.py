"""BYTEHAND REST API v2, served under ``/bytehand/v2`` (``provider.py``).

Every method needs an access key in ``X-Service-Key`` (or an OAuth token in
the ``access_token`` query parameter) holding the access rights the spec
lists in the operation's ``x-rights``, except the few with empty
``security``. Errors come as ``{"status", "description"}`` (the token
endpoint: RFC 6749's ``{"error", "error_description"}``). Everything a user
creates belongs to their account; other accounts' objects do not exist for
them (404).
"""

PROVIDER = "bytehand"
"""The provider's name: its documents in the store, its key in the inbox, its place in the control API."""
