"""The emulator's core: state and the mechanisms every provider shares, without HTTP and without a provider's name.

``store`` (JSON documents in SQLite, one transaction mechanism), ``clock``
(emulated time), ``sql_index`` (indexes and trigram tables searches run on),
``money`` (balances, ledger rows and the books), ``message_view`` and
``inbox_table`` (one shape for a sent message, and its rows in SQL),
``outbound`` (the requests providers make: callbacks), ``faults`` (armed
faults) and ``runtime`` (``Settings``, and ``Runtime``: all a provider is
given). Nothing here imports connexion, starlette or a provider module; the
layers above (``http``, ``providers``, ``inbox``, ``control``) import this one.
"""
