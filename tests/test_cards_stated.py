"""Indicator cards name the reports that state a rate without the figures to recompute it, as the pages and
exports do: qa39 onboarded 银州区 2022 (网上申报率达到100%) and its card of 上网办理率 said
'No loaded report gives it a value', and named no stated metric where pages read online_application_rate_stated."""

from __future__ import annotations

import pytest
from imperfect import add_report, raw_folder

from indicators.build import build_database
from indicators.publish.cards import load_cards, render_card

YINZHOU = ("银州区26家单位依托铁岭四级一体化平台和政务服务网,对政务服务事项进行“一网通办”,网上申报率达到100%。"
           "调整行政职权44项")
YINZHOU_FIGURES = "online_application_rate_stated,2022,100,%,,网上申报率达到100%,\n"
BOUND = "全区政务服务事项网上申报率达到92%以上。"
BOUND_FIGURES = "online_application_rate_stated,2022,92,%,lower_bound,网上申报率达到92%以上,\n"


@pytest.fixture(scope="module")
def cards(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    target = tmp_path_factory.mktemp("cards_stated")
    raw = raw_folder(target, fixtures=())
    with (raw / "catalog" / "jurisdictions.csv").open("a", encoding="utf-8") as out:
        out.write("210000,辽宁省,Liaoning Province,province,,210000\n"
                  "211200,铁岭市,Tieling City,prefecture,210000,210000\n"
                  "211202,银州区,Yinzhou District,county,211200,210000\n"
                  "211221,铁岭县,Tieling County,county,211200,210000\n")
    add_report(raw, "211202", "银州区", 2022, YINZHOU, YINZHOU_FIGURES)
    add_report(raw, "211221", "铁岭县", 2022, BOUND, BOUND_FIGURES)
    db = build_database(raw_dir=raw, db_path=target / "indicators.duckdb").db_path
    return {c["indicator_id"]: render_card(c) for c in load_cards(db)}


def test_a_report_that_only_states_the_rate_feeds_the_card_as_stated(cards: dict[str, str]):
    card = cards["online_application_rate"]
    assert ("- 银州区 2022: 银州区2022年法治政府建设情况报告 (`211202-2022`): 100% "
            "(报告所述，无可重新计算的数字 stated by the report, nothing to recompute)") in card
    assert "No loaded report gives it a value." not in card


def test_a_stated_bound_keeps_its_sign_on_the_card(cards: dict[str, str]):
    assert "(`211221-2022`): ≥ 92% (报告所述" in cards["online_application_rate"]


def test_the_card_names_the_catalogs_stated_metric_the_pages_read(cards: dict[str, str]):
    assert "| 报告所述值 stated value | `online_application_rate_stated` |" in cards["online_application_rate"]


def test_the_cards_own_sentences_are_chinese_first(cards: dict[str, str]):
    card = cards["online_application_rate"]
    assert "尚未计算：目录中还没有它的数据项。Not computed yet" in card
    assert "指标值 = 100 × 分子 / 分母" in cards["zero_visit_rate"]
