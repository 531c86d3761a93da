"""The items of a list whose last item alone carries the measure word (round 12 of #17): every item is a figure of
that unit. Texts written for these tests, not copied from the real excerpts."""

from __future__ import annotations

from indicators.extract.candidates import extract_figures
from indicators.extract.listed import with_listed_items
from indicators.extract.mentions import quantities
from indicators.extract.text import Span


def _read(text: str) -> list[tuple[str, str]]:
    line = Span(40, 40 + len(text), text)
    return [(q.value, q.unit) for q in with_listed_items(line, quantities(line))]


def test_each_item_takes_the_unit_of_the_last() -> None:
    assert _read("三年得分分别为81.5、84.25、90分。") == [("81.5", "分"), ("84.25", "分"), ("90", "分")]
    assert _read("办理时限分别压缩至15、8个工作日。") == [("15", "个工作日"), ("8", "个工作日")]
    assert _read("分别办理1.2、3.4万件。") == [("1.2", "万件"), ("3.4", "万件")]


def test_ordinals_years_and_items_with_their_own_unit_are_left_as_they_are() -> None:
    assert _read("第3、4项工作") == [("4", "项")]
    assert _read("2022、2023年共收到6件") == [("6", "件")]
    assert _read("维持5件、撤销2件") == [("5", "件"), ("2", "件")]


def test_the_items_become_rows_with_their_own_quotes(rules) -> None:
    text = "2023年，三个街道的考核得分分别为81.5、84.25、90分。"
    frame = extract_figures(text, 2023, rules)
    assert list(frame["value"]) == ["81.5", "84.25", "90"] and set(frame["unit"]) == {"分"}
    assert all(text[int(s):int(e)] == q for s, e, q in frame[["quote_start", "quote_end", "quote"]].itertuples(index=False))
