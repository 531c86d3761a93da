"""The report metadata's common shape, `field: value` lines, read without PyYAML.

A national corpus has 28,500 `meta.yml` files; PyYAML's event check and constructor cost about
0.2 ms each even on libyaml, a third of reading the reports. Every such file is a flat mapping of
plain, double-quoted or single-quoted scalars, so this reader takes exactly that shape and gives the
values and key lines PyYAML would give. It answers None for anything else (a continuation line,
an escape, a value PyYAML would read as a bool, float, octal or other non-text, a repeated key...),
and the file is then parsed by PyYAML as before, with its checks and messages.
"""

from __future__ import annotations

import functools
import re

import yaml

LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_]*):(?: +(.*?))? *")
# characters a plain scalar may not start with, or that need PyYAML's own reading
INDICATORS = set("-?:,[]{}#&*!|>'\"%@`")
DECIMAL = re.compile(r"0|[1-9][0-9]*")
MAX_LINES = 1_000
# what PyYAML refuses (non-printable characters) or reads as a line break or a byte-order mark
UNUSUAL = re.compile("[^\x09\x0a\x20-\x7e\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]|[\u2028\u2029]")
_RESOLVERS = yaml.SafeLoader.yaml_implicit_resolvers
_STR = "tag:yaml.org,2002:str"


@functools.lru_cache(maxsize=256)
def _key_tag(key: str) -> str:
    """`_tag` of a key: the same dozen keys start every line of 28,500 files."""
    return _tag(key)


def _tag(value: str) -> str:
    """The tag PyYAML's SafeLoader gives a plain scalar (its implicit resolvers, in their order)."""
    for tag, regexp in _RESOLVERS.get(value[:1] if value else "", []) + _RESOLVERS.get(None, []):
        if regexp.match(value):
            return tag
    return _STR


def _scalar(value: str | None) -> str | None:
    """The value as the metadata reader records it (str(), None as ""), or None for PyYAML to read."""
    if not value:
        return ""  # null
    if value[0] == '"':
        inner = value[1:-1]
        return inner if len(value) > 1 and value[-1] == '"' and '"' not in inner and "\\" not in inner else None
    if value[0] == "'":
        inner = value[1:-1]
        return inner if len(value) > 1 and value[-1] == "'" and "'" not in inner else None
    if value[0] in INDICATORS or " #" in value or ": " in value or value.endswith(":") or "\t" in value:
        return None
    tag = _tag(value)
    if tag == _STR or tag.endswith(":timestamp"):  # dates stay the text written (reports.py)
        return value
    if tag.endswith(":int") and DECIMAL.fullmatch(value):
        return value
    if tag.endswith(":null"):
        return ""
    return None


def flat_record(text: str) -> tuple[dict[str, str], dict[str, int]] | None:
    """(values, line of each key) of a flat `field: value` file, or None when it is not one."""
    record: dict[str, str] = {}
    lines: dict[str, int] = {}
    rows = text.split("\n")
    if len(rows) > MAX_LINES or "\r" in text or UNUSUAL.search(text):
        return None
    for number, row in enumerate(rows, start=1):
        if not row.strip(" ") or row.startswith("#"):
            continue
        match = LINE.fullmatch(row)
        if match is None:
            return None
        key, written = match.groups()  # once: 28,500 files x a dozen lines asked the match five times each
        if key in record or _key_tag(key) != _STR:
            return None
        value = _scalar(written)
        if value is None:
            return None
        record[key] = value
        lines[key] = number
    return (record, lines) if record else None
