"""docs/targets.md: every official target with the document that states it and its verbatim quote.

Generated from the built database (so from `data/raw/catalog/targets.csv` and `target_sets.csv`,
validated) by `indicators describe --write-docs`, like docs/indicators.md; a test renders it again and
fails when the committed file is stale. It is where a reader checks a target's source: the project
needs nothing outside its repository to say where a number comes from.
SQL: `sql/cards/target_documents.sql`; layout: `publish/templates/docs/targets.md.j2`.
"""

from __future__ import annotations

from itertools import groupby
from pathlib import Path

from indicators import paths
from indicators.publish.pages import render
from indicators.read.db import query_records
from indicators.read.sql import sql_text


def docs_path() -> Path:
    return paths.checkout_path("docs") / "targets.md"


def load_targets(db_path: Path | None = None) -> list[dict]:
    """Every target with its set's and document's facts, in set order."""
    return query_records(sql_text("cards/target_documents.sql"), db_path)


def _documents(targets: list[dict]) -> list[dict]:
    """A set's documents in first-mention order, each with its distinct quotes in first-mention order."""
    documents: dict[tuple, dict] = {}
    for t in targets:
        key = (t["document_title"], t["document_number"], t["issuer"], t["issued"])
        doc = documents.setdefault(key, {"title": key[0], "number": key[1], "issuer": key[2], "issued": key[3],
                                         "quotes": []})
        if t["quote"] not in doc["quotes"]:
            doc["quotes"].append(t["quote"])
    return list(documents.values())


def _sets(targets: list[dict]) -> list[dict]:
    sets = []
    for set_id, rows in groupby(targets, key=lambda t: t["target_set"]):
        rows = list(rows)
        sets.append({"id": set_id, "name_zh": rows[0]["set_name_zh"], "name_en": rows[0]["set_name_en"],
                     "year": rows[0]["set_year"], "note": rows[0]["set_note"], "targets": rows,
                     "binds": rows[0]["set_binds_codes"], "subordinates": rows[0]["set_binds_subordinates"],
                     "scope_quote": rows[0]["set_scope_quote"],
                     "documents": _documents(rows)})
    return sets


def render_targets(targets: list[dict]) -> str:
    return render("docs/targets.md.j2", sets=_sets(targets))


def write_targets_doc(db_path: Path | None = None, target: Path | None = None) -> Path:
    """Write docs/targets.md from the catalogs; return its path."""
    target = target or docs_path()
    target.write_text(render_targets(load_targets(db_path)), encoding="utf-8")
    return target
