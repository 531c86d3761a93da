"""`indicators add-report` refuses what the build would refuse, before data/raw is touched, and writes its two files
all or none. Probed with a neighbour county's page (高要区 2018, safety36): an empty or blank file, a BOM alone, a PNG,
UTF-16 and /dev/null were added (exit 0) and the build then refused them; /dev/zero never ended; --year 18, -2018 or
2999 wrote 441204-18.txt; a full disk left 200 of the text's 397 bytes under its final name, a review folder that could
not be written left the text and meta.yml without candidates, and add-report, run again, said the text was there."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from digests import sha256
from error_lines import english

from indicators.cli import cli

PAGE = ("高要区人民政府关于2018年度法治政府建设情况的报告\n"
        "2018年，区政府收到行政复议申请120件，受理98件，审结行政复议案件90件。\n"
        "全区行政诉讼案件45件，败诉3件。全年清理规范性文件37件，废止5件。\n")


def raw_files(project: Path) -> dict[str, str]:
    """Every file under data/raw (hidden ones too) with its digest."""
    raw = project / "data" / "raw"
    return {str(p.relative_to(raw)): sha256(p) for p in sorted(raw.rglob("*")) if p.is_file()}


def add(project: Path, source: Path | str, year: str = "2018", *extra: str):
    return CliRunner().invoke(cli, ["add-report", str(source), "--jurisdiction", "441204", "--year", year, *extra],
                              env={"INDICATORS_ROOT": str(project)})


def assert_refused(result, code: str, project: Path, before: dict[str, str]) -> str:
    assert result.exit_code == 1, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and english(lines[0]).startswith("Error: ") and lines[0].endswith(f"[{code}]"), result.stderr
    assert "Traceback" not in result.output
    assert raw_files(project) == before
    assert not (project / "data" / "processed" / "review" / "441204-2018-candidates.csv").exists()
    return lines[0]


SOURCES = {
    "empty": (b"", "empty-text"),
    "blank-lines": ("\n \r\n\t\u3000\n".encode(), "empty-text"),
    "bom-alone": (b"\xef\xbb\xbf", "empty-text"),
    "png": (b"\x89PNG\r\n\x1a\n" + bytes(64), "binary-text"),
    "text-then-nul": (PAGE.encode() + b"\x00\x00", "binary-text"),
    "utf-16-with-bom": (PAGE.encode("utf-16"), "undecodable-text"),
    "utf-16le-without-bom": (PAGE.encode("utf-16-le"), "binary-text"),
}


@pytest.mark.parametrize("name", SOURCES)
def test_a_text_the_build_would_refuse_is_refused_before_data_raw_is_touched(name, project, tmp_path):
    content, code = SOURCES[name]
    source = tmp_path / "page.txt"
    source.write_bytes(content)
    line = assert_refused(add(project, source), code, project, raw_files(project))
    assert str(source) in line


@pytest.mark.parametrize(("source", "code"), [("/dev/null", "not-a-file"), ("/dev/zero", "not-a-file"),
                                              ("folder", "not-a-file"), ("missing.txt", "missing-file")])
def test_a_device_a_folder_or_a_missing_file_is_one_error_line(source, code, project, tmp_path):
    """/dev/zero was read until memory ran out; a folder or a missing path was click's four-line usage error."""
    (tmp_path / "folder").mkdir()
    path = source if source.startswith("/") else tmp_path / source
    assert_refused(add(project, path), code, project, raw_files(project))


@pytest.mark.parametrize("year", ["18", "0", "-2018", "1800", "2999", "99999"])
def test_a_year_no_report_can_be_about_is_refused(year, project, tmp_path):
    source = tmp_path / "page.txt"
    source.write_text(PAGE, encoding="utf-8")
    before = raw_files(project)
    result = add(project, source, year)
    assert result.exit_code == 1, result.output
    why = "after this year, which a report cannot be about yet" if int(year) > 2000 else "before 2000"
    assert english(result.stderr) == (f'Error: field year: "{year}" is {why} (--year is the year the report is about) '
                             "[year-out-of-range]\n")
    assert raw_files(project) == before


FULL_DISK = """
import resource, signal, sys
from indicators.cli import cli
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit then fails with EFBIG, as on a full disk
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[1]), int(sys.argv[1])))
cli(sys.argv[2:])
"""


@pytest.mark.parametrize("limit", [200, 500])
def test_a_full_disk_leaves_no_part_of_the_text_in_data_raw(limit, project, tmp_path):
    """200 bytes: the text is cut; 500: the text fits and its meta.yml is cut."""
    source = tmp_path / "page.txt"
    source.write_text(PAGE * 2, encoding="utf-8")
    before = raw_files(project)
    result = subprocess.run([sys.executable, "-c", FULL_DISK, str(limit), "add-report", str(source), "--jurisdiction",
                             "441204", "--year", "2018"], capture_output=True, text=True, timeout=300,
                            env={**os.environ, "INDICATORS_ROOT": str(project)})
    assert result.returncode == 1, result.stderr
    assert result.stderr.splitlines()[-1].endswith("[disk-full]"), result.stderr
    assert raw_files(project) == before
    again = add(project, source)  # with room again, the report is added: nothing says it is there already
    assert again.exit_code == 0, again.output


