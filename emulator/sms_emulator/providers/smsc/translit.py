"""``translit``: SMSC rewrites Cyrillic text in Latin letters, which fits more text in a cheaper GSM-7 SMS.

    translit=1  letter by letter          Привет -> Privet
    translit=2  look-alike Latin letters  Привет -> IIpuBeT

Only Russian letters are rewritten; everything else is kept as written.
"""

from __future__ import annotations

from typing import Final

RUSSIAN: Final = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"  # Cyrillic on purpose

_LATIN: Final = dict(
    zip(
        RUSSIAN,
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "yo",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "sch",
            "'",
            "y",
            "'",
            "e",
            "yu",
            "ya",
        ],
        strict=True,
    )
)
_LOOKALIKE_LOWER: Final = dict(
    zip(
        RUSSIAN,
        [
            "a",
            "6",
            "B",
            "r",
            "g",
            "e",
            "e",
            "}|{",
            "3",
            "u",
            "u'",
            "k",
            "JI",
            "M",
            "H",
            "o",
            "n",
            "p",
            "c",
            "T",
            "y",
            "qp",
            "x",
            "LL",
            "4",
            "w",
            "w",
            "b",
            "bI",
            "b",
            "-)",
            "I-O",
            "9I",
        ],
        strict=True,
    )
)

_LOOKALIKE_UPPER: Final = {"п": "II", "и": "U", "д": "D", "г": "G"}  # noqa: RUF001  # Cyrillic keys
"""Capitals whose look-alike differs from the small letter's, upper-cased."""


def transliterate(text: str, mode: int) -> str:
    """``text`` as SMSC sends it with ``translit=mode`` (0 leaves it alone)."""
    if mode not in (1, 2):
        return text
    table = _LATIN if mode == 1 else _LOOKALIKE_LOWER
    out = []
    for char in text:
        lower = char.lower()
        if lower not in table:
            out.append(char)
            continue
        written = table[lower]
        if char != lower and mode == 1:
            written = written.capitalize()
        elif mode == 2 and char != lower:
            written = _LOOKALIKE_UPPER.get(lower, written.upper())
        out.append(written)
    return "".join(out)
