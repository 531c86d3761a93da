"""The raw folder a build read, named in its problems as the analyst can open it.

The readers word every file as `data/raw/...` (the default folder, and the golden error lines). A build of
another folder (`indicators build --raw /tmp/work/raw`) names that folder instead: an analyst told
`data/raw/figures/410100-2024.csv row 2` looked in the project's data/raw, which has no such file."""

from __future__ import annotations

import dataclasses
import os
import re
from pathlib import Path

from indicators import paths
from indicators.errors import IndicatorsError, Problem

DEFAULT = "data/raw/"
WORDED = re.compile(r"(?<![\w./-])data/raw/")  # as the readers word it, not inside a path already named in full


def raw_shown(raw_dir: Path) -> str:
    """`raw_dir` as a reader opens it: relative to the project inside it (data/raw/ for its own), else as given."""
    root = paths.find_project_root()
    folder = Path(raw_dir).resolve()
    if root is not None and folder.is_relative_to(root):
        return f"{folder.relative_to(root).as_posix()}/"
    return f"{Path(raw_dir)}{os.sep}"


def _renamed(text: str | None, shown: str) -> str | None:
    return WORDED.sub(lambda _: shown, text) if text else text


def named_in(error: IndicatorsError, raw_dir: Path) -> IndicatorsError:
    """`error` with data/raw/ worded as `raw_dir`, unchanged where that is data/raw/ itself."""
    shown = raw_shown(raw_dir)
    if shown == DEFAULT:
        return error
    problems: list[Problem] = [
        dataclasses.replace(p, file=_renamed(p.file, shown), message=_renamed(p.message, shown) or p.message,
                            hint=_renamed(p.hint, shown))
        for p in error.problems
    ]
    return IndicatorsError(problems)
