"""The font a run's kernels measure chart texts in: the installed WenQuanYi Micro Hei as a small single-face file.

Why: vl-convert 1.9 measures each text of a chart by laying it out with usvg, whose font database opens,
maps, reads and unmaps the font file for every glyph it looks at: about 18,000 cycles a jurisdiction, and
most of a batch's system time. What a cycle costs depends on the file. The installed `wqy-microhei.ttc` is
a collection of two faces (5.2 MB) whose small tables lie far apart: a glyph's cycle faults in pages at
the table directory, `cmap`, `hmtx`, `loca`, `glyf`, `GPOS`, `post` and the vertical metrics. The same
face alone, without what measuring never reads (vertical metrics, hinting programs, glyph names), its
small tables packed at the start, takes 19,000-28,000 page faults a jurisdiction instead of 73,900, and
about half the system time (measured: docs/benchmarks.md, "Speed8").

The glyphs, their advances, the character map and the layout tables are copied unchanged, so every text
measures the same and the SVGs are byte-identical (tests/test_measuring_font.py). vl-convert finds fonts
through fontconfig's configuration when it starts, so the kernels are given a configuration
(`FONTCONFIG_FILE`) that names this file's folder first and then includes the system's: the derived face
comes first among the faces named "WenQuanYi Micro Hei" and is the one measured. Everything else is found
as before. Only a run's kernels get it (`kernels.kernel_environment`); JupyterLab measures in the
installed file.

The file is made once per user and installed font in the user's cache folder, and never leaves it
(WenQuanYi Micro Hei is Apache-2.0 or GPL-3+ with the font exception: both allow a modified copy). This is
only an optimization: when the installed font, the system configuration or the cache cannot be read or
written, `prepare` says None and the kernels measure in the installed file, as before.
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from fontTools.ttLib import TTCollection, TTLibError
from fontTools.ttLib.ttFont import reorderFontTables

from indicators.paths import MEASURING_FONT, cache_folder

SYSTEM_CONFIG = Path("/etc/fonts/fonts.conf")
CONFIG_VARIABLE = "FONTCONFIG_FILE"  # fontconfig's, which vl-convert's font database reads at its start
FACE = 0  # "WenQuanYi Micro Hei"; face 1 is its Mono
UNREAD = ("vhea", "vmtx", "fpgm", "prep", "cvt ", "gasp", "FFTM")  # measuring lays out horizontal text, unhinted
# what every glyph's cycle reads first, packed together, then the per-glyph tables
TABLE_ORDER = ("head", "hhea", "maxp", "OS/2", "post", "name", "cmap", "GDEF", "GSUB", "GPOS", "hmtx", "loca", "glyf")
VERSION = 1  # of the recipe above: a new one makes a new file
CONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>{folder}</dir>
  <include ignore_missing="yes">{base}</include>
</fontconfig>
"""


def measuring_face(source: Path) -> bytes:
    """The first face of `source` alone, without the tables measuring never reads, its small tables first."""
    face = TTCollection(source, lazy=True).fonts[FACE]
    for tag in UNREAD:
        if tag in face:
            del face[tag]
    face["post"].formatType = 3.0  # no glyph names: nothing that lays out or outlines text reads them
    unordered, ordered = io.BytesIO(), io.BytesIO()
    face.save(unordered, reorderTables=False)
    unordered.seek(0)
    reorderFontTables(unordered, ordered, list(TABLE_ORDER))
    return ordered.getvalue()


def _write(path: Path, data: bytes) -> None:
    """`path` holds `data` in full or not at all; concurrent workers write the same bytes, the last wins."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False, suffix=".part") as handle:
        handle.write(data)
    os.replace(handle.name, path)


def _key(source: Path, base: Path) -> str:
    """Names what the made files depend on: the installed font, the configuration included, the recipe."""
    stat = source.stat()
    return hashlib.sha256(f"{VERSION}|{source}|{stat.st_size}|{stat.st_mtime_ns}|{base}".encode()).hexdigest()[:16]


def prepare(source: Path = MEASURING_FONT, cache: Path | None = None) -> Path | None:
    """The fontconfig file to give the kernels, making the measuring font first if need be; None to change nothing."""
    base = Path(os.environ.get(CONFIG_VARIABLE) or SYSTEM_CONFIG)
    cache = cache or cache_folder()
    if base.parent == cache and base.name.startswith("measuring-font-"):
        return base  # a run inside a run (its kernels' environment): already given
    try:
        if not base.is_file():
            return None
        folder = cache / f"measuring-font-{_key(source, base)}"
        config, font = folder.with_suffix(".conf"), folder / "wqy-microhei-measuring.ttf"
        if not font.is_file():
            _write(font, measuring_face(source))
        if not config.is_file():
            _write(config, CONFIG.format(folder=escape(str(folder)), base=escape(str(base))).encode())
    except (OSError, TTLibError, KeyError, IndexError, AttributeError, ValueError):
        return None
    return config
