from enum import StrEnum


class SmsRecordTypeSms(StrEnum):
    FLASHSMS = "FLASHSMS"
    HLR = "HLR"
    MNP = "MNP"
    SMS = "SMS"
    WAPPUSH = "WAPPUSH"

    def __str__(self) -> str:
        return str(self.value)
