"""The reference data that tests and the generated documents are built from.

It is a copy of data/raw holding the catalogs and the bundled report(s) only. An analyst who onboards
reports into data/raw (as the README describes) changes neither the numbers the tests and nbval
expect nor docs/indicators.md and docs/targets.md: those describe the project as shipped.

`python tests/reference_data.py DEST` writes the copy (`make docs` builds the documents from it).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"
REFERENCE_REPORTS = ("441284-2017",)


def copy_reference_raw(target: Path, source: Path = RAW) -> Path:
    """`target` as a raw folder: every catalog file, and the text, metadata and figures of each reference report."""
    target = Path(target)
    shutil.copytree(source / "catalog", target / "catalog")
    (target / "reports").mkdir()
    (target / "figures").mkdir()
    for report_id in REFERENCE_REPORTS:
        for name in (f"{report_id}.txt", f"{report_id}.meta.yml"):
            shutil.copy2(source / "reports" / name, target / "reports" / name)
        shutil.copy2(source / "figures" / f"{report_id}.csv", target / "figures" / f"{report_id}.csv")
    return target


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python tests/reference_data.py DEST (a folder that does not exist yet)")
    print(copy_reference_raw(Path(sys.argv[1])))
