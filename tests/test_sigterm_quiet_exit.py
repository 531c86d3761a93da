"""SIGTERM turned into SystemExit may land inside a constructor; the half-built object's destructor then
fails at exit. That failure must not reach stderr as a traceback (seen: an asyncio loop without `_ssock`)."""

from __future__ import annotations

import signal
import subprocess
import sys

CHILD = """
import os, signal
from indicators.signals import exit_on_sigterm

class HalfBuilt:
    def __init__(self):
        os.kill(os.getpid(), signal.SIGTERM)  # arrives before the attribute below is set
        self.pipe = 1

    def __del__(self):
        self.pipe  # AttributeError, as in asyncio's BaseEventLoop.__del__

exit_on_sigterm()
HalfBuilt()
"""


def test_a_destructor_failing_after_sigterm_prints_no_traceback() -> None:
    child = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=60)
    assert child.returncode == 128 + signal.SIGTERM
    assert "Traceback" not in child.stderr and "Exception ignored" not in child.stderr, child.stderr
