"""The part of its year a report covers, decided once at build time: meta.yml's `covers` where the analyst wrote
one, else what its title names (2025年上半年…工作总结, …2023年第四季度…, 2023年9月份…通报), else the whole year.

Filed under the year, a half-year's or a month's figures would be judged against yearly targets, ranked among whole
years and set against last year's as a change (鹿寨县 2025's 上半年工作总结, trial 28). The values are a small
vocabulary kept as data (`covers.csv`), each written one way, so that 一季度 and 第1季度 are one period and 1-6月 is
上半年; `add-report` writes the one it reads into meta.yml, where the analyst corrects it (`covers: 全年` for a title
read wrongly, a period for a title that does not say it)."""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

from indicators.errors import Problem, quoted

COVERS_CSV = Path(__file__).resolve().parent / "covers.csv"
FIELD = "covers"  # the optional meta.yml field
WHOLE_YEAR = "全年"

_WRITTEN = (r"第?[一二三四1-4]季度|前三季度|[上下]半年|[0-9]{1,2}月份"
            r"|(?<![0-9])[1一][-—－~至](?:[0-9]{1,2}|十[一二]?|[二三四五六七八九])月")
# a year, then the part within six characters: 2020年上半年…, 2023年9月份…, 2020年苍城镇上半年…
_AFTER_YEAR = re.compile(rf"(?:19|20)[0-9]{{2}}年度?[\u4e00-\u9fff]{{0,6}}?(?P<part>{_WRITTEN})")
# a news headline naming no year: a place, then its half-year (沧州市上半年办理1822件…, 重慶上半年…, blind16, blind18), or a
# range of months opening it (1至4月中国下达环境行政处罚决定书…, blind21)
_OPENING = re.compile(r"^(?:[\u4e00-\u9fff]{2,5}?(?P<half>[上下]半年)"
                      r"|(?P<range>[1一][-—－~至](?:[0-9]{1,2}|十[一二]?|[二三四五六七八九])月))")
# 半年 without 上 or 下, before what the report is (…行政复议行政诉讼案件半年分析报告, blind10's 黄石市)
_HALF = re.compile(r"(?<![上下多近每前后两一])(?P<part>半年)度?(?=[^。，,；;]{0,4}?(?:分析|总结|總結|报告|報告|通报|通報|工作))")
# a plan joined after what the report sums up (…2023年工作总结和2024年上半年工作计划, …上半年工作总结及下半年工作计划, blind11 and
# blind20; …2019年工作总结及2020年计划, blind14; …工作总结暨2006年工作安排 and …工作总结及2024年工作思路, blind23; pages of
# the shape …2023年工作总结暨2024年工作计划): the report is its summary, and a plan's period (2024年上半年) is not its own
_PLAN = re.compile(r"(?<=总结|總結|情况|情況|报告|報告)(?:和|及|暨|与|與|以及|、)[^和及暨与與、]{0,16}?"
                   r"(?:计划|計劃|安排|打算|思路|设想|設想|要点|要點)(?:的报告|的報告)?$")
_NUMERALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}
# a range from January that is a period of its own name
_RANGES = {3: "第一季度", 6: "上半年", 9: "前三季度", 12: WHOLE_YEAR, 1: "1月"}


@cache
def vocabulary() -> tuple[str, ...]:
    """Every value `covers` may take, in the file's order (全年 first)."""
    with COVERS_CSV.open(encoding="utf-8", newline="") as handle:
        return tuple(row["covers"] for row in csv.DictReader(handle))


def _one_way(written: str) -> str:
    """The vocabulary's value for a part as a title writes it; "" for one it holds no value for (13月份)."""
    if written.endswith("季度") and written != "前三季度":
        number = written.removeprefix("第").removesuffix("季度")
        written = "第" + "一二三四"[int(number) - 1] + "季度" if number.isdigit() else "第" + number + "季度"
    elif written.endswith("月份"):
        written = f"{int(written.removesuffix('月份'))}月"
    elif written.endswith("月") and len(written) > 2:
        end = re.split(r"[-—－~至]", written.removesuffix("月"), maxsplit=1)[1]
        months = int(end) if end.isdigit() else _NUMERALS[end]
        written = _RANGES.get(months, f"1-{months}月")
    return written if written in vocabulary() else ""


def title_part(title: str) -> str:
    """The part of the year a title (or a heading) names, as the vocabulary writes it; "" for a whole year's. Of a
    summary followed by a plan (…工作总结和2024年上半年工作计划), the summary's part: a plan is not what the report covers."""
    if "半年" not in title and "季度" not in title and "月" not in title:
        return ""  # every part names one of them: a whole year's title (most) is read in a few µs less each
    title = _PLAN.sub("", title.strip())  # the summary's period, not the plan's that follows it
    found = _AFTER_YEAR.search(title) or _HALF.search(title)
    if found:
        part = found.group("part")
    elif opening := _OPENING.match(title):
        part = opening.group("half") or opening.group("range")
    else:
        return ""
    value = _one_way(part)
    return "" if value == WHOLE_YEAR else value


def covered(record: dict[str, str]) -> str:
    """The period a report's figures are of: its meta.yml's `covers` where stated, else its title's; "" for the
    whole year (the build stores NULL, which every page and comparison reads as 全年)."""
    stated = record.get(FIELD, "")
    if stated:
        return "" if stated == WHOLE_YEAR else stated
    return title_part(record["title"])


def stated_problems(record: dict[str, str], lines: dict[str, int], display: str) -> list[Problem]:
    """A `covers` outside the vocabulary: stored, a typo (上半载) would be a period no other report shares."""
    stated = record.get(FIELD, "")
    if not stated or stated in vocabulary():
        return []
    return [Problem("unknown-covers", f"{quoted(stated)} is not a part of the year the build knows "
                    f"({'、'.join(vocabulary()[:6])}…)", file=display, line=lines.get(FIELD), field=FIELD, value=stated,
                    hint="write one of the covers column of src/indicators/raw/covers.csv, or leave covers out for the "
                    "title to say it")]
