"""qa50: the leadership summary judges against the target set the run was given, as the target page does.

南昌县 2020 run with `--target-set cn-2019-business-startup`: 03_target_gap read 开办企业全流程时限（改革后）
2个工作日 ≤ 8.5个工作日 达标 met, while 05_summary, in the same folder, read 约束本辖区的目标组都在2020年以前到期
…可用 target_set 指定其中一组: it took no target_set and told the analyst to give the one they had given."""

from __future__ import annotations

import json

from click.testing import CliRunner

from indicators.cli import cli


def _summary_text(folder):
    page = next(folder.glob("*_441284_2017")) / "05_summary.ipynb"
    cells = json.loads(page.read_text(encoding="utf-8"))["cells"]
    return "".join("".join(o.get("data", {}).get("text/html", "")) for c in cells for o in c.get("outputs", []))


def test_the_summary_reads_the_runs_target_set(built_db, tmp_path):
    out = tmp_path / "reports"
    result = CliRunner().invoke(cli, ["run", "--jurisdiction", "441284", "--year", "2017", "--notebook", "05",
                                      "--target-set", "cn-2019-business-startup", "--charts", "none",
                                      "--db", str(built_db), "--out", str(out)])
    assert result.exit_code == 0, result.output
    text = _summary_text(out)
    assert "全国企业开办时间目标" in text
    assert "广东省网上办事大厅2017年目标" not in text  # another set than the one given


def test_the_summary_notebook_declares_target_set():
    import papermill

    from indicators.publish.params import suite

    summary = next(nb for nb in suite() if nb.name.startswith("05_"))
    assert "target_set" in papermill.inspect_notebook(str(summary))
