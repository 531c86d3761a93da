"""`indicators show` lists a rate the report only states, as the export and the pages do: qa39's 银州区 2022
states 网上申报率达到100% with no counts to recompute it; the export's indicator_values and the report profile
named it (仅有报告自述值), while `show` printed only the indicator the report lacks figures for."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from imperfect import add_report, raw_folder

from indicators.build import build_database
from indicators.cli import cli

TEXT = "银州区26家单位依托铁岭四级一体化平台和政务服务网,对政务服务事项进行“一网通办”,网上申报率达到100%。调整行政职权44项"
FIGURES = ("online_application_rate_stated,2022,100,%,,网上申报率达到100%,\n"
           "power_list_items_optimized,2022,44,项,,调整行政职权44项,\n")


def _built(tmp_path_factory: pytest.TempPathFactory, text: str, figures: str) -> Path:
    target = tmp_path_factory.mktemp("show_stated")
    raw = raw_folder(target, fixtures=())
    with (raw / "catalog" / "jurisdictions.csv").open("a", encoding="utf-8") as out:
        out.write("210000,辽宁省,Liaoning Province,province,,210000\n"
                  "211200,铁岭市,Tieling City,prefecture,210000,210000\n"
                  "211202,银州区,Yinzhou District,county,211200,210000\n")
    add_report(raw, "211202", "银州区", 2022, text, figures)
    return build_database(raw_dir=raw, db_path=target / "indicators.duckdb").db_path


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _built(tmp_path_factory, TEXT, FIGURES)


def show(db: Path, *args: str):
    result = CliRunner().invoke(cli, ["show", "--jurisdiction", "211202", "--year", "2022", *args, "--db", str(db)])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_show_lists_the_rate_the_report_only_states(db: Path):
    rows = {r["indicator_id"]: r for r in json.loads(show(db, "--format", "json"))}
    stated = rows["online_application_rate"]
    assert (stated["value"], stated["stated_value"], stated["year"]) == (None, 100, 2022)
    assert stated["reason"].startswith("仅有报告自述值")
    assert list(rows)[0] == "online_application_rate"  # catalog order, as the export writes it


def test_show_table_names_it_in_words(db: Path):
    table = show(db)
    assert table.splitlines()[0] == "银州区（211202）2022年 指标值 Indicator values"
    line = next(line for line in table.splitlines() if "上网办理率" in line)
    assert "100" in line and "仅有报告自述值，没有可重新计算的数字 stated by the report" in line


def test_show_table_writes_a_stated_bound_with_its_sign(tmp_path_factory: pytest.TempPathFactory):
    """达到92%以上 is at least 92: the table printed a bare 92, while the export writes its qualifier beside it."""
    bound = _built(tmp_path_factory, TEXT.replace("100%", "92%以上"),
                   FIGURES.replace("100,%,,网上申报率达到100%", "92,%,lower_bound,网上申报率达到92%以上"))
    line = next(line for line in show(bound).splitlines() if "上网办理率" in line)
    assert "≥ 92" in line, line
