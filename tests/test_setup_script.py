"""scripts/setup_system.sh decides the same way every time.

Its font check once piped fc-list into `grep -q` under `set -o pipefail`: grep quits at the first
match, fc-list dies of SIGPIPE and the pipe reports 141, so in 8 of 10 runs the script thought the
font was missing (reinstalling it as root, refusing to run as a normal user). These tests run the
script many times against a stand-in fc-list with a long answer, where that race is certain, and
stand-ins for id and apt-get that record what the script would have done.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "scripts" / "setup_system.sh"


def stand_ins(folder: Path, *, uid: int, fonts: str, chromium: bool = True) -> dict[str, str]:
    """A PATH whose fc-list prints `fonts` 100,000 times, whose id says `uid`, whose apt-get only writes a mark;
    with `chromium` false, the browser the script looks for is missing."""
    folder.mkdir()
    (folder / "fc-list").write_text(f'#!/bin/sh\nyes "{fonts}" | head -n 100000\n')
    (folder / "id").write_text(f"#!/bin/sh\necho {uid}\n")
    (folder / "apt-get").write_text(f'#!/bin/sh\necho "$@" >> "{folder}/apt-get.calls"\n')
    for tool in folder.iterdir():
        tool.chmod(0o755)
    browser = "/usr/bin/chromium" if chromium else str(folder / "no-chromium")
    return {**os.environ, "PATH": f"{folder}:{os.environ['PATH']}", "INDICATORS_CHROMIUM": browser}


BOTH_FONTS = "Noto Sans CJK SC,WenQuanYi Micro Hei"


def run_setup(env: dict[str, str], purpose: str = "run") -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", str(SCRIPT), purpose], env=env, capture_output=True, text=True, timeout=60)


def test_an_installed_font_is_found_every_time_as_root(tmp_path: Path):
    env = stand_ins(tmp_path / "bin", uid=0, fonts="Noto Sans CJK SC,Noto Sans CJK SC Regular,WenQuanYi Micro Hei")
    results = [run_setup(env) for _ in range(20)]
    assert [r.returncode for r in results] == [0] * 20
    assert all(r.stdout == r.stderr == "" for r in results)
    assert not (tmp_path / "bin" / "apt-get.calls").exists(), "the font was reinstalled although it is there"


def test_an_installed_font_is_found_every_time_as_a_normal_user(tmp_path: Path):
    env = stand_ins(tmp_path / "bin", uid=1000, fonts=BOTH_FONTS)
    assert [run_setup(env).returncode for _ in range(20)] == [0] * 20


def test_a_missing_font_is_named_to_a_normal_user(tmp_path: Path):
    env = stand_ins(tmp_path / "bin", uid=1000, fonts="DejaVu Sans")
    result = run_setup(env)
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == ("错误：缺少系统软件包 fonts-noto-cjk。"  # WenQuanYi: a note
                                             "Error: missing system packages: fonts-noto-cjk.")


def test_a_missing_font_is_installed_as_root(tmp_path: Path):
    env = stand_ins(tmp_path / "bin", uid=0, fonts="DejaVu Sans")
    result = run_setup(env)
    assert result.returncode == 0, result.stderr
    calls = (tmp_path / "bin" / "apt-get.calls").read_text().splitlines()
    assert calls[0] == "update -q"
    assert calls[1].split()[-2:] == ["fonts-noto-cjk", "fonts-wqy-microhei"]


def test_a_missing_chromium_is_installed_for_run_as_root(tmp_path: Path):
    env = stand_ins(tmp_path / "bin", uid=0, fonts=BOTH_FONTS, chromium=False)
    result = run_setup(env)
    assert result.returncode == 0, result.stderr
    calls = (tmp_path / "bin" / "apt-get.calls").read_text().splitlines()
    assert calls[1].split()[-1] == "chromium"


def test_a_missing_chromium_does_not_stop_run_for_a_normal_user(tmp_path: Path):
    env = stand_ins(tmp_path / "bin", uid=1000, fonts=BOTH_FONTS, chromium=False)
    result = run_setup(env)
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith("提示：未安装 chromium，indicators run 不生成摘要 PDF")
    assert "Note: chromium is not installed, so indicators run writes no summary PDF" in result.stderr
    assert not (tmp_path / "bin" / "apt-get.calls").exists()


def test_a_missing_wenquanyi_is_a_note_for_run_and_an_error_for_test(tmp_path: Path):
    """Charts draw right in Noto alone, only slower; the stored notebooks' charts were measured in WenQuanYi."""
    env = stand_ins(tmp_path / "bin", uid=1000, fonts="Noto Sans CJK SC")
    run = run_setup(env)
    assert run.returncode == 0, run.stderr
    assert run.stderr.startswith("提示：未安装 fonts-wqy-microhei，图表改用 Noto 测量文字")
    assert "Note: fonts-wqy-microhei is not installed, so charts are measured in Noto" in run.stderr
    test = run_setup(env, "test")
    assert test.returncode == 1
    assert test.stderr.splitlines()[0] == ("错误：缺少系统软件包 fonts-wqy-microhei。"
                                           "Error: missing system packages: fonts-wqy-microhei.")


def test_a_missing_wenquanyi_is_installed_as_root(tmp_path: Path):
    env = stand_ins(tmp_path / "bin", uid=0, fonts="Noto Sans CJK SC")
    result = run_setup(env)
    assert result.returncode == 0, result.stderr
    calls = (tmp_path / "bin" / "apt-get.calls").read_text().splitlines()
    assert calls[1].split()[-1] == "fonts-wqy-microhei"
