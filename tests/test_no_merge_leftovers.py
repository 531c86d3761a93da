"""No file of the project keeps a merge's conflict markers. One did: FLOORS.md carried `<<<<<<< HEAD` …
`>>>>>>> naming35` for a session, with the blind28 and blind29 lines crossed, and no test read it."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MARKER = re.compile(r"^(?:<{7} |>{7} )", re.MULTILINE)


def _tracked_files() -> list[Path]:
    """The files git tracks (a clone's whole project, nothing built or installed)."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    return [ROOT / name for name in listed.decode("utf-8").split("\0") if name]


def test_no_tracked_file_holds_a_conflict_marker() -> None:
    leftovers = []
    for path in _tracked_files():
        if not path.is_file():
            continue
        text = path.read_bytes().decode("utf-8", errors="replace")
        leftovers += [f"{path.relative_to(ROOT)}:{text.count(chr(10), 0, m.start()) + 1}" for m in MARKER.finditer(text)]
    assert not leftovers, leftovers
