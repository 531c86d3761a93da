"""A disclosure page's header gives its index number and category (索引号: 11220502013583620H/2025-05229
分类: 其他): the 分 of 分类 is not a score, and the page yields no figure there. blind19's first measure
listed two such rows (良垌镇 and 东昌区 2024), the only extra rows of two excerpts; a score stays one."""

from __future__ import annotations

from extracted import rows


def test_an_index_number_before_its_category_is_no_figure(rules) -> None:
    text = "索  引 号: 11220502013583620H/2025-05229 分      类: 其他 ; 报告\n2024年，全镇开展普法宣传活动12场次。"
    assert [r[2] for r in rows(text, rules, 2024)] == ["12"]
    assert rows("索引号: 11440881007109850C/2025-00001 分类: 法治政府建设", rules, 2024) == []


def test_a_score_is_still_a_figure(rules) -> None:
    assert [(r[2], r[3]) for r in rows("法治政府建设考核平均成绩为92.6分。", rules, 2024)] == [("92.6", "分")]
