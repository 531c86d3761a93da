"""A notebook kernel kept warm in a batch worker process, so that a batch pays a kernel start once per worker.

A fresh kernel costs about 1.5 s per notebook on these cores: the process starting, pandas, Altair
and DuckDB importing, V8 starting inside vl-convert for the first chart. A batch of 2,850
jurisdictions × 4 notebooks would pay that 11,400 times. Here each worker process keeps one
kernel and papermill executes every notebook on it (nbclient leaves a kernel it does not own
running). Before each notebook the user namespace is cleared and a new history session started
(`InteractiveShell.reset(new_session=True)`), so a notebook sees no variable of the one before and
its cells are numbered from 1 as in a fresh kernel: the pages are the same as a single run's (tests/test_dask_cluster.py).
Imported modules stay, which is the point. A kernel that died, or one started for another database,
cwd or PNG setting, is replaced.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import tempfile
import threading
from collections.abc import Mapping
from pathlib import Path

# what `%reset -f` does, and a new history session, whose first cell is numbered 1 (setting the counter
# alone makes IPython print "Session/line number was not unique" into the next cell's output)
RESET = "get_ipython().reset(new_session=True)"
START_TIMEOUT = 120.0  # seconds; a loaded machine starts a kernel slowly

_lock = threading.Lock()
_kept: dict[str, object] = {}  # "key", "manager", "sockets": this process's kernel


def kernel(environment: Mapping[str, str], cwd: Path):
    """This process's warm kernel for `environment` and `cwd`, started if needed, reset for a new notebook."""
    from jupyter_client import KernelManager

    from indicators.publish.kernels import kernel_config, socket_parent

    key = repr((sorted(environment.items()), str(cwd)))
    with _lock:
        manager = _kept.get("manager")
        if manager is not None and (_kept["key"] != key or not manager.is_alive()):
            shutdown()
            manager = None
        if manager is None:
            sockets = tempfile.mkdtemp(prefix="indicators-kernel-", dir=socket_parent())
            manager = KernelManager(kernel_name="python3", config=kernel_config(sockets))
            manager.start_kernel(env={**os.environ, **environment}, cwd=str(cwd))
            _kept.update(key=key, manager=manager, sockets=sockets)
        _reset(manager)
        return manager


def _reset(manager) -> None:
    """Clear the user namespace and number the next cell 1, as in a fresh kernel."""
    client = manager.client()
    client.start_channels()
    try:
        client.wait_for_ready(timeout=START_TIMEOUT)
        reply = client.execute_interactive(RESET, store_history=False, timeout=START_TIMEOUT, output_hook=lambda msg: None)
        if reply["content"]["status"] != "ok":
            raise RuntimeError(f"resetting the kept kernel failed: {reply['content'].get('evalue', '')}")
    finally:
        client.stop_channels()


def shutdown() -> None:
    """Stop this process's kept kernel, if any (at exit, or when it is replaced)."""
    manager = _kept.pop("manager", None)
    sockets = _kept.pop("sockets", None)
    _kept.pop("key", None)
    if manager is not None:
        with contextlib.suppress(Exception):  # already gone with its process: nothing left to stop
            manager.shutdown_kernel(now=True)
    if sockets:
        shutil.rmtree(sockets, ignore_errors=True)


atexit.register(shutdown)
