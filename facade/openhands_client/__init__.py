"""openhands-client: a typed client for the OpenHands agent server."""
