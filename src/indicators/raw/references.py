"""The references between catalog files, as data: which column must name a row of which file.

`references.csv` holds one row per reference (a metric's dimension, an indicator's unit, a rule's
metrics...) instead of one hand-written SELECT each; the build checks every row with the one query
`sql/checks/references/reference.sql`. `optional` allows an empty cell, `list` a space-separated
list of ids, each checked.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from indicators.raw.raw_names import catalog_file

REFERENCES_CSV = Path(__file__).resolve().parent / "references.csv"


@dataclass(frozen=True)
class Reference:
    code: str  # the problem code of a dangling value: unknown-metric, unknown-unit...
    table: str  # the catalog file (without .csv) whose column refers
    column: str
    target_table: str  # the catalog file whose column must hold the value
    target_column: str
    optional: bool
    list: bool

    def file(self, folder: str) -> str:
        """The referring catalog in the raw folder shown as `folder` (raw_names.raw_shown)."""
        return catalog_file(folder, self.table)

    def message(self, folder: str) -> str:
        """The message of a value naming no row of the catalog referred to, in the raw folder shown as `folder`."""
        return no_such(self.code, catalog_file(folder, self.target_table))


def no_such(code: str, file: str) -> str:
    """"no such metric in data/raw/catalog/metrics.csv": the noun is the code's (unknown-metric), `file` the catalog
    referred to. Worded here once for the build's references and the extractor's wordings, which check in Python."""
    noun = code.removeprefix("unknown-").replace("-", " ")
    return f"no such {noun} in {file}"


@cache
def references() -> tuple[Reference, ...]:
    with open(REFERENCES_CSV, encoding="utf-8", newline="") as handle:
        return tuple(Reference(row["code"], row["table"], row["column"], row["target_table"], row["target_column"],
                               row["optional"] == "true", row["list"] == "true") for row in csv.DictReader(handle))
