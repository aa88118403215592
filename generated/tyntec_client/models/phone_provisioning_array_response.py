from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

if TYPE_CHECKING:
    from ..models.phone_provisioning_entity import PhoneProvisioningEntity


T = TypeVar("T", bound="PhoneProvisioningArrayResponse")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class PhoneProvisioningArrayResponse:
    """Phone provisioning array response schema

    Attributes:
        provisioning_requests (list[PhoneProvisioningEntity] | None):
        size (int | None): The number of entries in `provisioningRequests`.
    """

    provisioning_requests: list[PhoneProvisioningEntity] | None
    size: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        provisioning_requests: list[PhoneProvisioningEntity] | None = NOT_GIVEN,
        size: int | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        self.provisioning_requests = (
            None if provisioning_requests is NOT_GIVEN else provisioning_requests
        )
        self.size = None if size is NOT_GIVEN else size
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ()
        optional: tuple[str, ...] = (
            "provisioning_requests",
            "size",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        _provisioning_requests: list[PhoneProvisioningEntity] | Unset = (
            UNSET if self.provisioning_requests is None else self.provisioning_requests
        )
        provisioning_requests: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_provisioning_requests, Unset):
            provisioning_requests = []
            for provisioning_requests_item_data in _provisioning_requests:
                provisioning_requests_item = provisioning_requests_item_data.to_dict()
                provisioning_requests.append(provisioning_requests_item)

        _size: int | Unset = UNSET if self.size is None else self.size
        size = _size

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

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            provisioning_requests=provisioning_requests,
            size=size,
        )

        _built_model.additional_properties = d
        return _built_model

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
