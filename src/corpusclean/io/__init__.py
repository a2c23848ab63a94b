"""The I/O edge: records read from files, folders and standard input; atomic JSONL output.

One module per format (`text`, `jsonl`, `warc`, `parquet`), compression by suffix
(`compression`), the dispatch over inputs (`sources`) and the writer (`writers`). The CLI
reads and writes through these; so can any Python program:

>>> from corpusclean.io import ReadOptions, Record, read_records
>>> items = list(read_records(["seeds/"], ReadOptions()))  # doctest: +SKIP
"""

from .compression import MissingExtraError, open_compressed
from .records import Record, Reject, Skipped
from .sources import ReadOptions, ReadProgress, read_records
from .writers import atomic_output

__all__ = [
    "MissingExtraError",
    "ReadOptions",
    "ReadProgress",
    "Record",
    "Reject",
    "Skipped",
    "atomic_output",
    "open_compressed",
    "read_records",
]
