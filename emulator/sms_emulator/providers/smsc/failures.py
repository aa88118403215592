"""The errors SMSC's scripts answer, with the code each script gives them and its description.

A handler raises ``fail(script, code, detail)``; the provider renders it in
the request's ``fmt`` with HTTP 200. The descriptions are SMSC's own (the
API speaks Russian); a parameter error adds what was wrong with which field.
"""

from __future__ import annotations

from typing import Final

from ...http.errors import ApiError

DESCRIPTIONS: Final[dict[str, dict[int, str]]] = {
    "send.php": {
        3: "Недостаточно средств на счете",
        5: "Неверный формат даты",
        6: "Сообщение запрещено (по тексту или по имени отправителя)",
        7: "Неверный формат номера телефона",
        8: "Сообщение на указанный номер не может быть доставлено",
        9: "Отправка более одного одинакового запроса на передачу SMS-сообщения в течение минуты",
    },
    "status.php": {
        3: "Сообщение не найдено",
        9: "Слишком много одновременных запросов",
    },
    "balance.php": {
        9: "Более десяти запросов баланса в течение минуты",
    },
    "senders.php": {
        3: "Имя отправителя не найдено",
        5: "Ошибка сохранения или удаления имени отправителя",
        7: "Неверный формат номера",
        8: "Код подтверждения на указанный номер не может быть доставлен",
        9: "Слишком много одинаковых запросов в течение минуты",
        10: "Код уже был отправлен на указанный номер. Повторная попытка возможна через 8 часов",
        11: "Неверный код подтверждения",
    },
}
COMMON: Final = {
    1: "Ошибка в параметрах",
    2: "Неверный логин или пароль",
    4: "IP-адрес временно заблокирован",
}

MESSAGE_ID_CODES: Final = frozenset({3, 6, 7, 8})
"""send.php errors whose reply carries the id of the refused message."""

MESSAGE_ID: Final = "id"
"""The ``details`` key of the message id a send.php error 3, 6, 7 or 8 carries."""


def describe(script: str, code: int, detail: str = "") -> str:
    """SMSC's description of ``code`` for ``script``, with ``detail`` after a colon for parameter errors."""
    text = DESCRIPTIONS.get(script, {}).get(code) or COMMON.get(code) or "Ошибка"
    return f"{text}: {detail}" if detail and code == 1 else text


def fail(code: int, detail: str, *, message_id: int | None = None) -> ApiError:
    """The error a handler raises; ``detail`` says what was wrong (shown for code 1)."""
    details = {MESSAGE_ID: message_id} if message_id is not None else None
    return ApiError(400, detail, code=str(code), details=details)
