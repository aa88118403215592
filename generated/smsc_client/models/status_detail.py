from enum import IntEnum


class StatusDetail(IntEnum):
    STATUS = 0
    WITH_SENDING = 1
    WITH_NETWORK = 2

    def __str__(self) -> str:
        return str(self.value)
