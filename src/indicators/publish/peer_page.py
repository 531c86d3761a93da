"""What the peer page says of whom it compares: the peers named (`jurisdictions`), the focus's region (its
province or prefecture, `peers_within`), or every loaded jurisdiction of its level; and why it does not rank
(too few peers, or a report covering part of its year, which is never ranked among whole years). The focus's name
and level are read once a page (`compared`), for both sentences.

An analyst in a provincial bureau compares a county with the province's counties, a national evaluator with
every county loaded: the page says in one sentence which it is, so a rank is never read against the wrong set.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from IPython.display import HTML

from indicators.publish import page
from indicators.read.db import read_only
from indicators.read.sql import sql_text

LEVEL_ZH = {"province": "省级", "prefecture": "地级", "county": "县级"}
LEVEL_EN = {"province": "provincial", "prefecture": "prefecture-level", "county": "county-level"}


def peers_of(focus: str, year: int, chosen: Sequence[str] = (), within: str = "",
             db_path: Path | None = None) -> tuple[list[str], str]:
    """The codes to compare (empty: every loaded jurisdiction of the focus's level) and the region's name
    ("" unless `within` chose the peers). Codes named in `chosen` win over a region."""
    if chosen or not within:
        return [str(code) for code in chosen], ""
    with read_only(db_path) as con:
        rows = con.execute(sql_text("lookup/peer_region.sql"),
                           {"focus": str(focus), "year": int(year), "within": within}).fetchall()
    return [str(code) for code, _ in rows], (str(rows[0][1]) if rows else "")


@dataclass(frozen=True)
class Compared:
    """Whom the page compares, in words: the focus's name and the phrase naming its peers (所选辖区,
    广东省2017年已载入的县级辖区), read once for the scope line above the tables and the note under the standing."""

    jurisdiction: str
    year: int
    name: str
    among_zh: str
    among_en: str
    chosen: int  # how many jurisdictions were named, the focus included (0: none named)


def compared(jurisdiction: str, year: int, chosen: Sequence[str] = (), region: str = "",
             db_path: Path | None = None) -> Compared:
    """The focus's name and level from the database, once a page, put in words with its peers."""
    with read_only(db_path) as con:
        row = con.execute(sql_text("lookup/jurisdiction_level.sql"), [str(jurisdiction)]).fetchone()
    name, level = (row[0], row[1]) if row else (jurisdiction, "")
    count = len({*map(str, chosen), str(jurisdiction)}) if chosen else 0
    if chosen and not region:
        return Compared(str(jurisdiction), int(year), name, "所选辖区", "the chosen jurisdictions", count)
    of = f" of {region}" if region else ""
    return Compared(str(jurisdiction), int(year), name, f"{region}{year}年已载入的{LEVEL_ZH.get(level, level)}辖区",
                    f"every {LEVEL_EN.get(level, level)} jurisdiction{of} loaded for {year}", count)


def scope_line(peers: Compared) -> HTML:
    """One sentence naming the peers, above every table of the page."""
    counted = ((f"（{peers.chosen}个，含本辖区）", f" ({peers.chosen}, this one included)") if peers.chosen
               else ("", ""))
    return page.say(f"比较范围：{peers.among_zh}{counted[0]}（peers: {peers.among_en}{counted[1]}）。")


def note(standing: pd.DataFrame, peers: Compared) -> HTML | None:
    """Say when there is no peer, or too few to rank, and which values cover part of a year and go unranked;
    nothing when ranks exist among whole years."""
    lines = [line.data for line in (_few(standing, peers), *_part_year(standing)) if line is not None]
    return HTML("".join(lines)) if lines else None


def _part_year(standing: pd.DataFrame) -> list[HTML]:
    """A half-year's or a quarter's values beside whole years' (peer_ranked ranks neither against the other)."""
    lines = []
    part = standing["part_of_year"].dropna() if "part_of_year" in standing else pd.Series(dtype=str)
    if len(part):
        lines.append(page.say(f"本报告只涵盖{part.iloc[0]}：其数值只列出，不与全年报告排名，也不计入排名所需的可比辖区"
                              f"（the report covers {part.iloc[0]} only: its values are shown, never ranked among "
                              "whole-year reports）。"))
    others = int(standing["part_year_peers"].max()) if len(standing) and "part_year_peers" in standing else 0
    if others:
        lines.append(page.say(f"比较范围中有{others}个辖区的报告只涵盖一年中的一部分：其数值标明期间，不参与排名"
                              f"（{others} peer report(s) cover part of the year: shown with their period, not ranked）。"))
    other = int(standing["other_level_peers"].max()) if len(standing) and "other_level_peers" in standing else 0
    if other:
        lines.append(page.say(f"所选辖区中有{other}个与本辖区不同级：其数值标明级别，不参与排名，也不计入分布和中位数"
                              f"（{other} chosen jurisdiction(s) of another level: shown with their level, never ranked）。"))
    scoped = int(standing["other_scope_peers"].max()) if len(standing) and "other_scope_peers" in standing else 0
    if scoped:  # peer_ranked's other_scope: 朝阳区 2024's 使用区级统建系统事项全程网办率 beside districts' whole rates
        lines.append(page.say(f"比较范围中有{scoped}个辖区只写出部分范围的数值（如某类事项的比例）：其数值标明范围，不参与排名，"
                              f"也不计入分布和中位数（{scoped} peer(s) state a rate of a part only: shown with that part, "
                              "never ranked）。"))
    return lines


def _few(standing: pd.DataFrame, peers: Compared) -> HTML | None:
    """Say when there is no peer, or too few to rank; nothing when ranks exist."""
    most = int(standing["peers"].max()) if len(standing) else 0
    # the peers a rank is among (exact, whole-year, same level, the whole jurisdiction's): three values with a bound among
    # them are no three comparable peers, and the page said nothing under 不足三个可比辖区，不排名 (qa51)
    ranked = int(standing["exact_peers"].max()) if len(standing) and "exact_peers" in standing else most
    if ranked >= 3:
        return None
    name, jurisdiction, year, among = peers.name, peers.jurisdiction, peers.year, peers.among_zh + "中"
    if standing.empty or standing["value_text"].isna().all():  # the focus has no value: "only it has one" is false
        others = "" if standing.empty else f"{among}其他辖区的数值列于下表（values of the peers below）"
        return page.say(f"{name}（{jurisdiction}）{year}年没有指标值，无从比较（no indicator value to compare）"
                        + (f"；{others}" if others else "") + "。")
    if most <= 1 and standing["value_text"].isna().any():
        # the peers' values are of indicators the focus does not report: qa39's 银州区 2022 (网上申办率 100%) read
        # 只有银州区有数值 above a table listing 东丽区 ≥ 92% and 镇宁布依族苗族自治县 100% of two other rates
        return page.say(f"没有可比的同级辖区，无从排名（no peer to rank against）：{among}没有其他辖区有{name}（{jurisdiction}）"
                        "所报指标的数值，其他辖区的其他指标数值列于下表（no peer has a value of an indicator this one "
                        "reports; the peers' values of other indicators are listed below）。")
    if most <= 1:
        return page.say(f"没有可比的同级辖区，无从排名（no peer to rank against）：{among}只有{name}（{jurisdiction}）有数值。")
    exact = (f"，其中可比的（确切、全年、同级、全辖区的数值）最多{ranked}个（{ranked} comparable）" if ranked < most else "")
    return page.say(f"不足三个可比辖区（fewer than three comparable jurisdictions）：{among}最多{most}个有数值{exact}，"
                    "只并列数值，不排名。")
