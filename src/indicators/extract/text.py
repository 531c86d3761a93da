"""A report's text as government websites serve it: decoding, page chrome, sentences and clauses.

Offsets index the decoded text exactly as the build reads it (BOM dropped, line ends kept as they
are, CRLF included), so that `text[quote_start:quote_end] == quote` holds in the database too.
Page chrome (breadcrumbs, share and print buttons, 【字体：大 中 小】) is not cut out, which would
shift the offsets: its lines are marked and skipped. The patterns are data, in `data/page_chrome.csv`.
"""

from __future__ import annotations

import bisect
import csv
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from indicators.errors import IndicatorsError

DATA_DIR = Path(__file__).resolve().parent / "data"
CLAUSE_END = "，,；;。！？!?：:\r\n"
# the marks that close a clause inside a sentence (not 、, which separates list items)
CLAUSE_MARKS = "，,；;。：:"
CLAUSE_MARK = re.compile(f"[{CLAUSE_MARKS}]")
_SENTENCE_END = "。！？!?\r\n"
_LINE = re.compile(r"[^\r\n]+")
_BLANK = " \t\u3000\u00a0"
# a comma inside 2,917 separates thousands, not clauses
_THOUSANDS = re.compile(r"[0-9０-９][,，][0-9０-９]{3}(?![0-9０-９])")


@dataclass(frozen=True)
class Span:
    """A stretch of the text: `text[start:end]`."""

    start: int
    end: int
    text: str


def decode_report(raw: bytes, display: str) -> str:
    """UTF-8 (with or without BOM), else GB18030, both strict; anything else is refused with its offset."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IndicatorsError.single("undecodable-text", "is UTF-16 (it starts with a UTF-16 byte order mark)",
                                     file=display, line=1, hint="save the page text as UTF-8 or GB18030")
    if b"\x00" in raw:
        offset = raw.index(b"\x00")
        raise IndicatorsError.single(
            "binary-text", f"holds a NUL byte at byte offset {offset}: not a text file", file=display,
            line=raw[:offset].count(b"\n") + 1,
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as utf8:
        try:
            return raw.decode("gb18030")
        except UnicodeDecodeError as gb:
            offset = max(utf8.start, gb.start)
            raise IndicatorsError.single(
                "undecodable-text",
                f"is neither UTF-8 (bad byte {raw[utf8.start:utf8.start + 1]!r} at byte offset {utf8.start}) "
                f"nor GB18030 (bad bytes {raw[gb.start:gb.start + 2]!r} at byte offset {gb.start})",
                file=display, line=raw[:offset].count(b"\n") + 1,
                hint="save the page text as UTF-8 or GB18030",
            ) from None


def read_report(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise IndicatorsError.single("missing-file", "report text not found", file=str(path)) from None
    if not raw.strip():
        raise IndicatorsError.single("empty-text", "the report text is empty", file=str(path))
    return decode_report(raw, str(path))


def commented_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a table read one way: UTF-8, a header, and lines starting with # as comments saying where the
    table comes from (the extractor's own tables, the real set's open convention questions)."""
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def data_rows(name: str) -> list[dict[str, str]]:
    """The rows of `data/<name>`, the extractor's own tables (measure words, page chrome, traditional
    characters...)."""
    return commented_rows(DATA_DIR / name)


@cache
def chrome_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(row["pattern"]) for row in data_rows("page_chrome.csv"))


def is_chrome(line: str) -> bool:
    """A line of page furniture: it matches a chrome pattern and holds no full stop (body text does)."""
    return "。" not in line and any(p.search(line) for p in chrome_patterns())


def body_lines(text: str) -> list[Span]:
    """The lines of `text` that are not page chrome."""
    return [Span(m.start(), m.end(), m.group()) for m in _LINE.finditer(text) if not is_chrome(m.group())]


@cache
def _cut_at(ends: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape(ends) + "]")


def _pieces(line: Span, ends: str) -> list[Span]:
    """`line` cut after each character of `ends`, blanks trimmed from both sides of each piece."""
    pieces: list[Span] = []
    start = line.start
    text = line.text
    for cut in _cut_at(ends).finditer(text):
        i = cut.start()
        if not _THOUSANDS.match(text, i - 1):
            pieces.append(_trimmed(line, start, line.start + i))
            start = line.start + i + 1
    pieces.append(_trimmed(line, start, line.end))
    return [p for p in pieces if p.text]


def _trimmed(line: Span, start: int, end: int) -> Span:
    piece = line.text[start - line.start:end - line.start]
    left = len(piece) - len(piece.lstrip(_BLANK))
    right = len(piece.rstrip(_BLANK))
    return Span(start + left, start + max(right, left), piece[left:right] if right > left else "")


def sentences(line: Span) -> list[Span]:
    """Sentences of a line, without their closing 。！？."""
    return _pieces(line, _SENTENCE_END)


def clauses(sentence: Span) -> list[Span]:
    """Clauses of a sentence, cut at ，,；;：: (the punctuation itself belongs to neither side)."""
    return _pieces(sentence, CLAUSE_END)


@lru_cache(maxsize=64)
def _clause_marks(sentence: str) -> tuple[int, ...]:
    return tuple(match.start() for match in CLAUSE_MARK.finditer(sentence))


def clause_start(sentence: str, cut: int) -> int:
    """Where the clause holding position `cut` of `sentence` starts (after the last clause mark before it, or 0).
    The sentence's marks are found once for all its numbers, so a list of thousands of figures with no mark
    between them is not scanned back to its start for each."""
    marks = _clause_marks(sentence)
    before = bisect.bisect_left(marks, cut)
    return marks[before - 1] + 1 if before else 0


