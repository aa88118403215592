from enum import IntEnum


class StatusDetail(IntEnum):
    STATUS = 0
    WITH_SENDING = 1
    WITH_NETWORK = 2

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "StatusDetail | None":
        """Open enum: a value the spec does not list comes back as a pseudo-member that keeps it."""
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
