"""An indicator computed one year from its catalog definition and the other year from an alternative (the
report's own total where its parts are not all stated) is not a year-on-year change. Trial 25 onboarded
通州区's reconsideration reports (blind11 2023, blind9 2024): 2023's correction rate was 撤销48 + 确认违法150 +
责令履职10 = 208 of 977 concluded (21.29%), 2024's the report's 直接纠错161 of 1550 (10.39%); the page read
-10.90个百分点 as a change, though 2023 states 直接纠错236 (24.2%) too, and on that count the fall is 13.8.
Since qa33 parts that fall short of the total the report states (no 变更 listed) give way to it, so 通州区's two years
are one composition (test_share_inputs.py); two compositions remain where a report lists every part (变更 too)."""

from __future__ import annotations

from pathlib import Path

from onboarded_page import add_page, build

from indicators.publish import summary
from indicators.read import analysis

PAGES = {
    "110112-2023": ("通州区2023年行政复议工作情况\n区政府审结的复议案件977件，决定撤销48件，确认违法150件，责令履职10件，"
                    "变更2件，直接纠错236件。\n",
                    "reconsideration_concluded,2023,977,件,,区政府审结的复议案件977件,\n"
                    "reconsideration_revoked,2023,48,件,,决定撤销48件,\n"
                    "reconsideration_confirmed_illegal,2023,150,件,,确认违法150件,\n"
                    "reconsideration_ordered_to_perform,2023,10,件,,责令履职10件,\n"
                    "reconsideration_changed,2023,2,件,,变更2件,\n"
                    "reconsideration_corrected,2023,236,件,,直接纠错236件,\n"),
    "110112-2024": ("通州区2024年行政复议工作情况\n已审结1550件，其中直接纠错161件。\n",
                    "reconsideration_concluded,2024,1550,件,,已审结1550件,\n"
                    "reconsideration_corrected,2024,161,件,,其中直接纠错161件,\n"),
}


def _built(project: Path, tmp_path: Path, pages: dict[str, tuple[str, str]]) -> Path:
    db = tmp_path / "db.duckdb"
    for n, (report_id, (page, rows)) in enumerate(pages.items()):
        folder = tmp_path / f"page{n}"
        folder.mkdir()
        add_page(project, folder, page, report_id, "北京市通州区人民政府")
        assert build(project, report_id, rows, db).exit_code == 0
    return db


def test_rates_of_different_compositions_are_listed_as_not_comparable(project: Path, tmp_path: Path) -> None:
    db = _built(project, tmp_path, PAGES)
    changes = analysis.year_on_year("110112", 2023, 2024, db)
    (rate,) = changes[changes["measure_id"] == "reconsideration_correction_rate"].itertuples()
    assert not rate.comparable
    assert rate.not_comparable_reason == "口径不同 different variant：目录口径 / 分子取纠错的行政复议案件"
    lines = summary.change_sentences(changes, 2023, 2024)
    assert ("行政复议纠错率：2023年与2024年的数字不可比（口径不同 different variant：目录口径 / 分子取纠错的行政复议案件），"
            "不作比较。") in lines
    assert not any(line.startswith("行政复议纠错率：2023年21.49%") for line in lines), lines


def test_rates_of_one_composition_are_still_a_change(project: Path, tmp_path: Path) -> None:
    pages = {**PAGES, "110112-2023": (PAGES["110112-2023"][0], PAGES["110112-2023"][1].split("reconsideration_revoked")[0]
                                      + "reconsideration_corrected,2023,236,件,,直接纠错236件,\n")}
    db = _built(project, tmp_path, pages)
    changes = analysis.year_on_year("110112", 2023, 2024, db)
    (rate,) = changes[changes["measure_id"] == "reconsideration_correction_rate"].itertuples()
    assert rate.comparable and rate.not_comparable_reason is None
    assert round(rate.change, 2) == round(100 * 161 / 1550 - 100 * 236 / 977, 2)


def test_the_indicator_changes_view_keeps_no_change_between_compositions(project: Path, tmp_path: Path) -> None:
    from indicators.read.db import query_frame

    db = _built(project, tmp_path, PAGES)
    rows = query_frame("select * from indicator_changes where indicator_id = 'reconsideration_correction_rate'", {},
                       db_path=db)
    (rate,) = rows.itertuples()
    assert (rate.base_period, rate.period) == (2023, 2024) and not rate.comparable
    assert rate.not_comparable_reason.startswith("口径不同 different variant")
    assert rate.change is None or rate.change != rate.change  # no difference of 10.39% and 21.49%
    assert rate.direction is None


def test_the_indicator_changes_view_keeps_no_change_from_a_bound(project: Path, tmp_path: Path) -> None:
    from indicators.read.db import query_frame

    pages = {"110112-2023": (PAGES["110112-2023"][0], PAGES["110112-2023"][1].split("reconsideration_revoked")[0]
                             + "reconsideration_corrected,2023,236,件,,直接纠错236件,\n"),
             "110112-2024": ("通州区2024年行政复议工作情况\n已审结1500余件，其中直接纠错161件。\n",
                             "reconsideration_concluded,2024,1500,件,lower_bound,已审结1500余件,\n"
                             "reconsideration_corrected,2024,161,件,,其中直接纠错161件,\n")}
    db = _built(project, tmp_path, pages)
    rows = query_frame("select * from indicator_changes where indicator_id = 'reconsideration_correction_rate'", {},
                       db_path=db)
    (rate,) = rows.itertuples()
    assert not rate.comparable and rate.not_comparable_reason.startswith("由约数或上下限算得")
    assert rate.direction is None
