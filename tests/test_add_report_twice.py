"""The same report added twice, and a second report of one jurisdiction and year. Trial 23 added 凯里市's
2024 text again as --year 2025 (a typo): add-report and the build took it, and the 2025 report's figures of
2024 became restatements that won over the 2024 report's own. 福州市's justice bureau's 2024 report, beside
the city's, was refused as if it were to replace it ("remove it yourself if it is to be replaced")."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from click.testing import CliRunner
from error_lines import english

from indicators.cli import cli

PAGE = "凯里市2024年法治政府建设情况报告\n2024年，全市开展法律和政策宣讲70场次。\n"
OTHER = "凯里市司法局2024年法治政府建设情况报告\n2024年，司法局开展普法活动12场次。\n"


def add(project: Path, source: Path, year: str):
    return CliRunner().invoke(cli, ["add-report", str(source), "--jurisdiction", "522601", "--year", year],
                              env={"INDICATORS_ROOT": str(project)})


def page(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_same_text_under_another_year_is_refused_naming_the_report(project, tmp_path) -> None:
    source = page(tmp_path, "kaili.txt", PAGE)
    assert add(project, source, "2024").exit_code == 0
    again = add(project, source, "2025")
    assert again.exit_code == 1 and "Traceback" not in again.output
    assert [english(line) for line in again.output.strip().splitlines()] == [
        f"Error: {source}: is the text of report 522601-2024 already (the same sha256): a report is added once "
        "(if the text is 522601-2025's, remove 522601-2024's files yourself first) [already-added]"]
    assert not (project / "data" / "raw" / "reports" / "522601-2025.txt").exists()


def test_the_same_text_added_again_says_it_is_there(project, tmp_path) -> None:
    source = page(tmp_path, "kaili.txt", PAGE)
    assert add(project, source, "2024").exit_code == 0
    again = add(project, source, "2024")
    assert again.exit_code == 1 and "[already-added]" in again.output and "522601-2024 already" in again.output
    assert "remove" not in again.output


def test_a_second_report_of_the_year_is_told_the_database_holds_one(project, tmp_path) -> None:
    assert add(project, page(tmp_path, "kaili.txt", PAGE), "2024").exit_code == 0
    second = add(project, page(tmp_path, "bureau.txt", OTHER), "2024")
    assert second.exit_code == 1 and "[exists]" in second.output
    assert "one report per jurisdiction and year" in second.output


def test_a_second_report_of_the_year_is_told_which_report_is_there(project, tmp_path) -> None:
    """Trial 28 added 海珠区人力资源和社会保障局's 2023 report (blind20) as 海珠区 2023, then the district's own
    (blind18): it was refused as [exists] without saying what is there, so the analyst could not tell a bureau's
    report held the year the government's report was meant for."""
    assert add(project, page(tmp_path, "bureau.txt", OTHER), "2024").exit_code == 0
    second = add(project, page(tmp_path, "kaili.txt", PAGE), "2024")
    assert second.exit_code == 1 and "[exists]" in second.output
    assert "it holds 《凯里市司法局2024年法治政府建设情况报告》" in second.output, second.output


def test_the_same_text_in_other_bytes_is_refused_naming_the_report(project, tmp_path) -> None:
    """Trial 24 added 吐祥镇's 2025 page (blind20) again as GB18030 and again with CRLF line ends, each under
    another year: both passed, since only the bytes' sha256 was compared."""
    assert add(project, page(tmp_path, "kaili.txt", PAGE), "2024").exit_code == 0
    gbk = tmp_path / "kaili_gbk.txt"
    gbk.write_bytes(PAGE.encode("gb18030"))
    crlf = tmp_path / "kaili_crlf.txt"
    crlf.write_bytes(PAGE.replace("\n", "\r\n").replace("，", "，　").encode("utf-8"))
    for copy in (gbk, crlf):
        again = add(project, copy, "2025")
        assert again.exit_code == 1, again.output
        assert [english(line) for line in again.output.strip().splitlines()] == [
            f"Error: {copy}: is the text of report 522601-2024 already (the same words in other bytes: another "
            "encoding, line ends or blanks): a report is added once (if the text is 522601-2025's, remove "
            "522601-2024's files yourself first) [already-added]"]
    assert not (project / "data" / "raw" / "reports" / "522601-2025.txt").exists()
    assert add(project, page(tmp_path, "other.txt", OTHER), "2025").exit_code == 0


DIGEST = hashlib.sha256(PAGE.encode("utf-8")).hexdigest()


@pytest.mark.parametrize("meta", [
    f'report_id: 110101-2020\nsha256: "{DIGEST}"\n',  # quoted
    f"report_id: 110101-2020\nsha256: {DIGEST}  # of the bytes received\n",  # a comment after it
    f"sha256: '{DIGEST}'\nreport_year: 2020\nreport_id: 110101-2020\n",  # first, single-quoted
    f'"sha256": {DIGEST}\nreport_id: 110101-2020\n',  # a quoted key, which a line's pattern missed
    f"{{report_id: 110101-2020, sha256: {DIGEST}}}\n",  # a flow mapping
])
def test_a_sha256_recorded_in_any_yaml_form_is_found(project, tmp_path, meta: str) -> None:
    """add-report read each meta.yml's sha256 with a pattern of its own; it reads it as the build does now."""
    (project / "data" / "raw" / "reports" / "110101-2020.meta.yml").write_text(meta, encoding="utf-8")
    again = add(project, page(tmp_path, "kaili.txt", PAGE), "2024")
    assert again.exit_code == 1 and "is the text of report 110101-2020 already (the same sha256)" in again.output


