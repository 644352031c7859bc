# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.acp_file_secret_spec_env_points_to import (
    ACPFileSecretSpecEnvPointsTo,
    check_acp_file_secret_spec_env_points_to,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ACPFileSecretSpec")


@_attrs_define
class ACPFileSecretSpec:
    """Declarative mapping from a reserved "file-content" secret to a credential
    file the ACP subprocess authenticates from.

    Some providers read their credential from a *file on disk* rather than an
    env var: Codex reads ``$CODEX_HOME/auth.json``; Gemini (Vertex AI) reads a
    service-account JSON pointed at by ``GOOGLE_APPLICATION_CREDENTIALS``. The
    user supplies that credential as a pasted blob — a reserved secret named
    :attr:`secret_name` — and :class:`~openhands.sdk.agent.ACPAgent` materialises
    it to :attr:`filename` under the conversation's durable per-conversation root
    (seed-if-absent), then sets :attr:`env_var` so the CLI can find it.

    Materialisation is keyed off :attr:`secret_name` (not the launch command),
    so a custom or aliased ``acp_command`` still works as long as the reserved
    secret is supplied.

    The SDK owns the *mechanism* (writing the file in the runtime pod, setting
    the env var, seed-if-absent, permissions); the *policy* — which secrets map
    to which files for which CLIs — lives in these specs. Built-in defaults
    cover the supported providers, but downstream applications can override
    :attr:`~openhands.sdk.agent.ACPAgent.acp_file_secrets` to support other ACP
    servers with different file-auth schemes without an SDK change.

    """

    env_var: str
    filename: str
    secret_name: str
    subdir: str
    env_points_to: ACPFileSecretSpecEnvPointsTo | Unset = "file"
    warn_if_unset: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        env_var = self.env_var

        filename = self.filename

        secret_name = self.secret_name

        subdir = self.subdir

        env_points_to: str | Unset = UNSET
        if not isinstance(self.env_points_to, Unset):
            env_points_to = self.env_points_to

        warn_if_unset: list[str] | Unset = UNSET
        if not isinstance(self.warn_if_unset, Unset):
            warn_if_unset = self.warn_if_unset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "env_var": env_var,
                "filename": filename,
                "secret_name": secret_name,
                "subdir": subdir,
            }
        )
        if env_points_to is not UNSET:
            field_dict["env_points_to"] = env_points_to
        if warn_if_unset is not UNSET:
            field_dict["warn_if_unset"] = warn_if_unset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        env_var = d.pop("env_var")

        filename = d.pop("filename")

        secret_name = d.pop("secret_name")

        subdir = d.pop("subdir")

        _env_points_to = d.pop("env_points_to", UNSET)
        env_points_to: ACPFileSecretSpecEnvPointsTo | Unset
        if isinstance(_env_points_to, Unset):
            env_points_to = UNSET
        else:
            env_points_to = check_acp_file_secret_spec_env_points_to(_env_points_to)

        warn_if_unset = cast(list[str], d.pop("warn_if_unset", UNSET))

        acp_file_secret_spec = cls(
            env_var=env_var,
            filename=filename,
            secret_name=secret_name,
            subdir=subdir,
            env_points_to=env_points_to,
            warn_if_unset=warn_if_unset,
        )

        acp_file_secret_spec.additional_properties = d
        return acp_file_secret_spec

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
