"""Fingerprints of files and folders, so that a test can say "left byte for byte as it was": the
fault, broken-input, hostile-parameter and kill-loop tests compare them before and after a refused
command."""

from __future__ import annotations

import hashlib
from pathlib import Path


def sha256(path: Path) -> str:
    """The file's sha256, hex."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_digests(folder: Path) -> dict[str, str]:
    """Every file (and symlink) under `folder` by its relative path, with its sha256."""
    return {str(p.relative_to(folder)): sha256(p) for p in sorted(folder.rglob("*")) if p.is_file() or p.is_symlink()}
