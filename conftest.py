"""Build the database once per pytest session, before anything collects or runs.

nbval executes the stored notebooks against data/processed/indicators.duckdb and compares their
outputs with the stored ones, so it must see a database freshly built from data/raw: a stale file
would hide (or invent) a change in a number.
"""

from __future__ import annotations


def pytest_sessionstart(session) -> None:
    from indicators.build import build_database

    build_database()
