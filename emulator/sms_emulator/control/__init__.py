"""The control API under ``/_emulator``: what every provider shares (``api.py``, described in ``api.yaml``).

A provider adds its own routes under ``/_emulator/<provider>`` from its
package (``control.py`` and ``control.yaml``; ``Provider.control``). To add a
shared route: a path in ``api.yaml`` and a method named after its operationId
in ``ControlApi``.
"""
