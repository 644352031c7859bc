# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
"""Contains methods for accessing the API"""
