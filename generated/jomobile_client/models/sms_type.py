from enum import StrEnum


class SmsType(StrEnum):
    FLASHSMS = "FLASHSMS"
    FLASHSMS_LOWERCASE = "flashsms"
    HLR = "HLR"
    HLR_LOWERCASE = "hlr"
    MNP = "MNP"
    MNP_LOWERCASE = "mnp"
    SMS = "SMS"
    SMS_LOWERCASE = "sms"
    WAPPUSH = "WAPPUSH"
    WAPPUSH_LOWERCASE = "wappush"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SmsType | None":
        """Open enum: a value the spec does not list comes back as a pseudo-member that keeps it."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
