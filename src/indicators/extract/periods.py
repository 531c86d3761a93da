"""The period of a figure: the year its number belongs to, from the words before it in its sentence.

Kept apart from the metric rules (`rules.py`): a period is read the same way whichever metric, if any,
names the figure.
"""

from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache

from indicators.extract.asides import asides as _asides
from indicators.extract.mentions import Quantity, enclosed, unit_at, within
from indicators.extract.period_forms import period_form
from indicators.extract.spans import is_span, paragraph_span
from indicators.extract.text import Span, data_rows
from indicators.extract.year_lists import listed_year


@cache
def _plans() -> dict[str, int]:
    """The last year of each named plan period (十三五 → 2020, 七五 → 2020), from `data/plan_periods.csv`."""
    return {row["words"]: int(row["last_year"]) for row in data_rows("plan_periods.csv")}


# “七五”普法期间, “十三五”时期: a closed plan period; “六五”普法开展以来: the plan so far (to date); longest names first
_PLAN = (r"[“\"‘]?(?<![一二三四五六七八九十])(?P<plan>" + "|".join(sorted(_plans(), key=len, reverse=True))
         + r")[”\"’]?(?:普法)?(?:规划)?(?:期间|时期|(?P<plan_since>(?:开展|实施)?以来))")
PLAN_PERIOD = re.compile(_PLAN)
MONTH_DAY = r"(?:[0-9]{1,2}\s*月(?:[0-9]{1,2}\s*日)?)?"  # after a year (2018年5月1日起): one form for both readers
_PERIOD = re.compile(
    # 始于2015年的品牌，已累计开展活动500余场: the year a thing began opens a span up to now, as 2015年以来 does
    # 自2003年9月1日《条例》颁布实施以来, 2012年11月25日至2013年1月31日: a span up to now or past the report year,
    # dated by the report year (a range that ended before it by its last year); the forms are data
    _PLAN + f"|(?P<span>{period_form('span').pattern})"
    # 自2018年5月1日起，…5年来共受理…6588件 in 2023: a span's first day starts it, it is not the figure's year (2010以来 too)
    r"|(?P<since>(?:19|20)[0-9]{2}(?:\s*年" + MONTH_DAY + f"(?:{period_form('since_word').pattern})|以来|至今)"
    r"|(?<=始于|起于)(?:19|20)[0-9]{2}\s*年)"
    r"|(?P<year>(?:19|20)[0-9]{2})\s*年"
    # 2023总共需办理复议案件66件: a year without 年 opening a clause, read as a year when no measure word follows
    r"|(?:^|(?<=[。，,；;：:\s]))(?P<bare>(?:19|20)[0-9]{2})(?=[\u4e00-\u9fff])"
    r"|(?P<since_last>(?:去年|上年)(?:[0-9]{1,2}\s*月(?:份)?)?(?:以来|开始|起))"
    # 2024年初施行，当年全国新收…; 从2019年全年的15%提高到2020年全年的29.65%: the year just named, else the report's
    f"|(?P<that>{period_form('that_year').pattern})"
    r"|(?P<this>今年|本年|年内|截至|截止|目前|至今|当前|现有)"
    r"|(?P<last>去年|上年|上一年)"
    r"|(?P<before_last>前年)"
)

_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
_BUILT_ON = period_form("built_on")
_SOURCE = period_form("source_named")
_FAR = 40  # years before the report's that a year opening its own clause may still be (a history's 1999年度，…)
_OPENS_CLAUSE = re.compile(r"(?:^|[。，,；;：:\n])\s*(?:19|20)[0-9]{2}\s*年度?\s*[，,]")
_OTHER_ROUND = re.compile(r"度?[^，,。；;0-9]{0,16}?(?:基础上|立法计划|工作计划|工作要点|实施方案|工作方案|清理结果"
                          r"|年度报告|情况报告|工作报告)|度?(?:部门|政府)?[预决]算"  # 2021年…年度报告1条, 2022年度决算: titles
                          # 对2020年12月31日之前制定的文件进行清理: the date bounds the documents, not the count;
                          # 清理范围为2023年12月31日前以区政府…名义发布的…共64件 (a day, then 前) too
                          r"|(?:(?:[0-9]{1,2}\s*月(?:[0-9]{1,2}\s*日)?)?(?:之前|以前)|[0-9]{1,2}\s*月[0-9]{1,2}\s*日前)"
                          r"[^，,。；;0-9]{0,16}?(?:制定|出台|印发|发布|现行有效)"  # round 114: 2022年12月31日以前现行有效的
                          # 自治区政务服务局于2018年11月成立，核定行政编制20名 in 2021: the body's founding date, not the year
                          # of the staff and divisions the sentence then lists (the yearbook entry's year, `period_forms.csv`)
                          f"|(?:{period_form('founded').pattern})")
