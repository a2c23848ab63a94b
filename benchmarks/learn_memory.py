"""Peak memory and time of ``corpusclean learn`` on a large corpus built from the dev set.

Usage: python benchmarks/learn_memory.py DEVSET_DIR [--records 100000 10000] [--sources 500]

For each size, writes a JSONL corpus to a temporary folder (never into the project): record
``n`` belongs to site ``n % sources`` (``https://site-K.example/N``), whose chrome is the
fullpage chrome of one dev-set page (the lines before its first and after its last gold
line), around the lenient text of a dev-set page drawn at random; the first line of the body
carries the record number, so article lines repeat across sites but rarely within one.
Then runs ``corpusclean learn`` on it in a child process and reports the child's wall time
and peak RSS (VmHWM). The machine may be shared: times are noisy, memory is not.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from learn_eval import _chrome, _pages


def write_corpus(devset: Path, path: Path, records: int, sources: int) -> None:
    pages = _pages(devset / "scrapinghub")
    chromes = [_chrome(page) for page in pages]
    rng = random.Random(1)
    with path.open("w", encoding="utf-8") as handle:
        for number in range(records):
            site = number % sources
            top, bottom = chromes[site % len(chromes)]
            body = str(rng.choice(pages)["lenient"]).strip("\n")
            text = "\n".join([*top, f"Record {number}: {body}", *bottom])
            source = f"https://site-{site}.example/{number}"
            handle.write(json.dumps({"id": str(number), "source": source, "text": text}) + "\n")


def peak_rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def child(corpus: Path, output: Path) -> None:
    from corpusclean.cli import main

    start = time.perf_counter()
    status = main(["learn", str(corpus), "-o", str(output), "-q"])
    seconds = time.perf_counter() - start
    print(json.dumps({"status": status, "seconds": seconds, "peak_mib": peak_rss_mib()}))


def measure(devset: Path, records: int, sources: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        corpus, output = Path(folder) / "corpus.jsonl", Path(folder) / "rules.toml"
        write_corpus(devset, corpus, records, sources)
        found = subprocess.run(
            [sys.executable, __file__, "--child", str(corpus), str(output)],
            capture_output=True,
            text=True,
            check=True,
        )
        result = json.loads(found.stdout)
        rules = output.read_text(encoding="utf-8").count("[[rules]]")
        size = corpus.stat().st_size / 2**20
    print(
        f"{records} records ({size:.0f} MiB, {sources} sources): {result['seconds']:.0f} s, "
        f"peak RSS {result['peak_mib']:.0f} MiB, {rules} rules"
    )


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        child(Path(sys.argv[2]), Path(sys.argv[3]))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("devset", type=Path)
    parser.add_argument("--records", type=int, nargs="+", default=[100_000, 10_000])
    parser.add_argument("--sources", type=int, default=500)
    args = parser.parse_args()
    for records in args.records:
        measure(args.devset, records, args.sources)


if __name__ == "__main__":
    main()