def test_a_review_folder_that_cannot_be_written_leaves_data_raw_as_it_was(project, tmp_path, monkeypatch):
    """The tests run as root, for whom chmod makes nothing read-only: the OS's refusal is simulated where the
    candidates are first written."""
    import tempfile

    real = tempfile.mkstemp

    def read_only_review(*args, **kwargs):
        if Path(kwargs["dir"]).name == "review":
            raise PermissionError(13, "Permission denied", str(kwargs["dir"]))
        return real(*args, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", read_only_review)
    source = tmp_path / "page.txt"
    source.write_text(PAGE, encoding="utf-8")
    assert_refused(add(project, source), "permission-denied", project, raw_files(project))


def test_an_interrupt_between_the_text_and_its_metadata_leaves_neither(project, tmp_path, monkeypatch):
    """Ctrl-C (or SIGTERM, which add-report turns into the same unwinding) once the text has its name."""
    real = os.link
    linked: list[str] = []

    def interrupted(source, target, *args, **kwargs):
        if linked:
            raise KeyboardInterrupt
        linked.append(str(target))
        return real(source, target, *args, **kwargs)

    monkeypatch.setattr(os, "link", interrupted)
    source = tmp_path / "page.txt"
    source.write_text(PAGE, encoding="utf-8")
    before = raw_files(project)
    result = add(project, source)
    assert result.exit_code == 1 and "Aborted!" in result.output  # click's answer to Ctrl-C
    assert linked == [str(project / "data" / "raw" / "reports" / "441204-2018.txt")]
    assert raw_files(project) == before
    assert not (project / "data" / "processed" / "review" / "441204-2018-candidates.csv").exists()


def test_a_killed_add_reports_temporary_file_is_removed_by_the_next(project, tmp_path):
    reports = project / "data" / "raw" / "reports"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    leftover = reports / f".441204-2018.txt.add-{dead.stdout.strip()}-abc123.tmp"
    leftover.write_text(PAGE[:20], encoding="utf-8")
    source = tmp_path / "page.txt"
    source.write_text(PAGE, encoding="utf-8")
    assert add(project, source).exit_code == 0
    assert not leftover.exists()
    assert sorted(p.name for p in reports.iterdir()) == ["441204-2018.meta.yml", "441204-2018.txt",
                                                          "441284-2017.meta.yml", "441284-2017.txt"]
    assert oct((reports / "441204-2018.txt").stat().st_mode & 0o777) == oct(0o666 & ~_umask())


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


SIGTERM_BETWEEN = """
import os, sys, time
from pathlib import Path
real = os.link
def slow_second(source, target, *args, **kwargs):
    if str(target).endswith(".meta.yml"):
        Path(sys.argv[1]).write_text("linked", encoding="utf-8")  # the text has its name: kill now
        time.sleep(60)
    return real(source, target, *args, **kwargs)
os.link = slow_second
from indicators.cli import cli
cli(sys.argv[2:])
"""


def test_sigterm_between_the_text_and_its_metadata_leaves_neither(project, tmp_path):
    """A real SIGTERM (a scheduler's time-out, `kill`) once the text has its name: without the handler Python ended
    at once and the text stayed in data/raw without its meta.yml."""
    import signal
    import time

    source, ready = tmp_path / "page.txt", tmp_path / "ready"
    source.write_text(PAGE, encoding="utf-8")
    before = raw_files(project)
    process = subprocess.Popen([sys.executable, "-c", SIGTERM_BETWEEN, str(ready), "add-report", str(source),
                                "--jurisdiction", "441204", "--year", "2018"], env={**os.environ,
                               "INDICATORS_ROOT": str(project)}, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while not ready.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert ready.exists(), process.communicate()
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 128 + signal.SIGTERM, stderr
    assert b"Traceback" not in stderr
    assert raw_files(project) == before


def test_a_source_whose_name_is_not_utf8_is_refused_before_data_raw_is_touched(project, tmp_path):
    """Its name goes into meta.yml's source: the meta.yml could not be encoded, a traceback, and the text was left in
    data/raw with a meta.yml cut where the name began."""
    source = os.path.join(os.fsencode(tmp_path), b"\xff\xfe.txt")
    with open(source, "wb") as handle:
        handle.write(PAGE.encode("utf-8"))
    line = assert_refused(add(project, os.fsdecode(source)), "bad-file-name", project, raw_files(project))
    assert "\\udcff\\udcfe.txt" in line
