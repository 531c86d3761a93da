"""A quote copied from a page a converter left pinyin in (查處各類違法案件3.99萬(wàn)件), as 193 texts of the real
set are (#17).

The extractor reads such pages with the remnants set aside (extract/text.py's `simplified`), and an analyst reviews
the figure as 3.99 万件 with the page's words as its quote. The build's unit and scale checks read the quote as
written, so 萬(wàn)件 never wrote 3.99万件 and the figure was refused under any unit. They read it now without a
toned syllable in brackets, as the extractor does; the quote stored is still the page's."""

from __future__ import annotations

import onboarded_page
from onboarded_page import page_project, stored_rows

PAGE = ("某市市场监督管理局2021年法治政府建设情况报告\n"
        "2021年，全市查處各類違法案件3.99萬(wàn)件，罰沒款1.2億(yì)元，辦(bàn)理行政復(fù)議案件12件。\n")

project = page_project(PAGE, "350100-2021", "某市市场监督管理局")


def build(project, rows: str, db):
    return onboarded_page.build(project, "350100-2021", rows, db)


def test_a_quote_with_pinyin_inside_the_figure_is_built_with_its_words_kept(project, tmp_path) -> None:
    db = tmp_path / "db.duckdb"
    result = build(project, "enforcement_penalty_cases,2021,3.99,万件,,查處各類違法案件3.99萬(wàn)件,\n"
                            "enforcement_fines,2021,1.2,亿元,,罰沒款1.2億(yì)元,\n"
                            "reconsideration_cases,2021,12,件,,辦(bàn)理行政復(fù)議案件12件,\n", db)
    assert result.exit_code == 0, result.output
    assert stored_rows(db, "350100-2021", "metric_id, value, quote") == [
        ("enforcement_penalty_cases", 39900, "查處各類違法案件3.99萬(wàn)件"),
        ("enforcement_fines", 12000, "罰沒款1.2億(yì)元"),
        ("reconsideration_cases", 12, "辦(bàn)理行政復(fù)議案件12件"),
    ]


def test_the_wrong_scale_is_still_refused_through_the_pinyin(project, tmp_path) -> None:
    """1.2 万元 for 1.2億(yì)元: the scale check reads the 亿 the remnant stood after, and names it."""
    result = build(project, "enforcement_fines,2021,1.2,万元,,罰沒款1.2億(yì)元,\n", tmp_path / "db.duckdb")
    assert result.exit_code == 1, result.output
    assert "[unit-scale-not-in-quote]" in result.output and '"1.2亿元"' in result.output, result.output
    assert result.output.count("Error:") == 1, result.output


def test_a_bracketed_word_without_a_tone_mark_is_not_read_away(project, tmp_path) -> None:
    """Only a toned syllable is a remnant: 12(件) is not 12件 to the unit check, as (APP) or (2021) are words."""
    result = build(project, "reconsideration_cases,2021,12,件,,辦(bàn)理行政復(fù)議案件12(件),\n",
                   tmp_path / "db.duckdb")
    assert result.exit_code == 1, result.output
