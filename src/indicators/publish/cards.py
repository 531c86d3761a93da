"""Indicator cards in the style of the UN SDG metadata: one card per indicator, generated from the
catalogs (through the built database) and never written by hand.

`docs/indicators.md` is this module's output (`indicators describe --write-docs`); a test renders
it again and fails when the committed file is stale. `indicators describe ID` prints one card.
SQL: `sql/cards/indicator_cards.sql` gathers every card's facts in one query; this module only
turns them into Markdown.
"""

from __future__ import annotations

import difflib
from pathlib import Path

from indicators import paths
from indicators.errors import IndicatorsError, quoted
from indicators.publish.pages import render
from indicators.read.db import query_records
from indicators.read.sql import sql_text

DIRECTIONS = {True: "越高越好 higher is better", False: "越低越好 lower is better",
              None: "无评价方向 no preferred direction (descriptive)"}
SOURCES = ("indicators", "indicator_terms", "metrics", "dimensions", "units", "targets", "target_sets")


def docs_path() -> Path:
    return paths.checkout_path("docs") / "indicators.md"


def load_cards(db_path: Path | None = None) -> list[dict]:
    """Every indicator's card facts, catalog order (lists of metrics, targets, variants, reports)."""
    return query_records(sql_text("cards/indicator_cards.sql"), db_path)


def _terms(metrics: list[dict], alternatives: list[list[dict]] = ()) -> str:
    """A part's signed metrics, then each alternative taken when the ones before it cannot be computed."""
    if not metrics:
        return "— (目录中尚无数据项 no metric in the catalog yet)"
    parts = []
    for m in metrics:
        sign = "+" if m["sign"] > 0 else "−"
        optional = "" if m["required"] else " (如报告有 where stated)"
        earlier = " (可取以前年度 may be an earlier year's)" if m["earlier_year"] else ""
        parts.append(f"{sign} {m['name_zh']} {m['name_en']} (`{m['metric_id']}`, {m['unit']}){optional}{earlier}")
    text = "; ".join(parts)
    for alternative in alternatives:
        text += f"; 否则 otherwise (a required figure above missing): {_terms(alternative)}"
    return text


def _formula(card: dict) -> str:
    if not card["numerator"]:
        return "尚未计算：目录中还没有它的数据项。Not computed yet: the catalog has no metrics for it."
    scale = "100 × " if card["unit"] == "%" else ""
    return (f"指标值 = {scale}分子 / 分母，分子、分母各为其数据项的带符号之和；每个数据项取报告年度的数字；存量"
            "数据项（事项清单、办理时限）缺报告年度数字时，取最近的以前年度数字，当年发生的次数只取报告年度的。缺必需的数字、分母为零、"
            "或百分比的分子大于分母（两个数不是同一批事项）时不计算，并写明原因。"
            f"value = {scale}numerator / denominator, each the signed sum of its metrics; for every metric the "
            "report's figure of the report year or, failing that and where the metric is marked as one that may be "
            "an earlier year's (a stock: a list of items, the days a procedure takes), its latest earlier one; a "
            "count of the year's events is the report year's. Empty (with a reason) "
            "when a required figure is missing, the denominator is zero, or a percentage's numerator exceeds its "
            "denominator (the two counts are not of one set of items).")


def render_card(card: dict) -> str:
    """One card as Markdown (templates/docs/indicator_card.md.j2): facts, definition, computation,
    targets, variants, reports."""
    return render("docs/indicator_card.md.j2", card=card,
                  unit=card["unit"] + (f" ({card['unit_name_en']})" if card["unit_name_en"] else ""),
                  direction=DIRECTIONS[card["higher_is_better"]],
                  numerator=_terms(card["numerator"], card["numerator_alternatives"]),
                  denominator=_terms(card["denominator"], card["denominator_alternatives"]), formula=_formula(card),
                  stated=f"`{card['stated_metric_id']}`" if card["stated_metric_id"] else None)


def render_document(cards: list[dict]) -> str:
    """docs/indicators.md: a header saying how it is made, an index, then every card."""
    sources = ", ".join(f"`{name}.csv`" for name in SOURCES)
    return render("docs/indicators.md.j2", sources=sources, cards=cards, rendered=[render_card(c) for c in cards])
def describe(indicator_id: str, db_path: Path | None = None) -> str:
    """The card of one indicator, or an error naming the closest id and listing them all."""
    cards = {c["indicator_id"]: c for c in load_cards(db_path)}
    if indicator_id not in cards:
        close = difflib.get_close_matches(indicator_id, cards, n=1)
        hint = f"did you mean {close[0]}? " if close else ""
        raise IndicatorsError.single("unknown-indicator", f"{quoted(indicator_id)} is not an indicator",
                                     field="indicator", value=indicator_id, hint=f"{hint}indicators: {', '.join(cards)}")
    return render_card(cards[indicator_id])


def write_docs(db_path: Path | None = None, target: Path | None = None) -> Path:
    """Write docs/indicators.md from the catalogs; return its path."""
    target = target or docs_path()
    target.write_text(render_document(load_cards(db_path)), encoding="utf-8")
    return target
