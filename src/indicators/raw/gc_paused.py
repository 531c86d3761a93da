"""Python's cycle collector paused while a build runs, and resumed as it was afterwards.

A national build creates a few hundred thousand container objects that live for the whole build (the
figures files' groups, the reports' records, the rows of each check), and the collector walks all of them
at each full collection: five to seven of them in a national build, 0.7-1.2 s in all, each holding the
GIL, so that the reports thread and the quote search wait as well (benchmarks, speed25). The build makes
few reference cycles, and none that grow with the corpus: what it leaves is collected when it resumes.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Disable the cycle collector for the block; enable it again after, if it was enabled before."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
