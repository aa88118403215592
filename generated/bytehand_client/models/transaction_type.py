from enum import StrEnum


class TransactionType(StrEnum):
    BONUS = "bonus"
    CHARGE = "charge"
    DEPOSIT = "deposit"
    PAYBACK = "payback"

    def __str__(self) -> str:
        return str(self.value)
