from enum import StrEnum


class Charset(StrEnum):
    KOI8_R = "koi8-r"
    UTF_8 = "utf-8"
    WINDOWS_1251 = "windows-1251"

    def __str__(self) -> str:
        return str(self.value)
