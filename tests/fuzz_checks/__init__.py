"""Provider-aware schemathesis checks (loaded through ``hooks`` in schemathesis.toml).

Each module replaces a generic check that contradicts one provider's real
behaviour, for that provider's spec only; the generic check stays on for every
other spec. The "Fuzzing" table of docs/testing.md lists each replacement with its reason.
"""

from . import jomobile, smsc

__all__ = ["jomobile", "smsc"]
