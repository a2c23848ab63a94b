"""The reader of Parquet files, through pyarrow (the ``parquet`` extra).

Each row is one record, its columns the record's fields, as a JSONL line's are; ``line`` is
the 1-based row number. Rows are read a batch at a time, so a large file is never held in
memory whole. Parquet compresses inside the file, so ``.parquet`` takes no compression
suffix.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from .compression import MissingExtraError
from .records import Record, Reject

__all__ = ["read_parquet"]

_MISSING = (
    "{path}: reading Parquet files needs the pyarrow package; install it with "
    "pip install 'corpusclean[parquet]'"
)
_BATCH_ROWS = 1024


def read_parquet(handle: IO[bytes], path: str) -> Iterator[Record | Reject]:
    """Yield a `Record` for every row of a Parquet file."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise MissingExtraError(_MISSING.format(path=path)) from None
    number = 0
    for batch in pq.ParquetFile(handle).iter_batches(batch_size=_BATCH_ROWS):
        for row in batch.to_pylist():
            number += 1
            yield Record(row, path, number)
