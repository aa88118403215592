from enum import StrEnum


class CredentialType(StrEnum):
    KEY = "key"
    OAUTH = "oauth"
    SESSION = "session"

    def __str__(self) -> str:
        return str(self.value)
