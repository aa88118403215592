from enum import StrEnum


class SupportTicketState(StrEnum):
    OPEN = "OPEN"

    def __str__(self) -> str:
        return str(self.value)
