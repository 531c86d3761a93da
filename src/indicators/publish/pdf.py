"""The leadership summary as a PDF: what the 依法治市办 prints, files or mails, beside its HTML page.

Debian's headless Chromium prints the page with its own print CSS (A4, `@page`), the same engine
the browser tests use, and embeds the CJK font subset it drew with, so the PDF reads the same on a
machine without Chinese fonts. Chromium is called directly (`--print-to-pdf`): no Python dependency
at run time, about 2 s, offline (the page loads nothing from the network). It never downloads a
browser; without /usr/bin/chromium the run says so in one line and writes no PDF.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from indicators.errors import IndicatorsError

if TYPE_CHECKING:
    from indicators.publish.execute import NotebookResult

CHROMIUM = Path(os.environ.get("INDICATORS_CHROMIUM", "/usr/bin/chromium"))
TIMEOUT_SECONDS = 120
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-extensions", "--no-pdf-header-footer")


def print_pdf(html: Path, target: Path) -> Path:
    """Print the page `html` to `target` with headless Chromium; `target` appears whole or not at all."""
    if not CHROMIUM.is_file():
        raise IndicatorsError.single(
            "no-chromium", "not found: install Debian's chromium (or set INDICATORS_CHROMIUM) to get the PDF",
            file=str(CHROMIUM))
    partial = target.with_name(f".{target.name}.partial")
    try:
        done = _chromium_print(html, partial, target)
    except BaseException:  # a timeout, Ctrl-C or SIGTERM: Chromium is killed, no partial file is left
        partial.unlink(missing_ok=True)
        raise
    if done.returncode != 0 or not partial.is_file() or partial.stat().st_size == 0:
        partial.unlink(missing_ok=True)
        last = (done.stderr.strip().splitlines() or [f"exit status {done.returncode}"])[-1]
        raise IndicatorsError.single("pdf-failed", f"Chromium wrote no PDF: {last}", file=str(target))
    partial.replace(target)
    return target


def _chromium_print(html: Path, partial: Path, target: Path) -> subprocess.CompletedProcess[str]:
    """Chromium printing `html` to `partial`, within TIMEOUT_SECONDS (refused past them: `target` is not written)."""
    # a profile of its own: two runs at once never share (or lock) ~/.config/chromium
    with tempfile.TemporaryDirectory(prefix="indicators-chromium-") as profile:
        try:
            return subprocess.run(
                [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", f"--print-to-pdf={partial}", html.resolve().as_uri()],
                capture_output=True, text=True, timeout=TIMEOUT_SECONDS, check=False,
            )
        except subprocess.TimeoutExpired:
            raise IndicatorsError.single("pdf-failed", f"Chromium did not finish within {TIMEOUT_SECONDS} s",
                                         file=str(target)) from None


def summary_pdfs(results: Iterable[NotebookResult]) -> list[str]:
    """A PDF beside each summary page a run wrote (05_summary.html → 05_summary.pdf), recorded in its
    result's `pdf`: one line each, the PDF and its time, or a `警告：… Warning:` saying why there is none (the
    pages are written either way)."""
    lines = []
    for result in results:
        if not (result.ok and result.html and "summary" in result.name):
            continue
        html, started = Path(result.html), time.monotonic()
        try:
            pdf = print_pdf(html, html.with_suffix(".pdf"))
        except IndicatorsError as exc:
            name = html.with_suffix(".pdf").name
            lines.append(f"警告：未能打印 {name}，原因见后。Warning: no {name}: {exc}")
            continue
        result.pdf = str(pdf)
        seconds = time.monotonic() - started
        lines.append(f"已打印 {pdf.name}（{seconds:.1f} 秒）。{pdf.name}: ok ({seconds:.1f} s)")
    return lines
