from enum import StrEnum


class RoutingMode(StrEnum):
    ALL = "all"
    LISTED = "listed"

    def __str__(self) -> str:
        return str(self.value)
