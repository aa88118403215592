from enum import StrEnum


class SmsRecordStatus(StrEnum):
    DELIVERED = "DELIVERED"
    EXPIRED = "EXPIRED"
    SCHEDULED = "SCHEDULED"
    SENT = "SENT"
    UNDELIVERED = "UNDELIVERED"

    def __str__(self) -> str:
        return str(self.value)
