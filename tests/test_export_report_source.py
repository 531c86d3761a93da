"""Each exported figure names the report it is quoted from as its meta.yml does (title, issuer, source), not only
by the text file's name and hash: the xlsx and CSV travel without data/raw. qa38 exported fifteen onboarded reports
and an analyst reading 市区两级98%以上事项实现网上办理 in the figures sheet had 110000-2022.txt to go on."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pandas as pd
import yaml
from onboarded_page import run


def test_every_figure_names_its_report(project: Path, built_db: Path, tmp_path: Path) -> None:
    meta = yaml.safe_load((project / "data" / "raw" / "reports" / "441284-2017.meta.yml").read_text(encoding="utf-8"))
    expected = (meta["title"], meta["issuer"], meta["source"])
    assert all(expected)

    xlsx, csv = tmp_path / "xlsx", tmp_path / "csv"
    for fmt, out in (("xlsx", xlsx), ("csv", csv)):
        result = run(project, "export", "--format", fmt, "--out", str(out), "--db", str(built_db))
        assert result.exit_code == 0, result.output

    sheet = openpyxl.load_workbook(next(xlsx.glob("*.xlsx")))["数据 figures"]
    header = [c.value for c in sheet[1]]
    columns = [header.index(h) for h in ("报告标题 report title", "发布机关 report issuer", "报告来源 report source")]
    rows = [[c.value for c in r] for r in sheet.iter_rows(min_row=2)]
    assert len(rows) == 45
    assert {tuple(r[i] for i in columns) for r in rows} == {expected}

    frame = pd.read_csv(next(csv.glob("*_csv")) / "figures.csv", dtype=str, keep_default_na=False)
    assert set(map(tuple, frame[["report_title", "report_issuer", "report_source"]].to_numpy())) == {expected}
