"""SIGTERM handled like Ctrl-C in `indicators run` and its worker processes.

A scheduler's time-out or `kill` sends SIGTERM, whose default action ends Python at once: no `finally`
runs, so the kernels' socket folders in /tmp stayed and queued notebooks of a process pool still ran.
Turned into SystemExit, it unwinds: kernels are shut down, temporary folders removed, queued work
cancelled; the run folder's summary.json keeps `"state": "running"`, marking the run incomplete.
"""

from __future__ import annotations

import os
import signal
import sys
import threading


def exit_on_sigterm() -> None:
    """Make SIGTERM raise SystemExit(143) in this process (only the main thread may set a handler)."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _exit)


def _exit(signum: int, frame: object) -> None:
    # The signal can land inside a constructor (an asyncio event loop before its self-pipe exists); the
    # half-built object's __del__ then fails at exit, and Python would print that as a traceback on
    # stderr. After SIGTERM such failures are expected: they are dropped, the exit code says what happened.
    sys.unraisablehook = _ignore_unraisable
    sys.exit(128 + signum)


def _ignore_unraisable(unraisable: object) -> None:
    """Drop an exception raised in a destructor after SIGTERM (see `_exit`)."""


def alive(pid: int) -> bool:
    """Whether process `pid` still runs: a leftover temporary of a live writer is its work in progress, not litter."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True
