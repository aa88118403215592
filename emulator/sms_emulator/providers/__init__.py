"""The emulated providers, one package each, and what they share.

``base.py`` is the contract a provider fulfils (``Provider``), ``registry.py``
names the providers the emulator serves, ``mounted.py`` holds them while it
runs, and ``gsm.py`` splits a text into SMS parts for all of them. Every
provider package has the same shape (``docs/contributing.md``: a provider
template); none imports another.
"""
