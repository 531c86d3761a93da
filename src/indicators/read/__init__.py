"""Reading the built database: brief read-only connections, lookups, queries for the CLI and the notebooks."""
