from enum import IntEnum


class Translit(IntEnum):
    NONE = 0
    LATIN = 1
    LOOKALIKE = 2

    def __str__(self) -> str:
        return str(self.value)
