from enum import StrEnum


class SentSmsStatus(StrEnum):
    BLACKLISTED = "BLACKLISTED"
    SCHEDULED = "SCHEDULED"
    SENT = "SENT"

    def __str__(self) -> str:
        return str(self.value)
