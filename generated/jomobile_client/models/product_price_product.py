from enum import StrEnum


class ProductPriceProduct(StrEnum):
    FLASHSMS = "FLASHSMS"
    HLR = "HLR"
    SMS = "SMS"
    WAPPUSH = "WAPPUSH"

    def __str__(self) -> str:
        return str(self.value)
