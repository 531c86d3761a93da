"""Where commands may write: a folder the user names with --out, never inside data/raw.

`indicators run` and `indicators export` both resolve --out here first, so an odd value
(relative, with `..`, a symlink) ends up as one real directory and nothing is written elsewhere.
"""

from __future__ import annotations

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
