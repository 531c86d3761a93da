"""Real browser checks, offline: JupyterLab runs report_profile and draws its charts and table, and
a report page written by `indicators run` shows its charts with every network request refused.

Debian's /usr/bin/chromium is driven by Playwright (no browser download). These tests never skip:
.ci/run installs chromium through scripts/setup_system.sh when it is missing. Set
INDICATORS_SCREENSHOTS=<folder> to keep the screenshots.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, sync_playwright

from indicators.publish.execute import run_suite

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
TOKEN = "fazhi-test"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def keep_screenshot(path: Path) -> None:
    folder = os.environ.get("INDICATORS_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(folder) / path.name)


def offline(page: Page, refused: list[str]) -> None:
    """Refuse every request that leaves this machine, and remember it."""
    def route(request_route) -> None:
        url = request_route.request.url
        if url.startswith(("http://127.0.0.1", "file://", "data:", "blob:")):
            request_route.continue_()
        else:
            refused.append(url)
            request_route.abort()

    page.route("**/*", route)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    assert Path(CHROMIUM).exists(), "Debian chromium is missing: run scripts/setup_system.sh test (as root)"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def lab(tmp_path: Path) -> Iterator[str]:
    """JupyterLab on 127.0.0.1 serving a copy of the notebooks (so autosave never touches the repo)."""
    shutil.copy(ROOT / "notebooks" / "01_report_profile.ipynb", tmp_path)
    port = free_port()
    log = (tmp_path / "lab.log").open("w")  # printed when the test fails
    env = {**os.environ, "INDICATORS_ROOT": str(ROOT), "JUPYTER_CONFIG_DIR": str(tmp_path / ".jupyter")}
    env.pop("DISPLAY", None)  # as on a server: scripts/lab.sh adds --no-browser (and --allow-root as root)
    server = subprocess.Popen(  # started the way `make lab` starts it
        ["bash", str(ROOT / "scripts" / "lab.sh"), str(Path(sys.executable).parents[1]), "--ip", "127.0.0.1",
         f"--port={port}", f"--ServerApp.token={TOKEN}", f"--ServerApp.root_dir={tmp_path}"],
        env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{url}/api/status?token={TOKEN}", timeout=2)
                break
            except OSError:
                assert server.poll() is None, "jupyter lab exited"
                assert time.monotonic() < deadline, "jupyter lab did not answer within 60 s"
                time.sleep(0.5)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


def test_report_profile_runs_in_jupyterlab_offline(browser, lab: str, tmp_path: Path) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    refused: list[str] = []
    offline(page, refused)
    page.goto(f"{lab}/lab/workspaces/ws-{uuid.uuid4().hex}/tree/01_report_profile.ipynb?reset&token={TOKEN}")
    page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=90_000)
    page.wait_for_selector(".jp-StatusBar-TextItem:has-text('Idle')", timeout=90_000)
    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
    page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()
    # On a loaded machine JupyterLab may still be attaching the kernel's session when "Run All" arrives and
    # then asks which kernel to use, as it would ask an analyst: answer with the proposed Python 3 kernel.
    # Wait for whichever comes: that dialog, or cells queued for the kernel ("[*]"); no fixed delay decides.
    select_kernel = page.locator(".jp-Dialog", has_text="Select Kernel")
    page.wait_for_function(
        "[...document.querySelectorAll('.jp-Dialog')].some(d => d.textContent.includes('Select Kernel'))"
        " || [...document.querySelectorAll('.jp-InputPrompt')].some(p => p.textContent.includes('[*]'))",
        timeout=90_000)
    if select_kernel.count():
        select_kernel.locator(".jp-mod-accept").click()
    try:
        # three charts (service split, licensing shares, normative documents) drawn as SVG by the kernel
        page.wait_for_function("document.querySelectorAll('.jp-OutputArea-output.jp-RenderedSVG').length >= 3",
                               timeout=180_000)
        # the indicator table (its 计算所用数字 column: the figures table below it names the stated rate too)
        table = page.locator(".jp-RenderedHTMLCommon table", has_text="计算所用数字").filter(has_text="网上全流程办理率")
        table.wait_for(timeout=30_000)
    except Exception:
        shot = tmp_path / "lab_report_profile_failed.png"
        page.screenshot(path=str(shot), full_page=True)
        keep_screenshot(shot)
        print((tmp_path / "lab.log").read_text(encoding="utf-8", errors="replace")[-5000:])
        raise
    # JupyterLab leaves cells far from the viewport unrendered (content-visibility), and the charts the wait
    # above reached now lie below the figures section: the table's text is read from the page, not the screen
    assert "86.27" in table.text_content()
    assert page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']").count() == 0
    chart = page.locator(".jp-RenderedSVG").first
    chart.scroll_into_view_if_needed()
    drawn = page.evaluate("[...document.querySelectorAll('.jp-RenderedSVG img')].map(i => i.complete && i.naturalWidth)")
    assert len(drawn) >= 3 and all(width and width > 100 for width in drawn), drawn
    shot = tmp_path / "lab_report_profile.png"
    page.screenshot(path=str(shot))
    keep_screenshot(shot)
    assert not [u for u in refused if "cdn" in u or "jsdelivr" in u], refused
    page.close()


def test_written_report_page_draws_its_charts_with_no_network(browser, tmp_path: Path) -> None:
    summary = run_suite([ROOT / "notebooks" / "01_report_profile.ipynb"], {"jurisdiction": "441284", "year": 2017},
                                  tmp_path, "browser", progress=False)
    assert summary.failed == []
    page = browser.new_page(viewport={"width": 1200, "height": 1000})
    refused: list[str] = []
    offline(page, refused)
    page.goto(Path(summary.results[0].html).as_uri())
    page.wait_for_load_state("load")
    widths = page.evaluate("[...document.querySelectorAll('img[src^=\"data:image/svg+xml\"]')]"
                           ".filter(i => i.naturalWidth > 100).map(i => i.naturalWidth)")
    assert len(widths) == 3
    assert "网上全流程办理率" in page.inner_text("body")
    page.locator("img[src^='data:image/svg+xml']").nth(1).scroll_into_view_if_needed()
    shot = tmp_path / "report_profile_html.png"
    page.screenshot(path=str(shot), full_page=True)
    keep_screenshot(shot)
    assert refused == []
    page.close()
