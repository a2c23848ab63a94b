"""End-to-end throughput and peak memory of ``corpusclean clean`` with --jobs 1 and --jobs 2.

Usage::

    python benchmarks/make_corpus.py ../shared/devset/scrapinghub /tmp/base.jsonl
    python benchmarks/cli_throughput.py /tmp/base.jsonl --records 10000 100000 [--jobs 1 2]

For each size, the base corpus is repeated (ids made unique) into a temporary JSONL file;
each (size, jobs) pair runs the installed command once, in its own process, with ``-q``.
Printed per run: wall time, records/s, MB/s of input, the CPU time of the parent and of its
worker processes, and the largest resident set size of any one process of the run (Linux
``ru_maxrss`` of the parent and of its children: workers are counted one at a time, not
summed). Before the runs, a pure-CPU test says how much parallelism the machine gives right
now (two processes burning the CPU side by side, against one): on a shared machine the
``--jobs 2`` speed-up cannot exceed it. Outputs of --jobs 1 and --jobs 2 are compared.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

_RUNNER = """
import json, resource, sys, time
from corpusclean.cli import main
start = time.perf_counter()
status = main(sys.argv[1:])
wall = time.perf_counter() - start
me, kids = (resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
print(json.dumps({"status": status, "wall": wall, "cpu_parent": me.ru_utime + me.ru_stime,
       "cpu_workers": kids.ru_utime + kids.ru_stime,
       "max_rss_mb": max(me.ru_maxrss, kids.ru_maxrss) / 1024}))
"""


def _burn(_: int) -> float:
    total = 0
    for i in range(15_000_000):
        total += i * i
    return float(total > 0)


def available_parallelism() -> float:
    """Wall time of one CPU burn, times two, over the wall time of two burns side by side."""
    start = time.perf_counter()
    _burn(0)
    one = time.perf_counter() - start
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(_burn, [0]))  # start the workers outside the timing
        start = time.perf_counter()
        list(pool.map(_burn, [0, 1]))
        two = time.perf_counter() - start
    return 2 * one / two


def make_input(base: Path, records: int, folder: Path) -> Path:
    lines = [json.loads(line) for line in base.read_text(encoding="utf-8").splitlines()]
    path = folder / f"in_{records}.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for number in range(records):
            record = dict(lines[number % len(lines)], id=f"doc{number}")
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def run(source: Path, out: Path, jobs: int) -> dict[str, float]:
    args = ["clean", str(source), "-o", str(out), "--jobs", str(jobs), "-q"]
    result = subprocess.run(
        [sys.executable, "-c", _RUNNER, *args], capture_output=True, text=True, check=True
    )
    stats: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("base", type=Path)
    parser.add_argument("--records", type=int, nargs="+", default=[10_000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    print(f"available parallelism now: {available_parallelism():.2f}x (2.00 = two idle cores)")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for records in args.records:
            source = make_input(args.base, records, folder)
            megabytes = source.stat().st_size / 1e6
            outputs = []
            for jobs in args.jobs:
                out = folder / f"out_{records}_{jobs}.jsonl"
                stats = run(source, out, jobs)
                outputs.append(out)
                print(
                    f"{records:>7} records {megabytes:6.1f} MB  --jobs {jobs}: "
                    f"{stats['wall']:7.1f} s  {records / stats['wall']:6.0f} rec/s  "
                    f"{megabytes / stats['wall']:5.2f} MB/s  cpu parent "
                    f"{stats['cpu_parent']:6.1f} s workers {stats['cpu_workers']:6.1f} s  "
                    f"max RSS {stats['max_rss_mb']:5.0f} MB",
                    flush=True,
                )
            same = all(filecmp.cmp(outputs[0], other, shallow=False) for other in outputs[1:])
            print(f"{records:>7} records: outputs identical across --jobs: {same}", flush=True)


if __name__ == "__main__":
    main()
