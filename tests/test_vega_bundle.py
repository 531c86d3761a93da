"""The vega-embed bundle of the standalone chart pages is built once per version and read from the cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from indicators.publish import vega_bundle


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    vega_bundle.vega_embed_bundle.cache_clear()
    yield tmp_path / "fazhi-indicators"
    vega_bundle.vega_embed_bundle.cache_clear()


def test_the_bundle_is_stored_and_then_read_from_the_cache(fresh_cache: Path) -> None:
    bundle = vega_bundle.vega_embed_bundle()
    (stored,) = fresh_cache.glob("vega-embed-*.js")
    assert stored.read_text(encoding="utf-8") == bundle and "vegaEmbed" in bundle
    stored.write_text("// the cached copy", encoding="utf-8")
    vega_bundle.vega_embed_bundle.cache_clear()
    assert vega_bundle.vega_embed_bundle() == "// the cached copy"


def test_an_unwritable_cache_still_gives_the_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would go", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    vega_bundle.vega_embed_bundle.cache_clear()
    try:
        assert "vegaEmbed" in vega_bundle.vega_embed_bundle()
    finally:
        vega_bundle.vega_embed_bundle.cache_clear()
