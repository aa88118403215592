from enum import StrEnum


class NewsCategory(StrEnum):
    COMPANY = "company"
    MAINTENANCE = "maintenance"
    PRODUCT = "product"
    TARIFFS = "tariffs"

    def __str__(self) -> str:
        return str(self.value)