# 上年结转9件, 上年轉結1件, 上一年度转办15件: cases carried into this year
_CARRIED_OVER = re.compile(r"(?:度)?(?:结转|转结|转办|遗留|未审结|未结)")
_CARRIED_INTO = re.compile(r"结转(?:至|到)?$")  # 结转至2026年继续办理1件: the year they go to is not theirs
# 较上年增长, 比2016年, 较之2015年, 相较于2016年: the year compared with (the words are data)
_COMPARED = re.compile(f"(?:{period_form('compared').pattern})$")
# 同2023年比下降14.45个百分点, 和上年相比: 同/和/跟 compare only where 比 follows the year (2022年和2023年 lists)
_COMPARED_BEFORE = ("同", "和", "跟")
# 是前年的10倍, 为2019年同期的1.5倍: a multiple of a year's figure is the figure's own year's
_MULTIPLES = ("倍",)
_MULTIPLE_OF = re.compile(r"\s*(?:" + period_form("multiple_of").pattern + r")\s*")
# 由上年的120件增长为314件, 从去年的8.4%上升至…: the value a change starts from is the year before's, whatever the vantage
_CHANGED_FROM = ("由", "从")
_COMPARED_AFTER = re.compile(r"\s*(?:同期|度)?\s*(?:相)?比")
# ...but in 较2020年的85.4% and 2015年为8,153件 the year is the period of the number right after it,
# and of no number after that (受理7,856件 that follows is the report year's again)
# ...and in 较2020年该类案件量42件, where a count's noun (…量, …数) stands between them
# (a year written 年度 or 上一年度 too: 较上一年度285件), or a rate's (与上年的受理率87.92%): the nouns are data
# (比2022年(31起)下降29%: or the number bracketed right after it)
_OWN_NUMBER = re.compile(r"\s*(?:同期|度|年[底末初])?[(（]?(?:的|为|是)?\s*(?:[^0-9０-９，,。；;增减多少升降提高]{0,8}?"
                         f"(?:{period_form('own_noun').pattern})" r"(?:的|为|是)?)?\s*")
# (这一数字在2012年底前是10个: a point of the year, 年底 年末 年初, owns its number as the year does; 由去年年底的4779家
# 增长到11211家: 去年年底 too, and the number the change reaches is not that year's)
_OTHER_NUMBER = re.compile(r"\s*(?:同期|年?[底末初]前?)?(?:的|为|是)\s*[0-9０-９零〇一二两三四五六七八九十百千]")
# 从2020年的21.8%、8.4%上升至…: the year owns each number of a list that follows it, not only the first
_OWN_LIST = re.compile(r"\s*(?:同期)?(?:的|为|是)\s*(?:[0-9０-９.,]+\s*(?:%|[^\s0-9０-９、，,。；;]{0,3})、\s*)+")


@lru_cache(maxsize=16)
def _period_words(sentence: str) -> list[re.Match[str]]:
    """The period words of a sentence, in order (do not change the list)."""
    return list(_PERIOD.finditer(sentence))


@lru_cache(maxsize=16)
def _built_on(sentence: str) -> list[tuple[int, int]]:
    """The bases a sentence's work builds on (在上一年度已下降6.5%的基础上再下降1.3%): like a bracketed aside, a
    period word inside one dates the numbers inside only (`period_forms.csv`'s built_on)."""
    return [(m.start(), m.end()) for m in _BUILT_ON.finditer(sentence)]


@lru_cache(maxsize=16)
def _enclosed_in_sentence(sentence: str) -> list[tuple[int, int]]:
    """`enclosed`, once per sentence rather than once per figure of it (do not change the list)."""
    return enclosed(sentence)


# 2005年，我市…: a year (no month, no 以来) that opens a sentence and is followed by its comma
# (数据显示，2019年，生态环境部…: after a short lead clause that names no period, `data/period_forms.csv`)
_OPENING_YEAR = re.compile(f"\\s*(?:{period_form('opening_lead').pattern})?" r"(?P<year>(?:19|20)[0-9]{2})\s*年度?\s*[，,]")
_OPENING_NOW = re.compile(r"\s*(?:截\s*[至止](?:目前|当前|今)|目前|今年(?:以来)?|本年(?:度)?)\s*[，,]")


