"""`add-report` on a text in which the extractor finds no figure tells the analyst what can be done, not to save
"the reviewed rows": a figures file of no row is refused ([no-rows]), so following that step failed the build.

Round 31 added 静海区 2024, whose page opening holds no figure: add-report listed "0 candidate figures… save the
reviewed rows as data/raw/figures/120118-2024.csv", and the header-only file it leads to stopped `indicators build`.
"""

from __future__ import annotations

from pathlib import Path

from onboarded_page import add_page, run

TEXT = "天津市静海区人民政府\n关于2024年法治政府建设报告\n静海区坚持依法行政，法治政府建设取得新成效。\n"


def test_no_candidate_says_the_report_may_be_built_as_text_only(project: Path, tmp_path: Path) -> None:
    source = tmp_path / "page.txt"
    source.write_text(TEXT, encoding="utf-8")
    result = run(project, "add-report", str(source), "--jurisdiction", "120118", "--year", "2024")
    assert result.exit_code == 0, result.output
    assert "文本中没有找到候选数字" in result.output and "或只作为文本构建" in result.output, result.output
    assert "no candidate figure was found" in result.output and "text only" in result.output, result.output
    assert "save the reviewed rows" not in result.output and "把审核后的各行" not in result.output, result.output


def test_the_text_only_report_builds_as_the_message_says(project: Path, tmp_path: Path) -> None:
    add_page(project, tmp_path, TEXT, "120118-2024", "天津市静海区人民政府")
    result = run(project, "build", "--db", str(tmp_path / "indicators.duckdb"))
    assert result.exit_code == 0, result.output
    assert not (project / "data" / "raw" / "figures" / "120118-2024.csv").exists()
