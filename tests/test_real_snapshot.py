"""tests/extract/real/snapshot.py is how a round shows that it changed only what it meant to: its `diff` must see a
changed row even where the scores stay equal, and must pass two saves of the same code."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

REAL = Path(__file__).resolve().parent / "extract" / "real"
spec = importlib.util.spec_from_file_location("snapshot", REAL / "snapshot.py")
snapshot = importlib.util.module_from_spec(spec)
spec.loader.exec_module(snapshot)

SCORE = {"found": 2, "named": 1, "named_right": 1}
ROW = ["2020", "100", "%", "online_availability_rate_stated", "服务事项100%网上可办"]


def test_a_metric_moved_between_excerpts_shows_though_the_counts_do_not():
    before = {"a/x": {"rows": [ROW], "score": SCORE}, "a/y": {"rows": [ROW[:3] + [""] + ROW[4:]], "score": SCORE}}
    after = {"a/x": {"rows": [ROW[:3] + [""] + ROW[4:]], "score": SCORE}, "a/y": {"rows": [ROW], "score": SCORE}}
    lines = snapshot.differences(before, after)
    assert lines[0] == "a/x: same counts"
    assert lines[1] == "   - 2020 | 100 | % | online_availability_rate_stated | 服务事项100%网上可办"
    assert lines[2] == "   + 2020 | 100 | % |  | 服务事项100%网上可办"
    assert lines[3] == "a/y: same counts"


def test_counts_that_changed_are_named_with_their_sign():
    after = {"a/x": {"rows": [], "score": {**SCORE, "found": 1, "named": 0}}}
    assert snapshot.differences({"a/x": {"rows": [ROW], "score": SCORE}}, after)[0] == "a/x: found -1, named -1"


def test_an_excerpt_in_one_save_only_is_named():
    assert snapshot.differences({}, {"b/z": {"rows": [], "score": SCORE}}) == ["b/z: only in the second save"]


def test_two_saves_of_the_same_code_are_equal(tmp_path, capsys):
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    assert snapshot.main(["save", str(first), "round1"]) == 0
    assert snapshot.main(["save", str(second), "round1"]) == 0
    saved = json.loads(first.read_text(encoding="utf-8"))
    assert saved and all(report.startswith("round1/") and entry["rows"] for report, entry in saved.items())
    assert snapshot.main(["diff", str(first), str(second)]) == 0
    assert capsys.readouterr().out.endswith(f"every row of {len(saved)} excerpts unchanged\n")


def test_a_command_it_does_not_know_is_refused_with_its_usage(capsys):
    assert snapshot.main(["show"]) == 2
    assert "snapshot.py diff" in capsys.readouterr().err
