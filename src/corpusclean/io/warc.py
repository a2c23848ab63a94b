"""The reader of WARC and Common Crawl WET files, through warcio (the ``warc`` extra).

Each ``conversion`` record (a WET page's text) and each ``text/plain`` ``resource`` record is
one document: its ``WARC-Target-URI`` becomes the record's ``source``, its
``WARC-Record-ID`` its ``id``, and the other WARC headers go to ``metadata``. WET text is a
whole page (menus, footers), so these records ask for page mode unless the user chose one.
``response`` records hold HTML, which corpusclean does not extract: each is rejected with
that reason. ``warcinfo``, ``request`` and ``metadata`` records describe the crawl, not
documents, and are not counted.

warcio over fastwarc: on a 20,000-page WET file fastwarc read 3.3 times faster (see
docs/benchmarks.md), but cleaning runs near 3.6 MB/s per core, so the parser is about 7% of
a run with warcio and 2% with fastwarc; warcio is pure Python, installs wherever corpusclean
does, and writes the WET files the tests read.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

from .compression import MissingExtraError
from .records import Record, Reject
from .text import EncodingErrors, read_decoded

__all__ = ["read_warc"]

_MISSING = (
    "{path}: reading WARC/WET files needs the warcio package; install it with "
    "pip install 'corpusclean[warc]'"
)
_NOT_TEXT = (
    "a WARC {kind} record holds {content_type}, not text; corpusclean cleans text: extract "
    "it first (Common Crawl's WET files hold the text of each page)"
)
_DOCUMENT_TYPES = ("conversion", "resource", "response")


def read_warc(
    handle: IO[bytes], path: str, max_bytes: int, errors: EncodingErrors
) -> Iterator[Record | Reject]:
    """Yield a `Record` or a `Reject` for every document record of a (decompressed) WARC."""
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        raise MissingExtraError(_MISSING.format(path=path)) from None
    number = 0
    for record in ArchiveIterator(handle):
        if record.rec_type not in _DOCUMENT_TYPES:
            continue
        number += 1
        yield _warc_document(record, path, number, max_bytes, errors)


def _warc_document(
    record: Any, path: str, number: int, max_bytes: int, errors: EncodingErrors
) -> Record | Reject:
    headers = dict(record.rec_headers.headers)
    record_id = headers.get("WARC-Record-ID")
    content_type = headers.get("Content-Type", "")
    if record.rec_type == "response" or not content_type.startswith("text/plain"):
        reason = _NOT_TEXT.format(kind=record.rec_type, content_type=content_type or "no type")
        return Reject(path, number, reason, id=record_id)
    decoded = read_decoded(record.content_stream(), max_bytes, "the record", errors)
    if isinstance(decoded, str):
        return Reject(path, number, decoded, id=record_id)
    text, charset = decoded
    data: dict[str, Any] = {
        "id": record_id,
        "text": text,
        "source": headers.get("WARC-Target-URI"),
        **{name: value for name, value in headers.items() if name != "WARC-Target-URI"},
    }
    data.pop("WARC-Record-ID", None)
    if charset != "utf-8":
        data["charset"] = charset
    return Record(data, path, number, text_field="text", mode="page")
