"""Quantities in a sentence: a number with its measure word (项, 件, 个工作日, %), its qualifier and,
for ranges, which end it is.

Only a number followed by a measure word (or %), or a count in 万/亿 of the noun after it (2.32万农民工: unit 万),
is a quantity: years (2017年), dates (12月28日),
document numbers (〔2017〕265号), list markers (1. （一）), hotlines (12345) and names ("12·4") have
none and are dropped. Also dropped: numbers after the words in `data/not_figures.csv` (第一, 第3条,
浏览次数：), numbers inside quotation marks or brackets (slogans such as “五个一批”, titles, document
numbers), the lone numerals 一 (一次, 一批: "a", not "one") and 零 (零跑动: "no", not "zero"), and
numbers glued to Latin letters (4G, G20). A lone numeral 二 to 十 or 两 (三个, 两项) is kept as
*weak*: it becomes a figure when a metric rule claims it or when it closes its clause (学法六次。),
never where it counts a noun that follows (三个部门, 两项制度).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from indicators.extract.bracketed import unbracketed
from indicators.extract.enclosures import enclosed, within
from indicators.extract.prefixes import Prefixes
from indicators.extract.text import Span, data_rows
from indicators.numbers import numbers_in, plain_arabic, sign_of

_MULTIPLIER = {10_000: "万", 100_000_000: "亿"}
# 不超过 is at most, 超过 more than: each word excludes the other's tail
_LOWER_BEFORE = re.compile(r"(?:(?<!不)超过?|突破|逾|(?<!不)多于|至少|不少于|不低于|(?<!不)高于|(?<!不)大于|不小于)$")
_UPPER_BEFORE = re.compile(r"(?:不超过|不多于|最多|至多|不到|不足|(?<!不)少于|(?<!不)低于|不高于|(?<!不)小于|不大于)$")
_APPROX_BEFORE = re.compile(r"(?:约|大约|(?<!最)近|将近|接近)$")
# the three patterns above match at most 3 characters, each after at most 1 looked-behind: searching the
# last 8 characters before the number finds what searching the whole line finds, without rescanning the line
_QUALIFIER_REACH = 8
# the words of data/not_figures.csv (第, 联系电话：, 浏览次数：) are read in the 32 characters before a number
_NOT_FIGURE_REACH = 32
# one blank may stand between a number and its measure word, as pages converted to text write it (103 件)
_INFIX = re.compile(r"[ \u3000\u00a0]?(?P<infix>多|余)?[ \u3000\u00a0]?")
_SUFFIX = re.compile(r"(?P<lower>以上|及以上)|(?P<upper>以内|之内|以下|及以下|内)|(?P<approx>左右)")
_RANGE_JOIN = re.compile(r"\s*(?:至|到|-|—|－|~|～|〜)\s*")
_LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_LONE = set("二两三四五六七八九十")
_NOT_A_COUNT = ("一", "零", "〇")  # 一次 "a visit", 零跑动 "no visit"
_PER = "每"  # round 113: 每十万人座席数5.52人, 每一万人平均拥有律师5.5人: a rate's denominator in words, no count
# two neighbouring digits in Chinese numerals say "five or six" (五六次, 三四个), not the number 56 or 34
_TWO_NEIGHBOURS = re.compile("一一|一二|二三|三四|四五|五六|六七|七八|八九")  # 唯一一座: "only one", no 11
# years counted in Chinese numerals (近三年, 连续两年) say "lately" or "in a row": no curator of the real set lists one
_CLAUSE_END = re.compile(r"[，。；,;]|$")
# 2.32万农民工, 92万农民, 访问人数达18万(…): a count in 万 of the noun that follows, or closed by an aside, is a figure
# in 万 (curators of four batches write its unit so); not 200万至300万元, a range whose unit comes last
_COUNTED_AFTER = re.compile(r"[(（]|(?![至到])[一-鿿]")
# 306件(次), 1000余场(次), 7.4万余家(次): a count per time written with 次 in brackets after its word, as curators of
# eleven batches read it (件次, 场次, 家次); only where the word with 次 is a measure word (not 期(次), 笔(次))
PER_TIME = re.compile(r"[(（]次[)）]")  # build/quote_forms.sql reads quotes with it too
_PERSONS = "人"  # 受教育群众5927763人(次), 参加考试42人(次): the curators of blind11 and blind16 name the persons' metrics


@dataclass(frozen=True)
class Quantity:
    """A number with its unit in the text; offsets index the whole report text."""

    value: str          # plain number as written, multiplier left in the unit (3.7 of 3.7万亩)
    unit: str           # 万亩, 个工作日, %
    qualifier: str      # "", lower_bound, upper_bound, approximate
    start: int          # the number
    end: int            # the number with its measure word and qualifier (600多人, 7个工作日以内)
    range_end: str      # "", low, high
    weak: bool          # a lone 二..十 or 两: kept only when a rule claims it

    def text(self, report: str) -> str:
        return report[self.start:self.end]


@cache
def _measure_word_table() -> dict[str, tuple[re.Pattern[str] | None, re.Pattern[str] | None]]:
    """Each measure word with the words that must not follow it and those that must come right before its number."""
    rows = data_rows("measure_words.csv")
    return {row["word"]: (re.compile(row["not_followed_by"]) if row["not_followed_by"] else None,
                          re.compile(f"(?:{row['only_after']})$") if row["only_after"] else None) for row in rows}


@cache
def _not_figure_patterns() -> tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...]:
    return tuple((re.compile(row["pattern"]), re.compile(row["unless_counted"]) if row["unless_counted"] else None)
                 for row in data_rows("not_figures.csv"))


def _not_a_figure(words: list[tuple[Prefixes, re.Pattern[str] | None]], text: str, start: int, end: int) -> bool:
    """True where the words before `start` make the number an ordinal, a page counter or a contact number, unless
    what follows the number at `end` counts something (投诉电话3928件: calls, not a telephone number); `words` are
    the patterns of `data/not_figures.csv` ready for the line."""
    return any(p.search(start) and not (counted and counted.match(text, end)) for p, counted in words)


def measure_words() -> tuple[str, ...]:
    """Measure words from `data/measure_words.csv`, longest first so 个工作日 wins over 个."""
    return tuple(sorted(_measure_word_table(), key=len, reverse=True))


def _not_a_measure(word: str, text: str, start: int, pos: int) -> bool:
    """True where the words after the measure word make it a count of topics, not a figure (3个阶段), or
    the words before the number are not the only ones it counts after (年 only after 连续: 2017年 is a date)."""
    not_followed, only_after = _measure_word_table()[word]
    return bool(not_followed and not_followed.match(text, pos)) or bool(only_after and not only_after.search(text, 0, start))


def plain_value(raw: str, value: float) -> str:
    """The number for the CSV: `４４０` → 440, `2,917` → 2917, `86.27` stays, 二十五 → 25."""
    if raw[:1].isdigit():
        return format(Decimal(raw), "f")
    return format(Decimal(repr(value)).normalize(), "f")


@cache
def _measure_word_pattern() -> re.Pattern[str]:
    """The measure words longest first as one alternation: its first alternative that matches is the
    first word, in that order, that the text continues with."""
    return re.compile("|".join(re.escape(w) for w in measure_words()))


def unit_at(text: str, pos: int) -> str:
    """The measure word that starts at `pos` of `text`, longest first ("" if none)."""
    match = _measure_word_pattern().match(text, pos)
    return match.group() if match else ""


def quantities(line: Span) -> list[Quantity]:
    """Every quantity of one line of the report, in order (a range gives two)."""
    text = unbracketed(line.text)  # 发布信息(1386)条: the count in brackets is read as 1386 条
    inside = enclosed(text)
    # only the patterns that can match somewhere in this line: in most lines none can
    not_figure_words = [(w, counted) for p, counted in _not_figure_patterns()
                        if (w := Prefixes(p, text, _NOT_FIGURE_REACH)).floor is not None]
    found: list[Quantity] = []
    # a number without unit that may open 200至2000元: its value is only worked out if it does
    pending: tuple[str, float, int, int, bool, str] | None = None
    for mention in numbers_in(text):
        raw, start, end = mention.text, mention.start, mention.end
        if raw == "百" and text.startswith("分之", end):
            continue
        chinese = not raw[:1].isdigit()  # ４ is a digit too: only 零〇一二..., never a digit, opens a Chinese numeral
        if (
            (not_figure_words and _not_a_figure(not_figure_words, text, start, end))
            or (inside and within(start, inside))
            or (chinese and (raw in _NOT_A_COUNT or _TWO_NEIGHBOURS.fullmatch(raw) or text[start - 1:start] == _PER))
            or (not chinese and (text[end:end + 1] in _LATIN or (start and text[start - 1] in _LATIN)))
        ):
            pending = None
            continue
        weak = chinese and raw in _LONE
        number = raw[:-1] if mention.scale > 1 else raw
        number = plain_arabic(number) if not chinese else number
        multiplier = _MULTIPLIER.get(mention.scale, "")
        infix, loose = _INFIX.match(text, end), None
        percent = text.endswith("百分之", 0, start)
        unit = "%" if percent else unit_at(text, infix.end())
        if not unit and not multiplier and infix.end() > end and text[infix.end():infix.end() + 1] in ("万", "亿"):
            # 办理 1.3 万件: the blank keeps numbers_in from reading the 万 as the number's multiplier
            loose = infix.group("infix")  # 7900多万件: 多 before the multiplier is a lower bound too
            multiplier, infix = text[infix.end()], _INFIX.match(text, infix.end() + 1)
            unit = unit_at(text, infix.end())
        if not unit and multiplier == "万" and text.startswith("亿", infix.end()):  # 8.20万亿, 4万多亿元: 万亿
            loose, multiplier = infix.group("infix"), "万亿"
            infix = _INFIX.match(text, infix.end() + 1)
            unit = unit_at(text, infix.end())
        if unit and not percent and (_not_a_measure(unit, text, start, infix.end() + len(unit))
                                     or (chinese and unit == "年")):  # 近三年, 连续两年: "lately", "in a row"
            if not multiplier:
                pending = None
                continue
            unit = ""  # 8.20万亿人民币: the word after 万 is no measure word, the count is in 万
        if not unit and not (multiplier and (_CLAUSE_END.match(text, infix.end())  # 讨薪8.2亿。: 亿 is its unit
                                             or (not chinese and _COUNTED_AFTER.match(text, infix.end())))):
            pending = (number, mention.value, start, end, weak, multiplier)
            continue
        value = plain_value(number, mention.value)
        stop = infix.end() + (0 if percent else len(unit))
        if (not percent and unit != _PERSONS and (per_time := PER_TIME.match(text, stop))
                and unit + "次" in _measure_word_table()):
            unit, stop = unit + "次", per_time.end()  # 306件(次), 18.64万余人(次): 件次, 万人次
        suffix = _SUFFIX.match(text, stop)
        qualifier = _qualifier(_tail(text, start - 3 if percent else start), loose or infix.group("infix"), suffix)
        stop = suffix.end() if suffix else stop
        unit = multiplier + ("%" if unit == "％" else unit)
        range_end = ""
        if pending and _RANGE_JOIN.fullmatch(text, pending[3], start):
            low_number, low_parsed, low_start, low_end, low_weak, low_multiplier = pending
            low_value = plain_value(low_number, low_parsed)
            low_unit = (low_multiplier or multiplier) + unit.removeprefix(multiplier)
            found.append(Quantity(low_value, low_unit, "", line.start + low_start, line.start + low_end, "low", low_weak))
            range_end = "high"
        elif found and _RANGE_JOIN.fullmatch(text, found[-1].end - line.start, start):
            low = found.pop()
            found.append(Quantity(low.value, low.unit, low.qualifier, low.start, low.end, "low", low.weak))
            range_end = "high"
        pending = None
        value = f"-{value}" if not range_end and sign_of(text, start) < 0 else value  # -30.0% in a table of changes
        found.append(Quantity(value, unit, qualifier, line.start + start, line.start + stop, range_end, weak))
    return found


def _tail(text: str, end: int) -> str:
    """The last `_QUALIFIER_REACH` characters of `text[:end].rstrip()`: all `_qualifier` needs to read."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return text[max(0, end - _QUALIFIER_REACH):end]


def _qualifier(before: str, infix: str | None, suffix: re.Match[str] | None) -> str:
    """多/余/以上/超过 → lower_bound; 以内/以下/内/不超过 → upper_bound; 约/近/左右 → approximate."""
    before = before.rstrip()
    if infix or (suffix and suffix.group("lower")) or _LOWER_BEFORE.search(before):
        return "lower_bound"
    if (suffix and suffix.group("upper")) or _UPPER_BEFORE.search(before):
        return "upper_bound"
    if (suffix and suffix.group("approx")) or _APPROX_BEFORE.search(before):
        return "approximate"
    return ""
