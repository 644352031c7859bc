# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
"""Contains endpoint functions for accessing the API"""
