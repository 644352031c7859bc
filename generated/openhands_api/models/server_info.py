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
    idle_time: float
    uptime: float
    app_backend_ingress_url: None | str | Unset = UNSET
    """ Separate browser origin for authenticated Canvas App backend sessions """
    available_conversation_runtimes: (
        list[ServerInfoAvailableConversationRuntimesItem] | Unset
    ) = UNSET
    """ Runtimes a start request may select with `conversation_runtime`. Empty means only `conversation_runtime` is
    served. """
    build_git_ref: str | Unset = UNSET
    build_git_sha: str | Unset = UNSET
    capabilities: list[str] | Unset = UNSET
    conversation_runtime: ServerInfoConversationRuntime | Unset = "local"
    docs: str | Unset = "/docs"
    max_foreground_terminal_timeout_seconds: float | None | Unset = UNSET
    python_version: str | Unset = UNSET
    redoc: str | Unset = "/redoc"
    runtime_idle_timeout_seconds: float | None | Unset = UNSET
    sdk_version: str | Unset = UNSET
    title: str | Unset = "OpenHands Agent Server"
    tools_version: str | Unset = UNSET
    usable_tools: list[str] | Unset = UNSET
    version: str | Unset = UNSET
    workspace_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        idle_time = self.idle_time

        uptime = self.uptime

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

        build_git_ref = self.build_git_ref

        build_git_sha = self.build_git_sha

        capabilities: list[str] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities

        conversation_runtime: str | Unset = UNSET
        if not isinstance(self.conversation_runtime, Unset):
            conversation_runtime = self.conversation_runtime

        docs = self.docs

        max_foreground_terminal_timeout_seconds: float | None | Unset
        if isinstance(self.max_foreground_terminal_timeout_seconds, Unset):
            max_foreground_terminal_timeout_seconds = UNSET
        else:
            max_foreground_terminal_timeout_seconds = (
                self.max_foreground_terminal_timeout_seconds
            )

        python_version = self.python_version

        redoc = self.redoc

        runtime_idle_timeout_seconds: float | None | Unset
        if isinstance(self.runtime_idle_timeout_seconds, Unset):
            runtime_idle_timeout_seconds = UNSET
        else:
            runtime_idle_timeout_seconds = self.runtime_idle_timeout_seconds

        sdk_version = self.sdk_version

        title = self.title

        tools_version = self.tools_version

        usable_tools: list[str] | Unset = UNSET
        if not isinstance(self.usable_tools, Unset):
            usable_tools = self.usable_tools

        version = self.version

        workspace_version = self.workspace_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "idle_time": idle_time,
                "uptime": uptime,
            }
        )
        if app_backend_ingress_url is not UNSET:
            field_dict["app_backend_ingress_url"] = app_backend_ingress_url
        if available_conversation_runtimes is not UNSET:
            field_dict["available_conversation_runtimes"] = (
                available_conversation_runtimes
            )
        if build_git_ref is not UNSET:
            field_dict["build_git_ref"] = build_git_ref
        if build_git_sha is not UNSET:
            field_dict["build_git_sha"] = build_git_sha
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if conversation_runtime is not UNSET:
            field_dict["conversation_runtime"] = conversation_runtime
        if docs is not UNSET:
            field_dict["docs"] = docs
        if max_foreground_terminal_timeout_seconds is not UNSET:
            field_dict["max_foreground_terminal_timeout_seconds"] = (
                max_foreground_terminal_timeout_seconds
            )
        if python_version is not UNSET:
            field_dict["python_version"] = python_version
        if redoc is not UNSET:
            field_dict["redoc"] = redoc
        if runtime_idle_timeout_seconds is not UNSET:
            field_dict["runtime_idle_timeout_seconds"] = runtime_idle_timeout_seconds
        if sdk_version is not UNSET:
            field_dict["sdk_version"] = sdk_version
        if title is not UNSET:
            field_dict["title"] = title
        if tools_version is not UNSET:
            field_dict["tools_version"] = tools_version
        if usable_tools is not UNSET:
            field_dict["usable_tools"] = usable_tools
        if version is not UNSET:
            field_dict["version"] = version
        if workspace_version is not UNSET:
            field_dict["workspace_version"] = workspace_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        idle_time = d.pop("idle_time")

        uptime = d.pop("uptime")

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

        build_git_ref = d.pop("build_git_ref", UNSET)

        build_git_sha = d.pop("build_git_sha", UNSET)

        capabilities = cast(list[str], d.pop("capabilities", UNSET))

        _conversation_runtime = d.pop("conversation_runtime", UNSET)
        conversation_runtime: ServerInfoConversationRuntime | Unset
        if isinstance(_conversation_runtime, Unset):
            conversation_runtime = UNSET
        else:
            conversation_runtime = check_server_info_conversation_runtime(
                _conversation_runtime
            )

        docs = d.pop("docs", UNSET)

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

        python_version = d.pop("python_version", UNSET)

        redoc = d.pop("redoc", UNSET)

        def _parse_runtime_idle_timeout_seconds(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        runtime_idle_timeout_seconds = _parse_runtime_idle_timeout_seconds(
            d.pop("runtime_idle_timeout_seconds", UNSET)
        )

        sdk_version = d.pop("sdk_version", UNSET)

        title = d.pop("title", UNSET)

        tools_version = d.pop("tools_version", UNSET)

        usable_tools = cast(list[str], d.pop("usable_tools", UNSET))

        version = d.pop("version", UNSET)

        workspace_version = d.pop("workspace_version", UNSET)

        server_info = cls(
            idle_time=idle_time,
            uptime=uptime,
            app_backend_ingress_url=app_backend_ingress_url,
            available_conversation_runtimes=available_conversation_runtimes,
            build_git_ref=build_git_ref,
            build_git_sha=build_git_sha,
            capabilities=capabilities,
            conversation_runtime=conversation_runtime,
            docs=docs,
            max_foreground_terminal_timeout_seconds=max_foreground_terminal_timeout_seconds,
            python_version=python_version,
            redoc=redoc,
            runtime_idle_timeout_seconds=runtime_idle_timeout_seconds,
            sdk_version=sdk_version,
            title=title,
            tools_version=tools_version,
            usable_tools=usable_tools,
            version=version,
            workspace_version=workspace_version,
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
