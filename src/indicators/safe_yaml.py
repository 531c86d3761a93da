"""YAML from outside (report metadata, `-p NAME=VALUE`), read with limits before anything is built.

`yaml.safe_load` runs no code, but it still lets a few hundred bytes expand into millions of items
through anchors and aliases (an "alias bomb": 600 characters became 10⁷ items and 750 MB; 893
bytes of metadata a MemoryError), builds a list that contains itself from a circular alias, and
recurses once per level of nesting (50,000 levels: RecursionError). Neither the metadata (flat
`field: value` pairs) nor a notebook parameter (a number, a text, a short list) needs any of that, so
the event stream is checked first, without building anything and without recursion: no anchors or
aliases, at most MAX_DEPTH levels, at most MAX_EVENTS items.
"""

from __future__ import annotations

import yaml

from indicators.errors import IndicatorsError, quoted

MAX_DEPTH = 20
MAX_EVENTS = 10_000
MAX_PARAMETER_CHARS = 10_000

_OPENING = (yaml.SequenceStartEvent, yaml.MappingStartEvent)
_CLOSING = (yaml.SequenceEndEvent, yaml.MappingEndEvent)


def structure_problem(text: str, loader: type = yaml.SafeLoader) -> tuple[str, int] | None:
    """Why `text` must not be loaded (message, 1-based line), or None; raises yaml.YAMLError when malformed."""
    depth = 0
    for count, event in enumerate(yaml.parse(text, Loader=loader), start=1):
        line = event.start_mark.line + 1 if event.start_mark else 1
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            return "uses an anchor or alias (& or *), which is not accepted here", line
        if isinstance(event, _OPENING):
            depth += 1
            if depth > MAX_DEPTH:
                return f"nests deeper than {MAX_DEPTH} levels", line
        elif isinstance(event, _CLOSING):
            depth -= 1
        if count > MAX_EVENTS:
            return f"holds more than {MAX_EVENTS:,} items", line
    return None


def parameter_value(name: str, text: str) -> object:
    """The value of `-p NAME=VALUE` read as YAML (2017 → int, [a, b] → list), as papermill's -y does."""
    if len(text) > MAX_PARAMETER_CHARS:
        raise IndicatorsError.single("bad-parameter", f"{quoted(text)} is longer than {MAX_PARAMETER_CHARS:,} "
                                     "characters", field=name)
    try:
        problem = structure_problem(text)
        if problem is None:
            return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise IndicatorsError.single("bad-parameter", f"{quoted(text)} is not a YAML value: {reason}",
                                     field=name, hint="quote a text that holds YAML syntax: -p 'name=\"[x\"'") from None
    raise IndicatorsError.single("bad-parameter", f"{quoted(text)} {problem[0]}", field=name)
