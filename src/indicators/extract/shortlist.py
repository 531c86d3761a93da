"""The wordings and rules that may name a quantity, found without running their patterns.

`Vocabulary` tries every wording of a quantity's unit on it: some 150 patterns for a count of 件, three searches each,
for every quantity of a report; that was most of the extraction time. A pattern matches only where one of the strings
`literals.required` finds in it is in the text it searches (`before` and its variants: the words up to the number;
`after`: the words after it). The strings are indexed by their first character, so a quantity meets only the
wordings one of whose strings its clause holds, in their catalog order; the ranking among them is unchanged.
The rules of `extraction_rules.csv` are tried in order and the first that claims a quantity wins: `RuleShortlist`
skips those whose `before` or `after` pattern cannot match, which leaves the first claim as it was.
"""

from __future__ import annotations

from indicators.extract.literals import required


def _words_before(prepared) -> str:
    """The texts a `before` pattern is searched in (`stripped`, `before`) as one: `before` alone where `stripped` is
    its start (共/达 dropped: most quantities), else both joined by a character no pattern's string holds."""
    stripped, before = prepared.stripped, prepared.before
    return before if before.startswith(stripped) else f"{stripped}\0{before}"


class _Strings:
    """Items (by position) and the strings each needs, indexed by their first character: `in_text` finds the items
    one of whose strings a text holds with one set intersection and a few `in` tests, not a loop over every item."""

    def __init__(self) -> None:
        self.always: set[int] = set()  # items that need no known string: always kept
        self.by_char: dict[str, list[tuple[int, str]]] = {}

    def add(self, position: int, strings: frozenset[str] | None) -> None:
        if strings is None:
            self.always.add(position)
        for string in strings or ():
            self.by_char.setdefault(string[0], []).append((position, string))

    def in_text(self, text: str, found: set[int]) -> set[int]:
        found |= self.always
        for char in self.by_char.keys() & set(text):
            found.update(position for position, string in self.by_char[char] if string in text)
        return found


class Shortlist:
    """The `wordings` of one unit, in order, and an index of the strings their `before` and `after` forms need."""

    def __init__(self, wordings: list) -> None:
        self.wordings = wordings
        self.before, self.after, self.subjects = _Strings(), _Strings(), _Strings()
        for position, wording in enumerate(wordings):
            for rule, index in ((wording.before, self.before), (wording.after, self.after)):
                if rule is not None:
                    index.add(position, required(rule.before or rule.after))
            if wording.objected and wording.subject:  # the verb + noun + number forms: their subject's strings
                self.subjects.add(position, required(wording.subject))

    def of(self, prepared) -> list:
        """The wordings whose `before` form may match the words before the quantity of `prepared` (a `rules._Said`:
        `stripped` and `before`) or whose `after` form may match the words after it (`after`)."""
        found = self.before.in_text(_words_before(prepared), set())
        found = self.after.in_text(prepared.after, found)
        return [self.wordings[position] for position in sorted(found)]

    def objected_in(self, tail: str) -> list:
        """The wordings with a verb + noun + number form whose subject is named in `tail`, in order."""
        return [self.wordings[position] for position in sorted(self.subjects.in_text(tail, set()))
                if self.wordings[position].subject.search(tail)]


class RuleShortlist:
    """The rules of one unit, in the order they are tried, and an index of the strings their `before` and `after`
    patterns need: a rule one of whose patterns cannot match is not run, which leaves the first claim as it was.
    (`context` patterns are searched once per sentence already, `rules._found_in`, and are not indexed: testing
    strings in a sentence thousands of characters long for each of its numbers would make a list quadratic.)"""

    def __init__(self, rules: list) -> None:
        self.rules = rules
        self.before, self.after = _Strings(), _Strings()
        for position, rule in enumerate(rules):
            self.before.add(position, None if rule.before is None else required(rule.before))
            self.after.add(position, None if rule.after is None else required(rule.after))

    def of(self, prepared) -> list:
        """The rules whose `before` and `after` patterns may both match around the quantity of `prepared`."""
        found = self.before.in_text(_words_before(prepared), set())
        found &= self.after.in_text(prepared.after, set())
        return [self.rules[position] for position in sorted(found)]
