from enum import IntEnum


class Translit(IntEnum):
    NONE = 0
    LATIN = 1
    LOOKALIKE = 2

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "Translit | None":
        """Open enum: a value the spec does not list comes back as a pseudo-member that keeps it."""
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
