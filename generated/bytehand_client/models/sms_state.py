from enum import StrEnum


class SmsState(StrEnum):
    DELIVERED = "DELIVERED"
    NEW = "NEW"
    REJECTED = "REJECTED"
    SENT = "SENT"
    STOPPED = "STOPPED"
    UNDELIVERED = "UNDELIVERED"

    def __str__(self) -> str:
        return str(self.value)
