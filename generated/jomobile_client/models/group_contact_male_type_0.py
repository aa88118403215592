from enum import StrEnum


class GroupContactMaleType0(StrEnum):
    F = "f"
    M = "m"

    def __str__(self) -> str:
        return str(self.value)