@pytest.mark.parametrize("meta", [
    f"report_id: 110101-2020\nsha256: {DIGEST}\ntitle: [not closed\n".encode(),  # not YAML
    f"report_id: 110101-2020\nsha256: {DIGEST}\ntitle: \xff\n".encode("latin-1"),  # not UTF-8
])
def test_a_meta_yml_that_cannot_be_read_does_not_stop_add_report(project, tmp_path, meta: bytes) -> None:
    """The build refuses such a file with its own line; it records no report, so the text is not refused."""
    (project / "data" / "raw" / "reports" / "110101-2020.meta.yml").write_bytes(meta)
    assert add(project, page(tmp_path, "kaili.txt", PAGE), "2024").exit_code == 0


@pytest.mark.parametrize("meta", [
    b"report_id: 522601-2023\ntext_file: 522601-2023.txt\ntitle: \xff\n",  # not UTF-8
    b"report_id: 522601-2023\ntext_file: [not closed\n",  # not YAML
])
def test_a_neighbour_meta_yml_that_cannot_be_read_does_not_stop_the_words_check(project, tmp_path,
                                                                                 meta: bytes) -> None:
    """The same-words check read a jurisdiction's meta.yml as UTF-8 with a pattern: a GBK-saved one raised a
    traceback out of add-report. It reads them as the build does now, and skips one the build would refuse."""
    (project / "data" / "raw" / "reports" / "522601-2023.meta.yml").write_bytes(meta)
    added = add(project, page(tmp_path, "kaili.txt", PAGE), "2024")
    assert added.exit_code == 0 and "Traceback" not in added.output, added.output


def test_the_same_words_are_found_under_a_quoted_text_file(project, tmp_path) -> None:
    """text_file and encoding written in any YAML form (quoted key, flow mapping) are read as the build reads them."""
    reports = project / "data" / "raw" / "reports"
    (reports / "522601-2023.txt").write_bytes(PAGE.encode("gb18030"))
    (reports / "522601-2023.meta.yml").write_text(
        '{report_id: 522601-2023, "text_file": 522601-2023.txt, "encoding": gb18030}\n', encoding="utf-8")
    again = add(project, page(tmp_path, "kaili.txt", PAGE), "2024")
    assert again.exit_code == 1 and "the same words in other bytes" in again.output, again.output


HALF = "凯里市2024年上半年法治政府建设工作情况报告\n2024年上半年，全市开展法律和政策宣讲30场次。\n"


def test_a_second_report_of_the_year_is_told_what_each_covers_and_how_long_it_is(project, tmp_path) -> None:
    """qa33 added 通州区's 上半年 report after its 行政复议 release of the same year and could not tell from the
    refusal which to keep: the message says what part of the year each text covers and how long each is."""
    assert add(project, page(tmp_path, "half.txt", HALF), "2024").exit_code == 0
    figures = project / "data" / "raw" / "figures" / "522601-2024.csv"
    figures.write_text("metric_id,period,value,unit,qualifier,quote,note\nlaw_publicity_events,2024,30,场次,,"
                       "开展法律和政策宣讲30场次,\n", encoding="utf-8")
    second = add(project, page(tmp_path, "kaili.txt", PAGE), "2024")
    assert second.exit_code == 1
    text = project / "data" / "raw" / "reports" / "522601-2024.txt"
    assert [english(line) for line in second.output.strip().splitlines()] == [
        f"Error: {text}: is there already (it holds 《凯里市2024年上半年法治政府建设工作情况报告》, covering 上半年, "
        f"{len(HALF) - 2} characters, 1 figure row; this text covers 全年 (the whole year), {len(PAGE) - 2} "
        "characters): add-report never overwrites a file; the database holds one report per jurisdiction and year "
        "(remove it yourself if it is to be replaced) [exists]"]


def test_the_stored_covers_is_what_the_held_report_covers(project, tmp_path) -> None:
    """meta.yml's covers, where the analyst corrected it, not the title, as the build reads it; no figures file yet."""
    assert add(project, page(tmp_path, "kaili.txt", PAGE), "2024").exit_code == 0
    meta = project / "data" / "raw" / "reports" / "522601-2024.meta.yml"
    meta.write_text(meta.read_text(encoding="utf-8") + "covers: 第一季度\n", encoding="utf-8")
    second = add(project, page(tmp_path, "half.txt", HALF), "2024")
    assert "covering 第一季度" in second.output and "no figures file; this text covers 上半年" in second.output


def test_a_second_text_that_cannot_be_decoded_is_refused_for_the_year_all_the_same(project, tmp_path) -> None:
    assert add(project, page(tmp_path, "kaili.txt", PAGE), "2024").exit_code == 0
    broken = tmp_path / "broken.txt"
    broken.write_bytes(OTHER.encode("utf-8")[:-4] + b"\xff\n")  # neither UTF-8 nor GB18030
    second = add(project, broken, "2024")
    assert second.exit_code == 1 and "[exists]" in second.output and "this text" not in second.output
    assert "covering 全年 (the whole year)" in second.output
