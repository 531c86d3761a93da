"""Run an export: check the selection, write into a temporary folder inside --out, rename into place.

A failed export leaves nothing half-written: files are written into a hidden temporary folder next
to the destination and only a complete export is renamed over an earlier one. The folder's name holds
the process id, so that the next export removes the folders of killed exports and no other.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from indicators.errors import IndicatorsError, quoted
from indicators.export.datapackage import write_datapackage
from indicators.export.dictionary import export_tables, relation
from indicators.export.writers import write_csv, write_parquet, write_xlsx
from indicators.publish.folders import output_folder
from indicators.read.db import read_only
from indicators.read.lookup import validate_parameters
from indicators.signals import alive

FORMATS = ("csv", "parquet", "xlsx")


@dataclass
class ExportResult:
    path: Path  # the folder (csv, parquet) or the workbook (xlsx)
    files: list[Path]
    rows: dict[str, int]


def check_selection(jurisdiction: str | None, year: int | None, db_path: Path | None) -> None:
    """Refuse a jurisdiction or year with no loaded report, listing what exists."""
    validate_parameters(jurisdiction=jurisdiction, year=year, db_path=db_path)


def export_name(jurisdiction: str | None, year: int | None) -> str:
    """`indicators_441284_2017`, `indicators_all_2017`...: the selection, safe as a file name."""
    return f"indicators_{jurisdiction or 'all'}_{year or 'all'}"


LEFTOVER = re.compile(r"\.indicators_.+\.(?:tmp|old)-(?:(\d+)-)?")


def remove_dead_leftovers(out: Path) -> None:
    """Remove the temporary folders of exports that were killed (their process is gone); keep those of
    exports still running. A folder from before the process id was in its name goes after an hour."""
    for path in out.glob(".indicators_*"):
        found = LEFTOVER.match(path.name)
        if found is None or not path.is_dir():
            continue
        pid = int(found.group(1)) if found.group(1) else None
        if pid is None and time.time() - path.stat().st_mtime < 3600 or pid is not None and alive(pid):
            continue
        shutil.rmtree(path, ignore_errors=True)



def _publish(staged: Path, destination: Path) -> None:
    """Put `staged` at `destination`, replacing an earlier export only once the new one is complete."""
    if staged.is_file():
        os.replace(staged, destination)
        return
    old = None
    if destination.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{destination.name}.old-{os.getpid()}-", dir=destination.parent))
        os.replace(destination, old / destination.name)
    os.replace(staged, destination)
    if old is not None:
        shutil.rmtree(old)


def export(fmt: str, out: Path, jurisdiction: str | None = None, year: int | None = None,
           db_path: Path | None = None) -> ExportResult:
    """Write the four tables for the selection in `fmt` under `out`; return where they are."""
    if fmt not in FORMATS:
        raise IndicatorsError.single("unknown-format", f"{quoted(fmt)} is not one of {', '.join(FORMATS)}",
                                     field="format", value=fmt)
    check_selection(jurisdiction, year, db_path)
    out = output_folder(out)
    name = export_name(jurisdiction, year)
    remove_dead_leftovers(out)
    staging = Path(tempfile.mkdtemp(prefix=f".{name}_{fmt}.tmp-{os.getpid()}-", dir=out))
    try:
        with read_only(db_path) as con:
            relations = [(table, relation(con, table, jurisdiction, year)) for table in export_tables()]
            rows = {table.name: len(rel) for table, rel in relations}
            if fmt == "xlsx":
                staged = staging / f"{name}.xlsx"
                write_xlsx(relations, staged)
                destination = out / staged.name
            else:
                staged = staging / f"{name}_{fmt}"
                staged.mkdir()
                for table, rel in relations:
                    if fmt == "csv":
                        write_csv(rel, staged / f"{table.name}.csv")
                    else:
                        write_parquet(rel, staged / f"{table.name}.parquet")
                if fmt == "csv":
                    title = f"法治政府建设指标 rule-of-law indicators: {jurisdiction or 'all'} {year or 'all'}"
                    write_datapackage(relations, staged, name.replace("_", "-"), title)
                destination = out / staged.name
        _publish(staged, destination)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    files = sorted(destination.iterdir()) if destination.is_dir() else [destination]
    return ExportResult(destination, files, rows)
