from enum import StrEnum


class SmsProbeTextEncoding(StrEnum):
    GSM7 = "GSM7"
    UCS2 = "UCS2"

    def __str__(self) -> str:
        return str(self.value)
