"""Where commands may write: never inside a `data/raw` folder, never over one of their own inputs.

Every output (`build --db`, `export --out`, `run --out`, `extract --out`) is resolved first (relative,
with `..`, through symlinks), and refused when the real path lies in any folder `data/raw`, not only
in the one found from the working directory: a command run from another folder with a path into a
checkout's raw data would otherwise write there. A file output is written to a temporary file beside
it and renamed into place, so a failure (full disk, kill) leaves the earlier file as it was.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from indicators import paths
from indicators.errors import IndicatorsError


def raw_folder_of(path: Path, extra_raw: Iterable[Path] = ()) -> Path | None:
    """The raw folder holding `path` (its real location), or None."""
    real = Path(path).expanduser().resolve()
    for folder in (real, *real.parents):
        if folder.name == "raw" and folder.parent.name == "data":
            return folder
    root = paths.find_project_root()  # the checkout of the working directory, whatever its folder names
    for raw in ([root / "data" / "raw"] if root else []) + list(extra_raw):
        raw = Path(raw).resolve()
        if real == raw or raw in real.parents:
            return raw
    return None


def refuse_raw(target: Path, field: str, extra_raw: Iterable[Path] = ()) -> Path:
    """`target` resolved; refused when it, or the folder it would be created in, is inside a raw folder."""
    target = Path(target).expanduser()
    for candidate in (target, target.parent):  # `target` may be a symlink out of a raw folder: both count
        raw = raw_folder_of(candidate, extra_raw)
        if raw is not None:
            raise IndicatorsError.single("output-in-raw", f"{target.resolve()} is inside {raw}, which is never written",
                                         field=field, value=str(target))
    return target.resolve()


def output_folder(out: Path) -> Path:
    """`out` resolved and created; refused when it is inside data/raw or is a file."""
    out = refuse_raw(out, "out")
    if out.exists() and not out.is_dir():
        raise IndicatorsError.single("output-not-a-folder", f"{out} exists and is not a folder", field="out", value=str(out))
    out.mkdir(parents=True, exist_ok=True)
    return out


def output_file(out: Path, inputs: Iterable[Path | None], extra_raw: Iterable[Path] = ()) -> Path:
    """`out` resolved; refused in a raw folder, as a folder, or when it is one of the command's `inputs`."""
    real = refuse_raw(out, "out", extra_raw)
    if real.is_dir():
        raise IndicatorsError.single("output-is-a-folder", f"{real} is a folder; name a file", field="out", value=str(out))
    for given in inputs:
        if given is not None and Path(given).resolve() == real:
            raise IndicatorsError.single("output-is-input", f"{real} is also an input of this command and would be "
                                         "overwritten before it is read", field="out", value=str(out),
                                         hint="write the output to another file")
    return real


def write_file_atomically(target: Path, text: str) -> None:
    """`target` holds `text` in full or keeps what it held: write a temporary file beside it, fsync, rename.

    A failure names `target`, the file the analyst asked for, never the hidden temporary file beside it
    (`.c.csv.ec_hr2bg.tmp: Not a directory` sent them looking for a file they never named)."""
    try:
        _write_beside(target, text)
    except OSError as exc:
        if exc.filename is not None and Path(exc.filename).name.startswith(f".{target.name}."):
            raise OSError(exc.errno, exc.strerror, str(target)) from exc
        raise


def _write_beside(target: Path, text: str) -> None:
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    finally:
        Path(temporary).unlink(missing_ok=True)
