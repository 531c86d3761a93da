"""The rule and wording indexes of one rules list, built once for every report extracted with it.

`extract_figures` is called once per report with the same `load_rules` list; building its `RuleIndex` and
`Vocabulary` again for every report cost about a quarter of the extraction time of a short excerpt. Both are
pure functions of the list's items and never changed after they are built, so the last pair is kept and reused
while the list holds the same items (compared item by item: identity first, so the check costs microseconds).
"""

from __future__ import annotations

from indicators.extract.rules import Rule, RuleIndex
from indicators.extract.vocabulary import Vocabulary

_last: dict[str, tuple[tuple, RuleIndex | Vocabulary]] = {}


def _kept(name: str, items: list, build: type) -> RuleIndex | Vocabulary:
    key = tuple(items)
    found = _last.get(name)
    if found is None or found[0] != key:
        found = _last[name] = (key, build(items))
    return found[1]


def indexes_of(rules: list[Rule]) -> tuple[RuleIndex, Vocabulary]:
    """The `RuleIndex` of `rules` and the `Vocabulary` of their wordings (`rules.wordings`, none for a plain list)."""
    return _kept("rules", rules, RuleIndex), _kept("wordings", getattr(rules, "wordings", []), Vocabulary)
