"""Jo Mobile RESTAPI 6.4, served under ``/jomobile`` (``provider.py``).

Customers log in in two steps (``/v1/authorize``, then ``/v1/accesstoken``)
and send the token as ``X-Access-Token``; tokens expire with the emulator's
clock. Every reply is wrapped as ``{"status": true, "data": ...}`` and every
error as ``{"status": false, "error_code": <status>, "errors": {<field>:
[<message>]}}``: 400 for a rejected request, 401 for a missing, unknown,
expired or logged-out token.
"""

PROVIDER = "jomobile"
"""The provider's name: its documents in the store, its key in the inbox, its place in the control API."""
