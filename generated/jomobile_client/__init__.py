"""A client library for accessing Jo Mobile RESTAPI"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
