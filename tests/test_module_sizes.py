"""Modules stay short and uniquely named, so a reader can guess where a thing lives."""

from __future__ import annotations

from collections import Counter

from indicators import paths

MODULES = [p for p in paths.PACKAGE_DIR.rglob("*.py") if "__pycache__" not in p.parts]


def test_every_module_has_at_most_250_lines():
    long = {str(p.relative_to(paths.PACKAGE_DIR)): n for p in MODULES
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 250}
    assert long == {}


def test_no_two_modules_share_a_file_name():
    names = Counter(p.name for p in MODULES if p.name != "__init__.py")
    assert [name for name, count in names.items() if count > 1] == []
