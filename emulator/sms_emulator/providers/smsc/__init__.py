"""SMSC's legacy HTTP API, served under ``/smsc`` (``/smsc/sys/send.php`` and the other scripts; ``provider.py``).

Every parameter, credentials included, comes from the query string (GET) or
the form body (POST). Every error the scripts themselves raise is answered
with HTTP 200 and an error reply in the ``fmt`` and ``charset`` the request
asked for, with the code that script gives it; only an unknown path (404) and
a method other than GET or POST (405) are HTTP errors.
"""

PROVIDER = "smsc"
"""The provider's name: its documents in the store, its key in the inbox, its place in the control API."""
