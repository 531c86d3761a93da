"""docs/targets.md: generated from the target catalogs (a stale file fails), and it carries each
target's document and verbatim quote, so no reader needs anything outside the repository."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

from click.testing import CliRunner

from indicators.build import build_database
from indicators.cli import cli
from indicators.publish.target_docs import load_targets, render_targets

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs" / "targets.md"
REGENERATE = "docs/targets.md is stale: regenerate it with `make docs`"


def test_targets_doc_is_generated_from_the_catalogs(built_db: Path):
    assert DOCS.read_text(encoding="utf-8") == render_targets(load_targets(built_db)), REGENERATE


def test_every_target_shows_its_document_number_deadline_and_quote(raw_dir: Path):
    text = DOCS.read_text(encoding="utf-8")
    with (raw_dir / "catalog" / "targets.csv").open(encoding="utf-8", newline="") as f:
        targets = list(csv.DictReader(f))
    assert targets
    for target in targets:
        section = text.split(f'<a id="{target["target_set"]}"></a>')[1].split("<a id=")[0]
        assert f"> {target['quote']}" in section
        assert f"`{target['measure_id']}`" in section and target["deadline"] in section
        if target["document_number"]:
            assert target["document_number"] in section


def test_a_changed_quote_makes_the_doc_stale(raw_dir: Path, tmp_path: Path):
    raw = tmp_path / "raw"
    shutil.copytree(raw_dir, raw)
    path = raw / "catalog" / "targets.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("20%以上申办事项实现零次跑动", "25%以上申办事项实现零次跑动"),
                    encoding="utf-8")
    build_database(raw, tmp_path / "changed.duckdb")
    assert render_targets(load_targets(tmp_path / "changed.duckdb")) != DOCS.read_text(encoding="utf-8")


def test_write_docs_writes_both_documents(built_db: Path, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("INDICATORS_ROOT", str(tmp_path))
    (tmp_path / "data" / "raw").mkdir(parents=True)
    (tmp_path / "docs").mkdir()
    result = CliRunner().invoke(cli, ["describe", "--write-docs", "--db", str(built_db)])
    assert result.exit_code == 0, result.output
    docs = tmp_path / "docs"
    written = (docs / "indicators.md", docs / "targets.md")
    assert result.output.splitlines() == [f"已写出 {path}。Wrote {path}" for path in written]
    assert (tmp_path / "docs" / "targets.md").read_text(encoding="utf-8") == DOCS.read_text(encoding="utf-8")


def test_every_target_note_says_it_in_chinese_first(raw_dir: Path):
    """The notes reach the export's 备注 column, the target cards and docs/targets.md: an analyst reads the
    Chinese, with the English beside it (they were English only until session 29)."""
    for name in ("targets.csv", "target_sets.csv"):
        with (raw_dir / "catalog" / name).open(encoding="utf-8", newline="") as f:
            notes = [row["note"] for row in csv.DictReader(f) if row["note"]]
        assert notes, name
        for note in notes:
            first_word = next(c for c in note if c.isalpha())  # 2018年… starts with its date
            assert "\u4e00" <= first_word <= "\u9fff", (name, note)
            assert any(c.isascii() and c.isalpha() for c in note), (name, note)  # the English beside it


def test_a_target_note_says_its_title_is_missing_only_when_it_is(raw_dir: Path):
    """粤办函〔2015〕208号's three targets had no title and each note said 未取得文件标题; round 36 found the
    title (广东省人民政府办公厅关于印发2015年省网上办事大厅建设工作方案的通知). A title filled in with the
    note left saying it is missing tells the reader of docs/targets.md two things at once."""
    with (raw_dir / "catalog" / "targets.csv").open(encoding="utf-8", newline="") as f:
        targets = list(csv.DictReader(f))
    for target in targets:
        says_missing = "未取得文件标题" in target["note"] or "title of the document not retrieved" in target["note"].lower()
        assert not (says_missing and target["document_title"].strip()), target
