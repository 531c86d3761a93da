"""A consistency finding writes the total with the measure word the report counts it in (237件), not the catalog's
(237份). qa36's 三亚市 2021: the profile listed 清理审核的现行有效规范性文件 237件 among the figures and, in the
consistency table right above, 继续有效… ≤ 清理审核的现行有效规范性文件 237份, a word the report never wrote."""

from __future__ import annotations

from pathlib import Path

from onboarded_page import built_page

from indicators.read import analysis

PAGE = ("三亚市人民政府关于2021年度法治政府建设情况的报告\n对237件市政府行政规范性文件进行了集中清理，决定继续有效24件，"
        "限期修改115件，废止35件，宣布失效11件。\n")
ROWS = ("normative_docs_reviewed,2021,237,件,,237件市政府行政规范性文件进行了集中清理,\n"
        "normative_docs_retained,2021,24,件,,决定继续有效24件,\n"
        "normative_docs_abolished,2021,35,件,,废止35件,\n")


def test_the_total_keeps_the_reports_measure_word(project: Path, tmp_path: Path) -> None:
    db = built_page(project, tmp_path, PAGE, "460200-2021", "三亚市人民政府", ROWS)
    checks = analysis.consistency_checks("460200", 2021, db).set_index("rule_id")
    detail = checks.loc["normative_doc_cleanup", "detail"]
    assert detail.endswith("≤ 清理审核的现行有效规范性文件 237件"), detail


def test_a_total_in_the_catalogs_word_is_unchanged(built_db: Path) -> None:
    """四会市 2017 counts its 221 reviewed documents in 份, the catalog's word."""
    detail = analysis.consistency_checks("441284", 2017, built_db).set_index("rule_id").loc["normative_doc_outcomes", "detail"]
    assert detail.startswith("清理审核的现行有效规范性文件 221份；"), detail
