"""The kernels a run starts: Unix sockets in a private folder, the environment they inherit, and a
batch worker's one kept kernel (warm_kernel.py), reset before each notebook."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager
from traitlets.config import Config

from indicators import paths
from indicators.publish import measuring_font

KERNEL_VARIABLES = (paths.DB_VARIABLE, paths.CHART_FORMATS_VARIABLE, paths.DB_THREADS_VARIABLE,
                    paths.DB_KEEP_VARIABLE, measuring_font.CONFIG_VARIABLE)  # what run_suite passes
SOCKET_PARENT_MAX = 60  # bytes: room for "/indicators-kernel-XXXXXXXX/kernel-NN" within a socket path's 107


def kernel_config(socket_dir: str) -> Config:
    """Talk to the kernel over Unix sockets in `socket_dir` instead of TCP ports.

    On a shared server a TCP kernel listens on 127.0.0.1 ports that every local user can reach, and
    ipykernel says so with a warning in every scheduled-run log. The sockets go in a private folder
    per run: jupyter_client otherwise names them `kernel-ipc-N` in the working directory, and two
    batch workers running notebooks from the same folder would take each other's sockets.
    """
    config = Config()
    config.KernelManager.transport = "ipc"
    config.KernelManager.ip = str(Path(socket_dir) / "kernel")
    return config


class QuietShutdown:
    """A kernel manager that does not interrupt the kernel it is shutting down.

    jupyter_client sends SIGINT before every shutdown, to stop code still running; nbclient shuts the
    kernel down once the notebook's last cell has replied, so there is none, and when the signal lands
    while ipykernel is finishing that request it logs "[IPKernelApp] ERROR | KeyboardInterrupt caught in
    kernel." on the console of a successful `indicators run` (2 runs in 6 in trial 20). The shutdown
    request, and the kill after `shutdown_wait_time`, still stop a kernel that is busy.
    """

    shutting_down: bool

    async def _async_interrupt_kernel(self) -> None:
        if self.shutting_down:
            return
        await super()._async_interrupt_kernel()  # type: ignore[misc]


class QuietAsyncKernelManager(QuietShutdown, AsyncKernelManager):
    """nbclient's kernel manager for a notebook of `indicators run`, without the interrupt at shutdown."""


def socket_parent() -> str | None:
    """Where the kernel's socket folder goes: the temporary folder, unless its path is too long for a Unix socket.

    A socket path holds at most 107 bytes; a deep $TMPDIR (a batch worker's, a CI job's) would make
    every kernel fail to start, so such a case falls back to /tmp.
    """
    parent = tempfile.gettempdir()
    return parent if len(os.fsencode(parent)) <= SOCKET_PARENT_MAX else "/tmp"


@contextmanager
def kernel_environment(db_path: Path | None, chart_formats: Sequence[str]) -> Iterator[None]:
    """The kernels inherit this process's environment: point them at the database, name the chart files to write,
    give their reads one DuckDB thread and let them keep the file attached between reads (paths.DB_THREADS_VARIABLE
    and paths.DB_KEEP_VARIABLE say why), and have vl-convert measure chart texts in the measuring font
    (measuring_font.py: the same widths for about half the system time).

    Without `db_path` the database is still named, as this process finds it: a kernel runs in the checkout's
    notebooks/ and, left to itself, would walk up to the checkout's data/ instead of the project the command was
    started in and validated its parameters against (an analyst's scratch project, round 31)."""
    wanted = {paths.CHART_FORMATS_VARIABLE: ",".join(chart_formats), paths.DB_THREADS_VARIABLE: "1",
              paths.DB_KEEP_VARIABLE: "1",
              paths.DB_VARIABLE: str(Path(db_path).resolve() if db_path else paths.database_path())}  # KERNEL_VARIABLES
    font_config = measuring_font.prepare()
    if font_config is not None:
        wanted[measuring_font.CONFIG_VARIABLE] = str(font_config)
    previous = {name: os.environ.get(name) for name in wanted}
    os.environ.update(wanted)
    try:
        yield
    finally:
        for name, value in previous.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def warm_kernel_of(notebooks: Path):
    """This process's kept kernel, with the kernel variables of the current environment."""
    from indicators.publish import warm_kernel

    environment = {name: os.environ[name] for name in KERNEL_VARIABLES if name in os.environ}
    return warm_kernel.kernel(environment, notebooks)
