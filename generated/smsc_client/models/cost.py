from enum import IntEnum


class Cost(IntEnum):
    SEND = 0
    PRICE_ONLY = 1
    SEND_WITH_COST = 2
    SEND_WITH_COST_AND_BALANCE = 3

    def __str__(self) -> str:
        return str(self.value)
