# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GitCommit")


@_attrs_define
class GitCommit:
    author: str
    sha: str
    short_sha: str
    subject: str
    timestamp: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        author = self.author

        sha = self.sha

        short_sha = self.short_sha

        subject = self.subject

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "author": author,
                "sha": sha,
                "short_sha": short_sha,
                "subject": subject,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        author = d.pop("author")

        sha = d.pop("sha")

        short_sha = d.pop("short_sha")

        subject = d.pop("subject")

        timestamp = d.pop("timestamp")

        git_commit = cls(
            author=author,
            sha=sha,
            short_sha=short_sha,
            subject=subject,
            timestamp=timestamp,
        )

        git_commit.additional_properties = d
        return git_commit

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
