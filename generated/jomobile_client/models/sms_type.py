from enum import StrEnum


class SmsType(StrEnum):
    FLASHSMS = "FLASHSMS"
    FLASHSMS_LOWERCASE = "flashsms"
    HLR = "HLR"
    HLR_LOWERCASE = "hlr"
    MNP = "MNP"
    MNP_LOWERCASE = "mnp"
    SMS = "SMS"
    SMS_LOWERCASE = "sms"
    WAPPUSH = "WAPPUSH"
    WAPPUSH_LOWERCASE = "wappush"

    def __str__(self) -> str:
        return str(self.value)
