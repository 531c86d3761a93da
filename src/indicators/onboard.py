"""`indicators add-report`: a new report text into data/raw in one command, ready for review.

The only code that writes under data/raw, and only new files: the text byte for byte and its
meta.yml. The jurisdiction is taken from data/raw/catalog/jurisdictions.csv where it is listed, else
from the GB/T 2260 code table shipped with the package (`extract/data/gbt2260.csv`), which the build
also falls back to (`with_code_table`), so no existing raw file is edited. The candidates go to
data/processed/review/, outside data/raw: the reviewer saves the reviewed file as
data/raw/figures/<code>-<year>.csv.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pandas as pd

from indicators import paths, report_header
from indicators.added_texts import interrupted_add, refuse_added_before, refuse_same_words, second_of_year, words
from indicators.errors import IndicatorsError
from indicators.extract.text import DATA_DIR, decode_report, simplified_table
from indicators.glosses import pinyin_glosses
from indicators.raw.raw_names import catalog_file, raw_shown
from indicators.raw.report_files import staged_file, write_all_or_none
from indicators.raw.reports import empty_text, missing_text, year_out_of_range
from indicators.raw.schema import irregular_file, read_csv_text
from indicators.review_steps import review_steps

# GB18030 reads every GBK and GB2312 text the same way and more: the aliases are recorded as gb18030
_ALIASES = {"utf8": "utf-8", "utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "gbk": "gb18030", "gb2312": "gb18030",
            "cp936": "gb18030", "gb18030": "gb18030"}


@dataclass(frozen=True)
class Added:
    text_file: str  # as shown to the reader (relative to the project)
    meta_file: str
    candidates_file: str
    to_review: list[str]


@cache
def code_table() -> pd.DataFrame:
    """The shipped GB/T 2260 table (its first line is a comment naming its source)."""
    return pd.read_csv(DATA_DIR / "gbt2260.csv", dtype=str, keep_default_na=False, comment="#", encoding="utf-8")


def unit_families() -> pd.DataFrame:
    """The measure words of each unit family (件 宗 起, 项 个 ...): the build accepts a figure in another
    word of its metric's family when its quote writes the number with that word (120件 for a 份 metric).

    `written` is each way a quote may write the word: as entered, and in traditional characters (個 場
    項), since a reviewer enters 24 个 for 配套舉措24個 and the build then looks for "24个" in the quote."""
    families = pd.read_csv(DATA_DIR / "unit_families.csv", dtype=str, keep_default_na=False, encoding="utf-8")
    families = families[["family", "unit"]]
    spellings = traditional_spellings(families["unit"])
    rows = [(family, unit, written) for family, unit in families.itertuples(index=False)
            for written in dict.fromkeys([unit, *spellings.get(unit, [])])]
    return pd.DataFrame(rows, columns=["family", "unit", "written"])


def traditional_spellings(units: pd.Series) -> dict[str, list[str]]:
    """Each measure word of `units` with its traditional spellings (个 → 個, 箇), by reversing the
    extractor's one-character table (`extract.text.simplified_table`, OpenCC's)."""
    ways: dict[str, list[str]] = {char: [char] for unit in units for char in unit}
    for traditional, simplified in simplified_table().items():
        if simplified in ways:
            ways[simplified].append(chr(traditional))
    spelled: dict[str, list[str]] = {}
    for unit in units:
        words = [""]
        for char in unit:
            words = [word + way for word in words for way in ways[char]]
        spelled[unit] = [word for word in words if word != unit]
    return spelled


def with_code_table(jurisdictions: pd.DataFrame, codes: pd.Series) -> pd.DataFrame:
    """`jurisdictions` plus the code table's rows (and their parents) for codes the catalog lacks."""
    table = code_table().set_index("jurisdiction_code")
    have = set(jurisdictions["jurisdiction_code"])
    wanted: list[str] = []
    for code in dict.fromkeys(codes):
        while code and code not in have and code in table.index and code not in wanted:
            wanted.append(code)
            code = table.at[code, "parent_code"]
    if not wanted:
        return jurisdictions
    rows = table.loc[wanted].reset_index()
    rows["name_en"] = rows["name_zh"] + " (GB/T 2260 " + rows["jurisdiction_code"] + ")"
    return pd.concat([jurisdictions, rows[list(jurisdictions.columns)]], ignore_index=True)


def jurisdiction(code: str, raw_dir: Path) -> dict[str, str]:
    """The catalog's row of `code`, else the code table's; refused, naming the catalog in `raw_dir`, when neither has it."""
    display = catalog_file(raw_shown(raw_dir), "jurisdictions")
    catalog = read_csv_text(raw_dir / "catalog" / "jurisdictions.csv", display)
    known = with_code_table(catalog, pd.Series([code]))
    found = known[known["jurisdiction_code"] == code]
    if found.empty:
        raise IndicatorsError.single("unknown-code", f'"{code}" is neither in {display} '
                                     "nor in the GB/T 2260 code table", field="jurisdiction", value=code)
    return found.iloc[0].to_dict()


def report_year(year: int) -> None:
    """Refuse a year no report can be about yet, or a typo: --year 18 wrote 441204-18.txt, which the build refused."""
    if late := year_out_of_range(year, field="year", hint="--year is the year the report is about"):
        raise IndicatorsError([late])


def read_source(source: Path) -> bytes:
    """The bytes of the text to add; a pipe, a device (/dev/zero never ends), a folder or an oversized file is
    refused before it is read, as the build refuses it in data/raw, and a missing one in one line."""
    irregular = irregular_file(source, str(source))
    if irregular is not None:
        raise IndicatorsError([irregular])
    try:
        return source.read_bytes()
    except FileNotFoundError:
        raise IndicatorsError([missing_text(str(source))]) from None