def clause_index(parts: list[Span], at: int) -> int | None:
    """Which of a sentence's clauses holds offset `at`; None on the punctuation between them."""
    return next((k for k, clause in enumerate(parts) if clause.start <= at < clause.end), None)


@cache
def simplified_table() -> dict[int, str]:
    """Each traditional character's simplified one (OpenCC's TSCharacters), and each small or vertical form of a
    punctuation mark its full-width mark (`data/punctuation_forms.csv`), as `str.translate` takes them."""
    table = {ord(row["traditional"]): row["simplified"] for row in data_rows("traditional_chars.csv")}
    return table | {ord(row["form"]): row["standard"] for row in data_rows("punctuation_forms.csv")}


@cache
def _phrase_table() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """Phrases whose characters alone stay as written (答覆, 行政覆議), keyed by their character-mapped
    form; each keeps its length, so offsets stay valid."""
    table = {row["traditional"].translate(simplified_table()): row["simplified"]
             for row in data_rows("traditional_phrases.csv") if len(row["traditional"]) == len(row["simplified"])}
    keys = sorted(table, key=len, reverse=True)
    return (re.compile("|".join(map(re.escape, keys))) if keys else None), table


@cache
def _phrase_marks() -> frozenset[str]:
    """The first characters of the phrases (覆 of 覆議, 答 of 答覆, 入 of 入口網站): a text holding none of them is
    left as its characters map, without a search for phrases it cannot hold."""
    return frozenset(key[0] for key in _phrase_table()[1])


_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# (fù): a syllable with its tone mark, bracketed; the build's unit checks read quotes without it too
# (build/quote_forms.sql), so that 3.99萬(wàn)件 writes 3.99万件 to them as to the extractor
PINYIN_REMNANT = f"\\([a-z{_TONED}]{{0,5}}[{_TONED}][a-z{_TONED}]{{0,5}}\\)"
_REMNANT = re.compile(PINYIN_REMNANT)
# a bracketed word right after a remnant (鄉(xiāng)鎮(zhèn)(街道)公共…) belongs to the run: the remnants go after all of it
_CJK_ASIDE = "[（(][\u4e00-\u9fff]{1,6}[)）]"
# a run of characters with the pinyin a mirror page left after some of them (行政復(fù)議案件): 復(fù)議 is 复议; with
# the year before it where a remnant splits the year from its 年 or follows it (2021(qū)年, 2020年(nián)全市…12件), so
# that the remnants are set aside before the year or after the run, not between 2020 and 年 or after 年
_YEAR_SPLIT = f"(?<![0-9])(?:19|20)[0-9]{{2}}\\s*(?=(?:{PINYIN_REMNANT})+年|年{PINYIN_REMNANT})"
_REMNANT_RUN = re.compile(f"(?:{_YEAR_SPLIT})?(?:[\u4e00-\u9fff]|{PINYIN_REMNANT}(?:{_CJK_ASIDE})?)+")


_DATE_PARTS = ("年", "日")  # 2015年(huán)在…: a year, which the remnants kept apart as before (periods read it)
_NUMBER_TAIL = re.compile("[余多万亿]{0,3}")  # 1100多名, 5.28万名, 3万余件: its bound and multiplier stay with the number


@cache
def _measure_words() -> tuple[str, ...]:
    """The measure words of `data/measure_words.csv`, longest first (as `mentions` reads them)."""
    return tuple(sorted((row["word"] for row in data_rows("measure_words.csv")), key=len, reverse=True))


def _remnants_aside(match: re.Match[str]) -> str:
    """The run's characters together and its pinyin remnants beside them, same length: after the run, or
    before it where a number follows (審結(jié)行政復(fù)議案件12195件 reads (jié)(fù)审结行政复议案件12195件), or
    after the measure word it opens with where a number stands on both sides (由10873個(gè)增加到18235個 reads
    由10873个(gè)增加到18235个: each number keeps its measure word, the second its words before it), with the
    bound or multiplier before that word (為1100多名勞動(dòng)者追回了1300多萬元 reads 为1100多名(dòng)劳动者…)."""
    run, start, end = match.group(), match.start(), match.end()
    aside = "".join(_REMNANT.findall(run))
    if not aside:
        return run
    chars = _REMNANT.sub("", run)
    if not match.string[end:end + 1].isdigit():
        return chars + aside
    keep = 0
    if start and match.string[start - 1].isdigit():
        tail = _NUMBER_TAIL.match(chars).end()
        word = next((word for word in _measure_words() if chars.startswith(word, tail)), "")
        keep = tail if word in _DATE_PARTS else tail + len(word)
    return chars[:keep] + aside + chars[keep:]


def without_remnants(text: str) -> str:
    """`text` without a mirror's pinyin (復(fù)議 → 復議): how long a table cell is and which words restrict a figure
    are read from its characters, while the text itself keeps the remnants so that offsets stay the page's."""
    return _REMNANT.sub("", text) if "(" in text else text


def simplified(text: str) -> str:
    """`text` with traditional characters replaced one for one by simplified ones (機關 → 机关, 萬 → 万),
    so that measure words, numerals and rules written in simplified characters read pages in either
    script. Each character maps to exactly one, so offsets stay valid in the original text, from which
    quotes are taken. The table is `data/traditional_chars.csv`, from OpenCC's TSCharacters; then the
    phrases of `data/traditional_phrases.csv` whose 覆 is 复 (答覆, 行政覆議), of the same length."""
    pattern, table = _phrase_table()
    text = text.translate(simplified_table())
    if "(" in text and any(mark in text for mark in _TONED):
        text = _REMNANT_RUN.sub(_remnants_aside, text)
    marked = any(mark in text for mark in _phrase_marks())
    return pattern.sub(lambda match: table[match.group()], text) if pattern and marked else text
