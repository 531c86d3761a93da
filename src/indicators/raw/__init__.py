"""Readers and schemas of the raw data in `data/raw/`; nothing here ever writes there."""
