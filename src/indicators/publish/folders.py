"""The dated run folders inside --out (resolved and guarded by `indicators.outputs`): each run writes
into a new folder, never over an earlier run.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from indicators.errors import IndicatorsError
from indicators.outputs import output_folder, write_file_atomically


def new_run_folder(out: Path, label: str, now: datetime | None = None) -> Path:
    """A new folder `<out>/<date>_<time>_<label>` that did not exist before; never reuses one.

    `out` is resolved first and the folder is created directly inside it, so an odd `--out`
    (relative, with `..`, a symlink) ends up as one real directory and nothing is written elsewhere.
    """
    out = output_folder(out)
    safe_label = re.sub(r"[^0-9A-Za-z_-]+", "_", label)[:60]
    stamp = (now or datetime.now()).strftime("%Y-%m-%d_%H%M%S")
    for attempt in range(1, 1000):
        folder = out / (f"{stamp}_{safe_label}" + (f"_{attempt}" if attempt > 1 else ""))
        try:
            folder.mkdir()
        except FileExistsError:
            continue
        write_summary(folder, {"state": "running"})  # stays so if the run is killed: the folder says incomplete
        return folder
    raise IndicatorsError.single("output-exhausted", f"no free run folder name under {out}", field="out")


def write_summary(folder: Path, content: Mapping[str, object]) -> None:
    """`folder/summary.json`, replaced whole. `state` is "running" from the folder's creation until every
    notebook has run ("complete", failures included): a run killed mid-way leaves "running".

    Every path inside `folder` is written relative to it, so that the folder still describes itself when
    it is copied to a shared drive, zipped for a colleague or gathered from a cluster worker."""
    write_file_atomically(folder / "summary.json",
                          json.dumps(relative_within(content, folder.resolve()), ensure_ascii=False, indent=2))


def relative_within(value: object, folder: Path) -> object:
    """`value` with every string that is an absolute path inside `folder` made relative to it (POSIX form)."""
    if isinstance(value, Mapping):
        return {key: relative_within(item, folder) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [relative_within(item, folder) for item in value]
    if isinstance(value, str) and Path(value).is_absolute():
        path = Path(value).resolve()
        if path.is_relative_to(folder):
            return path.relative_to(folder).as_posix()
    return value
