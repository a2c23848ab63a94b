"""Near dedupe end to end: corpusclean's own NumPy MinHash against datasketch and rensa.

    python benchmarks/dedupe_speed.py ../shared/devset/scrapinghub --sizes 10000,100000

One run measures every implementation on the same synthetic corpus, one size at a time, each
in a fresh subprocess (so each one's peak memory is its own), with the same threshold, the
same number of permutations and the same LSH bands (`near.lsh_parameters`). Each does the
whole job, end to end: read the JSONL, make the word 5-grams of every text's comparison key,
MinHash them, band them, check the candidate pairs, cluster, write the kept records.

* ``corpusclean``: ``corpusclean dedupe --near`` itself (two reads of the input, signatures
  in NumPy batches, every candidate checked on exact Jaccard from the spilled shingle sets).
* ``datasketch``: ``MinHash.update_batch`` (SHA-1 per shingle) and ``MinHashLSH`` (insert,
  then query each document), candidates accepted on datasketch's estimated Jaccard
  (``MinHash.jaccard``): less work than an exact check, which favours the baseline.
* ``rensa``: ``RMinHash.update`` and ``RMinHashLSH``, the same way.

The synthetic corpus (``--sizes`` documents, cached in ``--workdir``) is made from dev-set
article bodies: each document is 3 to 12 random paragraphs with 30% of the words replaced by
dev-set words drawn by their frequency (so documents are distinct, like real articles), and
10% of documents are syndicated copies of an earlier one (last paragraph dropped, a chrome
line added). No dev-set text is stored in the project.

Wall time and CPU time (user + system, of the child, start-up excluded) are the medians of
``--repeat`` runs; the machine is shared, and CPU time is what other load disturbs least.
Peak memory is the child's peak RSS (VmHWM). Each implementation runs once untimed on a
small corpus first, with bytecode caching on (``PYTHONDONTWRITEBYTECODE`` unset), so no run
pays for compiling its modules from source: an installed package has its bytecode, and
without this corpusclean's imports (an editable install, compiled at every start) weighed
on the 10,000-record runs while the libraries' were already compiled.

``--memory-cap GIB`` caps each child's address space (``RLIMIT_AS``), so an implementation
that outgrows the machine fails alone instead of taking the machine (and other jobs) down;
a run that hits the cap is reported with the number of records it had indexed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

THRESHOLD = 0.5
NUM_PERM = 120
SHINGLE_WORDS = 5
COPY_SHARE = 0.1
REPLACED_WORDS = 0.3
IMPLEMENTATIONS = ("corpusclean", "datasketch", "rensa")
WARM_UP_SIZE = 200


def make_corpus(devset: Path, size: int, path: Path, seed: int = 13) -> None:
    """Write `size` synthetic records (see the module docstring) to `path`."""
    rng = random.Random(seed)
    paragraphs = [
        line.strip()
        for gold in sorted(devset.glob("*/gold.txt"))
        for line in gold.read_text(encoding="utf-8").splitlines()
        if len(line.split()) >= 8
    ]
    # Every word occurrence, so replacements follow the dev set's word frequencies (mostly
    # English function words, as in real text), not a uniform draw of rare words.
    vocabulary = [word for paragraph in paragraphs for word in paragraph.split()]
    texts: list[str] = []
    with path.open("w", encoding="utf-8") as out:
        for number in range(size):
            if texts and rng.random() < COPY_SHARE:
                lines = rng.choice(texts).split("\n")
                text = "\n".join(["Follow us on Twitter for the latest news", *lines[:-1]])
            else:
                chosen = rng.sample(paragraphs, rng.randint(3, 12))
                text = "\n".join(
                    " ".join(
                        rng.choice(vocabulary) if rng.random() < REPLACED_WORDS else word
                        for word in paragraph.split()
                    )
                    for paragraph in chosen
                )
                texts.append(text)
            out.write(json.dumps({"id": f"doc{number}", "text": text}) + "\n")


def _shingles(text: str) -> list[bytes]:
    from corpusclean.text import label_key

    words = label_key(text).split()
    count = max(len(words) - SHINGLE_WORDS + 1, 1)
    return [" ".join(words[i : i + SHINGLE_WORDS]).encode() for i in range(count)]


class OutOfMemoryError(Exception):
    """The child hit its memory cap after indexing `records` records."""

    def __init__(self, records: int) -> None:
        super().__init__(records)
        self.records = records


def _run_library(name: str, source: Path, output: Path) -> int:
    """datasketch or rensa: insert every document, query it, join estimated-similar pairs."""
    from corpusclean.dedupe.near import lsh_parameters
    from corpusclean.dedupe.store import UnionFind

    bands, _rows = lsh_parameters(THRESHOLD, NUM_PERM)
    if name == "datasketch":
        from datasketch import MinHash, MinHashLSH

        index: Any = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM, params=(bands, _rows))

        def sign(items: list[bytes]) -> Any:
            minhash = MinHash(num_perm=NUM_PERM, seed=1)
            minhash.update_batch(items)
            return minhash
    else:
        from rensa import RMinHash, RMinHashLSH

        index = RMinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM, num_bands=bands)

        def sign(items: list[bytes]) -> Any:
            minhash = RMinHash(num_perm=NUM_PERM, seed=1)
            minhash.update([item.decode() for item in items])
            return minhash

    records, signatures, sets = [], [], UnionFind()
    with source.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            try:
                record = json.loads(line)
                records.append(record)
                signature = sign(_shingles(record["text"]))
                signatures.append(signature)
                sets.add()
                for other in index.query(signature):
                    if signature.jaccard(signatures[other]) >= THRESHOLD:
                        sets.union(number, other)
                index.insert(number, signature)
            except MemoryError:
                del records, signatures, index  # room to report
                raise OutOfMemoryError(number) from None
    kept = 0
    with output.open("w", encoding="utf-8") as out:
        for number, record in enumerate(records):
            if sets.find(number) == number:
                out.write(json.dumps(record) + "\n")
                kept += 1
    return len(records) - kept


def _run_corpusclean(source: Path, output: Path) -> int:
    from corpusclean.cli import main

    status = main(
        [
            "dedupe",
            str(source),
            "-o",
            str(output),
            "--near",
            "--threshold",
            str(THRESHOLD),
            "--keep",
            "first",
            "-q",
        ]
    )
    assert status == 0
    return sum(1 for _ in source.open()) - sum(1 for _ in output.open())


def _peak_rss_mib(fallback: float) -> float:
    """This process's peak RSS. ``ru_maxrss`` survives exec on Linux, so a child spawned by a
    parent that had just built a big corpus would report the parent's peak: read VmHWM,
    which belongs to the new program, where /proc has it."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return fallback


