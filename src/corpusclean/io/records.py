"""Reading records from files and writing articles and rejects: the I/O edge of the library.

Every input record ends up either as a cleaned article or as a reject with its reason: a
file that is not UTF-8, a JSONL line that is not JSON or not an object, a record without a
text field or over the size limit. Nothing here raises on bad input; it yields a `Reject`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

import attrs

__all__ = ["DEFAULT_MAX_BYTES", "Record", "Reject", "expand_paths", "read_records", "write_jsonl"]

#: Records larger than this (UTF-8 bytes) are rejected rather than cleaned.
DEFAULT_MAX_BYTES = 20_000_000
_TEXT_SUFFIXES = frozenset({".txt", ".text"})
_JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})


@attrs.frozen(slots=True)
class Record:
    """One input record: the mapping to clean and where it came from."""

    data: Mapping[str, Any]
    path: str
    line: int | None


@attrs.frozen(slots=True)
class Reject:
    """An input record that could not be cleaned, where it was, and why."""

    path: str
    line: int | None
    reason: str
    excerpt: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict for the reject file."""
        return attrs.asdict(self)


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Yield the files named, and the .txt/.jsonl files inside named folders, sorted."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in _TEXT_SUFFIXES | _JSONL_SUFFIXES
            )
        else:
            yield path


def _read_text_file(path: Path, max_bytes: int, errors: str) -> Record | Reject:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Reject(
                str(path),
                None,
                f"file is {size} bytes, over the limit of "
                f"{max_bytes}; raise --max-bytes to clean it",
            )
        text = path.read_bytes().decode("utf-8", errors=errors)
    except UnicodeDecodeError as error:
        return Reject(
            str(path),
            None,
            f"not valid UTF-8 ({error.reason} at byte "
            f"{error.start}); re-encode the file or pass --encoding-errors replace",
        )
    except OSError as error:
        return Reject(str(path), None, f"cannot read the file: {error.strerror or error}")
    return Record({"id": path.stem, "text": text, "source": str(path)}, str(path), None)


def _parse_jsonl_line(
    raw: bytes, path: Path, number: int, max_bytes: int, errors: str
) -> Record | Reject:
    excerpt = raw[:200].decode("utf-8", errors="replace")
    if len(raw) > max_bytes:
        return Reject(
            str(path),
            number,
            f"record is {len(raw)} bytes, over the limit of "
            f"{max_bytes}; raise --max-bytes to clean it",
            excerpt,
        )
    try:
        data = json.loads(raw.decode("utf-8", errors=errors))
    except UnicodeDecodeError as error:
        return Reject(
            str(path),
            number,
            f"not valid UTF-8 ({error.reason}); re-encode the "
            "file or pass --encoding-errors replace",
            excerpt,
        )
    except ValueError as error:
        return Reject(str(path), number, f"not valid JSON: {error}", excerpt)
    if not isinstance(data, dict):
        return Reject(
            str(path), number, f"expected a JSON object, got {type(data).__name__}", excerpt
        )
    return Record(data, str(path), number)


def _read_jsonl_file(path: Path, max_bytes: int, errors: str) -> Iterator[Record | Reject]:
    try:
        handle = path.open("rb")
    except OSError as error:
        yield Reject(str(path), None, f"cannot read the file: {error.strerror or error}")
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            if raw.strip():
                yield _parse_jsonl_line(raw, path, number, max_bytes, errors)


def read_records(
    paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES, errors: str = "strict"
) -> Iterator[Record | Reject]:
    """Yield a `Record` or a `Reject` for every document in the given files and folders.

    A ``.jsonl`` file holds one JSON object per line; any other file is one document.
    """
    for path in expand_paths(paths):
        if not path.exists():
            yield Reject(str(path), None, "no such file or folder")
        elif path.suffix.lower() in _JSONL_SUFFIXES:
            yield from _read_jsonl_file(path, max_bytes, errors)
        else:
            yield _read_text_file(path, max_bytes, errors)


def write_jsonl(handle: IO[str], item: Mapping[str, Any]) -> None:
    """Write one JSON object per line, escaping to ASCII only when the text needs it."""
    try:
        line = json.dumps(item, ensure_ascii=False)
        line.encode("utf-8")
    except UnicodeEncodeError:
        # Lone surrogates (say, in metadata) cannot be written as UTF-8; escape them.
        line = json.dumps(item, ensure_ascii=True)
    handle.write(line + "\n")
