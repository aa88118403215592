"""tyntec SMS API v1, served under ``/tyntec`` (``provider.py``).

Errors take the shape the doc gives per operation: messaging operations answer
an RFC 7807 problem, BYON operations answer 4xx without a body and 500 with
``{code, message, timestamp}``. API keys belong to accounts; a key carries the
services it may use, so a messaging-only key gets 403 from BYON.
"""

PROVIDER = "tyntec"
"""The provider's name: its documents in the store, its key in the inbox, its place in the control API."""
