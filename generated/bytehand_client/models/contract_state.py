from enum import StrEnum


class ContractState(StrEnum):
    PENDING = "PENDING"
    SIGNED = "SIGNED"

    def __str__(self) -> str:
        return str(self.value)
