# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.server_info_available_conversation_runtimes_item import (
    ServerInfoAvailableConversationRuntimesItem,
    check_server_info_available_conversation_runtimes_item,
)
from ..models.server_info_conversation_runtime import (
    ServerInfoConversationRuntime,
    check_server_info_conversation_runtime,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerInfo")


@_attrs_define
class ServerInfo:
    build_git_ref: str
    build_git_sha: str
    capabilities: list[str]
    idle_time: float
    python_version: str
    sdk_version: str
    tools_version: str
    uptime: float
    usable_tools: list[str]
    version: str
    workspace_version: str
    docs: str = "/docs"
    redoc: str = "/redoc"
    title: str = "OpenHands Agent Server"
    app_backend_ingress_url: None | str | Unset = UNSET
    """ Separate browser origin for authenticated Canvas App backend sessions """
    available_conversation_runtimes: (
        list[ServerInfoAvailableConversationRuntimesItem] | Unset
    ) = UNSET
    """ Runtimes a start request may select with `conversation_runtime`. Empty means only `conversation_runtime` is
    served. """
    conversation_runtime: ServerInfoConversationRuntime | Unset = "local"
    max_foreground_terminal_timeout_seconds: float | None | Unset = UNSET
    runtime_idle_timeout_seconds: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        build_git_ref = self.build_git_ref

        build_git_sha = self.build_git_sha

        capabilities = self.capabilities

        docs = self.docs

        idle_time = self.idle_time

        python_version = self.python_version

        redoc = self.redoc

        sdk_version = self.sdk_version

        title = self.title

        tools_version = self.tools_version

        uptime = self.uptime

        usable_tools = self.usable_tools

        version = self.version

        workspace_version = self.workspace_version

        app_backend_ingress_url: None | str | Unset
        if isinstance(self.app_backend_ingress_url, Unset):
            app_backend_ingress_url = UNSET
        else:
            app_backend_ingress_url = self.app_backend_ingress_url

        available_conversation_runtimes: list[str] | Unset = UNSET
        if not isinstance(self.available_conversation_runtimes, Unset):
            available_conversation_runtimes = []
            for (
                available_conversation_runtimes_item_data
            ) in self.available_conversation_runtimes:
                available_conversation_runtimes_item: str = (
                    available_conversation_runtimes_item_data
                )
                available_conversation_runtimes.append(
                    available_conversation_runtimes_item
                )

        conversation_runtime: str | Unset = UNSET
        if not isinstance(self.conversation_runtime, Unset):
            conversation_runtime = self.conversation_runtime

        max_foreground_terminal_timeout_seconds: float | None | Unset
        if isinstance(self.max_foreground_terminal_timeout_seconds, Unset):
            max_foreground_terminal_timeout_seconds = UNSET
        else:
            max_foreground_terminal_timeout_seconds = (
                self.max_foreground_terminal_timeout_seconds
            )

        runtime_idle_timeout_seconds: float | None | Unset
        if isinstance(self.runtime_idle_timeout_seconds, Unset):
            runtime_idle_timeout_seconds = UNSET
        else:
            runtime_idle_timeout_seconds = self.runtime_idle_timeout_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "build_git_ref": build_git_ref,
                "build_git_sha": build_git_sha,
                "capabilities": capabilities,
                "docs": docs,
                "idle_time": idle_time,
                "python_version": python_version,
                "redoc": redoc,
                "sdk_version": sdk_version,
                "title": title,
                "tools_version": tools_version,
                "uptime": uptime,
                "usable_tools": usable_tools,
                "version": version,
                "workspace_version": workspace_version,
            }
        )
        if app_backend_ingress_url is not UNSET:
            field_dict["app_backend_ingress_url"] = app_backend_ingress_url
        if available_conversation_runtimes is not UNSET:
            field_dict["available_conversation_runtimes"] = (
                available_conversation_runtimes
            )
        if conversation_runtime is not UNSET:
            field_dict["conversation_runtime"] = conversation_runtime
        if max_foreground_terminal_timeout_seconds is not UNSET:
            field_dict["max_foreground_terminal_timeout_seconds"] = (
                max_foreground_terminal_timeout_seconds
            )
        if runtime_idle_timeout_seconds is not UNSET:
            field_dict["runtime_idle_timeout_seconds"] = runtime_idle_timeout_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        build_git_ref = d.pop("build_git_ref")

        build_git_sha = d.pop("build_git_sha")

        capabilities = cast(list[str], d.pop("capabilities"))

        docs = d.pop("docs")

        idle_time = d.pop("idle_time")

        python_version = d.pop("python_version")

        redoc = d.pop("redoc")

        sdk_version = d.pop("sdk_version")

        title = d.pop("title")

        tools_version = d.pop("tools_version")

        uptime = d.pop("uptime")

        usable_tools = cast(list[str], d.pop("usable_tools"))

        version = d.pop("version")

        workspace_version = d.pop("workspace_version")

        def _parse_app_backend_ingress_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        app_backend_ingress_url = _parse_app_backend_ingress_url(
            d.pop("app_backend_ingress_url", UNSET)
        )

        _available_conversation_runtimes = d.pop(
            "available_conversation_runtimes", UNSET
        )
        available_conversation_runtimes: (
            list[ServerInfoAvailableConversationRuntimesItem] | Unset
        ) = UNSET
        if _available_conversation_runtimes is not UNSET:
            available_conversation_runtimes = []
            for (
                available_conversation_runtimes_item_data
            ) in _available_conversation_runtimes:
                available_conversation_runtimes_item = (
                    check_server_info_available_conversation_runtimes_item(
                        available_conversation_runtimes_item_data
                    )
                )

                available_conversation_runtimes.append(
                    available_conversation_runtimes_item
                )

        _conversation_runtime = d.pop("conversation_runtime", UNSET)
        conversation_runtime: ServerInfoConversationRuntime | Unset
        if isinstance(_conversation_runtime, Unset):
            conversation_runtime = UNSET
        else:
            conversation_runtime = check_server_info_conversation_runtime(
                _conversation_runtime
            )

        def _parse_max_foreground_terminal_timeout_seconds(
            data: object,
        ) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        max_foreground_terminal_timeout_seconds = (
            _parse_max_foreground_terminal_timeout_seconds(
                d.pop("max_foreground_terminal_timeout_seconds", UNSET)
            )
        )

        def _parse_runtime_idle_timeout_seconds(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        runtime_idle_timeout_seconds = _parse_runtime_idle_timeout_seconds(
            d.pop("runtime_idle_timeout_seconds", UNSET)
        )

        server_info = cls(
            build_git_ref=build_git_ref,
            build_git_sha=build_git_sha,
            capabilities=capabilities,
            docs=docs,
            idle_time=idle_time,
            python_version=python_version,
            redoc=redoc,
            sdk_version=sdk_version,
            title=title,
            tools_version=tools_version,
            uptime=uptime,
            usable_tools=usable_tools,
            version=version,
            workspace_version=workspace_version,
            app_backend_ingress_url=app_backend_ingress_url,
            available_conversation_runtimes=available_conversation_runtimes,
            conversation_runtime=conversation_runtime,
            max_foreground_terminal_timeout_seconds=max_foreground_terminal_timeout_seconds,
            runtime_idle_timeout_seconds=runtime_idle_timeout_seconds,
        )

        server_info.additional_properties = d
        return server_info

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
