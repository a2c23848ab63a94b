"""How many tasks distributed near dedupe gives the scheduler, by kind, and its wall time.

Usage::

    python benchmarks/dask_shuffle_tasks.py ../shared/devset/scrapinghub --records 2000 \\
        --block-bytes 20000

A synthetic corpus (`dedupe_speed.make_corpus`: distinct documents, 10% syndicated copies)
is cut into many small partitions (``--block-bytes``) so that the scheduler's share of the
run shows; `dedupe_files` runs on a 2-worker `LocalCluster` and a scheduler plugin counts
the distinct tasks it was given, by the name of their function. The output's SHA-1 lets two
versions be compared byte for byte.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from dedupe_speed import make_corpus


def _counter() -> Any:
    from distributed.diagnostics.plugin import SchedulerPlugin

    class TaskCounter(SchedulerPlugin):  # type: ignore[misc]
        name = "task-counter"

        def __init__(self) -> None:
            self.seen: set[Any] = set()
            self.by_kind: dict[str, int] = {}

        def update_graph(self, scheduler: Any, *, tasks: Any = None, **kwargs: Any) -> None:
            for key in tasks or ():
                if key not in self.seen:
                    self.seen.add(key)
                    kind = (key[0] if isinstance(key, tuple) else str(key)).split("-", 1)[0]
                    self.by_kind[kind] = self.by_kind.get(kind, 0) + 1

    return TaskCounter()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("devset", type=Path, help="the Scrapinghub folder (article bodies)")
    parser.add_argument("--records", type=int, default=2000)
    parser.add_argument("--block-bytes", type=int, default=20_000)
    args = parser.parse_args()

    from distributed import Client, LocalCluster

    from corpusclean.dedupe.corpus import DedupeConfig
    from corpusclean.distributed.dedupe import dedupe_files

    work = Path(tempfile.mkdtemp())
    source = work / "in.jsonl"
    make_corpus(args.devset, args.records, source)
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        counter = _counter()
        client.run_on_scheduler(lambda dask_scheduler: dask_scheduler.add_plugin(counter))
        start = time.perf_counter()
        summary = dedupe_files(
            client,
            [str(source)],
            str(work / "out.jsonl"),
            DedupeConfig(mode="near"),
            block_bytes=args.block_bytes,
        )
        wall = time.perf_counter() - start
        kinds = client.run_on_scheduler(
            lambda dask_scheduler: dask_scheduler.plugins["task-counter"].by_kind
        )
    digest = hashlib.sha1((work / "out.jsonl").read_bytes()).hexdigest()[:12]
    print(
        f"{args.records} records, {source.stat().st_size:,} bytes, blocks of {args.block_bytes:,}"
    )
    print(f"duplicates {summary.duplicates}, output sha1 {digest}, wall {wall:.1f} s")
    print(
        f"tasks {sum(kinds.values()):,}: "
        + ", ".join(f"{k} {v:,}" for k, v in sorted(kinds.items()))
    )


if __name__ == "__main__":
    main()
