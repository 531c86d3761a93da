"""A report text that is already in data/raw/reports: the same bytes (its sha256 recorded in a meta.yml), or
the same page under other bytes, saved again as GB18030, with CRLF line ends or with other blanks. Added under
another year, its figures would restate the first report's and win over them."""

from __future__ import annotations

import re
from pathlib import Path

from indicators.errors import IndicatorsError
from indicators.raw.schema import irregular_file


def words(text: str) -> str:
    """The text without its BOM and blanks of any kind (line ends, spaces, full-width spaces)."""
    return re.sub(r"\s+", "", text.removeprefix("\ufeff"))


def refuse_added_before(folder: Path, report_id: str, digest: str, display: str) -> None:
    """Refuse the text whose sha256 `digest` a meta.yml of `folder` records, read as the build reads it:
    quoted, with a comment after it, in any key order."""
    for meta in sorted(folder.glob("*.meta.yml")) if folder.is_dir() else ():
        if _recorded_sha256(meta, digest) == digest:
            raise already_added(meta.name.removesuffix(".meta.yml"), report_id, display, "the same sha256")


def _fields(meta: Path) -> dict[str, str]:
    """The fields of `meta` as the build reads them, or none when it cannot be read: the build refuses that
    file with its own line, so it holds no report a text could repeat."""
    from indicators.raw.meta_yaml import meta_record  # PyYAML only when a jurisdiction has reports

    try:
        return meta_record(meta, str(meta))[0]
    except (IndicatorsError, OSError):
        return {}


def _recorded_sha256(meta: Path, digest: str) -> str:
    """The sha256 `meta` records (`meta_record`, the build's reader), or "" when it cannot be read (not UTF-8,
    not YAML, a pipe): the build refuses that file with its own line, and a neighbour's broken file is no
    reason to stop adding a text. Only a file holding `digest` or a YAML escape is parsed, since no other can
    record it: parsing every meta.yml of a national corpus costs 80 µs each, a look at its bytes 20 µs."""
    try:
        content = b"" if irregular_file(meta, str(meta)) else meta.read_bytes()
    except OSError:
        return ""
    if digest.encode() not in content and b"\\" not in content:
        return ""
    return _fields(meta).get("sha256", "")


def refuse_same_words(folder: Path, code: str, report_id: str, text: str, display: str) -> None:
    """Refuse `text` when a report of the same jurisdiction holds the same words: reading every report of
    a national corpus per added text would cost seconds, and a copy re-saved is added under its own code."""
    wanted = words(text)
    for meta in sorted(folder.glob(f"{code}-*.meta.yml")) if folder.is_dir() else ():
        fields = _fields(meta)
        path = folder / fields.get("text_file", "")
        if not fields.get("text_file") or not path.is_file():
            continue
        try:
            other = path.read_bytes().decode(fields.get("encoding") or "utf-8")
        except (LookupError, UnicodeDecodeError):
            continue  # the build names a text it cannot read; here it is simply not the same one
        if words(other) == wanted:
            raise already_added(meta.name.removesuffix(".meta.yml"), report_id, display,
                                "the same words in other bytes: another encoding, line ends or blanks")


def already_added(added: str, report_id: str, display: str, how: str) -> IndicatorsError:
    """The one wording of a text added before, `how` saying how it was recognized."""
    return IndicatorsError.single(
        "already-added", f"is the text of report {added} already ({how}): a report is added once", file=display,
        hint=None if added == report_id else f"if the text is {report_id}'s, remove {added}'s files yourself first")
