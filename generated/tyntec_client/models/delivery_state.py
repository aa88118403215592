from enum import StrEnum


class DeliveryState(StrEnum):
    ACCEPTED = "ACCEPTED"
    BUFFERED = "BUFFERED"
    DELIVERED = "DELIVERED"
    EXPIRED = "EXPIRED"
    REJECTED = "REJECTED"
    UNDELIVERABLE = "UNDELIVERABLE"

    def __str__(self) -> str:
        return str(self.value)
