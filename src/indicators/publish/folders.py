"""Where commands may write: a folder the user names with --out, never inside data/raw, and the
dated run folders inside it.

`indicators run` and `indicators export` both resolve --out here first, so an odd value
(relative, with `..`, a symlink) ends up as one real directory and nothing is written elsewhere.
Each run writes into a new dated folder, never over an earlier run.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from indicators import paths
from indicators.errors import IndicatorsError


def output_folder(out: Path) -> Path:
    """`out` resolved and created; refused when it is inside data/raw or is a file."""
    out = Path(out).expanduser().resolve()
    root = paths.find_project_root()
    raw = (root / "data" / "raw").resolve() if root else None
    if raw is not None and (out == raw or raw in out.parents):
        raise IndicatorsError.single("output-in-raw", f"{out} is inside {raw}, which is never written", field="out")
    if out.exists() and not out.is_dir():
        raise IndicatorsError.single("output-not-a-folder", f"{out} exists and is not a folder", field="out", value=str(out))
    out.mkdir(parents=True, exist_ok=True)
    return out


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
        return folder
    raise IndicatorsError.single("output-exhausted", f"no free run folder name under {out}", field="out")
