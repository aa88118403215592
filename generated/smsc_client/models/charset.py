from enum import StrEnum


class Charset(StrEnum):
    KOI8_R = "koi8-r"
    UTF_8 = "utf-8"
    WINDOWS_1251 = "windows-1251"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "Charset | None":
        """Open enum: a value the spec does not list comes back as a pseudo-member that keeps it."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
