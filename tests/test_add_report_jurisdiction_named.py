"""A page whose title names another jurisdiction than --jurisdiction is pointed out, as a title naming another year
is: probed with a neighbour county's page (safety36), 高要区's 2018 report added as 鼎湖区 (441203) said nothing,
and its figures would have been 鼎湖区's in every comparison. Names above the jurisdiction's own (肇庆市四会市…) are
passed over; a title naming only one of them is the prefecture's or the province's own page."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from indicators.cli import cli

BODY = "2018年，区政府收到行政复议申请120件，受理98件，审结行政复议案件90件。\n"


def added(project: Path, tmp_path: Path, title: str, code: str) -> str:
    source = tmp_path / "page.txt"
    source.write_text(f"{title}\n{BODY}", encoding="utf-8")
    result = CliRunner().invoke(cli, ["add-report", str(source), "--jurisdiction", code, "--year", "2018"],
                                env={"INDICATORS_ROOT": str(project)})
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize(("title", "code", "named", "own"), [
    ("高要区人民政府关于2018年度法治政府建设情况的报告", "441203", ("高要区", "441204"), ("鼎湖区", "441203")),
    ("肇庆市高要区人民政府2018年法治政府建设情况报告", "441203", ("高要区", "441204"), ("鼎湖区", "441203")),
    ("肇庆市人民政府关于2018年度法治政府建设情况的报告", "441284", ("肇庆市", "441200"), ("四会市", "441284")),
])
def test_a_title_naming_another_jurisdiction_is_pointed_out(title, code, named, own, project, tmp_path):
    output = added(project, tmp_path, title, code)
    meta = f"data/raw/reports/{code}-2018.meta.yml"
    assert (f"标题所写的不是本行政区：{meta} 的标题写的是 {named[0]}（{named[1]}），不是 {own[0]}（{own[1]}）：其数字将被当作"
            f"{own[0]}的数字；请核对 --jurisdiction。") in output
    said = f"the title names {named[0]} ({named[1]}), not {own[0]} ({own[1]})"
    assert f"{said}: its figures will be read as " in output and "check --jurisdiction" in output


@pytest.mark.parametrize(("title", "code"), [
    ("高要区人民政府关于2018年度法治政府建设情况的报告", "441204"),
    ("广东省肇庆市四会市人民政府2018年法治政府建设情况报告", "441284"),
    ("中共四会市委 四会市人民政府关于2018年度法治政府建设情况的报告", "441284"),
    ("关于2018年度法治政府建设情况的报告", "441284"),
])
def test_a_title_naming_the_jurisdiction_or_none_says_nothing_of_it(title, code, project, tmp_path):
    assert "check --jurisdiction" not in added(project, tmp_path, title, code)
