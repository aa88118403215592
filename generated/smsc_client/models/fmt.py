from enum import IntEnum


class Fmt(IntEnum):
    TEXT = 0
    NUMBERS = 1
    XML = 2
    JSON = 3

    def __str__(self) -> str:
        return str(self.value)
