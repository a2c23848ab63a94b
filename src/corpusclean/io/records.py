"""The values that pass through the I/O edge: an input `Record`, a `Reject`, a `Skipped` file.

Every input record ends up either as a cleaned article or as a reject with its reason: a
file that is not UTF-8, a JSONL line that is not JSON or not an object, a record without a
text field or over the size limit. Readers never raise on bad input; they yield a `Reject`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import IO, Any

import attrs

__all__ = [
    "DEFAULT_MAX_BYTES",
    "STDIN",
    "Record",
    "Reject",
    "Skipped",
    "json_line",
    "write_jsonl",
]

#: Records larger than this (UTF-8 bytes) are rejected rather than cleaned.
DEFAULT_MAX_BYTES = 20_000_000
#: The path that records read from standard input carry.
STDIN = "<stdin>"


@attrs.frozen(slots=True)
class Record:
    """One input record: the mapping to clean and where it came from.

    ``line`` is the 1-based line of a JSONL file or record number of a WARC file, None for a
    file that is one document. ``text_field`` names the field the reader put the text in
    (None: the field the user named, ``--text-field``). ``mode`` is the cleaning mode the
    format implies (``"page"`` for WET pages) unless the user chose one.
    """

    data: Mapping[str, Any]
    path: str
    line: int | None
    text_field: str | None = None
    mode: str | None = None

    @property
    def location(self) -> str:
        """Where the record is: ``path:line``, or the path of a one-document file."""
        return self.path if self.line is None else f"{self.path}:{self.line}"


@attrs.frozen(slots=True)
class Reject:
    """An input record that could not be cleaned, where it was, and why."""

    path: str
    line: int | None
    reason: str
    excerpt: str = ""
    id: str | None = None
    #: True when the whole file could not be read (missing, unreadable, truncated).
    unreadable: bool = attrs.field(default=False, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict for the rejects file."""
        return {
            "path": self.path,
            "line": self.line,
            "id": self.id,
            "reason": self.reason,
            "excerpt": self.excerpt,
        }


@attrs.frozen(slots=True)
class Skipped:
    """A file inside an input folder that no reader knows, left out, and why."""

    path: str
    reason: str


def json_line(item: Mapping[str, Any]) -> str:
    """One JSON object as one line (no newline), escaped to ASCII only when the text needs it.

    >>> json_line({"text": "café"}), json_line({"text": "lone \\ud800"})
    ('{"text": "café"}', '{"text": "lone \\\\ud800"}')
    """
    try:
        line = json.dumps(item, ensure_ascii=False)
        line.encode("utf-8")
    except UnicodeEncodeError:
        # Lone surrogates (say, in metadata) cannot be written as UTF-8; escape them.
        line = json.dumps(item, ensure_ascii=True)
    return line


def write_jsonl(handle: IO[str], item: Mapping[str, Any]) -> None:
    """Write one JSON object as one line."""
    handle.write(json_line(item) + "\n")
