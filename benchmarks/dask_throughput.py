"""Throughput of the Dask engine against the local one: ``clean`` and ``dedupe --near``.

Usage::

    python benchmarks/make_corpus.py ../shared/devset/scrapinghub /tmp/base.jsonl
    python benchmarks/dask_throughput.py /tmp/base.jsonl ../shared/devset/scrapinghub \\
        --clean-records 20000 --dedupe-records 100000

Each run is the installed command in its own process (``-q``), timed by wall clock from
start to exit, so a Dask run includes starting its `LocalCluster` (``--engine dask --jobs
N``: N worker processes) and stopping it. The local runs use ``--jobs 2`` for clean (two
processes) and one process for dedupe (the local dedupe has no workers). Outputs are
compared byte for byte with the local run's. The clean input is the base corpus repeated
(`cli_throughput.make_input`); the dedupe input is `dedupe_speed.make_corpus`'s synthetic
corpus (distinct documents, 10% syndicated copies).
"""

from __future__ import annotations

import argparse
import filecmp
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from cli_throughput import make_input
from dedupe_speed import make_corpus


def timed(*args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "corpusclean", *args, "-q"], check=True)
    return time.perf_counter() - start


def compare(command: str, source: Path, folder: Path, local: list[str], records: int) -> None:
    size = source.stat().st_size / 1e6
    runs = [("local", local)] + [
        (f"dask --jobs {jobs}", ["--engine", "dask", "--jobs", str(jobs)]) for jobs in (1, 2)
    ]
    outputs = []
    for name, options in runs:
        out = folder / f"{command}_{len(outputs)}.jsonl"
        wall = timed(command, str(source), "-o", str(out), *options)
        outputs.append(out)
        print(
            f"{command:6} {records:>7} records {size:6.1f} MB  {name:14} {' '.join(options):24}"
            f" {wall:7.1f} s  {records / wall:6.0f} rec/s",
            flush=True,
        )
    same = all(filecmp.cmp(outputs[0], other, shallow=False) for other in outputs[1:])
    print(f"{command}: outputs byte-identical to the local run's: {same}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("base", type=Path, help="the make_corpus.py corpus, for clean")
    parser.add_argument("devset", type=Path, help="the dev-set folder, for dedupe's corpus")
    parser.add_argument("--clean-records", type=int, default=20_000)
    parser.add_argument("--dedupe-records", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        source = make_input(args.base, args.clean_records, folder)
        compare("clean", source, folder, ["--jobs", "2"], args.clean_records)
        source = folder / "dedupe.jsonl"
        make_corpus(args.devset, args.dedupe_records, source)
        compare("dedupe", source, folder, ["--near"], args.dedupe_records)


if __name__ == "__main__":
    main()
