"""The reference data that tests and the generated documents are built from.

It is a copy of data/raw holding the catalogs and the bundled report(s) only. An analyst who onboards
reports into data/raw (as the README describes) changes neither the numbers the tests and nbval
expect nor docs/indicators.md and docs/targets.md: those describe the project as shipped.

`python tests/reference_data.py DEST` writes the copy (`make docs` builds the documents from it).
"""

from __future__ import annotations

import csv
import io
import shutil
import sys
from pathlib import Path

import yaml

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"
REFERENCE_REPORTS = ("441284-2017",)


def copy_reference_raw(target: Path, source: Path = RAW) -> Path:
    """`target` as a raw folder: the catalogs, and the text, metadata and figures of each reference report.

    jurisdictions.csv keeps only the reference reports' jurisdictions and the ones above them, since
    onboarding a report adds its jurisdiction there: the rows tests name stay where they are.
    """
    target = Path(target)
    shutil.copytree(source / "catalog", target / "catalog")
    (target / "reports").mkdir()
    (target / "figures").mkdir()
    codes = []
    for report_id in REFERENCE_REPORTS:
        for name in (f"{report_id}.txt", f"{report_id}.meta.yml"):
            shutil.copy2(source / "reports" / name, target / "reports" / name)
        shutil.copy2(source / "figures" / f"{report_id}.csv", target / "figures" / f"{report_id}.csv")
        meta = yaml.safe_load((source / "reports" / f"{report_id}.meta.yml").read_text(encoding="utf-8"))
        codes.append(str(meta["jurisdiction_code"]))
    _keep_jurisdictions(target / "catalog" / "jurisdictions.csv", codes)
    return target


def _keep_jurisdictions(path: Path, codes: list[str]) -> None:
    """Rewrite `path` with the rows of `codes` and of every jurisdiction above them, in file order."""
    text = path.read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    parents = {row["jurisdiction_code"]: row["parent_code"] for row in rows}
    kept: set[str] = set()
    for code in codes:
        while code and code not in kept:
            kept.add(code)
            code = parents.get(code, "")
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(row for row in rows if row["jurisdiction_code"] in kept)
    path.write_text(out.getvalue(), encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python tests/reference_data.py DEST (a folder that does not exist yet)")
    print(copy_reference_raw(Path(sys.argv[1])))
