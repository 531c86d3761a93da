"""One reader of tests/test_concurrent_reads.py: loops `indicators show` and an analysis query on the
database until the stop file appears (and at least `--min` times), one JSON line per round on stdout.
Exits 1, with every problem on stderr, if any round failed."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from indicators.cli import cli
from indicators.read.analysis import report_indicators
from indicators.read.db import query_frame


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("stop", type=Path)
    parser.add_argument("--min", type=int, default=3)
    args = parser.parse_args()
    runner, failures, rounds = CliRunner(), [], 0
    while rounds < args.min or not args.stop.exists():
        started = time.time()
        shown = runner.invoke(cli, ["show", "--jurisdiction", "441284", "--year", "2017", "--format", "json",
                                    "--db", str(args.db)])
        if shown.exit_code != 0 or shown.stderr or len(json.loads(shown.stdout or "[]")) != 15:
            failures.append(f"show exited {shown.exit_code}: {shown.stderr or shown.exception!r}")
        try:
            profile = report_indicators("441284", 2017, args.db)
            figures = int(query_frame("select count(*) as n from figures", db_path=args.db)["n"].iloc[0])
        except Exception as exc:  # noqa: BLE001 - every failure is reported, none may escape silently
            failures.append(f"analysis raised {type(exc).__name__}: {exc}")
            figures, profile = -1, []
        print(json.dumps({"start": started, "end": time.time(), "figures": figures, "profile_rows": len(profile)}),
              flush=True)
        rounds += 1
        time.sleep(0.1)  # two cores: leave the build some room, it must still overlap many reads
    for failure in failures:
        print(failure, file=sys.stderr)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