def child(name: str, source: Path, output: Path) -> None:
    """Run one implementation and print its time, duplicates and peak memory as JSON."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu_before = usage.ru_utime + usage.ru_stime  # the interpreter's start-up, not timed
    start = time.perf_counter()
    failed_at = None
    try:
        dropped = (
            _run_corpusclean(source, output)
            if name == "corpusclean"
            else (_run_library(name, source, output))
        )
    except OutOfMemoryError as error:
        dropped, failed_at = -1, error.records
    seconds = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = usage.ru_utime + usage.ru_stime - cpu_before
    peak = _peak_rss_mib(usage.ru_maxrss / 1024)
    result = {"seconds": seconds, "cpu": cpu, "dropped": dropped, "peak_mib": peak}
    print(json.dumps({**result, "failed_at": failed_at}))


def measure(name: str, source: Path, workdir: Path, cap_gib: float | None = None) -> dict[str, Any]:
    """Run one implementation in a fresh child (capped to `cap_gib` of address space)."""
    command = [sys.executable, __file__, "--child", name, str(source), str(workdir / f"{name}.out")]
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}

    def cap() -> None:
        if cap_gib:
            limit = int(cap_gib * 2**30)
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    done = subprocess.run(command, capture_output=True, text=True, env=env, preexec_fn=cap)
    if done.returncode != 0:  # it failed outside the indexing loop (say, importing, capped)
        reason = (done.stderr.strip().splitlines() or ["no message"])[-1]
        sys.exit(f"{name} failed on {source.name}: {reason}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def warm_up(names: list[str], devset: Path, workdir: Path) -> None:
    """One untimed run of each implementation on a small corpus: bytecode written, files
    cached, so the timed runs measure the work, not the first start."""
    source = workdir / f"corpus-{WARM_UP_SIZE}.jsonl"
    if not source.exists():
        make_corpus(devset, WARM_UP_SIZE, source)
    for name in names:
        measure(name, source, workdir)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "devset", type=Path, nargs="?", help="the scrapinghub folder of the dev set"
    )
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--repeat", type=int, default=1, help="runs per implementation and size")
    parser.add_argument("--only", default=",".join(IMPLEMENTATIONS))
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/corpusclean-dedupe-bench"))
    parser.add_argument(
        "--memory-cap",
        type=float,
        metavar="GIB",
        help="cap each child's address space (RLIMIT_AS) at GIB GiB",
    )
    parser.add_argument(
        "--child", nargs=3, metavar=("NAME", "SOURCE", "OUTPUT"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.child:
        child(args.child[0], Path(args.child[1]), Path(args.child[2]))
        return 0
    args.workdir.mkdir(parents=True, exist_ok=True)
    warm_up(args.only.split(","), args.devset, args.workdir)
    print(
        "| records | implementation | wall s | CPU s | records/s (CPU) | dropped | peak RSS MiB "
        "| x datasketch (wall) | x datasketch (CPU) |"
    )
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|")
    for size in map(int, args.sizes.split(",")):
        source = args.workdir / f"corpus-{size}.jsonl"
        if not source.exists():
            make_corpus(args.devset, size, source)
        rows = {}
        for name in args.only.split(","):
            runs = [
                measure(name, source, args.workdir, args.memory_cap) for _ in range(args.repeat)
            ]
            rows[name] = {
                **runs[-1],
                "seconds": statistics.median(r["seconds"] for r in runs),
                "cpu": statistics.median(r["cpu"] for r in runs),
            }
        base: dict[str, Any] | None = rows.get("datasketch")
        for name, row in rows.items():
            if row.get("failed_at") is not None:
                print(
                    f"| {size} | {name} | hit the {args.memory_cap} GiB cap after "
                    f"{row['failed_at']} records ({row['cpu']:.1f} CPU s) | | | | "
                    f"{row['peak_mib']:.0f} | | |",
                    flush=True,
                )
                continue
            usable = base is not None and base.get("failed_at") is None
            wall = f"{base['seconds'] / row['seconds']:.2f}" if usable else ""
            cpu = f"{base['cpu'] / row['cpu']:.2f}" if usable else ""
            print(
                f"| {size} | {name} | {row['seconds']:.1f} | {row['cpu']:.1f} | "
                f"{size / row['cpu']:.0f} | {row['dropped']} | {row['peak_mib']:.0f} | "
                f"{wall} | {cpu} |",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
