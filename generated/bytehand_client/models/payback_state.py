from enum import StrEnum


class PaybackState(StrEnum):
    PAID = "PAID"
    PENDING = "PENDING"

    def __str__(self) -> str:
        return str(self.value)
