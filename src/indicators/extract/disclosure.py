"""The standard 政府信息公开 annual report as a scope: inside the parts of the State Council's form (三、收到和处理政府
信息公开申请情况, 四、政府信息公开行政复议、行政诉讼情况), in a paragraph the report opens with such a part ((二)依申请公开
情况) or in a sentence about disclosure, a figure takes the disclosure metric of the form's row or column.

Since 2019 every government's disclosure report follows one form, and its figures of reconsideration and litigation
are appeals against the body's own disclosure, not its caseload: 行政诉讼14件 there is `disclosure_litigation_cases`,
never `litigation_cases`. The scope's signs are data (`data/disclosure_scope.csv`: the topic words, the paragraph and
part headings, and what makes a text a disclosure report) and so are the form's names (`data/disclosure_form.csv`:
the words right before or after the number that name a row or column, and the general metrics that become the
form's in its scope, or none: an appeal's outcome, 结果维持3起, has no metric of the catalog).
"""

from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache

from indicators.extract.mentions import Quantity
from indicators.extract.prefixes import found_before
from indicators.extract.rules import WINDOW, Rule, unit_family
from indicators.extract.text import Span, clause_start, data_rows

_TRAILING = re.compile(r"(?:共计|合计|共|为|达|有|计)$")
PRIORITY = 5


@cache
def _data() -> tuple[dict[str, re.Pattern[str]], list[tuple[str, re.Pattern[str], str, str]],
                     list[tuple[re.Pattern[str], str, str]]]:
    """The scope's signs by kind, the form's names (before or after the number, with the topic a sentence must
    name for them) and the remapped metrics (a pattern of the ids a general wording names, with the form's metric
    of them, "" for none, and its topic)."""
    scope = {row["kind"]: re.compile(row["pattern"], re.MULTILINE) for row in data_rows("disclosure_scope.csv")}
    rows = data_rows("disclosure_form.csv")
    names = [(row["kind"], re.compile(row["pattern"]), row["metric_id"], row["topic"])
             for row in rows if row["kind"] != "metric"]
    remapped = [(re.compile(row["pattern"]), row["metric_id"], row["topic"]) for row in rows if row["kind"] == "metric"]
    return scope, names, remapped


@cache
def _remap(metric_id: str) -> tuple[str, str] | None:
    """The form's metric (or "") and topic of a metric a general wording named, None where the form keeps it."""
    return next(((metric, topic) for pattern, metric, topic in _data()[2] if pattern.fullmatch(metric_id)), None)


def form_metrics() -> frozenset[str]:
    """Every metric the form's scope can name (the catalog must hold each)."""
    _, names, remapped = _data()
    return frozenset(metric for _, _, metric, _ in names) | frozenset(metric for _, metric, _ in remapped if metric)


@lru_cache(maxsize=4)
def _is_report(text: str) -> bool:
    """Whether `text` is a disclosure report: there the appeals a sentence on disclosure counts are the body's own,
    even after a clause on requests (the `appeal_topic` sign is stricter for texts of every kind)."""
    return bool(_data()[0]["report"].search(text))


@lru_cache(maxsize=4)
def _parts(text: str) -> tuple[list[int], list[bool]]:
    """Where each part heading (一、…) of a disclosure report starts, and whether it opens a part of the form
    whose figures are disclosure's; nothing for a text that is no disclosure report."""
    if not _is_report(text):
        return [], []
    part = _data()[0]["part"]
    heads = list(re.finditer(r"^[一二三四五六七八九十]+、[^\n]*", text, re.MULTILINE))
    return [head.start() for head in heads], [bool(part.match(head.group())) for head in heads]


@lru_cache(maxsize=4)
def _line_starts(text: str) -> list[int]:
    """Where each line of `text` starts: a number's line found by bisection, not by scanning back along a line
    that may hold a list of thousands of items."""
    return [0] + [match.end() for match in re.finditer("\n", text)]


def _in_scope(text: str, position: int, said: str, cut: int, topic: str, lead: str) -> bool:
    """True where the number is in the form's scope: its sentence names the `topic` (disclosure; appeals over it)
    before it (`said` up to `cut`), or opens with 其中 after a sentence (`lead`) that names it, its paragraph opens
    with a part on requests, or it stands in such a part of a disclosure report."""
    scope = _data()[0]
    if found_before(scope[topic], said, cut):
        return True
    if topic == "appeal_topic" and _is_report(text) and found_before(scope["topic"], said, cut):
        return True  # a disclosure report's own appeals: 无单位或个人申请政府信息公开，行政复议0条
    if said.startswith("其中") and scope[topic].search(lead):
        return True  # 涉及政府信息公开行政复议0件。其中结果维持0件: the parts of the count the sentence before names
    lines = _line_starts(text)
    line = bisect.bisect_right(lines, position) - 1
    if scope["heading"].match(text, lines[line]) or line and _heading_alone(text, lines[line - 1], lines[line]):
        return True
    starts, disclosing = _parts(text)
    index = bisect.bisect_right(starts, position) - 1
    return index >= 0 and disclosing[index]


def _heading_alone(text: str, start: int, end: int) -> bool:
    """Whether the line from `start` to `end` is a part on requests standing alone above the paragraph ((二)依申请公开
    情况 on its own line, then 办理691条依申请事项(含上年结转31件)): short, no sentence of its own."""
    line = text[start:end]
    return len(line) <= 24 and "。" not in line.rstrip().rstrip("。") and bool(_data()[0]["heading"].match(line))


def disclosure_claim(quantity: Quantity, sentence: Span, said: str, text: str,
                     claim: tuple[Rule, tuple[int, int]] | None, lead: str) -> tuple[Rule, tuple[int, int]] | None:
    """The form's metric of `quantity` in the disclosure scope (a row or column the words name, or the form's
    metric of a general one `claim` named); `claim` itself elsewhere. `lead` is the sentence before in the
    paragraph, the whole a sentence opening with 其中 breaks down.

    The form's names are short (a row or column's words right before or after the number), so they are read in
    at most WINDOW characters on either side, as the rules' patterns are, and the sentence's clause marks and
    topic are found once for all its numbers: a sentence listing thousands of items costs time in proportion
    to its length, not its square."""
    if quantity.unit.removeprefix("万") not in unit_family("件") or quantity.range_end:
        return claim
    _, names, _ = _data()
    cut, end = quantity.start - sentence.start, quantity.end - sentence.start
    opened = clause_start(said, cut)  # where the number's clause starts
    clause = _TRAILING.sub("", said[max(opened, cut - WINDOW):cut])
    after = said[end:end + WINDOW]
    named, topic = next(((metric, topic) for kind, pattern, metric, topic in names
                         if pattern.search(clause if kind == "before" else after)), ("", ""))
    remapped = _remap(claim[0].metric_id) if claim and not named else None  # a tuple, so true even as ("", topic)
    general, topic = remapped or ("", topic)
    if not (named or remapped) or not _in_scope(text, quantity.start, said, cut, topic, lead):
        return claim
    if named:
        rule = Rule(f"disclosure_form:{named}", named, quantity.unit, None, None, None, "", PRIORITY)
        return rule, (sentence.start + opened, quantity.end)
    if not general:  # an outcome of the appeals over disclosure (结果维持3起): the form has no metric of it
        return None
    rule = claim[0]
    return Rule(f"{rule.rule_id}+disclosure_form", general, rule.unit, rule.before, rule.after, rule.context,
                rule.range_end, rule.priority), claim[1]
