"""What to type instead of a value written as the report writes it: the build reads plain digits only
(1063, 36), and "is not a plain number" alone left the reviewer guessing at 1,063 or full-width ３６."""

from __future__ import annotations

import re

_WRITTEN_NUMBER = re.compile(r"^[+-]?[0-9０-９][0-9０-９,，]*([.．][0-9０-９]+)?$")


def number_hint(value: str) -> str | None:
    """The value as the build reads it, when `value` is a number written with separators or full-width digits."""
    if not _WRITTEN_NUMBER.match(value.strip()):
        return None
    plain = value.strip().translate(str.maketrans("０１２３４５６７８９．", "0123456789.", ",，")).lstrip("+")
    return f"type it as {plain}, without thousands separators or full-width digits"
