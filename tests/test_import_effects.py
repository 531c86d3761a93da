"""Importing the package changes nothing global: no Altair theme or renderer, no warning filter, no
logging handler, no pandas option. Only calling a function (charts.use_offline_rendering, the CLI's
setup_logging) does, so a user's notebook or program keeps its own settings."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from indicators import paths

PROBE = """
import json, logging, warnings
import altair as alt, pandas as pd
import duckdb, jinja2, nbformat, papermill, pandera.pandas, tqdm  # what these do on import is theirs, not ours
before = (alt.theme.names(), alt.theme.active, alt.renderers.active, list(warnings.filters),
          logging.getLogger().handlers[:], logging.getLogger("papermill").level, pd.get_option("display.max_colwidth"))
import importlib, pkgutil, indicators
for module in pkgutil.walk_packages(indicators.__path__, "indicators."):
    importlib.import_module(module.name)
after = (alt.theme.names(), alt.theme.active, alt.renderers.active, list(warnings.filters),
         logging.getLogger().handlers[:], logging.getLogger("papermill").level, pd.get_option("display.max_colwidth"))
print(json.dumps([a == b for a, b in zip(before, after)]))
"""


def test_importing_every_module_changes_no_global_setting():
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, check=True)
    assert json.loads(result.stdout) == [True] * 7, result.stdout


def test_the_offline_rendering_call_is_what_registers_the_theme():
    probe = ("import altair as alt\nfrom indicators.publish import charts\nprint(alt.theme.active)\n"
             "charts.use_offline_rendering()\nprint(alt.theme.active, alt.renderers.active)\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True)
    assert result.stdout.splitlines()[1:] == ["fazhi svg"]
    assert result.stdout.splitlines()[0] != "fazhi"


def test_notebooks_and_docs_are_found_from_the_package_not_the_working_directory(tmp_path: Path, monkeypatch):
    from indicators.publish.cards import docs_path
    from indicators.publish.params import notebooks_dir

    checkout = Path(__file__).resolve().parents[1]
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("INDICATORS_ROOT", str(tmp_path))  # data elsewhere, without notebooks or docs of its own
    assert notebooks_dir() == paths.checkout_path("notebooks") == checkout / "notebooks"
    assert docs_path() == checkout / "docs" / "indicators.md"
