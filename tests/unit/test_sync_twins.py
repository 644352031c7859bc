"""Each sync twin forwards to its async original: the same method, every argument as given.

Together with ``test_sync_parity`` (names, parameters, defaults, annotations and docstrings
match) this is why the hand-written twins cannot drift unseen: a twin that calls another
method, drops or swaps an argument, or passes a constant instead fails here.
"""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from openhands_client import AsyncConversationControl, ConversationControl
from tests.unit.twins import PAIRS

# Sync-side work beyond forwarding: close() also stops the portal (AgentServer).
NOT_FORWARDED = {("AgentServer", "close")}


class _Recorder:
    """Stands in for the async object: records each method called on it and its arguments."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []

    def __getattr__(self, name: str) -> Any:
        def method(*args: Any, **kwargs: Any) -> object:
            self.calls.append((name, args, kwargs))
            return object()

        return method


class _Portal:
    """Stands in for the portal: hands back what it is given."""

    closed = False

    def call(self, value: object) -> object:
        return value

    def iterate(self, value: object) -> object:
        return value

    def stop(self) -> None:
        pass


def _twin(sync_cls: type, recorder: _Recorder) -> Any:
    twin: Any = object.__new__(sync_cls)
    twin._portal = _Portal()
    twin._async = recorder
    return twin


def _methods(cls: type) -> list[str]:
    return [
        name
        for name in dir(cls)
        if not name.startswith("_") and inspect.isfunction(inspect.getattr_static(cls, name))
    ]


def _cases() -> list[tuple[type, type, str]]:
    return [
        (a, s, name)
        for a, s in PAIRS
        for name in _methods(s)
        if (s.__name__, name) not in NOT_FORWARDED
    ]


@pytest.mark.parametrize(
    ("async_cls", "sync_cls", "name"), _cases(), ids=lambda x: getattr(x, "__name__", x)
)
def test_the_twin_forwards_every_argument_to_the_same_method(
    async_cls: type, sync_cls: type, name: str
) -> None:
    recorder = _Recorder()
    twin = _twin(sync_cls, recorder)
    sent: dict[str, object] = {}
    args: list[object] = []
    kwargs: dict[str, object] = {}
    for parameter in list(inspect.signature(getattr(sync_cls, name)).parameters.values())[1:]:
        value = sent[parameter.name] = object()
        if parameter.kind is parameter.POSITIONAL_OR_KEYWORD:
            args.append(value)
        elif parameter.kind is parameter.KEYWORD_ONLY:
            kwargs[parameter.name] = value
        elif parameter.kind is parameter.VAR_KEYWORD:
            del sent[parameter.name]
            sent["an_option"] = kwargs["an_option"] = object()
    getattr(twin, name)(*args, **kwargs)
    assert [call[0] for call in recorder.calls] == [name]
    ((_, got_args, got_kwargs),) = recorder.calls
    bound = inspect.signature(getattr(async_cls, name)).bind(None, *got_args, **got_kwargs)
    received = dict(bound.arguments)
    del received["self"]
    for parameter in inspect.signature(getattr(async_cls, name)).parameters.values():
        if parameter.kind is parameter.VAR_KEYWORD:
            received.update(received.pop(parameter.name, {}))
    assert received == sent


def test_a_twin_that_drops_an_argument_is_caught() -> None:
    class Drifted(ConversationControl):
        def send_message(self, message: Any, *, run: bool = False) -> None:
            self._portal.call(self._async.send_message(message))  # run= dropped

    with pytest.raises(AssertionError):
        test_the_twin_forwards_every_argument_to_the_same_method(
            AsyncConversationControl, Drifted, "send_message"
        )
