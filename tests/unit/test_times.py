"""Times as times (issue 24): a ``<field>_datetime`` property beside each date-time string."""

from __future__ import annotations

import datetime
import uuid

import pytest

from openhands_api.models.bash_command import BashCommand
from openhands_api.models.conversation_info import ConversationInfo
from openhands_client import UnknownEvent, decode_event
from openhands_client.models import ActionEvent, MessageEvent, ObservationEvent
from tests.unit.fakes import action, conversation_info, message, observation


@pytest.mark.parametrize("make", [message, action])
def test_an_events_time_is_the_servers_naive_local_time(make: object) -> None:
    raw = make("e1", "2026-03-04T05:06:07.123456")  # type: ignore[operator]
    event = decode_event(raw)
    assert isinstance(event, (MessageEvent, ActionEvent))
    assert event.timestamp_datetime == datetime.datetime(2026, 3, 4, 5, 6, 7, 123456)
    assert event.timestamp == "2026-03-04T05:06:07.123456"  # the string as sent
    assert event.to_dict() == raw


def test_a_time_with_an_offset_or_z_is_aware_on_every_python() -> None:
    body = conversation_info(uuid.uuid4(), "idle")
    body |= {"created_at": "2025-01-01T12:00:00.000000Z"}
    body |= {"updated_at": "2026-03-04T05:06:07.500000+02:00"}
    info = ConversationInfo.from_dict(body)
    utc = datetime.timezone.utc
    assert info.created_at.endswith("Z")
    assert info.created_at_datetime == datetime.datetime(2025, 1, 1, 12, tzinfo=utc)
    assert info.updated_at_datetime.utcoffset() == datetime.timedelta(hours=2)
    command = BashCommand.from_dict(
        {
            "kind": "BashCommand",
            "id": "c",
            "command": "ls",
            "timeout": 3,
            "timestamp": "2026-03-04T05:06:07Z",
        }
    )
    assert command.timestamp_datetime.tzinfo is utc


def test_a_time_is_parsed_when_read_not_when_decoded() -> None:
    # Decoding costs nothing more (make bench's ingest row): a bad time fails only when read.
    event = decode_event(observation("o1", "not a time", "a1"))
    assert isinstance(event, ObservationEvent) and event.timestamp == "not a time"
    with pytest.raises(ValueError):
        _ = event.timestamp_datetime


def test_an_unknown_event_has_its_time_too() -> None:
    event = decode_event({"kind": "FutureEvent", "id": "f1", "timestamp": "2026-03-04T05:06:07"})
    assert isinstance(event, UnknownEvent)
    assert event.timestamp_datetime == datetime.datetime(2026, 3, 4, 5, 6, 7)
    with pytest.raises(ValueError):
        _ = decode_event({"kind": "FutureEvent", "id": "f2"}).timestamp_datetime
