"""``make bench``: the project's speed goals, each measured as a ratio against a named baseline in one run."""
