"""Time the two WARC parsers corpusclean could read WET files with: fastwarc and warcio.

Usage::

    python benchmarks/wet_readers.py [--pages 20000] [--repeat 5]

Writes a Common Crawl-shaped WET file (gzip per record, a warcinfo record then one
``conversion`` record per page, the seed articles repeated) with warcio's writer, then reads
every conversion record's URL, headers and text with each parser. Prints the median wall time
of ``--repeat`` passes per parser and the MB/s of uncompressed page text.
"""

from __future__ import annotations

import argparse
import io
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def write_wet(path: Path, pages: int) -> int:
    """Write a WET file of ``pages`` pages; return the bytes of page text written."""
    from warcio.warcwriter import WARCWriter

    texts = [p.read_bytes() for p in sorted(SEEDS.glob("*.txt"))]
    total = 0
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "bench"}))
        for number in range(pages):
            text = texts[number % len(texts)]
            total += len(text)
            record = writer.create_warc_record(
                f"https://example.com/{number}",
                "conversion",
                payload=io.BytesIO(text),
                length=len(text),
                warc_content_type="text/plain",
            )
            writer.write_record(record)
    return total


def read_fastwarc(path: Path) -> int:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    count = 0
    with path.open("rb") as handle:
        for record in ArchiveIterator(handle, record_types=WarcRecordType.conversion):
            headers = dict(record.headers.items())
            text = record.reader.read().decode("utf-8")
            count += bool(headers["WARC-Target-URI"]) + bool(text) - 1
    return count


def read_warcio(path: Path) -> int:
    from warcio.archiveiterator import ArchiveIterator

    count = 0
    with path.open("rb") as handle:
        for record in ArchiveIterator(handle):
            if record.rec_type != "conversion":
                continue
            headers = dict(record.rec_headers.headers)
            text = record.content_stream().read().decode("utf-8")
            count += bool(headers["WARC-Target-URI"]) + bool(text) - 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.warc.wet.gz"
        text_bytes = write_wet(path, args.pages)
        size = path.stat().st_size
        print(f"{args.pages} pages, {text_bytes / 1e6:.1f} MB of text, {size / 1e6:.1f} MB gzipped")
        readers: dict[str, Callable[[Path], int]] = {
            "fastwarc": read_fastwarc,
            "warcio": read_warcio,
        }
        times: dict[str, list[float]] = {name: [] for name in readers}
        for _ in range(args.repeat):
            for name, read in readers.items():  # interleaved: a busy spell hits both
                start = time.perf_counter()
                assert read(path) == args.pages
                times[name].append(time.perf_counter() - start)
        for name, samples in times.items():
            median = statistics.median(samples)
            print(f"{name:10} {median:7.3f} s  {text_bytes / 1e6 / median:7.1f} MB/s of text")


if __name__ == "__main__":
    main()
