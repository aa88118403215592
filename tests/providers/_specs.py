"""The providers' specs as the spec tests read them: straight from ``specs/``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

SPECS = Path(__file__).resolve().parents[2] / "specs"


def spec(name: str) -> dict[str, Any]:
    """``specs/<name>.yaml``, parsed."""
    document: dict[str, Any] = yaml.safe_load((SPECS / f"{name}.yaml").read_text())
    return document
