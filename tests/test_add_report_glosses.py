"""add-report names the pinyin glosses a mirror injects after characters (確認(rèn), 發(fā)布). The text is copied byte for
byte, so the quotes of its figures carry the glosses: a reviewer met them first in a quote the build then looked for
verbatim. One step of the review list now says on which lines they are, with an example, Chinese first (qa51)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from indicators.cli import cli
from indicators.glosses import pinyin_glosses

GLOSSED = ("某县2023年法治政府建设情况报告\n"
           "全年共受理行政复议案件120件。\n"
           "经審查確認(rèn)違法的行政行為3件。\n"
           "新增備案規范性文件30件，并及時發(fā)布(bù)。\n")


def _added(project: Path, tmp_path: Path, text: str) -> tuple[str, bytes, bytes]:
    source = tmp_path / "page.txt"
    source.write_bytes(text.encode("utf-8"))
    result = CliRunner().invoke(cli, ["add-report", str(source), "--jurisdiction", "441284", "--year", "2023"],
                                env={"INDICATORS_ROOT": str(project)})
    assert result.exit_code == 0, result.output
    return result.output, source.read_bytes(), (project / "data/raw/reports/441284-2023.txt").read_bytes()


def test_the_review_list_names_the_glossed_lines_and_keeps_the_text(project: Path, tmp_path: Path) -> None:
    output, given, kept = _added(project, tmp_path, GLOSSED)
    lines = [line for line in output.splitlines() if "拼音注音" in line]
    assert len(lines) == 1, output
    assert lines[0].split(". ", 1)[1].startswith("文本夹有拼音注音：data/raw/reports/441284-2023.txt 第3、4行（如 確認(rèn)違）")
    assert "引文会带着注音" in lines[0] and "lines 3, 4 (e.g. 確認(rèn)違)" in lines[0]
    assert "quotes will carry the glosses" in lines[0]
    assert hashlib.sha256(kept).digest() == hashlib.sha256(given).digest()  # byte for byte, glosses and all


def test_a_text_without_glosses_gets_no_such_step(project: Path, tmp_path: Path) -> None:
    output, _, _ = _added(project, tmp_path, GLOSSED.replace("(rèn)", "").replace("(fā)", "").replace("(bù)", ""))
    assert "拼音注音" not in output and "pinyin" not in output


@pytest.mark.parametrize("text", ["（一）加强(a)法治", "依法（试行）办理", "见附件(sic)。", "共(12)件"])
def test_brackets_that_are_no_glosses(text: str) -> None:
    assert pinyin_glosses(text) is None


def test_many_glossed_lines_are_named_by_the_first_three() -> None:
    glosses = pinyin_glosses("".join(f"第{n}行確認(rèn)\n" for n in range(1, 7)))
    assert glosses is not None and glosses.lines == [1, 2, 3, 4, 5, 6] and glosses.example == "確認(rèn)"
    from indicators.review_steps import glossed_step
    step = glossed_step("r.txt", glosses)[0]
    assert "第1、2、3行等 6 行" in step and "lines 1, 2, 3 and 3 more" in step


def test_a_real_mirrors_glosses_are_found_where_it_put_them() -> None:
    """A real page from such a mirror (round2's 广东省 online hall, 2015): its first glossed lines and first gloss."""
    text = (Path(__file__).resolve().parent / "extract" / "real" / "round2" / "guangdong_online_hall_2015.txt"
            ).read_text(encoding="utf-8-sig")
    glosses = pinyin_glosses(text)
    assert glosses is not None and glosses.lines[:3] == [1, 2, 4] and glosses.example == "廳關(guān)于"
