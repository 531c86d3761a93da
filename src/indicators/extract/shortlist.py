"""The wordings of one measure word that may name a quantity, found without running their patterns.

`Vocabulary` tries every wording of a quantity's unit on it: some 150 patterns for a count of 件, three searches each,
for every quantity of a report; that was most of the extraction time. A pattern matches only where one of the strings
`literals.required` finds in it is in the text it searches (`before` and its variants: the words up to the number;
`after`: the words after it). The strings are indexed by their first character, so a quantity meets only the
wordings one of whose strings its clause holds, in their catalog order; the ranking among them is unchanged.
"""

from __future__ import annotations

from indicators.extract.literals import required


class Shortlist:
    """The `wordings` of one unit, in order, and an index of the strings their `before` and `after` forms need."""

    def __init__(self, wordings: list) -> None:
        self.wordings = wordings
        self.always: set[int] = set()  # wordings with a form that needs no string: always tried
        self.before: dict[str, list[tuple[int, str]]] = {}
        self.after: dict[str, list[tuple[int, str]]] = {}
        for position, wording in enumerate(wordings):
            for rule, index in ((wording.before, self.before), (wording.after, self.after)):
                if rule is None:
                    continue
                strings = required(rule.before or rule.after)
                if strings is None:
                    self.always.add(position)
                for string in strings or ():
                    index.setdefault(string[0], []).append((position, string))

    def of(self, prepared) -> list:
        """The wordings whose `before` form may match the words before the quantity of `prepared` (a `rules._Said`:
        `stripped` and `before`) or whose `after` form may match the words after it (`after`)."""
        found = set(self.always)
        # both texts the before form is searched in, joined by a character no pattern's string holds
        for text, index in ((f"{prepared.stripped}\0{prepared.before}", self.before), (prepared.after, self.after)):
            for char in index.keys() & set(text):
                found.update(position for position, string in index[char] if string in text)
        return [self.wordings[position] for position in sorted(found)]
