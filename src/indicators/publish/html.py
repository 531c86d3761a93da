"""Offline HTML pages of executed notebooks: no script, style or font from the network.

The `offline` template (templates/offline) drops the require.js, MathJax, mermaid and widget
scripts that nbconvert's lab template loads from CDNs; charts are inline SVG. A page that would
still load something from the network is refused rather than written.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import nbformat

from indicators.errors import IndicatorsError
from indicators.publish.page import page_title

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
# a script or stylesheet loaded from the network: what an offline page must not contain
REMOTE_REFERENCE = re.compile(r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*[\"']?\s*(?:https?:)?//", re.IGNORECASE)


@functools.cache
def html_exporter():
    """One exporter per process: building it loads and compiles the templates, 0.15-0.2 s a page in a batch."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="offline", extra_template_basedirs=[str(TEMPLATES_DIR)])
    exporter.exclude_input = True
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    exporter.optimistic_validation = True  # validate the notebook once, not after each of its 12 preprocessors
    return exporter


def export_html(executed: Path, target: Path) -> None:
    """A self-contained HTML page of an executed notebook: no script, style or font from the network."""
    notebook = nbformat.read(executed, as_version=4)
    title = page_title(notebook.cells)  # "四会市（441284）2017年 报告概况 Report profile", not the file name
    if title:
        notebook.metadata["title"] = title
    body, _ = html_exporter().from_notebook_node(notebook)
    remote = remote_references(body)
    if remote:
        raise IndicatorsError.single("html-not-offline", f"{target.name} loads {remote[0]!r} from the network", file=str(target))
    target.write_text(body, encoding="utf-8")


def remote_references(html: str) -> list[str]:
    """Every tag in `html` that would load a script, stylesheet, image or frame from the network."""
    return [m.group(0) for m in REMOTE_REFERENCE.finditer(html)]
