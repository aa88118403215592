from enum import StrEnum


class InvoiceState(StrEnum):
    PAID = "PAID"
    UNPAID = "UNPAID"

    def __str__(self) -> str:
        return str(self.value)
