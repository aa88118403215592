"""The commands of senders.php, read from the spec's ``x-commands``: which flag, which parameters.

The spec is the one place the rules live: the emulator enforces them from
there, and the fuzz checks read the same extension to tell a request that
breaks a rule (error 1 or 7 expected) from one that should be accepted.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .failures import fail
from .messages import is_phone


@dataclass(frozen=True)
class Command:
    name: str
    requires: tuple[str, ...]
    requires_one_of: tuple[str, ...]
    phone: tuple[str, ...]


class Commands:
    def __init__(self, extension: Mapping[str, Any]) -> None:
        self.flags: tuple[str, ...] = tuple(extension["flags"])
        self._commands = {
            name: Command(
                name,
                tuple(rule.get("requires", ())),
                tuple(rule.get("requires-one-of", ())),
                tuple(rule.get("phone", ())),
            )
            for name, rule in extension["commands"].items()
        }

    def choose(self, fields: Mapping[str, str]) -> Command:
        """The one command the flags ask for, with its parameters checked; raises the SMSC error otherwise."""
        chosen = [flag for flag in self.flags if fields.get(flag, "").strip() == "1"]
        if len(chosen) != 1:
            named = ", ".join(self.flags)
            raise fail(1, f"set exactly one of {named} to 1 (got {', '.join(chosen) or 'none'})")
        command = self._commands[chosen[0]]
        missing = [name for name in command.requires if not fields.get(name, "").strip()]
        if missing:
            raise fail(1, f"{command.name} needs {', '.join(missing)}")
        if command.requires_one_of and not any(fields.get(name, "").strip() for name in command.requires_one_of):
            raise fail(1, f"{command.name} needs one of {', '.join(command.requires_one_of)}")
        for name in command.phone:
            if not is_phone(fields.get(name, "")):
                raise fail(7, f"{name}: {command.name} needs a phone number")
        return command
