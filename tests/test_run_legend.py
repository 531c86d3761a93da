"""The legend `indicators run` prints under its folder names only what the run wrote. Trial 23 ran
`--notebook 03_target_gap` alone: the legend still promised '05_summary.pdf: the summary on A4' in a
folder that has none."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from indicators.cli import cli


def test_a_run_without_the_summary_does_not_list_its_pdf(db: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["run", "--jurisdiction", "441284", "--year", "2017", "--notebook", "03_target_gap",
                                      "--charts", "none", "--db", str(db), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    folder = next(tmp_path.iterdir())
    assert not (folder / "05_summary.pdf").exists()
    assert "05_summary.pdf" not in result.output and "summary.json 为运行摘要。" in result.output


def test_a_run_without_charts_does_not_list_chart_folders(db: Path, tmp_path: Path) -> None:
    """Trial 24 ran 龙岗区 2014, 2015 and 赤峰市 2019 with --charts none: the legend promised
    '<notebook>_charts/: PNG, SVG, interactive HTML' in folders that have no chart folder."""
    result = CliRunner().invoke(cli, ["run", "--jurisdiction", "441284", "--year", "2017", "--notebook", "03_target_gap",
                                      "--charts", "none", "--db", str(db), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    folder = next(tmp_path.iterdir())
    assert not any(path.name.endswith("_charts") for path in folder.iterdir())
    assert "_charts/" not in result.output and "executed notebook; summary.json" in result.output
    assert "<notebook>.ipynb 为已执行的笔记本；summary.json 为运行摘要。" in result.output
    svg = CliRunner().invoke(cli, ["run", "--jurisdiction", "441284", "--year", "2017", "--notebook", "03_target_gap",
                                   "--charts", "svg", "--db", str(db), "--out", str(tmp_path)])
    assert "<notebook>_charts/: SVG (where it drew a chart); summary.json" in svg.output, svg.output
    assert "<notebook>_charts/ 为图表文件 SVG（画了图的笔记本才有）；summary.json 为运行摘要。" in svg.output, svg.output
