"""The provider registry (``providers/registry.py``) and the providers one emulator holds (``providers/mounted.py``)."""

from __future__ import annotations

import pytest

from sms_emulator.core.runtime import Runtime, Settings
from sms_emulator.providers import registry
from sms_emulator.providers.base import Provider
from sms_emulator.providers.mounted import MountedProviders


def test_every_registered_provider_loads_by_its_name_in_mount_order() -> None:
    classes = registry.load_all()
    assert [cls.name for cls in classes] == ["tyntec", "bytehand", "jomobile", "smsc"]
    assert all(issubclass(cls, Provider) for cls in classes)


def test_an_entry_naming_something_else_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(registry.REGISTERED, "acme", "sms_emulator.providers.smsc.provider:SmscProvider")
    with pytest.raises(TypeError, match="is not the Provider named 'acme'"):
        registry.load("acme")


def test_the_mounted_providers_are_seeded_and_found_by_name_and_by_path() -> None:
    providers = MountedProviders(Runtime(Settings()), registry.load_all())
    assert providers.names == ["tyntec", "bytehand", "jomobile", "smsc"]
    assert "smsc" in providers
    assert providers.get("nope") is None
    assert providers["bytehand"].name == "bytehand"
    assert providers.for_path("/bytehand/v2/sms/messages") is providers["bytehand"]
    assert providers.for_path("/bytehand") is None  # a prefix counts only as a whole path segment
    assert providers.for_path("/_emulator/bytehand/mail") is None
    assert all(providers.runtime.store.has_any(name) for name in providers.names)
