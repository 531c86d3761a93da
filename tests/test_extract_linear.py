"""Extraction time grows in proportion to text length: one sentence listing thousands of N项 items
took minutes (a rule's before-pattern rescanned the sentence for every number, quotes held the whole
sentence). Timings are compared with a list eight times shorter, not with a clock budget."""

from __future__ import annotations

import time

import pytest

from indicators.extract.candidates import extract_figures
from indicators.extract.suggestions import with_suggestions


def _list_sentence(items: int) -> str:
    return "2017年，全市共梳理行政许可事项" + "、".join(f"第{i}类许可{i % 97 + 1}项" for i in range(items)) + "。\n"


def _seconds(text: str, rules) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        extract_figures(text, 2017, rules)
        best = min(best, time.perf_counter() - start)
    return best


def test_a_long_list_gives_one_short_row_per_item(rules) -> None:
    text = _list_sentence(2000)  # about 17 KB in one sentence
    figures = extract_figures(text, 2017, rules)
    assert len(figures) == 2000
    # quotes are the items, not the whole sentence: output in proportion to the text, not its square
    assert figures["quote"].str.len().sum() < 4 * len(text)
    assert all(text[int(s):int(e)] == q for s, e, q in zip(figures["quote_start"], figures["quote_end"], figures["quote"],
                                                            strict=True))


def test_time_grows_linearly_with_the_list(rules) -> None:
    short, long = _list_sentence(1000), _list_sentence(8000)
    ratio = _seconds(long, rules) / _seconds(short, rules)
    # eight times the text: about 8x when linear, 64x when quadratic (as before the fix: 400 items took 5 s)
    assert ratio < 24, f"8x the text took {ratio:.1f}x the time"


def _disclosure_list(items: int) -> str:
    """A sentence of the 政府信息公开 report's part on requests listing thousands of counts in 件, each of which
    the form's scope reads (disclosure.py)."""
    return ("某区人民政府2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n本年度共收到政府信息公开申请，其中"
            + "、".join(f"第{i}类申请{i % 9 + 1}件" for i in range(items)) + "。\n")


def test_time_grows_linearly_with_a_disclosure_list(rules) -> None:
    """The form's scope found each number's clause by scanning the sentence from its start and searched the
    whole rest of it: 8,000 items took 12 s, 2,000 items 0.8 s."""
    short, long = _disclosure_list(2000), _disclosure_list(8000)
    assert len(extract_figures(short, 2023, rules)) == 2000
    ratio = _seconds(long, rules) / _seconds(short, rules)
    # four times the text: about 4x when linear, 16x when quadratic (14x before the fix)
    assert ratio < 9, f"4x the text took {ratio:.1f}x the time"


def test_suggestions_grow_linearly_with_a_list(rules, raw_dir) -> None:
    """`indicators extract` suggests metrics for the unassigned items: each item's clause was read to its end,
    the whole rest of the list (8,000 items: 22 CPU s, against 0.7 s to find them)."""
    def seconds(items: int) -> float:
        text = _disclosure_list(items)
        figures = extract_figures(text, 2023, rules)
        best = float("inf")
        for _ in range(2):
            start = time.perf_counter()
            with_suggestions(figures, text, raw_dir)
            best = min(best, time.perf_counter() - start)
        return best

    ratio = seconds(8000) / seconds(2000)
    assert ratio < 9, f"4x the text took {ratio:.1f}x the time"  # about 4x when linear, 16x when quadratic


_NAMED_LISTS = {
    # every item named by a rule: the words that withhold a figure (not_the_year, part_year) were searched from the
    # sentence's start for each, and the kept item's note grew by one repeat per item (scope.flag_repeats)
    "items": lambda n: "2017年，全市" + "、".join(f"第{i}批取消行政审批事项{i % 97 + 1}项" for i in range(n)) + "。\n",
    # under a span of years after a sentence: each figure's clause was found back from it to the sentence's start
    "span": lambda n: ("全市深化放管服改革。2015年至2017年，全市"
                       + "、".join(f"第{i}庭受理行政复议案件{i % 97 + 1}件" for i in range(n)) + "。\n"),
    # shares: the words before each 占 were the whole list before it, and the clause's percentages found per item
    "shares": lambda n: ("2017年，全市受理行政复议案件300件，其中"
                         + "、".join(f"第{i}类占{i % 90 + 1}%" for i in range(n)) + "。\n"),
}


@pytest.mark.parametrize("kind", sorted(_NAMED_LISTS))
def test_time_grows_linearly_with_a_named_list(rules, kind) -> None:
    """A list of items whose words name a metric: 8,000 取消行政审批事项N项 took 167 s, 2,000 11 s (now 1.6 s and
    0.45 s); 2,000 shares 54 s (now 2.7 s)."""
    short, long = _NAMED_LISTS[kind](1000), _NAMED_LISTS[kind](4000)
    assert len(extract_figures(short, 2017, rules)) >= 1000
    ratio = _seconds(long, rules) / _seconds(short, rules)
    # four times the text: about 4x when linear, 16x when quadratic
    assert ratio < 9, f"4x the text took {ratio:.1f}x the time"


def test_a_long_table_written_one_cell_a_line_is_read_whole(rules) -> None:
    # thousands of one-cell lines: the run of them was read by a recursion per number (depth and time grew with it)
    cells = ["表2：各村受理调解案件情况", "村", "2022年", "2021年", "增幅"]
    for i in range(1500):
        cells += [f"第{i}村", str(40 + i % 50), str(30 + i % 40), "8.00%"]
    figures = extract_figures("\n".join(cells), 2022, rules)
    assert len(figures) == 4500
    assert sorted(set(figures["period"])) == ["2021", "2022"]
