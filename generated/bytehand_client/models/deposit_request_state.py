from enum import StrEnum


class DepositRequestState(StrEnum):
    PAID = "PAID"
    PENDING = "PENDING"

    def __str__(self) -> str:
        return str(self.value)
