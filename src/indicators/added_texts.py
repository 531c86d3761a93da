"""A report text that is already in data/raw/reports: the same bytes (its sha256 recorded in a meta.yml), or
the same page under other bytes, saved again as GB18030, with CRLF line ends or with other blanks. Added under
another year, its figures would restate the first report's and win over them. And a second text for a
jurisdiction and year, which the database holds one report of: refused with what the analyst chooses by."""

from __future__ import annotations

import csv
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


def interrupted_add(text_file: Path, meta_file: Path, raw: bytes) -> bool:
    """Whether add-report was stopped between its two links: the text holds these very bytes and no meta.yml is
    beside it. Ctrl-C and SIGTERM remove a placed text (`write_all_or_none`), but SIGKILL or a power cut runs no
    clean-up, and the build's warning then tells the analyst to run add-report, which refused the text as a second
    one of its year. Such a text is the same add, to be finished; any other file there is still refused."""
    try:
        return (text_file.is_file() and not meta_file.exists() and irregular_file(text_file, str(text_file)) is None
                and text_file.read_bytes() == raw)
    except OSError:
        return False


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
        other = _stored_text(folder, _fields(meta))
        if other is not None and words(other) == wanted:
            raise already_added(meta.name.removesuffix(".meta.yml"), report_id, display,
                                "the same words in other bytes: another encoding, line ends or blanks")


def already_added(added: str, report_id: str, display: str, how: str) -> IndicatorsError:
    """The one wording of a text added before, `how` saying how it was recognized."""
    return IndicatorsError.single(
        "already-added", f"is the text of report {added} already ({how}): a report is added once", file=display,
        hint=None if added == report_id else f"if the text is {report_id}'s, remove {added}'s files yourself first")


def second_of_year(path: Path, meta_file: Path, figures_file: Path, text: str | None) -> IndicatorsError:
    """The one wording of a second text for a code and year: the report there (title, the part of the year it
    covers, its length) beside this text (its heading's part, its length), so that the analyst can choose which to
    keep; qa33 added 通州区's 上半年 report after its 行政复议 release of the year and could not tell from the
    message which. `text` is None where this text cannot be decoded: its part is then left out."""
    from indicators.raw.covers import covered  # imported on this refusal only

    fields = _fields(meta_file) if meta_file.is_file() else {}
    held: list[str] = []
    if fields:
        held.append(f"it holds 《{fields['title']}》" if fields.get("title") else "it holds a report of no recorded title")
        held.append(f"covering {_period(covered({**fields, 'title': fields.get('title', '')}))}")
        held += [f"{count:,} characters" for count in [_length(meta_file.parent, fields)] if count]
        rows = _rows(figures_file) if figures_file.is_file() else None
        held.append("no figures file" if rows is None else f"{rows:,} figure row{'' if rows == 1 else 's'}")
    this: list[str] = []
    if text is not None:
        from indicators.report_header import part_of_year, stated

        this.append(f"this text covers {_period(part_of_year(text, stated(text)['title']))}, "
                    f"{len(words(text)):,} characters")
    about = "; ".join(part for part in (", ".join(held), *this) if part)
    return IndicatorsError.single(
        "exists", f"is there already{f' ({about})' if about else ''}: add-report never overwrites a file; the database "
        "holds one report per jurisdiction and year", file=str(path), hint="remove it yourself if it is to be replaced")


def _period(part: str) -> str:
    """A part of the year as covers writes it; the whole year as 全年, which a report of no part covers."""
    return part or "全年 (the whole year)"


def _stored_text(folder: Path, fields: dict[str, str]) -> str | None:
    """The text a meta.yml's fields name in `folder`, decoded as recorded; None where there is none or it cannot be
    read: the build names a text it cannot read, and here it is simply not the same one, nor of a known length."""
    if not fields.get("text_file"):
        return None
    try:
        return (folder / fields["text_file"]).read_bytes().decode(fields.get("encoding") or "utf-8")
    except (OSError, LookupError, UnicodeDecodeError):
        return None


def _length(folder: Path, fields: dict[str, str]) -> int:
    """The characters of a stored report's text, blanks aside (as `words` compares them); 0 if unreadable."""
    text = _stored_text(folder, fields)
    return len(words(text)) if text is not None else 0


def _rows(figures_file: Path) -> int:
    """The figure rows of a figures file, its header aside (0 if it cannot be read)."""
    try:
        with figures_file.open(encoding="utf-8-sig", newline="") as handle:
            return max(sum(1 for row in csv.reader(handle) if any(cell.strip() for cell in row)) - 1, 0)
    except (OSError, UnicodeDecodeError, csv.Error):
        return 0


def texts_without_meta(raw_dir: Path) -> list[Path]:
    """Report texts that no meta.yml describes: the build does not read them, and says so."""
    folder = raw_dir / "reports"
    named = {path.name.removesuffix(".meta.yml") for path in folder.glob("*.meta.yml")}
    return sorted(path for path in folder.glob("*.txt") if path.stem not in named)
