"""What the peer page says when there is nothing to rank. Trial 20's 安徽省 2023, one of four provinces
loaded for 2023 and with no indicator value of its own, read "2023年已载入的省级辖区中只有安徽省（340000）有
数值": it had none, and neither had the other three."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from indicators.publish import peer_page
from indicators.read import analysis

STANDING = ["indicator", "value_text", "unit", "comparison_zh", "peers", "median", "values_side_by_side"]


def test_a_jurisdiction_without_an_indicator_value_is_not_said_to_be_the_only_one_with_a_value(db: Path) -> None:
    note = peer_page.note(pd.DataFrame(columns=STANDING), peer_page.compared("441284", 2017, db_path=db)).data
    assert "只有" not in note and "有数值" not in note
    assert "四会市（441284）2017年没有指标值" in note


def test_a_value_without_a_peer_is_still_said_to_stand_alone(db: Path) -> None:
    alone = pd.DataFrame([["网上全流程办理率", "86.27", "%", "", 1, 86.27, ""]], columns=STANDING)
    note = peer_page.note(alone, peer_page.compared("441284", 2017, db_path=db)).data
    assert "只有四会市（441284）有数值" in note


def test_the_peer_notebook_shows_no_empty_table_under_that_note() -> None:
    import json

    notebook = Path(__file__).resolve().parents[1] / "notebooks" / "04_peer_comparison.ipynb"
    cells = {c.get("id"): "".join(c["source"]) for c in json.loads(notebook.read_text(encoding="utf-8"))["cells"]}
    assert "if len(standing) else None" in cells["standing-values"]


def test_a_jurisdiction_without_a_value_among_peers_with_values_is_not_said_to_have_one(db: Path) -> None:
    """Trial 24: 鹤岗市 2025 (blind20, no indicator value) beside 南平市 2025 (five normative-document shares)
    read '2025年已载入的地级辖区中只有鹤岗市（230400）有数值' above a table of 南平市's values."""
    others = pd.DataFrame([["规范性文件拟保留比例", None, "%", "无优劣方向，只看分布", 1, 81.13, "南平市 81.13%"]],
                          columns=STANDING)
    note = peer_page.note(others, peer_page.compared("441284", 2017, db_path=db)).data
    assert "只有" not in note
    assert note == ("<p>四会市（441284）2017年没有指标值，无从比较（no indicator value to compare）；2017年已载入的县级辖区中"
                    "其他辖区的数值列于下表（values of the peers below）。</p>")


def test_a_median_over_a_value_from_bounds_keeps_its_sign(project: Path, tmp_path: Path) -> None:
    """Trial 25 read the peer page of 四会市 2017 beside blind18/blind21's reports: 开办企业时限压缩率 read ≈ 65 (its
    after-reform days are 7个工作日以内) and its median, over that one value, a plain 65.00. Over one value there is
    no median at all since trial 28; with a second county of 2017 the median of the two keeps its ≈."""
    from onboarded_page import add_page, build

    from indicators.read import analysis

    page = "怀集县2017年法治政府建设情况报告\n开办企业时限由10个工作日压缩至5个工作日。\n"
    rows = ("business_startup_days_before,2017,10,个工作日,,开办企业时限由10个工作日压缩至5个工作日,\n"
            "business_startup_days_after,2017,5,个工作日,,开办企业时限由10个工作日压缩至5个工作日,\n")
    add_page(project, tmp_path, page, "441224-2017", "怀集县人民政府")
    db = tmp_path / "db.duckdb"
    assert build(project, "441224-2017", rows, db).exit_code == 0
    alone = analysis.peer_standing(2017, "441284", ["441284"], db).set_index("indicator_id")
    assert alone.loc["business_startup_time_reduction", "value_text"] == "≈ 65"
    assert alone.loc["business_startup_time_reduction", "median_text"] == "—（只有一个数值，无中位数）"
    standing = analysis.peer_standing(2017, "441284", (), db).set_index("indicator_id")
    assert standing.loc["business_startup_time_reduction", "peers"] == 2
    assert standing.loc["business_startup_time_reduction", "median_text"] == "≈ 57.5"
    assert standing.loc["online_full_process_rate", "median_text"] == "—（只有一个数值，无中位数）"


def test_the_peer_page_asks_the_jurisdiction_s_level_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The scope line above the tables and the note under the standing each read the focus's name and level: the
    notebook's own cells, run as a page runs them (the bundled county alone, so the note says it has no peer), ask
    the database once."""
    import json

    asked: list[str] = []
    real = peer_page.sql_text

    def counted(name: str) -> str:
        asked.append(name)
        return real(name)

    monkeypatch.setattr(peer_page, "sql_text", counted)
    notebook = Path(__file__).resolve().parents[1] / "notebooks" / "04_peer_comparison.ipynb"
    cells = {c.get("id"): "".join(c["source"]) for c in json.loads(notebook.read_text(encoding="utf-8"))["cells"]}
    namespace: dict[str, object] = {"peer_page": peer_page, "analysis": analysis}
    for cell in ("parameters", "peer-scope", "standing-table"):
        exec(cells[cell], namespace)  # the notebook's own code, as its kernel runs it
    assert asked.count("lookup/jurisdiction_level.sql") == 1, asked
