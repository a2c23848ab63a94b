"""The I/O edge: records read from files, folders and standard input; atomic JSONL output.

One module per format (`text`, `jsonl`, `warc`, `parquet`), compression by suffix
(`compression`), the dispatch over inputs (`sources`) and the writer (`writers`). The CLI
reads and writes through these; so can any Python program:

>>> from corpusclean.io import ReadOptions, Record, read_records
>>> items = list(read_records(["seeds/"], ReadOptions()))  # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy import names_on_first_use

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

# Imported on first use (`corpusclean.lazy`): a module that needs one of them (the corpus
# index needs `compression`'s error) does not import every reader and the writer.
if TYPE_CHECKING:
    from .compression import MissingExtraError, open_compressed
    from .records import Record, Reject, Skipped
    from .sources import ReadOptions, ReadProgress, read_records
    from .writers import atomic_output
else:
    __getattr__ = names_on_first_use(
        __name__,
        {
            "MissingExtraError": ".compression",
            "open_compressed": ".compression",
            "Record": ".records",
            "Reject": ".records",
            "Skipped": ".records",
            "ReadOptions": ".sources",
            "ReadProgress": ".sources",
            "read_records": ".sources",
            "atomic_output": ".writers",
        },
    )
