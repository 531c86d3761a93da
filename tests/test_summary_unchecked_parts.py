"""The summary's reasons for a rule it could not check include the one that held: qa44 onboarded 龙岗区's
2014 report (137 district normative documents reviewed, 拟保留115件, 修改9件, 废止和宣布失效13件 that no
metric holds). The profile's table said the parts fall short and the gap may lie in those not listed; the
summary said the rule could not be checked because (报告未提供总数，分项与总数不在同一期间，或范围不同), three
reasons none of which held: the total was stated, in the same year and scope as its parts."""

from __future__ import annotations

import imperfect

from indicators.publish.summary import consistency_sentences
from indicators.read.analysis import consistency_checks

TEXT = ("四会市人民政府关于2018年度法治政府建设情况的报告\n\n今年共清理市政府规范性文件137件，拟保留115件，"
        "修改9件，废止和宣布失效13件。\n")
FIGURES = """metric_id,period,value,unit,qualifier,quote,note,scope
normative_docs_reviewed,2018,137,件,,今年共清理市政府规范性文件137件,,
normative_docs_to_retain,2018,115,件,,拟保留115件,,
normative_docs_to_amend,2018,9,件,,修改9件,,
"""


def test_a_rule_left_for_parts_not_all_stated_is_said_to_be_so(tmp_path) -> None:
    db = imperfect.built_with_2018_report(tmp_path, TEXT, FIGURES)
    words = "".join(consistency_sentences(consistency_checks("441284", 2018, db)))
    assert "另有1条规则无法检查（报告未提供总数，分项与总数不在同一期间，报告未列出全部分项，或范围不同）：" in words, words
    assert "审核文件 = 拟废止 + 拟修订 + 拟宣布失效 + 拟保留" in words


def test_a_rule_without_its_total_keeps_the_reasons_it_had(tmp_path) -> None:
    figures = "".join(line + "\n" for line in FIGURES.splitlines() if not line.startswith("normative_docs_reviewed"))
    db = imperfect.built_with_2018_report(tmp_path, TEXT, figures)
    words = "".join(consistency_sentences(consistency_checks("441284", 2018, db)))
    assert "另有1条规则无法检查（报告未提供总数，分项与总数不在同一期间，或范围不同）：" in words, words
