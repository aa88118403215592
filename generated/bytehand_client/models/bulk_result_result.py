from enum import StrEnum


class BulkResultResult(StrEnum):
    DELETED = "deleted"
    UPDATED = "updated"

    def __str__(self) -> str:
        return str(self.value)
