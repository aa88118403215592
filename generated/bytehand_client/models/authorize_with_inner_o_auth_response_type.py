from enum import StrEnum


class AuthorizeWithInnerOAuthResponseType(StrEnum):
    CODE = "code"

    def __str__(self) -> str:
        return str(self.value)
