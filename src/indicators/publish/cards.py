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
from indicators.read.db import read_only
from indicators.read.sql import sql_text

DIRECTIONS = {True: "越高越好 higher is better", False: "越低越好 lower is better",
              None: "无评价方向 no preferred direction (descriptive)"}
COMPARATORS = {">=": "≥", "<=": "≤"}
SOURCES = ("indicators", "indicator_terms", "metrics", "dimensions", "units", "targets", "target_sets")


def docs_path() -> Path:
    return paths.project_root() / "docs" / "indicators.md"


def load_cards(db_path: Path | None = None) -> list[dict]:
    """Every indicator's card facts, catalog order (lists of metrics, targets, variants, reports)."""
    with read_only(db_path) as con:
        cursor = con.execute(sql_text("cards/indicator_cards.sql"))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _cell(value: object) -> str:
    """A value inside a Markdown table: pipes escaped, empty shown as —."""
    return "—" if value is None or value == "" else str(value).replace("|", "\\|")


def _number(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _terms(metrics: list[dict]) -> str:
    if not metrics:
        return "— (目录中尚无数据项 no metric in the catalog yet)"
    parts = []
    for m in metrics:
        sign = "+" if m["sign"] > 0 else "−"
        optional = "" if m["required"] else " (如报告有 where stated)"
        parts.append(f"{sign} {m['name_zh']} {m['name_en']} (`{m['metric_id']}`, {m['unit']}){optional}")
    return "; ".join(parts)


def _formula(card: dict) -> str:
    if not card["numerator"]:
        return "Not computed yet: the catalog has no metrics for it."
    scale = "100 × " if card["unit"] == "%" else ""
    return (f"value = {scale}numerator / denominator, each the signed sum of its metrics; for every metric the "
            "report's figure of the report year or, failing that, its latest earlier one. Empty (with a reason) "
            "when a required figure is missing or the denominator is zero.")


def render_card(card: dict) -> str:
    """One card as Markdown: a facts table, definition, computation, targets, variants, reports."""
    unit = card["unit"] + (f" ({card['unit_name_en']})" if card["unit_name_en"] else "")
    stated = f"`{card['stated_metric_id']}`" if card["stated_metric_id"] else None
    lines = [
        f'<a id="{card["indicator_id"]}"></a>',
        "",
        f"## {card['indicator_id']}: {card['name_zh']} {card['name_en']}",
        "",
        "| 项目 field | 内容 content |",
        "|---|---|",
        f"| 指标编号 indicator id | `{card['indicator_id']}` |",
        f"| 中文名称 Chinese name | {_cell(card['name_zh'])} |",
        f"| 英文名称 English name | {_cell(card['name_en'])} |",
        f"| 维度 dimension | {_cell(card['dimension_name_zh'])} {_cell(card['dimension_name_en'])} (`{card['dimension_id']}`) |",
        f"| 单位 unit | {_cell(unit)} |",
        f"| 方向 direction | {DIRECTIONS[card['higher_is_better']]} |",
        f"| 分子 numerator | {_cell(_terms(card['numerator']))} |",
        f"| 分母 denominator | {_cell(_terms(card['denominator']))} |",
        f"| 报告所述值 stated value | {_cell(stated)} |",
        "",
        f"**定义 Definition.** {card['definition']}",
        "",
        f"**计算方法 Computation.** {_formula(card)}",
        "",
        "**适用的官方目标 Official targets.**",
        "",
    ]
    if card["targets"]:
        lines += ["| 目标组 target set | 目标 target | 范围 scope | 期限 deadline | 文件 document | 文号 number "
                  "| 发文机关 issuer | 备注 note |",
                  "|---|---|---|---|---|---|---|---|"]
        for t in card["targets"]:
            target = f"{COMPARATORS.get(t['comparator'], t['comparator'])} {_number(t['target_value'])}{t['unit']}"
            lines.append(
                f"| `{t['target_set']}` {_cell(t['set_name_zh'])} | {target} | {_cell(t['scope_zh'])} | {_cell(t['deadline'])} "
                f"| {_cell(t['document_title'])} | {_cell(t['document_number'])} | {_cell(t['issuer'])} | {_cell(t['note'])} |"
            )
    else:
        lines.append("None in `data/raw/catalog/targets.csv`.")
    lines += ["", "**不可与之比较的指标 Not comparable with.**", ""]
    if card["not_comparable_with"]:
        lines += [f"- {v['name_zh']} {v['name_en']} (`{v['indicator_id']}`): a different measure; never compare "
                  "their values or share a target." for v in card["not_comparable_with"]]
    else:
        lines.append("No known variant in `data/raw/catalog/indicators.csv`.")
    lines += ["", "**数据来源报告 Reports that feed it.**", ""]
    if card["reports"]:
        lines += [f"- {r['jurisdiction_name']} {r['report_year']}: {r['title']} (`{r['report_id']}`): "
                  f"{_number(r['value'])}{card['unit']}" for r in card["reports"]]
    else:
        lines.append("No loaded report gives it a value.")
    return "\n".join(lines) + "\n"


def render_document(cards: list[dict]) -> str:
    """docs/indicators.md: a header saying how it is made, an index, then every card."""
    sources = ", ".join(f"`{name}.csv`" for name in SOURCES)
    head = [
        "# 指标说明 Indicator cards",
        "",
        "<!-- Generated by `indicators describe --write-docs` (or `make docs`); do not edit by hand. -->",
        "",
        f"Generated from `data/raw/catalog/` ({sources}) and the reports loaded in the database. "
        "Percentages are in percent, as reports write them (86.27 means 86.27%). "
        "`indicators describe INDICATOR_ID` prints one card in the terminal.",
        "",
        "| 指标 indicator | 名称 name | 维度 dimension | 单位 unit |",
        "|---|---|---|---|",
    ]
    head += [f"| [`{c['indicator_id']}`](#{c['indicator_id']}) | {c['name_zh']} {c['name_en']} "
             f"| {c['dimension_name_zh']} | {c['unit']} |" for c in cards]
    return "\n".join(head) + "\n\n" + "\n".join(render_card(c) for c in cards)


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
