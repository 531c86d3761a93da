"""The headline caseload: a reconsideration count stated with 受理 is the government's caseload where nothing is
received apart from it.

The catalog's definitions settle it: `reconsideration_cases` is the headline caseload of the government at the
report's level; `reconsideration_accepted` only where the text separates the cases accepted (受理) from the
applications received (收到, 新收, 办理…申请) in the same passage (共收到行政复议申请2371件，其中受理1968件). A report
that states one count (全区共受理行政复议案件176件; 今年以来受理行政复议案件136件) states its caseload in the verb
it uses, so the wording's `_accepted` becomes `_cases`, unless the report names a caseload elsewhere (but for a
count of the government's own level, 市政府本级受理142件 beside 全市各级…共收到469件: scope.py keeps it), a count
stands before it in its sentence or the sentence opens with 其中 (共办理…11533件。其中，依法受理9428件), or it
counts several levels' bodies (scope words of kind "levels", `data/scope_words.csv`).
"""

from __future__ import annotations

import re

from indicators.extract.scope import REACH, scope_pattern

_ACCEPTED, _CASES = "reconsideration_accepted", "reconsideration_cases"
# a count before (in digits or numerals: 收到行政复议申请二十五件，依法受理二十三件), or 其中: a part of a count before
_COUNT_BEFORE = re.compile(r"[0-9０-９零〇一二两三四五六七八九十百千]+(?:\.[0-9]+)?\s*万?\s*(?:件|宗|起)|其中")


def headline_caseload(rows: list[dict]) -> None:
    """Rename, in place, each `reconsideration_accepted` row that is the report's only caseload to
    `reconsideration_cases` (see the module's docstring), and the changes stated of it to the caseload's; done on
    the rows before repeats are flagged."""
    named_elsewhere = any(row["metric_id"] == _CASES for row in rows)
    renamed: list[dict] = []
    for row in rows:
        if row["metric_id"] != _ACCEPTED or "|" in row["quote"]:  # a table's 受理 column stands beside others
            continue
        sentence, cut = row.get("_said") or (row["quote"], len(row["quote"]))
        before = sentence[max(0, cut - REACH):cut]  # as far back as scope.py reads the scope words
        if named_elsewhere and not scope_pattern("own").search(before):
            continue  # 全市各级…共收到469件 elsewhere, 市政府本级受理142件 here: the own level's caseload (scope.py)
        if not _COUNT_BEFORE.search(before) and not scope_pattern("levels").search(before):
            row["metric_id"], row["rule"] = _CASES, f"{row['rule']}+headline"
            renamed.append(row)
    for row in rows:  # 同比增长254.5% stated of the count: the caseload's change
        if row["metric_id"].startswith(_ACCEPTED) and any(row["_base"] is base for base in renamed):
            row["metric_id"] = _CASES + row["metric_id"].removeprefix(_ACCEPTED)
