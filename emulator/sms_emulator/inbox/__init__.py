"""The web inbox at the emulator's root, and finding the sent messages it and ``GET /_emulator/messages`` show.

``query`` filters, orders and pages every provider's messages (each provider
describes them in the shape of ``core/message_view.py`` and, for SQL, of
``core/inbox_table.py``: its ``inbox_views`` and ``inbox_table`` hooks), and
``web`` serves the page (``page.yaml``, ``static/``), its assets and the live
event stream.
"""
