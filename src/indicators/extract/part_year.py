"""Whether a whole text speaks of a part of its report year: a monthly bulletin, a quarter's release, a half year's news.

A metric holds one value per report year, and the curated files (blind18 on) leave a part of the year without one.
`not_the_year` reads the words before a figure in its own sentence (今年1-10月，…); a text often names its part once,
in its title or first sentence (前9月环境行政处罚罚没款超百亿, 12345政府服务热线二月情况通报, 2025年一季度，…), and
states the figures after it in sentences that name no period, or only the year so far (今年以来, 截至目前) in a text
dated before the year ended. The words are data (`data/part_year_openings.csv`, with the part-of-year words of
`data/not_the_year.csv`).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import islice

from indicators.extract.enclosures import enclosed, titles, within
from indicators.extract.not_the_year import reasons
from indicators.extract.prefixes import found_before
from indicators.extract.text import data_rows

_OPENING = 400  # the title and first sentence: up to the first 。 within this many characters (as spans.py reads it)
PART_OF_YEAR = "a part of the year"
# a sentence with no more than this many characters before its figure (办结率100%，满意率100%。) names no subject of its
# own: it goes on with the sentence before; one that names its own (全省各级…公示率均已达到100%) is read by itself
_CONTINUES = 8  # counted without the figures and marks before it (办结率100%，满意率: 6)
_WORDS = re.compile(r"[^0-9０-９.%％，,、\s]")  # not figures or the marks between them
_YEAR = re.compile(r"((?:19|20)[0-9]{2})\s*年")
_WHOLE_YEAR = re.compile(r"全年|年度")  # a figure's sentence that names the whole year is the year's, whatever the text
# a sentence naming any period of its own before the figure is read by its own words, not the sentence before
_OWN_PERIOD = re.compile(r"(?:19|20)[0-9]{2}\s*年|今年|全年|本年|年内|去年|上年|[0-9一二三四五六七八九十]\s*月|季度|半年|以来")


@cache
def _words(kind: str) -> re.Pattern[str]:
    """The words of one kind of `part_year_openings.csv`; kind "part" with not_the_year.csv's part-of-year words
    that hold for every figure (截至2022年7月 opening a news item states the rate then, not a part year's text)."""
    words = [row["words"] for row in data_rows("part_year_openings.csv") if row["kind"] == kind]
    if kind == "part":
        words += [reason.pattern.pattern for reason in reasons() if reason.why == PART_OF_YEAR and reason.units is None]
    return re.compile("|".join(f"(?:{w})" for w in words))


@cache
def _dates() -> tuple[re.Pattern[str], ...]:
    """The forms of a day of `part_year_openings.csv`, one pattern each: each names its month, and its year unless
    it is a news item's dateline (9月15日讯), which is of the page's year."""
    return tuple(re.compile(row["words"]) for row in data_rows("part_year_openings.csv") if row["kind"] == "date")


@lru_cache(maxsize=4)
def _opening_says(text: str, report_year: int) -> tuple[str, bool]:
    """The part of the year the text's opening names ("" if none) and whether the opening is dated before the last
    month of the report year; no part where the opening names the year as a whole (a yearly report; not in a title it
    cites, 按照《…年度考核指标的通知》要求，2020年第一季度…), though a text
    dated in July counts 今年以来 to July whatever its title calls it (2018年上半年法制工作总结, 17.07.2018)."""
    end = text.find("。", 0, _OPENING)
    opening = text[:end if end >= 0 else _OPENING]
    dated = any(int(m.groupdict().get("year") or report_year) == report_year and 1 <= int(m.group("month")) < 12
                for pattern in _dates() for m in pattern.finditer(opening))  # a dateline (9月15日讯): the page's year
    inside = enclosed(opening)  # 《…年度考核指标的通知》: a cited title's 年度 does not make the text a yearly one
    cited = titles(opening, inside)  # nor does its 春节期间 make the text a part year's (《关于印发〈春节期间…方案〉的通知》)
    part = next((m for m in _words("part").finditer(opening) if not within(m.start(), cited)), None)
    # a report's or summary's name after the part it reports on (2021年上半年…工作报告) does not make the text a year's
    kind_of_text = _words("kind_of_text")
    if any(not within(m.start(), inside) and not (part and part.start() < m.start() and kind_of_text.fullmatch(m.group(0)))
           for m in _words("yearly").finditer(opening)):
        return "", dated
    if part and any(int(year) != report_year for year in _YEAR.findall(opening, 0, part.start())):
        part = None  # 2021年…120件，2022年96件，2023年1-9月88件: a run over the years whose last item is a part
    return (part.group(0) if part else ""), dated


@lru_cache(maxsize=16)
def _continues_to(said: str) -> int:
    """How far into `said` a figure may start with no more than `_CONTINUES` characters of words before it (where
    the next word character stands, or the sentence's end), found once per sentence, not once per figure."""
    words = [match.start() for match in islice(_WORDS.finditer(said), _CONTINUES + 1)]
    return words[_CONTINUES] if len(words) > _CONTINUES else len(said)


def opens_year_so_far(sentence: str) -> bool:
    """Whether `sentence` opens with the year so far (今年以来，朔州市司法行政系统…): its paragraph then speaks of it
    until a sentence opens with a period of its own."""
    opening = sentence.lstrip()
    found = _words("sofar").match(opening)
    return bool(found) and opening[found.end():found.end() + 1] in ("，", ",")


def part_of_year(text: str, report_year: int, said: str, cut: int, lead: str = "", so_far: bool = False) -> str:
    """Why the figure whose number starts at `cut` in the sentence `said` of `text` is no year's value because the
    text speaks of a part of the year, or the sentence before (`lead`, in its paragraph) named one and this sentence
    goes on with it, naming no subject or period of its own before the figure (自1月22日至今，…受理诉求4.04万件。
    办结率100%); "" where none does, or where the figure's sentence names the whole year (全年, 年度) before it.
    `so_far`: the paragraph opened with the year so far (`opens_year_so_far`), which a text dated within the year
    states in its later sentences too (10月11日…新闻发布会。今年以来，…。累计提供免费法律咨询11085人次)."""
    if found_before(_WHOLE_YEAR, said, cut):  # the sentence's words found once (`prefixes`): a list stays linear
        return ""
    if lead and cut <= _continues_to(said) and not found_before(_OWN_PERIOD, said, cut) and _words("part").search(lead):
        return f"{PART_OF_YEAR} (the sentence before names it)"
    part, dated = _opening_says(text, report_year)
    if part:
        return f"{PART_OF_YEAR} (the text speaks of {part.strip()})"
    if dated and (so_far or found_before(_words("sofar"), said, cut)):
        return f"{PART_OF_YEAR} (a text dated within the year, counting to date)"
    return ""
