"""How a long run reports on stderr: a progress bar on a terminal, one log line per step otherwise.

A notebook run, a parallel notebook run and a batch of jurisdictions all report through `Progress`,
so a scheduled run (cron, systemd: no terminal) gets the same kind of log lines from each, and
logging is configured once, by the command, with `setup_logging`.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def wants_progress_bar(log_output: bool | None) -> bool:
    """`--log-output/--progress-bar` as given, else a bar only when stderr is a terminal."""
    return sys.stderr.isatty() if log_output is None else not log_output


def quiet_papermill() -> None:
    """One line per notebook, not every cell's output: that goes into the executed notebook."""
    logging.getLogger("papermill").setLevel(logging.WARNING)


def setup_logging(progress_bar: bool) -> None:
    """Log lines on stderr when there is no progress bar; called once, by the command that runs."""
    if not progress_bar:
        logging.basicConfig(level=logging.INFO, format=LOG_FORMAT, stream=sys.stderr)
    quiet_papermill()


class Progress:
    """`total` steps of `unit`s: `start` and `done` advance a bar, or log a line each."""

    def __init__(self, total: int, desc: str, unit: str, bar: bool, log: logging.Logger) -> None:
        self.log = log
        self.bar = None
        if bar:
            from tqdm import tqdm

            self.bar = tqdm(total=total, desc=desc, unit=unit, file=sys.stderr)

    def start(self, label: str, line: str) -> None:
        """A step begins: the bar shows `label`, the log says `line`."""
        if self.bar is not None:
            self.bar.set_postfix_str(label)
        else:
            self.log.info("%s", line)

    def done(self, label: str, line: str, ok: bool = True) -> None:
        """A step ended: the bar advances showing `label`, the log says `line` (as an error unless `ok`)."""
        if self.bar is not None:
            self.bar.set_postfix_str(label)
            self.bar.update()
        else:
            (self.log.info if ok else self.log.error)("%s", line)

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        if self.bar is not None:
            self.bar.close()
