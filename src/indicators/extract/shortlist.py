"""The wordings and rules that may name a quantity, found without running their patterns.

`Vocabulary` tries every wording of a quantity's unit on it: some 150 patterns for a count of 件, three searches each,
for every quantity of a report; that was most of the extraction time. A pattern matches only where one of the strings
`literals.required` finds in it is in the text it searches (`before` and its variants: the words up to the number;
`after`: the words after it). The strings are indexed by their first character, so a quantity meets only the
wordings one of whose strings its clause holds, in their catalog order; the ranking among them is unchanged.
The rules of `extraction_rules.csv` are tried in order and the first that claims a quantity wins: `may_claim` skips
those one of whose patterns (before, after, context) cannot match, which leaves the first claim as it was.
"""

from __future__ import annotations

from indicators.extract.literals import required


class Shortlist:
    """The `wordings` of one unit, in order, and an index of the strings their `before` and `after` forms need."""

    def __init__(self, wordings: list) -> None:
        self.wordings = wordings
        self.always: set[int] = set()  # wordings with a form that needs no string: always tried
        self.before: dict[str, list[tuple[int, str]]] = {}
        # the verb + noun + number forms, tried where the subject's noun ends the words before the number
        self.objected = [(w, required(w.subject)) for w in wordings if w.objected and w.subject]
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

    def objected_in(self, tail: str) -> list:
        """The wordings with a verb + noun + number form whose subject is named in `tail`, in order."""
        return [wording for wording, strings in self.objected
                if (strings is None or any(s in tail for s in strings)) and wording.subject.search(tail)]


Needs = tuple[frozenset[str] | None, frozenset[str] | None, frozenset[str] | None]


def needs_of(rule) -> Needs:
    """The strings a rule's `before`, `after` and `context` patterns each need (None: the pattern is absent, or
    its strings are not known)."""
    return tuple(None if pattern is None else required(pattern) for pattern in (rule.before, rule.after, rule.context))


def may_claim(needs: Needs, prepared, lead: str) -> bool:
    """False where one of the rule's patterns cannot match the texts `Rule.claims_said` searches it in: `before` in
    the words before the number (`stripped`, `before`), `after` in those after, `context` in the sentence or `lead`."""
    before, after, context = needs
    return ((before is None or any(s in prepared.stripped or s in prepared.before for s in before))
            and (after is None or any(s in prepared.after for s in after))
            and (context is None or any(s in prepared.text or s in lead for s in context)))