def opening_year(sentence: str, report_year: int) -> tuple[int, str] | None:
    """The year a sentence opens with (2005年，我市各级行政复议机关共收到…), which a paragraph carries to
    its later sentences until another opening year: a summary that states 2005's figures in one paragraph
    and 2006's in the next says the year once, at the paragraph's start. A sentence opening with 截至目前, 目前
    or 今年 turns the paragraph back to the report year. None where the sentence opens otherwise or the year is far
    from the report year."""
    if _OPENING_NOW.match(sentence):  # 2022年度，…满意率97.77%。截至目前，已培养…77372名。共建成…129个 (a report on 2023)
        return report_year, ""  # the paragraph turns to the report's own day: the sentences after it are its year's
    match = _OPENING_YEAR.match(sentence)
    if not match:  # 五年来，…; “十二五”以来，…: a span of several years carried like a year (`spans`)
        return _closed_plan(sentence, report_year) or paragraph_span(sentence, report_year)
    if not report_year - 10 <= (year := int(match.group("year"))) <= report_year + 1:
        return None
    return year, match.group(0).strip().rstrip("，,")


def _closed_plan(sentence: str, report_year: int) -> tuple[int, str] | None:
    """A plan period that ended before the report year, named in the sentence before figures of it (据了解，
    “七五”普法期间全省组建…5266人, in a review of 2022): the paragraph's later sentences (累计培训…) state the
    plan's totals too. Not where the sentence states no figure after it (圆满完成“七五”普法期间各项任务)."""
    match = PLAN_PERIOD.search(sentence) if "五" in sentence else None  # every plan name ends in 五
    year = _plans()[match.group("plan")] if match else report_year
    if not match or not report_year - 10 <= year < report_year + 10 or not _DIGIT.search(sentence, match.end()):
        return None
    if match.group("plan_since"):  # 兵团“六五”普法开展以来…; 举办…讲座2255场次: the plan's totals so far
        return report_year, match.group(0)
    return (year, match.group(0)) if year < report_year else None


_DIGIT = re.compile(r"[0-9０-９]")
_CUTOFF = re.compile(r"截\s*[至止](?:到|至)?\s*(?:(?:19|20)[0-9]{2}\s*年(?!度)|目前|当前|今)")  # a day the span reaches


