"""The web inbox and the one normalised view of sent messages behind it and ``GET /_emulator/messages``.

``views`` defines what a message looks like whatever provider sent it (each
provider's ``message_views`` hook builds them), ``search`` filters and orders
them, and ``web`` serves the page, its assets and the live event stream.
"""
