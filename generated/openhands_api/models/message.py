# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_role import MessageRole, check_message_role
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_content import ImageContent
    from ..models.message_tool_call import MessageToolCall
    from ..models.reasoning_item_model import ReasoningItemModel
    from ..models.redacted_thinking_block import RedactedThinkingBlock
    from ..models.text_content import TextContent
    from ..models.thinking_block import ThinkingBlock

_imported = False


def _import_lazily() -> None:
    global \
        _imported, \
        ImageContent, \
        MessageToolCall, \
        ReasoningItemModel, \
        RedactedThinkingBlock, \
        TextContent, \
        ThinkingBlock
    from ..models.image_content import ImageContent
    from ..models.message_tool_call import MessageToolCall
    from ..models.reasoning_item_model import ReasoningItemModel
    from ..models.redacted_thinking_block import RedactedThinkingBlock
    from ..models.text_content import TextContent
    from ..models.thinking_block import ThinkingBlock

    _imported = True


T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    content: list[ImageContent | TextContent]
    role: MessageRole
    thinking_blocks: list[RedactedThinkingBlock | ThinkingBlock]
    """ Raw Anthropic thinking blocks for extended thinking feature """
    name: None | str | Unset = UNSET
    reasoning_content: None | str | Unset = UNSET
    """ Intermediate reasoning/thinking content from reasoning models """
    responses_reasoning_item: None | ReasoningItemModel | Unset = UNSET
    """ OpenAI Responses reasoning item from model output """
    tool_call_id: None | str | Unset = UNSET
    tool_calls: list[MessageToolCall] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if isinstance(content_item_data, TextContent):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        role: str = self.role

        thinking_blocks = []
        for thinking_blocks_item_data in self.thinking_blocks:
            thinking_blocks_item: dict[str, Any]
            if isinstance(thinking_blocks_item_data, ThinkingBlock):
                thinking_blocks_item = thinking_blocks_item_data.to_dict()
            else:
                thinking_blocks_item = thinking_blocks_item_data.to_dict()

            thinking_blocks.append(thinking_blocks_item)

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        reasoning_content: None | str | Unset
        if isinstance(self.reasoning_content, Unset):
            reasoning_content = UNSET
        else:
            reasoning_content = self.reasoning_content

        responses_reasoning_item: dict[str, Any] | None | Unset
        if isinstance(self.responses_reasoning_item, Unset):
            responses_reasoning_item = UNSET
        elif isinstance(self.responses_reasoning_item, ReasoningItemModel):
            responses_reasoning_item = self.responses_reasoning_item.to_dict()
        else:
            responses_reasoning_item = self.responses_reasoning_item

        tool_call_id: None | str | Unset
        if isinstance(self.tool_call_id, Unset):
            tool_call_id = UNSET
        else:
            tool_call_id = self.tool_call_id

        tool_calls: list[dict[str, Any]] | None | Unset
        if isinstance(self.tool_calls, Unset):
            tool_calls = UNSET
        elif isinstance(self.tool_calls, list):
            tool_calls = []
            for tool_calls_type_0_item_data in self.tool_calls:
                tool_calls_type_0_item = tool_calls_type_0_item_data.to_dict()
                tool_calls.append(tool_calls_type_0_item)

        else:
            tool_calls = self.tool_calls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "role": role,
                "thinking_blocks": thinking_blocks,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if reasoning_content is not UNSET:
            field_dict["reasoning_content"] = reasoning_content
        if responses_reasoning_item is not UNSET:
            field_dict["responses_reasoning_item"] = responses_reasoning_item
        if tool_call_id is not UNSET:
            field_dict["tool_call_id"] = tool_call_id
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        content = []
        _content = d.pop("content")
        for content_item_data in _content:

            def _parse_content_item(data: object) -> ImageContent | TextContent:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_0 = TextContent.from_dict(data)

                    return content_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                content_item_type_1 = ImageContent.from_dict(data)

                return content_item_type_1

            content_item = _parse_content_item(content_item_data)

            content.append(content_item)

        role = check_message_role(d.pop("role"))

        thinking_blocks = []
        _thinking_blocks = d.pop("thinking_blocks")
        for thinking_blocks_item_data in _thinking_blocks:

            def _parse_thinking_blocks_item(
                data: object,
            ) -> RedactedThinkingBlock | ThinkingBlock:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    thinking_blocks_item_type_0 = ThinkingBlock.from_dict(data)

                    return thinking_blocks_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                thinking_blocks_item_type_1 = RedactedThinkingBlock.from_dict(data)

                return thinking_blocks_item_type_1

            thinking_blocks_item = _parse_thinking_blocks_item(
                thinking_blocks_item_data
            )

            thinking_blocks.append(thinking_blocks_item)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        name = _parse_name(d.pop("name", UNSET))

        def _parse_reasoning_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        reasoning_content = _parse_reasoning_content(d.pop("reasoning_content", UNSET))

        def _parse_responses_reasoning_item(
            data: object,
        ) -> None | ReasoningItemModel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                responses_reasoning_item_type_0 = ReasoningItemModel.from_dict(data)

                return responses_reasoning_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        responses_reasoning_item = _parse_responses_reasoning_item(
            d.pop("responses_reasoning_item", UNSET)
        )

        def _parse_tool_call_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        tool_call_id = _parse_tool_call_id(d.pop("tool_call_id", UNSET))

        def _parse_tool_calls(data: object) -> list[MessageToolCall] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tool_calls_type_0 = []
                _tool_calls_type_0 = data
                for tool_calls_type_0_item_data in _tool_calls_type_0:
                    tool_calls_type_0_item = MessageToolCall.from_dict(
                        tool_calls_type_0_item_data
                    )

                    tool_calls_type_0.append(tool_calls_type_0_item)

                return tool_calls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        tool_calls = _parse_tool_calls(d.pop("tool_calls", UNSET))

        message = cls(
            content=content,
            role=role,
            thinking_blocks=thinking_blocks,
            name=name,
            reasoning_content=reasoning_content,
            responses_reasoning_item=responses_reasoning_item,
            tool_call_id=tool_call_id,
            tool_calls=tool_calls,
        )

        message.additional_properties = d
        return message

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
