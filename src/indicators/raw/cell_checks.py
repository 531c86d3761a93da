"""Cell checks the catalog schemas share: ids, optional patterns, numbers, regular expressions."""

from __future__ import annotations

import re

from indicators.raw.schema import BOOL, PLAIN_NUMBER, SNAKE_ID, check, matches, one_of, pa

LEVELS = ("province", "prefecture", "county")
CODE = r"^[0-9]{6}$"


def snake_id(field: str) -> pa.Check:
    return matches(SNAKE_ID, "bad-id", f"is not a snake_case ASCII {field}")


def optional_match(pattern: str, code: str, message: str) -> pa.Check:
    return matches(f"(?:{pattern})|^$", code, message)


NUMBER = matches(PLAIN_NUMBER, "not-a-number", "is not a plain number (digits, optional sign and decimals)")
OPTIONAL_NUMBER = optional_match(PLAIN_NUMBER, "not-a-number", "is not a plain number")
HIGHER_IS_BETTER = one_of(BOOL)


def compiles(text: str) -> bool:
    try:
        re.compile(text)
    except re.error:
        return False
    return True


REGEX = check("bad-regex", "is not a valid regular expression", compiles)
