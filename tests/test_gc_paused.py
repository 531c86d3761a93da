"""The cycle collector is paused for a build and left as it was found, whether the build ends or fails."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

import indicators.build as build
from indicators.raw.gc_paused import collector_paused


class Stop(Exception):
    pass


def test_a_build_pauses_the_collector_and_gives_it_back_when_it_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []

    def catalog_read(raw_dir: Path) -> None:
        seen.append(gc.isenabled())
        raise Stop

    monkeypatch.setattr(build, "load_catalog", catalog_read)
    assert gc.isenabled()
    with pytest.raises(Stop):
        build.build_database(tmp_path / "raw", tmp_path / "out.duckdb")
    assert seen == [False]
    assert gc.isenabled()


def test_a_collector_disabled_before_stays_disabled() -> None:
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
