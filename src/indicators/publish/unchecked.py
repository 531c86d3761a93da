"""Why a summary's rules could not be checked, in the words of the reasons that can hold.

The summary names the rules it could not check in one sentence with the reasons in brackets. A rule whose
stated parts fall short of its total while the report lists only some of them (龙岗区 2014: 137 normative
documents reviewed, 115 retained and 9 amended, 废止和宣布失效13件 no metric holds) is not evaluated for a
reason of its own: the summary's brackets must name it, or they list only reasons that are all false of it
(no total, other periods, another scope) while the profile's table says the gap may lie in the parts not
listed."""

from __future__ import annotations

import pandas as pd


def unchecked_reasons(checks: pd.DataFrame) -> str:
    """The reasons in brackets: the three a rule of sums can be unchecked for, the parts not all stated where
    a rule was left for that, and the stated rate that cannot be recomputed where one was (1615 of 506
    licensing items, 汉滨区 2021); the last one after 或."""
    unchecked = checks[checks["status"] == "not evaluated"]
    # a rule of sums left unchecked with its sums shown: the parts are stated, short of the total, and not all
    incomplete = (~unchecked["rule_id"].str.startswith("stated_") & unchecked["observed"].notna()).any()
    reasons = ["报告未提供总数", "分项与总数不在同一期间"]
    reasons += ["报告未列出全部分项"] if incomplete else []
    reasons += ["范围不同"]
    reasons += ["报告所述比例无法重新计算"] if unchecked["rule_id"].str.startswith("stated_").any() else []
    return "，".join(reasons[:-1]) + "，或" + reasons[-1]
