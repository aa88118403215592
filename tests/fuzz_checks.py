"""Provider-aware schemathesis checks (loaded through ``hooks`` in schemathesis.toml)."""
