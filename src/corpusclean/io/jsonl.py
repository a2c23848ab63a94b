"""The reader of JSON Lines files: one JSON object per line, each one record.

A line over ``--max-bytes`` is rejected without being held in memory whole: the reader
reads at most the limit, then skips to the end of the line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO

from .records import Record, Reject
from .text import EncodingErrors, decode, not_utf8_reason, too_big_reason

__all__ = ["read_jsonl"]

_CHUNK = 1 << 20


def read_jsonl(
    handle: IO[bytes], path: str, max_bytes: int, errors: EncodingErrors, first_line: int = 1
) -> Iterator[Record | Reject]:
    """Yield a `Record` or a `Reject` for every non-blank line of a (decompressed) stream.

    `first_line` is the number of the stream's first line in its file (a part of a file
    read on its own, as the distributed engine does, starts further on).
    """
    number = first_line - 1
    while True:
        raw = handle.readline(max_bytes + 1)
        if not raw:
            return
        number += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            _skip_rest_of_line(handle)
            yield Reject(path, number, too_big_reason("the record", max_bytes), _excerpt(raw))
        elif raw.strip():
            yield parse_jsonl_line(raw, path, number, errors)


def _skip_rest_of_line(handle: IO[bytes]) -> None:
    while True:
        rest = handle.readline(_CHUNK)
        if not rest or rest.endswith(b"\n"):
            return


def _excerpt(raw: bytes) -> str:
    return raw[:200].decode("utf-8", errors="replace")


def parse_jsonl_line(raw: bytes, path: str, number: int, errors: EncodingErrors) -> Record | Reject:
    """The record on one line of a JSONL file, or the reason it is not one."""
    try:
        text, charset = decode(raw, errors)
        data = json.loads(text)
    except UnicodeDecodeError as error:
        return Reject(path, number, not_utf8_reason(error), _excerpt(raw))
    except ValueError as error:
        return Reject(path, number, f"not valid JSON: {error}", _excerpt(raw))
    if not isinstance(data, dict):
        reason = f"expected a JSON object, got {type(data).__name__}"
        return Reject(path, number, reason, _excerpt(raw))
    if charset != "utf-8":
        data.setdefault("charset", charset)
    return Record(data, path, number)
