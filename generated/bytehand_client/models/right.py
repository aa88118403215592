from enum import StrEnum


class Right(StrEnum):
    CONTACTS_MANAGE = "contacts_manage"
    CONTACTS_VIEW = "contacts_view"
    CREDENTIALS_MANAGE = "credentials_manage"
    PAYMENTS_MANAGE = "payments_manage"
    PAYMENTS_VIEW = "payments_view"
    PROFILE_MANAGE = "profile_manage"
    PROFILE_VIEW = "profile_view"
    SMS_MANAGE = "sms_manage"
    SMS_SEND = "sms_send"
    SMS_VIEW = "sms_view"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "Right | None":
        """Open enum: a value the spec does not list comes back as a pseudo-member that keeps it."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
