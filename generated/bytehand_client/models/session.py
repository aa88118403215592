from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

if TYPE_CHECKING:
    from ..models.credential import Credential
    from ..models.user import User


T = TypeVar("T", bound="Session")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class Session:
    """A user and a new credential for them.

    Attributes:
        user (User | None): A BYTEHAND user.
        credential (Credential | None): An access key, a session or an OAuth token of the user.
    """

    user: User | None
    credential: Credential | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        user: User | None = NOT_GIVEN,
        credential: Credential | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        self.user = None if user is NOT_GIVEN else user
        self.credential = None if credential is NOT_GIVEN else credential
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ()
        optional: tuple[str, ...] = (
            "user",
            "credential",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        _user: User | Unset = UNSET if self.user is None else self.user
        user: dict[str, Any] | Unset = UNSET
        if not isinstance(_user, Unset):
            user = _user.to_dict()

        _credential: Credential | Unset = (
            UNSET if self.credential is None else self.credential
        )
        credential: dict[str, Any] | Unset = UNSET
        if not isinstance(_credential, Unset):
            credential = _credential.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user is not UNSET:
            field_dict["user"] = user
        if credential is not UNSET:
            field_dict["credential"] = credential

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credential import Credential
        from ..models.user import User

        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (Session)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            _user = d.pop("user", UNSET)
            user: User | Unset
            if isinstance(_user, Unset):
                user = UNSET
            else:
                user = User.from_dict(_user)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("user") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("user", "User", src_dict) from None

        try:
            _credential = d.pop("credential", UNSET)
            credential: Credential | Unset
            if isinstance(_credential, Unset):
                credential = UNSET
            else:
                credential = Credential.from_dict(_credential)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("credential") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "credential", "Credential", src_dict
            ) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            user=user,
            credential=credential,
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
