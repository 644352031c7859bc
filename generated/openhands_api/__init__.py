# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
"""A client library for accessing OpenHands agent server (curated for openhands-client)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
