from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.o_auth_token_request_grant_type import OAuthTokenRequestGrantType
from ..types import NOT_GIVEN

T = TypeVar("T", bound="OAuthTokenRequest")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class OAuthTokenRequest:
    """
    Example:
        {'grant_type': 'authorization_code', 'code': '9Qm2kXv7-example', 'client_id': 'bytehand-demo-app',
            'client_secret': 'your-client-secret', 'redirect_uri': 'http://127.0.0.1/callback'}

    Attributes:
        grant_type (OAuthTokenRequestGrantType):
        code (str):
        client_id (str):
        client_secret (str):
        redirect_uri (str): The `redirect_uri` the code was issued for.
    """

    grant_type: OAuthTokenRequestGrantType
    code: str
    client_id: str
    client_secret: str
    redirect_uri: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        grant_type: OAuthTokenRequestGrantType,
        code: str,
        client_id: str,
        client_secret: str,
        redirect_uri: str,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if grant_type is NOT_GIVEN:
            raise TypeError("OAuthTokenRequest() needs grant_type=")
        self.grant_type = grant_type
        if code is NOT_GIVEN:
            raise TypeError("OAuthTokenRequest() needs code=")
        self.code = code
        if client_id is NOT_GIVEN:
            raise TypeError("OAuthTokenRequest() needs client_id=")
        self.client_id = client_id
        if client_secret is NOT_GIVEN:
            raise TypeError("OAuthTokenRequest() needs client_secret=")
        self.client_secret = client_secret
        if redirect_uri is NOT_GIVEN:
            raise TypeError("OAuthTokenRequest() needs redirect_uri=")
        self.redirect_uri = redirect_uri
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = (
            "grant_type",
            "code",
            "client_id",
            "client_secret",
            "redirect_uri",
        )
        optional: tuple[str, ...] = ()
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type.value

        code = self.code

        client_id = self.client_id

        client_secret = self.client_secret

        redirect_uri = self.redirect_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
                "code": code,
                "client_id": client_id,
                "client_secret": client_secret,
                "redirect_uri": redirect_uri,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (OAuthTokenRequest)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            grant_type = OAuthTokenRequestGrantType(d.pop("grant_type"))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("grant_type") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "grant_type", "OAuthTokenRequestGrantType", src_dict
            ) from None

        try:
            code = d.pop("code")
            if not isinstance(code, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("code") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("code", "str", src_dict) from None

        try:
            client_id = d.pop("client_id")
            if not isinstance(client_id, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("client_id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("client_id", "str", src_dict) from None

        try:
            client_secret = d.pop("client_secret")
            if not isinstance(client_secret, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("client_secret") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("client_secret", "str", src_dict) from None

        try:
            redirect_uri = d.pop("redirect_uri")
            if not isinstance(redirect_uri, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("redirect_uri") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("redirect_uri", "str", src_dict) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            grant_type=grant_type,
            code=code,
            client_id=client_id,
            client_secret=client_secret,
            redirect_uri=redirect_uri,
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
