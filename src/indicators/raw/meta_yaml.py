"""A report's meta.yml read into its fields as strings, with the line of each key for error messages: the flat
`field: value` file most are without PyYAML (flat_yaml.py), anything else by safe PyYAML after the alias and depth
checks (safe_yaml.py). The build (raw/reports.py) and add-report's [exists] read a meta.yml this one way, so that a
title with an escape or single quotes reads alike in both."""

from __future__ import annotations

from pathlib import Path

import yaml

from indicators.errors import IndicatorsError, Problem
from indicators.raw.csv_rows import utf8_hint
from indicators.raw.flat_yaml import flat_record
from indicators.raw.schema import irregular_file
from indicators.safe_yaml import structure_problem


class _DatesAsText(yaml.SafeLoader):
    """Reads timestamps as the text written: PyYAML's own date constructor crashes on 2017-12-32, which
    must instead reach the date check and be refused with its line."""


class _FastDatesAsText(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """The same on libyaml's parser: the pure-Python one took 7 ms a file, minutes over a national corpus.
    Malformed files are parsed again by `_DatesAsText`, so that errors keep the pure parser's messages."""


for _loader in (_DatesAsText, _FastDatesAsText):
    _loader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))


def _parse(text: str, loader_class: type) -> tuple[yaml.Node | None, object]:
    """The node tree (for the line of each key) and the data, from one parse."""
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        return node, loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()


def _safe_parse(text: str, loader_class: type, display: str) -> tuple[yaml.Node | None, object]:
    """`_parse` after the event stream showed no alias bomb and no deep nesting (safe_yaml.py)."""
    unsafe = structure_problem(text, loader_class)
    if unsafe is not None:
        raise IndicatorsError.single("unsafe-yaml", unsafe[0], file=display, line=unsafe[1])
    return _parse(text, loader_class)


def meta_record(path: Path, display: str) -> tuple[dict[str, str], dict[str, int]]:
    """The metadata as strings, with the line of each key for error messages."""
    irregular = irregular_file(path, display)
    if irregular is not None:
        raise IndicatorsError([irregular])
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise IndicatorsError.single("not-utf8", f"bytes {exc.object[exc.start:exc.start + 4]!r} are not UTF-8",
                                     file=display, hint=utf8_hint(exc.object)) from None
    flat = flat_record(text)
    if flat is not None:
        return flat
    try:
        node, data = _safe_parse(text, _FastDatesAsText, display)
    except yaml.YAMLError:
        try:  # libyaml stops at 1,000 levels of nesting; the pure parser's limit is checked on its events
            node, data = _safe_parse(text, _DatesAsText, display)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            raise IndicatorsError.single(
                "malformed-yaml", f"cannot parse: {getattr(exc, 'problem', exc)}", file=display,
                line=mark.line + 1 if mark else None,
            ) from None
    if not isinstance(data, dict) or node is None:
        raise IndicatorsError.single("malformed-yaml", "expected a mapping of field: value", file=display, line=1)
    return _written(node, display)


def _written(node: yaml.MappingNode, display: str) -> tuple[dict[str, str], dict[str, int]]:
    """Each field's value as its line writes it, with the line of its key. PyYAML's values were shown instead:
    `jurisdiction_code: 0441204` read as the octal 148100 and was refused as "148100", a code nobody typed; a
    field given twice kept its last value without a word, and `issuer: [a, b]` was recorded as "['a', 'b']"."""
    record: dict[str, str] = {}
    lines: dict[str, int] = {}
    problems: list[Problem] = []
    for key_node, value_node in node.value:
        key, line = str(key_node.value), key_node.start_mark.line + 1
        if key in lines:
            problems.append(Problem("duplicate-field", f"is given twice (first on line {lines[key]}); give it once",
                                    file=display, line=line, field=key))
            continue
        lines[key] = line
        if not isinstance(value_node, yaml.ScalarNode):
            problems.append(Problem("not-one-value", "holds a list or a mapping; a field holds one value", file=display,
                                    line=line, field=key))
        record[key] = "" if value_node.tag.endswith(":null") or not isinstance(value_node, yaml.ScalarNode) \
            else value_node.value
    if problems:
        raise IndicatorsError(problems)
    return record, lines
