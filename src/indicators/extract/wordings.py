"""The metric vocabulary's wordings (`data/raw/catalog/metric_wordings.csv`), loaded and checked: how reports word
each standard metric. `vocabulary.Vocabulary` matches them against quantities.

A wording names a metric by the structure of the clause, not by one report's sentence:

    subject ... words [gap object] NUMBER measure-word          收到行政复议申请6200件
    subject ... NUMBER measure-word [object] after              383件行政案件被告行政机关的负责人出庭应诉

`words` are the verb or noun phrase right before the number (after 共/达/为 are dropped, and a bracketed
aside 纠错(含撤销、确认违法)29件 is skipped); `object` the counted noun between them; `after` what may
follow the quantity in its clause instead; `subject` the topic (复议, 诉讼, 规范性文件) that must be named
earlier in the sentence or in the sentence before. Where several wordings fit (审结 of 复议 and of 诉讼
in one sentence) the one whose subject was named last before the number wins, then the lower priority.
`family` is a unit family of `data/unit_families.csv` (cases: 件 宗 起; items: 项 个 ...; requests, written
in either cases' or documents' words: 收到申请12宗, 23份) or one unit
(%, 万元): the measure words a figure of the metric may be written with. `parent_metric_id` is the
metric a 其中 clause breaks down; `source_id` points into `vocabulary_sources.csv` (address and quote
of the public text the metric comes from). Wordings are tried after the specific rules of
`extraction_rules.csv`, which keep their precedence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from indicators.errors import IndicatorsError, Problem, quoted
from indicators.extract.rules import Rule, unit_family
from indicators.extract.wording_forms import after_with_subject, before_with_subject
from indicators.raw.catalog import SCHEMAS
from indicators.raw.raw_names import catalog_file, raw_shown
from indicators.raw.references import no_such
from indicators.raw.schema import read_csv_text, schema_problems

_ASIDE = r"(?:[（(][^（()）]{0,24}[)）])?"
# the words between a wording's verb and its object: no clause mark, and no 而 that joins a second verb to it
# (因印发新文件而废止的规范性文件共1件: the documents counted are those abolished, not issued)
_GAP = "[^，,。；;而]"


@dataclass(frozen=True)
class Wording:
    wording_id: str
    metric_id: str
    subject: re.Pattern[str] | None
    before: Rule | None
    after: Rule | None
    units: frozenset[str]
    priority: int
    objected: Rule | None = None  # its words, then its subject's noun, then the number (保留规范性文件13件)
    inverted: bool = False  # `after` is the number, then the subject's noun, then its words (2件规范性文件备案)


def _family_units(family: str, own_words: frozenset[str] = frozenset()) -> frozenset[str]:
    """The measure words a wording of `family` meets, with its metric's `own_words`, each also after 万."""
    units = (unit_family(family) if family not in _FAMILY_UNIT else unit_family(_FAMILY_UNIT[family])) | own_words
    scaled = frozenset() if family == "%" else frozenset("万" + unit for unit in units)
    return units | scaled


# a family is named by one of its measure words in unit_family; these names read better in the catalog
_FAMILY_UNIT = {"cases": "宗", "documents": "份", "items": "项", "persons": "名", "times": "场次", "days": "天",
                "visits": "户次", "information": "条", "requests": "件"}  # requests: cases' and documents' words
_SINGLE_UNITS = ("%", "万元", "元", "个工作日", "分钟", "人次", "家", "条")


