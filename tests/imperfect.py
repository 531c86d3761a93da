"""Raw-data folders with the imperfect report fixtures of tests/imperfect_reports/ added to the
reference data (tests/reference_data.py: the catalogs and the bundled report, whatever else an
analyst has put in data/raw), and the database built from one: what the page tests run the suite on."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from reference_data import copy_reference_raw

from indicators.build import build_database

FIXTURES = Path(__file__).resolve().parent / "imperfect_reports"
# fixture folder -> (jurisdiction, year) of its report
REPORTS = {"partial": ("441224", 2017), "outside_prd": ("441422", 2017), "bounds": ("441226", 2017)}


def raw_folder(target: Path, fixtures: tuple[str, ...] = tuple(REPORTS)) -> Path:
    """The reference raw data with the reports of `fixtures` and their jurisdictions added."""
    raw = copy_reference_raw(target / "raw")
    catalog = raw / "catalog" / "jurisdictions.csv"
    for name in fixtures:
        folder = FIXTURES / name
        with catalog.open("a", encoding="utf-8") as out:
            out.write((folder / "jurisdictions.csv").read_text(encoding="utf-8"))
        for kind in ("reports", "figures"):
            for path in (folder / kind).iterdir():
                shutil.copy(path, raw / kind / path.name)
    return raw


def built(target: Path, fixtures: tuple[str, ...] = tuple(REPORTS)) -> Path:
    """The database of data/raw plus `fixtures`, built into `target`."""
    raw = raw_folder(target, fixtures)
    return build_database(raw_dir=raw, db_path=target / "indicators.duckdb").db_path


def add_2018_report(raw: Path, text: str, figures: str) -> None:
    """A made-up 2018 report of 四会市 beside the bundled 2017 one: its text, a meta.yml derived from
    2017's with the new year, title and sha256, and its figures (several reports of one jurisdiction)."""
    (raw / "reports" / "441284-2018.txt").write_text(text, encoding="utf-8")
    meta = (raw / "reports" / "441284-2017.meta.yml").read_text(encoding="utf-8")
    meta = "\n".join(line for line in meta.splitlines() if not line.startswith(("sha256", "source", "title")))
    digest = hashlib.sha256(text.encode()).hexdigest()
    # a year on: signed 2018-12-28 and published 2019-01-03 (published 2018-01-03 would precede its signing)
    meta = meta.replace("2018", "2019").replace("2017", "2018")
    meta += f"\ntitle: 2018年报告\nsource: made up for tests\nsha256: {digest}\n"
    (raw / "reports" / "441284-2018.meta.yml").write_text(meta, encoding="utf-8")
    (raw / "figures" / "441284-2018.csv").write_text(figures, encoding="utf-8")


def built_with_2018_report(target: Path, text: str, figures: str) -> Path:
    """The database of the reference data plus a made-up 2018 report of 四会市 (`add_2018_report`),
    built into `target`."""
    raw = raw_folder(target, fixtures=())
    add_2018_report(raw, text, figures)
    return build_database(raw_dir=raw, db_path=target / "indicators.duckdb").db_path


def built_with_fengkai_report(target: Path, year: int, text: str, figures: str) -> Path:
    """The reference data plus a made-up report of 封开县 (441225, a county of 肇庆市 outside the bundled
    jurisdiction) for `year`, with `text` and `figures`, built into `target`."""
    raw = raw_folder(target, fixtures=())
    with (raw / "catalog" / "jurisdictions.csv").open("a", encoding="utf-8") as out:
        out.write("441225,封开县,Fengkai County,county,441200,440000\n")
    add_report(raw, "441225", "封开县", year, text, figures, title=f"封开县{year}年报告")
    return build_database(raw_dir=raw, db_path=target / "indicators.duckdb").db_path


def add_report(raw: Path, code: str, name: str, year: int, text: str, figures: str, title: str = "") -> None:
    """A made-up report of `code` (`name`, already in the catalog) for `year`: its text, a meta.yml with the
    sha256 the build checks, and `figures` (the figures file's rows, with or without its header)."""
    report = f"{code}-{year}"
    (raw / "reports" / f"{report}.txt").write_text(text, encoding="utf-8")
    (raw / "reports" / f"{report}.meta.yml").write_text(
        f'report_id: {report}\njurisdiction_code: "{code}"\njurisdiction_name: {name}\nreport_year: {year}\n'
        f'title: {title or f"{name}{year}年法治政府建设情况报告"}\nissuer: {name}人民政府\nsigned_date: ""\n'
        f'published_date: ""\ntext_file: {report}.txt\nencoding: utf-8\n'
        f'sha256: {hashlib.sha256(text.encode()).hexdigest()}\nsource: made up for tests\n', encoding="utf-8")
    header = "" if figures.startswith("metric_id,") else "metric_id,period,value,unit,qualifier,quote,note\n"
    (raw / "figures" / f"{report}.csv").write_text(header + figures, encoding="utf-8")
