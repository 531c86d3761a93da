"""Which notebooks make up the suite and which parameters each accepts, checked before any kernel starts.

papermill injects unknown or mistyped parameters with only a warning, so every parameter is checked
against `papermill.inspect_notebook` first and refused with the names the notebook does declare.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import papermill

from indicators import paths
from indicators.errors import IndicatorsError, Problem, quoted
from indicators.read.lookup import REGIONS

NOTEBOOK_PATTERN = "[0-9][0-9]_*.ipynb"
PYTHON_TYPES = {"int": int, "str": str, "float": float, "bool": bool, "list": list, "dict": dict}


def notebooks_dir() -> Path:
    """The notebooks of the project the package runs in."""
    return paths.checkout_path("notebooks")


def suite(folder: Path | None = None, names: Sequence[str] = ()) -> list[Path]:
    """The numbered notebooks of the suite, or those whose name contains one of `names`."""
    folder = folder or notebooks_dir()
    found = sorted(folder.glob(NOTEBOOK_PATTERN))
    if not found:  # a run of no notebook wrote summary.json alone and said "Reports in ..."
        raise IndicatorsError.single("no-notebooks", f"{quoted(str(folder))} holds no notebook {NOTEBOOK_PATTERN}",
                                     field="notebook", value=str(folder))
    if not names:
        return found
    chosen = [nb for nb in found if any(n in nb.stem for n in names)]
    if not chosen:
        raise IndicatorsError.single("unknown-notebook", f"{quoted(', '.join(names))} matches no notebook; "
                                     f"notebooks: {', '.join(nb.stem for nb in found)}", field="notebook")
    return chosen


def unknown_parameter(name: str, declared: Sequence[str], notebook: Path | None = None, value: object = None) -> Problem:
    """A parameter no notebook declares (`notebook` None: none of the run's), naming those that exist."""
    of = "this notebook" if notebook else "any notebook of the run"
    return Problem("unknown-parameter", f"{quoted(name)} is not a parameter of {of}", file=notebook.name if notebook else None,
                   field=name, value=value, hint=f"parameters: {', '.join(declared) or 'none'}")


def check_parameters(notebook: Path, parameters: Mapping[str, object]) -> list[Problem]:
    """Unknown names and values of the wrong type, which papermill itself would only warn about."""
    spec = papermill.inspect_notebook(str(notebook))
    problems: list[Problem] = []
    for name, value in parameters.items():
        if name not in spec:
            problems.append(unknown_parameter(name, list(spec), notebook, value))
            continue
        expected = PYTHON_TYPES.get(spec[name]["inferred_type_name"])
        if expected is not None and type(value) is not expected and not (expected is float and type(value) is int):
            problems.append(Problem("wrong-parameter-type",
                                    f"{quoted(value)} is {type(value).__name__}, expected {expected.__name__}",
                                    file=notebook.name, field=name, value=value))
    return problems


def notebook_parameters(notebook: Path, offered: Mapping[str, object]) -> dict[str, object]:
    """The offered run parameters this notebook declares (each notebook takes the ones it needs)."""
    spec = papermill.inspect_notebook(str(notebook))
    return {name: value for name, value in offered.items() if name in spec}


def peer_parameters(peers: Sequence[str]) -> dict[str, object]:
    """`--peer` as the peer page's parameters: codes as `jurisdictions`, a region (`province`, `prefecture`) as
    `peers_within`. One region at most, and not beside codes: the page could not say which set it compared with."""
    regions = [p for p in peers if p in REGIONS]
    if len(regions) > 1 or (regions and len(regions) < len(peers)):
        raise IndicatorsError.single("peers-mixed", f"{quoted(' '.join(peers))} mixes peers: give codes, or one of "
                                     f"{', '.join(REGIONS)}", field="peer", value=" ".join(peers))
    return {"jurisdictions": [] if regions else list(peers), "peers_within": regions[0] if regions else ""}
