from enum import StrEnum


class RefactoredMessageEncoding(StrEnum):
    GSM7 = "GSM7"
    UNICODE = "UNICODE"

    def __str__(self) -> str:
        return str(self.value)
