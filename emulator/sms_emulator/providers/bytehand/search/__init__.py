"""BYTEHAND's search language (``query``, ``sort``, ``fields``, ``page``, ``count``), read two ways.

``language`` parses an expression and evaluates it over documents in Python;
``sql`` compiles the same expression to SQL over the store's indexes, with
exactly the Python reading's semantics (the tests hold the two to the same
answers). Stored lists (messages, contacts, transactions) search in SQL;
lists worked out on the fly (campaigns, reference data) in Python.
"""