def _wording(row: dict[str, str], own_words: frozenset[str] = frozenset()) -> Wording:
    object_part = f"(?:{_GAP}{{0,10}}?(?:{row['object']}))?" if row["object"] else ""
    before = re.compile(f"(?:{row['words']})了?{object_part}{_ASIDE}$") if row["words"] else None
    after = re.compile(f"^(?:{row['after']})") if row["after"] else None  # the noun right after: 200项行政审批事项
    objected = None
    if row["subject"] and row["words"]:  # its subject's noun as the verb's object: 保留规范性文件13件, 2件规范性文件备案
        objected = None if row["object"] else re.compile(before_with_subject(row["words"], row["subject"]))
        after = after or re.compile(after_with_subject(row["words"], row["subject"]))
    rule_id = f"wording:{row['wording_id']}"
    units = _family_units(row["family"], own_words)
    unit = next(iter(units))
    priority = int(row["priority"])
    return Wording(
        row["wording_id"], row["metric_id"], re.compile(row["subject"]) if row["subject"] else None,
        Rule(rule_id, row["metric_id"], unit, before, None, None, "", priority) if before else None,
        Rule(rule_id, row["metric_id"], unit, None, after, None, "", priority) if after else None,
        units, priority, Rule(rule_id, row["metric_id"], unit, objected, None, None, "", priority) if objected else None,
        not row["after"] and after is not None,
    )


def unknown_metric(value: str, display: str, row: int, field: str, folder: str) -> Problem:
    """A metric id the catalog lacks, in a catalog file the extractor reads (the wordings, the metrics' own measure
    words): worded once, as the build's references word it (`raw.references.no_such`)."""
    message = no_such("unknown-metric", catalog_file(folder, "metrics"))
    return Problem("unknown-metric", f"{quoted(value)} {message}", file=display, row=row, field=field, value=value)


def load_wordings(raw_dir: Path, metric_units: dict[str, str],
                  own_words: dict[str, frozenset[str]] | None = None) -> list[Wording]:
    """The wordings, refused with their problems: the schemas of both files, an unknown metric, parent,
    source or family, a metric whose unit is not in the family; each naming its file in the folder read
    (`raw_names.raw_shown`), as the build's problems do. A wording meets figures in its family's words and in
    its metric's `own_words` (`metric_measure_words.py`: 项 for disclosure requests counted in 件)."""
    folder = raw_shown(raw_dir)
    display, sources_file = catalog_file(folder, "metric_wordings"), catalog_file(folder, "vocabulary_sources")
    frame = read_csv_text(raw_dir / "catalog" / "metric_wordings.csv", display)
    problems = schema_problems(frame, SCHEMAS["metric_wordings"], display)
    sources = read_csv_text(raw_dir / "catalog" / "vocabulary_sources.csv", sources_file)
    problems += schema_problems(sources, SCHEMAS["vocabulary_sources"], sources_file)
    if problems:
        raise IndicatorsError(problems)
    known_sources = set(sources["source_id"])
    wordings = []
    for position, row in enumerate(frame.to_dict("records"), start=2):
        def problem(code: str, field: str, message: str, row=row, position=position) -> None:
            problems.append(Problem(code, f"{quoted(row[field])} {message}", file=display, row=position,
                                    field=field, value=row[field]))
        if row["source_id"] not in known_sources:
            problem("unknown-source", "source_id", no_such("unknown-source", sources_file))
            continue
        unknown = [field for field in ("parent_metric_id", "metric_id") if row[field] and row[field] not in metric_units]
        if unknown:
            problems.append(unknown_metric(row[unknown[0]], display, position, unknown[0], folder))
            continue
        family, unit = row["family"], metric_units[row["metric_id"]]
        if family not in _FAMILY_UNIT and family not in _SINGLE_UNITS:
            problem("unknown-family", "family", f"is neither a family ({', '.join(_FAMILY_UNIT)}) nor one of {_SINGLE_UNITS}")
            continue
        if unit not in _family_units(family):
            problem("unit-mismatch", "family", f'does not hold the unit "{unit}" of {row["metric_id"]}')
            continue
        try:
            wordings.append(_wording(row, (own_words or {}).get(row["metric_id"], frozenset())))
        except re.error as error:
            problem("bad-regex", "words", f"does not make a valid regular expression ({error})")
    if problems:
        raise IndicatorsError(problems)
    return wordings
