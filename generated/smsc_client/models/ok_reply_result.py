from enum import StrEnum


class OkReplyResult(StrEnum):
    OK = "OK"

    def __str__(self) -> str:
        return str(self.value)
