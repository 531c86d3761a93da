"""An error line reads `错误：<where>：<kind>。Error: <the English>` (indicators.errors.one_line): tests that read the
English part, as it read before the Chinese came first, take it with `english`."""

from __future__ import annotations

import re

CHINESE = re.compile(r"错误：[^\n]*?。(?=Error: )")


def english(line: str) -> str:
    """What follows the Chinese of an error line (`Error: ...`); "" when `line` is not one, so that a test's
    `english(line).startswith("Error: ")` still fails on a line without its Chinese."""
    found = CHINESE.match(line)
    return line[found.end():] if found else ""
