from enum import StrEnum


class SmsCampaignState(StrEnum):
    FINISHED = "FINISHED"
    NEW = "NEW"
    SENDING = "SENDING"
    STOPPED = "STOPPED"

    def __str__(self) -> str:
        return str(self.value)
