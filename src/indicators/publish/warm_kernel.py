"""A notebook kernel kept warm in a batch worker process, so that a batch pays a kernel start once per worker.

A fresh kernel costs about 1.5 s per notebook on these cores: the process starting, pandas, Altair
and DuckDB importing, V8 starting inside vl-convert for the first chart. A batch of 2,850
jurisdictions × 5 notebooks would pay that 14,250 times. Here each worker process keeps one
kernel and papermill executes every notebook on it (nbclient leaves a kernel it does not own
running). Before each notebook the user namespace is cleared and a new session started
(`InteractiveShell.reset(new_session=True)`), so a notebook sees no variable of the one before and
its cells are numbered from 1 as in a fresh kernel: the pages are the same as a single run's (tests/test_dask_cluster.py).
Imported modules stay, which is the point. A kernel that died, or one started for another database,
cwd or PNG setting, is replaced.

The kernel also keeps one client (`KeptClient`), which every notebook's nbclient gets from
`manager.client()`. nbclient makes a new client per notebook otherwise, and for a kernel it does
not own it never closes it: each notebook left a heartbeat thread and about ten sockets behind in
the worker (7,000 threads over a national year), and each new client waited out two 0.2 s IOPub
flushes before its first cell, about 2 s of an idle core per jurisdiction.
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

from jupyter_client import KernelManager
from jupyter_client.blocking import BlockingKernelClient

from indicators.publish.kernels import QuietShutdown

# what `%reset -f` does, and a new session, whose first cell is numbered 1. Then what survived the reset
# (the imported modules: pandas, Altair, DuckDB, IPython) is moved out of the collector's sight: reset
# runs a full gc.collect(), which walked every object of those modules, 0.1 s a notebook, 0.45 CPU s a
# jurisdiction; frozen, the next collections walk only what later notebooks allocate. No name is bound.
RESET = "get_ipython().reset(new_session=True); __import__('gc').freeze()"
# the kept kernel records no SQLite history: a batch's 14,000 notebook sessions would go into the
# user's one shared history file, a write per cell, for nothing a page shows
KERNEL_ARGUMENTS = ["--HistoryManager.enabled=False"]
START_TIMEOUT = 120.0  # seconds; a loaded machine starts a kernel slowly

_lock = threading.Lock()
_kept: dict[str, object] = {}  # "key", "manager", "sockets": this process's kernel


class KeptClient(BlockingKernelClient):
    """A client whose channels start once and which waits for the kernel once, however often it is asked,
    and which only `close` stops: a stopped client cannot start again (its context is destroyed).

    Messages a notebook leaves on IOPub (the status of its last request) are skipped by the next
    reader, which reads only replies to its own requests (nbclient and `execute_interactive` both
    match the parent message id).
    """

    ready = False

    def start_channels(self, *args, **kwargs) -> None:
        if not self.channels_running:
            super().start_channels(*args, **kwargs)

    def wait_for_ready(self, timeout: float | None = None) -> None:
        if not self.ready:
            super().wait_for_ready(timeout=timeout)
            self.ready = True

    def stop_channels(self) -> None:
        """Left running for the next notebook: the kernel's shutdown closes it."""

    def close(self) -> None:
        super().stop_channels()


class KeptKernelManager(QuietShutdown, KernelManager):
    """A kernel manager that hands out the same `KeptClient` to every caller (and, like a single run's,
    sends no interrupt when it shuts its kernel down: kernels.QuietShutdown)."""

    kept_client: KeptClient | None = None

    def client(self, **kwargs) -> KeptClient:
        if self.kept_client is None:
            self.kept_client = KeptClient(**{**self.get_connection_info(session=True), "parent": self,
                                             "connection_file": self.connection_file, **kwargs})
        return self.kept_client


def kernel(environment: Mapping[str, str], cwd: Path) -> KeptKernelManager:
    """This process's warm kernel for `environment` and `cwd`, started if needed, reset for a new notebook."""
    from indicators.publish.kernels import kernel_config, socket_parent

    key = repr((sorted(environment.items()), str(cwd)))
    with _lock:
        manager = _kept.get("manager")
        if manager is not None and (_kept["key"] != key or not manager.is_alive()):
            shutdown()
            manager = None
        if manager is None:
            sockets = tempfile.mkdtemp(prefix="indicators-kernel-", dir=socket_parent())
            manager = KeptKernelManager(kernel_name="python3", config=kernel_config(sockets))
            manager.start_kernel(env={**os.environ, **environment}, cwd=str(cwd), extra_arguments=KERNEL_ARGUMENTS)
            _kept.update(key=key, manager=manager, sockets=sockets)
        _reset(manager)
        return manager


def _reset(manager: KeptKernelManager) -> None:
    """Clear the user namespace and number the next cell 1, as in a fresh kernel."""
    client = manager.client()
    client.start_channels()
    client.wait_for_ready(timeout=START_TIMEOUT)
    reply = client.execute_interactive(RESET, store_history=False, timeout=START_TIMEOUT, output_hook=lambda msg: None)
    if reply["content"]["status"] != "ok":
        raise RuntimeError(f"resetting the kept kernel failed: {reply['content'].get('evalue', '')}")


def shutdown() -> None:
    """Stop this process's kept kernel and its client, if any (at exit, or when it is replaced)."""
    manager = _kept.pop("manager", None)
    sockets = _kept.pop("sockets", None)
    _kept.pop("key", None)
    if manager is not None:
        with contextlib.suppress(Exception):  # already gone with its process: nothing left to stop
            if manager.kept_client is not None:
                manager.kept_client.close()
            manager.shutdown_kernel(now=True)
    if sockets:
        shutil.rmtree(sockets, ignore_errors=True)


atexit.register(shutdown)