def period_of(quantity: Quantity, sentence: Span, report_year: int,
              carried: tuple[int, str] | None = None, year_after: bool = False) -> tuple[int, str]:
    """The year a figure belongs to and the words that said so ("" for the default, the report year).

    The nearest period word before the number in its sentence decides: 2016年 → 2016; 今年, 本年,
    截至10月, 目前, and 2016年以来 (a total to date) → the report year; 去年/上年 → the year before;
    前年 → two years before. Years compared with (较上年增长, 比2016年), years inside quotation marks or
    titles (《2016年工作方案》) and years far from the report year are ignored, except that a compared
    year owns the number right after it (较2020年的85.4% → 2020); a year that owns one number
    (2015年为8,153件) says nothing about the numbers after that one, and 上年结转 (carried over
    into this year) is no period. Where the sentence names no period before the number, `carried`
    (the opening year of an earlier sentence of its paragraph, `opening_year`) decides instead of the
    report year. 当年 is the year named before it (2024年初施行，当年…); a closed plan period (“七五”普法期间)
    its last year. In a text that speaks from the year after the report's (`year_after`,
    `vantage.speaks_from_year_after`), 去年 is the report year and 前年 the year before it. A span (自…以来, a
    range of years) is the report year's, but the level a change starts from under a range (由…增加到) its first
    year's; a multiple of a year's figure (是去年的6倍) is the figure's year's; the year of a source cited
    (根据2018年…工作报告) is skipped; a year long before the report's counts where it opens a clause (1999年度，).
    """
    text, cut = sentence.text, quantity.start - sentence.start
    listed = listed_year(text, cut, report_year)
    if listed:
        return listed
    inside = _enclosed_in_sentence(text)
    chosen: tuple[int, str] = carried or (report_year, "")
    span_carried = carried is not None and is_span(carried[1], report_year)
    # the period words of the sentence are found once (`_period_words`); those that end before the number
    # are the ones a search of text[:cut] finds, so a sentence of thousands of numbers is read once
    matches = _period_words(text)
    for match in matches[:bisect.bisect_right([m.end() for m in matches], cut)] if matches else ():
        at, rest = match.start(), match.end()
        owns_number = bool(_OWN_NUMBER.fullmatch(text, rest, cut))
        before = text[max(0, at - 1):at]
        compared = bool(_COMPARED.search(text[max(0, at - 3):at])) \
            or (before in _COMPARED_BEFORE and bool(_COMPARED_AFTER.match(text, rest))) \
            or (before in _CHANGED_FROM and owns_number)
        multiple = quantity.unit in _MULTIPLES and bool(_MULTIPLE_OF.fullmatch(text, rest, cut))
        in_quotes = inside and within(at, inside)
        # 7976件(2019年6593件)，审结7982件: a year in a bracketed aside is the period of the aside's numbers only
        aside = any(a < at < b <= cut for a, b in _asides(text) + _built_on(text))  # and 在去年取消41项的基础上
        owns_list = bool(_OWN_LIST.fullmatch(text, rest, cut))
        if in_quotes or aside or multiple or (compared and not owns_number) or (
                _OTHER_NUMBER.match(text, rest, cut) and not owns_list):
            continue
        carried_over = _CARRIED_OVER.match(text, rest, cut) or _CARRIED_INTO.search(text, max(0, at - 3), at)
        if carried_over and (match.group("last") or match.group("year")):
            continue  # 上年结转9件, 2021年结转申请2件: carried into this year; 结转(至)2023年度: into the next
        if text[max(0, at - 1):at] == "继" or (match.group("year") and (_OTHER_ROUND.match(text, rest) or (
                text.endswith("据", 0, at) and _SOURCE.match(text, rest)))):  # 根据2018年…工作报告: a source's year
            continue  # 继去年清理…之后，再次清理68项: the year of the earlier round, not of this figure; so is a year
            # that names the round a work builds on or a plan of its year (在…2017年证明事项清理基础上, 编制2021年…立法计划)
            # or a report's title (公开2021年政府信息公开工作年度报告1条 in the report on 2022)
        if match.group("bare") and unit_at(text, match.end()):
            continue  # 2023件 is a count
        if (span_carried or match.group("year") == str(report_year + 1)) and (_CUTOFF.match(text, at) if match.group(
                "this") else match.group("year") and _CUTOFF.search(text, max(0, at - 4), match.end())):
            continue  # 2021-2025年度总结: 截至2025年7月底，共受理…9起 is the span's total up to that day; 截至2023年3月15日
            # in a report on 2022: the day it was written, its figures dated by the report year (blind23, 29, 42's curators)
        if match.group("year") or match.group("bare"):
            year = int(match.group("year") or match.group("bare"))
            if not report_year - 10 <= year <= report_year + 1 and not (
                    report_year - _FAR <= year < report_year and _OPENS_CLAUSE.match(text, max(0, at - 1))):
                continue  # a far year only where it opens a clause with its comma: 1999年度，…GDP达到了8.20万亿
        elif match.group("span") and not match.group("span").endswith("以来"):
            # 2008—2013年…6年来 in 2014: the span's last year; 2012年11月25日至2013年1月31日 in 2012: the report's
            year = min(int(_YEAR.findall(match.group("span"))[-1]), report_year)
            if year < report_year - 10:
                continue
        elif match.group("plan"):
            # “十四五”期间 in 2023 and “六五”普法以来: to date
            year = report_year if match.group("plan_since") else min(_plans()[match.group("plan")], report_year)
            if year < report_year - 10:
                continue
        elif match.group("that"):
            year = chosen[0]
        elif match.group("last") in ("上年", "上一年") and _YEAR.match(chosen[1]):
            year = chosen[0] - 1  # 2023年,…在上一年度已下降6.5%的基础上: 上年 is the year before the one named, whatever
            # the vantage; 去年 is the speaker's last year (`vantage`), as below
        elif match.group("last"):  # 较上年的13.5%: the year before the figure compared, whatever the vantage
            year = report_year - 1 + (year_after and not compared)
        elif match.group("before_last"):
            year = report_year - 2 + (year_after and not compared)
        else:
            year = report_year
        chosen = (year, match.group(0))
        if match.group("span") and text[max(0, cut - 4):cut].rstrip().endswith(_CHANGED_FROM) and len(years := _YEAR.findall(
                match.group(0))) == 2:  # 从2002年到2011年，…由10873个增加到18235个: the change starts at the first year
            chosen = (int(years[0]), match.group(0))
    return chosen
