"""The vega-embed JavaScript bundle that makes a chart's standalone HTML work offline, cached on disk.

vl-convert builds the bundle (Vega, Vega-Lite and vega-embed, ~0.9 MB) on request, which takes
about 2 s in every new process; each notebook runs in its own kernel, so a run of the four
notebooks paid it four times, and a batch over 2,850 jurisdictions 11,400 times. The bundle depends
only on the vl-convert and Vega-Lite versions, so it is built once per version pair and kept in the
user's cache folder. The cache is only an optimization: when it cannot be written, the bundle is
built in memory as before.
"""

from __future__ import annotations

import os
import tempfile
from functools import cache
from importlib.metadata import version

import altair as alt

from indicators.paths import cache_folder


def vega_lite_version() -> str:
    """Altair's Vega-Lite version as vl-convert names it: "v6.4.1" -> "v6_4"."""
    return "_".join(alt.SCHEMA_VERSION.split(".")[:2])


@cache
def vega_embed_bundle() -> str:
    """The bundle for Altair's Vega-Lite version, read from the cache or built and stored there."""
    import vl_convert

    vl_version = vega_lite_version()
    path = cache_folder() / f"vega-embed-{version('vl-convert-python')}-{vl_version}.js"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        pass
    bundle = vl_convert.javascript_bundle(vl_version=vl_version)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False, suffix=".part") as handle:
            handle.write(bundle)
        os.replace(handle.name, path)  # concurrent kernels may race: each writes a whole file, the last wins
    except OSError:
        pass
    return bundle
