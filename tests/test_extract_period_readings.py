"""The period each figure is read with (round 31 of #17): years a sentence names for other things than its
figures, and the forms that give a figure another year than the report's. Constructed sentences, not real texts'."""

from __future__ import annotations

import pytest

from indicators.extract.candidates import extract_figures


def periods(text: str, year: int, rules) -> list[tuple[str, str]]:
    """(value, period) of each figure extracted, in text order."""
    frame = extract_figures(text, year, rules)
    return list(frame[["value", "period"]].itertuples(index=False, name=None))


@pytest.mark.parametrize(("text", "year", "expected"), [
    # a 分别为 list whose last item follows 和 or 及 still gives one figure a year
    ("2020年至2022年，全省法院制发司法建议数量分别为107件、268件和638件，反馈数量分别为53件、196件及524件。", 2022,
     [("107", "2020"), ("268", "2021"), ("638", "2022"), ("53", "2020"), ("196", "2021"), ("524", "2022")]),
    # a year compared with owns the rate its noun names right before the number (与上年的受理率85.2%)
    ("全年受理复议申请120件，受理率为88.5%，与上年的受理率85.2%基本持平。", 2014,
     [("120", "2014"), ("88.5", "2014"), ("85.2", "2013")]),
    # 全年 is the whole of the year just named (2019年全年的15%; 步入2022年，全年…), the report's where none is
    ("全区出庭应诉率从2019年全年的15%提高到2020年全年的29.65%。", 2021, [("15", "2019"), ("29.65", "2020")]),
    ("步入2022年，全年受理行政复议案件1200件。全年受理行政复议案件1300件。", 2023, [("1200", "2022"), ("1300", "2023")]),
    # a multiple of a year's figure is the figure's own year's: 是前年的10倍, 是2018年的3倍
    ("全年共受理复议案件73件，案件受理数量是前年的10倍，是去年的6倍。", 2014, [("73", "2014"), ("10", "2014"), ("6", "2014")]),
    # a compared year owns the number bracketed right after it (比2022年(31起)), and 相较于 compares as 较 does
    ("共收到信息公开申请22起，比2022年(31起)下降29%。", 2023, [("22", "2023"), ("31", "2022"), ("29", "2023")]),
    ("2017年度的裁判文书有78597份，相较于2016年的文书数均有明显增长，其中高院裁判文书增加幅度接近20%。", 2017,
     [("78597", "2017"), ("20", "2017")]),
    # since a day a law or reform began up to now: the report year's count, not the day's year
    ("自2013年9月1日《援助条例》颁布实施以来，全市设立法律援助工作站178个。", 2023, [("178", "2023")]),
    # a range of dates past the report year is the report year's work; one that ended before it, its last year's
    ("2022年11月25日至2023年1月31日，全省共检查用人单位9480户。", 2022, [("9480", "2022")]),
    ("2015—2020年在全市开展示范创建活动，6年来，17家单位被命名为示范单位。", 2022, [("17", "2020")]),
    # a sentence that opens with a year after a lead naming the source carries the year to its paragraph
    ("数据显示，2021年，全省严格执法。全省实施行政处罚案件1.5万件。", 2022, [("1.5", "2021")]),
    # a year long before the report's is a period where it opens a clause with its comma (a history's figures)
    ("据统计，1998年度，全国共收到行政复议申请6万件，比上年增长了7.1%。", 2023, [("6", "1998"), ("7.1", "1998")]),
    # 从2019年开始 runs to date as 2019年以来 does
    ("从2019年开始，利用四年时间，对全市6087个村民小组开展法治教育。", 2022, [("6087", "2022")]),
    # the year of a report a figure is cited from (根据2019年…工作报告) is not the figure's
    ("根据2019年省高级人民法院工作报告，全省法院审结一审行政案件9.3万件，同比上升6.2%。", 2018,
     [("9.3", "2018"), ("6.2", "2018")]),
    # under a range of years, the level a change starts from (由…增加到) is the first year's
    ("从2012年到2021年，全市律师事务所由108个增加到182个。", 2021, [("108", "2012"), ("182", "2021")]),
])
def test_period_readings(text, year, expected, rules) -> None:
    assert periods(text, year, rules) == expected


def test_a_table_title_year_dates_the_cells_one_a_line_below_it(rules) -> None:
    text = ("表1. 2015年行政复议案件涉及事项\n事项 |\n行政 处罚 |\n行政 许可 |\n占比 |\n41.20% |\n58.80% |\n"
            "全年受理行政复议申请1,200件。\n")
    assert periods(text, 2023, rules) == [("41.20", "2015"), ("58.80", "2015"), ("1200", "2023")]
