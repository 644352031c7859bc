"""run_many's pieces that need no server: tasks, resuming from the output, checks first."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from openhands_client._batch import finished_ids
from openhands_client.fleet import AgentFleet, BatchTask, arun_many, run_many
from openhands_client.providers import AsyncServerProvider, ServerEndpoint


class NeverStarted(AsyncServerProvider):
    """A provider that fails the test if anything starts it."""

    @property
    def endpoint(self) -> ServerEndpoint | None:
        return None

    async def start(self) -> ServerEndpoint:
        raise AssertionError("a server was started before the arguments were checked")

    async def stop(self) -> None:
        pass


def test_tasks_from_json_objects() -> None:
    assert BatchTask.of({"id": 7, "message": "m"}) == BatchTask("7", "m")
    assert BatchTask.of({"id": "a", "message": "m", "working_dir": "/w"}).working_dir == "/w"
    for bad, why in [
        ({"message": "m"}, '"id"'),
        ({"id": "a"}, '"message"'),
        ({"id": True, "message": "m"}, '"id"'),
        ({"id": "a", "message": "m", "working_dir": 3}, "working_dir"),
    ]:
        with pytest.raises(ValueError, match=why):
            BatchTask.of(bad)


def test_finished_ids_drop_a_line_cut_short(tmp_path: Path) -> None:
    output = tmp_path / "out.jsonl"
    assert finished_ids(output) == set()
    output.write_text(
        json.dumps({"id": "a"}) + "\n" + json.dumps({"id": "b"}) + '\n{"id": "c", "st'
    )
    assert finished_ids(output) == {"a", "b"}
    assert output.read_text().endswith('"b"}\n')  # appends stay one object per line
    output.write_text("not json\n")
    with pytest.raises(ValueError, match=r"out\.jsonl:1: not a result line"):
        finished_ids(output)


@pytest.mark.parametrize(
    ("tasks", "options", "why"),
    [
        ([{"id": "a", "message": "m"}, {"id": "a", "message": "n"}], {}, "appears twice"),
        ([{"id": "a", "message": "m"}], {"working_dir": None}, "has no working_dir"),
        ([{"id": "a", "message": "m"}], {"concurrency": 0}, "concurrency"),
        ([{"id": "a", "message": "m"}], {"timeout": 0}, "timeout"),
    ],
)
async def test_arguments_are_checked_before_any_server_starts(
    tmp_path: Path, tasks: list[dict[str, str]], options: dict[str, object], why: str
) -> None:
    arguments: dict[str, object] = {"working_dir": "/w", **options}
    with pytest.raises(ValueError, match=why):
        await arun_many(
            tasks,
            None,
            servers=[NeverStarted()],
            output=tmp_path / "o.jsonl",
            **arguments,  # type: ignore[arg-type]
        )
    with pytest.raises(TypeError, match="unexpected keyword argument 'colour'"):
        await arun_many(tasks, None, servers=[NeverStarted()], output="o", colour=1)  # type: ignore[call-arg]


def test_the_sync_twins_name_themselves_for_an_unknown_keyword() -> None:
    tasks = [{"id": "a", "message": "m"}]
    with pytest.raises(TypeError, match=r"^run_many\(\) got an unexpected keyword argument 'x'"):
        run_many(tasks, None, servers=[], output="o", x=1)  # type: ignore[call-arg]
    fleet = AgentFleet(["http://127.0.0.1:9"])  # never started
    try:
        with pytest.raises(TypeError, match=r"^AgentFleet\.run_many\(\) got an unexpected"):
            fleet.run_many(tasks, None, output="o", x=1)  # type: ignore[call-arg]
    finally:
        fleet.close()


async def test_a_finished_batch_starts_no_server(tmp_path: Path) -> None:
    output = tmp_path / "o.jsonl"
    output.write_text(json.dumps({"id": "a"}) + "\n")
    report = await arun_many(
        [{"id": "a", "message": "m"}],
        None,
        servers=[NeverStarted()],
        output=output,
        working_dir="/w",
    )
    assert report.skipped == 1 and report.results == [] and report.complete