def decode(raw: bytes, encoding: str | None, display: str) -> tuple[str, str]:
    """The text and the encoding to record: the one named (gbk, gb2312 → gb18030), else UTF-8 (with or without BOM),
    else GB18030. UTF-16, NUL bytes (a PNG) and bytes neither reads are refused first in the extractor's words, a
    text of no words (empty, blanks, a BOM alone) as the build refuses it."""
    text = decode_report(raw, display)
    if not words(text):
        raise IndicatorsError([empty_text(display)])
    if encoding is not None:
        name = _ALIASES.get(encoding.lower())
        if name is None:
            raise IndicatorsError.single("bad-encoding", f'"{encoding}" is none of {", ".join(_ALIASES)}',
                                         field="encoding", value=encoding)
        tried = [name]
    else:
        tried = ["utf-8-sig" if raw.startswith(b"\xef\xbb\xbf") else "utf-8", "gb18030"]
    for name in tried:
        try:
            return raw.decode(name), name
        except UnicodeDecodeError as error:
            last = error
    raise IndicatorsError.single("undecodable-text", f"is not {' nor '.join(tried)} (byte offset {last.start})",
                                 file=display, line=raw[:last.start].count(b"\n") + 1)


def _meta(report_id: str, place: dict[str, str], year: int, stated: dict[str, str], text_name: str, encoding: str,
          sha256: str, source: str) -> str:
    def value(text: str) -> str:
        return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar

    return (
        "# Metadata of one report text, written by `indicators add-report`. The text beside this file is kept\n"
        "# byte for byte as received; the build refuses it when its sha256 differs from the one recorded here.\n"
        f"report_id: {report_id}\njurisdiction_code: \"{place['jurisdiction_code']}\"\n"
        f"jurisdiction_name: {place['name_zh']}\nreport_year: {year}\ntitle: {value(stated['title'])}\n"
        f"issuer: {value(stated['issuer'])}\nsigned_date: {value(stated['signed_date'])}\n"
        f"published_date: {value(stated['published_date'])}\ntext_file: {text_name}\nencoding: {encoding}\n"
        f"sha256: {sha256}\nsource: {value(source)}\n"
        # the part of the year its heading names, where the analyst sees it and corrects it (raw/covers.py)
        + (f"covers: {value(stated['covers'])}\n" if stated.get("covers") else "")
    )


def _decoded(raw: bytes, encoding: str | None) -> str | None:
    """The text as add-report would read it, or None where it cannot: a refusal describing it must not fail."""
    try:
        return decode(raw, encoding, "")[0]
    except IndicatorsError:
        return None


def add_report(source: Path, code: str, year: int, raw_dir: Path, encoding: str | None = None) -> Added:
    """Copy `source` into raw_dir/reports/<code>-<year>.txt, write its meta.yml and the candidates."""
    from indicators.extract.candidates import extract_figures
    from indicators.extract.rules import load_rules
    from indicators.extract.suggestions import with_suggestions

    if not re.fullmatch(r"[0-9]{6}", code):
        raise IndicatorsError.single("bad-code", f'"{code}" is not a six-digit GB/T 2260 code', field="jurisdiction")
    report_year(year)
    report_id = f"{code}-{year}"
    folder = raw_dir / "reports"
    text_file, meta_file = folder / f"{report_id}.txt", folder / f"{report_id}.meta.yml"
    raw = read_source(source)
    refuse_added_before(folder, report_id, hashlib.sha256(raw).hexdigest(), str(source))
    finishing = interrupted_add(text_file, meta_file, raw)  # only the meta.yml is then written
    if not finishing and (there := next((path for path in (text_file, meta_file) if path.exists()), None)):
        raise second_of_year(there, meta_file, raw_dir / "figures" / f"{report_id}.csv", _decoded(raw, encoding))
    text, recorded = decode(raw, encoding, str(source))
    refuse_same_words(folder, code, report_id, text, str(source))
    place = jurisdiction(code, raw_dir)
    stated = report_header.stated(text)
    stated["covers"] = report_header.part_of_year(text, stated["title"])
    rules = load_rules(raw_dir)
    body = text.removeprefix("\ufeff")  # offsets count from the first character, as the build's do
    candidates = with_suggestions(extract_figures(body, year, rules), body, raw_dir)
    meta = _meta(report_id, place, year, stated, text_file.name, recorded, hashlib.sha256(raw).hexdigest(),
                 f"added by indicators add-report from {source.name}")
    review = raw_dir.parent / "processed" / "review"
    review.mkdir(parents=True, exist_ok=True)
    candidates_file = review / f"{report_id}-candidates.csv"
    # the candidates are written first, where they cannot be lost: a review folder that cannot be written left
    # the text and meta.yml in data/raw and no candidates, and add-report, run again, said the text was there
    with staged_file(candidates_file, candidates.to_csv(index=False, lineterminator="\n").encode("utf-8")) as staged:
        write_all_or_none([(text_file, raw), (meta_file, meta.encode("utf-8"))][finishing:])  # never over a file
        staged.replace(candidates_file)
    shown = _relative(paths.find_project_root())
    to_review = review_steps(shown, meta_file, candidates_file, raw_dir / "figures" / f"{report_id}.csv", stated, place,
                             code, year, candidates, code_table(), pinyin_glosses(body))
    return Added(shown(text_file), shown(meta_file), shown(candidates_file), to_review)


def _relative(root: Path | None):
    """Paths as the reader can open them: relative to the project when inside it, else as given. A --raw folder
    outside the project was shown relative to its grandparent (/tmp/work/raw as work/raw/reports/...)."""
    def shown(path: Path) -> str:
        inside = root is not None and path.resolve().is_relative_to(root)
        return str(path.resolve().relative_to(root)) if inside else str(path)
    return shown
