from enum import StrEnum


class SendResultResult(StrEnum):
    CREATED = "created"

    def __str__(self) -> str:
        return str(self.value)
