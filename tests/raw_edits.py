"""Edits of a copied raw folder, described as data: the broken-input corpus, the kill loop and the
hostile-text tests alter a copy of data/raw with these steps and never touch the original.

A step is a mapping with `file` (relative to the raw folder) and one action:
`set_cell: {row, field, value}` (spreadsheet row: the header is row 1), `drop_column: name`,
`add_column: {name, value}`, `append_row: {field: value, ...}` (missing fields empty) or
`copy_row: N` (append a copy of row N), `replace: {old, new}` (old must occur), `write: text`
(optionally with `encoding`), `write_hex: "ff fe ..."`, `append: text`, `delete: true`,
`rename: new name`, `rehash: true` (record the text's new sha256 in its .meta.yml, as an analyst
who accepts a changed text would).
"""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

from digests import sha256


def copy_raw(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


def _read_rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))


def _write_rows(path: Path, rows: list[list[str]]) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def rehash(text_path: Path) -> None:
    """Record the current sha256 of `text_path` in the metadata beside it."""
    meta = text_path.with_name(text_path.name.removesuffix(".txt") + ".meta.yml")
    digest = sha256(text_path)
    lines = [f"sha256: {digest}" if line.startswith("sha256:") else line
             for line in meta.read_text(encoding="utf-8").splitlines()]
    meta.write_text("\n".join(lines) + "\n", encoding="utf-8")


def apply_step(raw: Path, step: dict) -> None:
    """Apply one edit step to the raw folder `raw`."""
    path = raw / step["file"]
    if "set_cell" in step:
        cell = step["set_cell"]
        rows = _read_rows(path)
        rows[int(cell["row"]) - 1][rows[0].index(cell["field"])] = str(cell["value"])
        _write_rows(path, rows)
    elif "drop_column" in step:
        rows = _read_rows(path)
        index = rows[0].index(step["drop_column"])
        _write_rows(path, [row[:index] + row[index + 1:] for row in rows])
    elif "add_column" in step:
        rows = _read_rows(path)
        extra = step["add_column"]
        _write_rows(path, [rows[0] + [extra["name"]]] + [row + [str(extra["value"])] for row in rows[1:]])
    elif "append_row" in step:
        rows = _read_rows(path)
        values = {k: str(v) for k, v in step["append_row"].items()}
        _write_rows(path, [*rows, [values.get(name, "") for name in rows[0]]])
    elif "copy_row" in step:
        rows = _read_rows(path)
        _write_rows(path, [*rows, rows[int(step["copy_row"]) - 1]])
    elif "replace" in step:
        text = path.read_text(encoding="utf-8")
        old, new = step["replace"]["old"], step["replace"]["new"]
        assert old in text, f"{step['file']} no longer holds {old!r}: update the case"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    elif "write" in step:
        path.write_bytes(str(step["write"]).encode(step.get("encoding", "utf-8")))
    elif "write_hex" in step:
        path.write_bytes(bytes.fromhex(step["write_hex"]))
    elif "append" in step:
        with open(path, "ab") as handle:
            handle.write(str(step["append"]).encode("utf-8"))
    elif "delete" in step:
        path.unlink()
    elif "rename" in step:
        path.rename(path.with_name(step["rename"]))
    elif "rehash" in step:
        rehash(path)
    else:
        raise ValueError(f"unknown edit step {step}")


def apply_steps(raw: Path, steps: list[dict]) -> None:
    for step in steps:
        apply_step(raw, step)
