from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phone_provisioning_entity import PhoneProvisioningEntity


T = TypeVar("T", bound="PhoneProvisioningArrayResponse")


@_attrs_define
class PhoneProvisioningArrayResponse:
    """Phone provisioning array response schema

    Attributes:
        provisioning_requests (list[PhoneProvisioningEntity] | Unset):
        size (int | Unset): The number of entries in `provisioningRequests`.
    """

    provisioning_requests: list[PhoneProvisioningEntity] | Unset = UNSET
    size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provisioning_requests: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.provisioning_requests, Unset):
            provisioning_requests = []
            for provisioning_requests_item_data in self.provisioning_requests:
                provisioning_requests_item = provisioning_requests_item_data.to_dict()
                provisioning_requests.append(provisioning_requests_item)

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provisioning_requests is not UNSET:
            field_dict["provisioningRequests"] = provisioning_requests
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.phone_provisioning_entity import PhoneProvisioningEntity

        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [],
                "an object (PhoneProvisioningArrayResponse)",
                _errors.describe(src_dict),
            )
        d = dict(src_dict)
        try:
            _provisioning_requests = d.pop("provisioningRequests", UNSET)
            provisioning_requests: list[PhoneProvisioningEntity] | Unset = UNSET
            if not isinstance(_provisioning_requests, Unset):
                if not isinstance(_provisioning_requests, list):
                    raise TypeError("not a list")
                provisioning_requests = []
                for (
                    _provisioning_requests_index,
                    provisioning_requests_item_data,
                ) in enumerate(_provisioning_requests):
                    try:
                        provisioning_requests_item = PhoneProvisioningEntity.from_dict(
                            provisioning_requests_item_data
                        )

                    except _errors.ReplyMismatch as _mismatch:
                        raise _mismatch.within(_provisioning_requests_index) from None
                    except (KeyError, TypeError, ValueError, AttributeError):
                        raise _errors.ReplyMismatch.at(
                            _provisioning_requests_index,
                            "PhoneProvisioningEntity",
                            _provisioning_requests,
                        ) from None
                    provisioning_requests.append(provisioning_requests_item)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("provisioningRequests") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "provisioningRequests", "list[PhoneProvisioningEntity]", src_dict
            ) from None

        try:
            size = d.pop("size", UNSET)
            if not isinstance(size, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("size") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("size", "int", src_dict) from None

        phone_provisioning_array_response = cls(
            provisioning_requests=provisioning_requests,
            size=size,
        )

        phone_provisioning_array_response.additional_properties = d
        return phone_provisioning_array_response

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
