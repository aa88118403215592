from enum import StrEnum


class SmsRecordTypeSms(StrEnum):
    FLASHSMS = "FLASHSMS"
    HLR = "HLR"
    MNP = "MNP"
    SMS = "SMS"
    WAPPUSH = "WAPPUSH"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SmsRecordTypeSms | None":
        """Open enum: a value the spec does not list comes back as a pseudo-member that keeps it."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
