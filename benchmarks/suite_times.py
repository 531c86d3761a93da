"""Where `make test`'s time goes, by test module, and what changed between two runs.

A run's total says little on a shared machine: the same commit took 1,047 s one day and 1,391 s another. Two runs'
per-module times, taken the same day, say whether a change of code made a module slower. Make each run with
`PYTEST_ADDOPTS="--junitxml=RUN.xml" make test` in a fresh clone, then:

    python benchmarks/suite_times.py NEW.xml            # the slowest modules of one run
    python benchmarks/suite_times.py OLD.xml NEW.xml    # the modules that changed most between two runs
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from collections import Counter


def module_times(path: str) -> tuple[Counter[str], Counter[str]]:
    """Seconds and test counts by test module (`tests.test_batch` → test_batch), from pytest's JUnit XML."""
    seconds: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    for case in ET.parse(path).iter("testcase"):
        module = case.get("classname", "").removeprefix("tests.").split(".")[0]
        seconds[module] += float(case.get("time", 0))
        counts[module] += 1
    return seconds, counts


def main(argv: list[str]) -> int:
    if len(argv) not in (1, 2):
        print(__doc__)
        return 2
    if len(argv) == 1:
        seconds, counts = module_times(argv[0])
        print(f"{sum(seconds.values()):.0f} s over {sum(counts.values())} tests")
        for module, spent in seconds.most_common(20):
            print(f"{spent:8.1f} s {counts[module]:6d} tests  {module}")
        return 0
    (old, old_counts), (new, new_counts) = module_times(argv[0]), module_times(argv[1])
    print(f"total {sum(old.values()):.0f} s ({sum(old_counts.values())} tests) -> {sum(new.values()):.0f} s "
          f"({sum(new_counts.values())} tests)")
    for module in sorted(set(old) | set(new), key=lambda name: -abs(new[name] - old[name]))[:20]:
        print(f"{new[module] - old[module]:+8.1f} s  {old[module]:7.1f} ({old_counts[module]}) -> "
              f"{new[module]:7.1f} ({new_counts[module]})  {module}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
