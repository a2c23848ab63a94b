"""Decoding input bytes, and the reader of plain text files (one document per file).

Bytes that are not UTF-8 are handled as ``--encoding-errors`` says: ``strict`` rejects them,
``replace`` puts U+FFFD for each bad byte, ``guess`` decodes them as ftfy guesses (UTF-16
with a byte-order mark, MacRoman, or Windows-1252, which every byte decodes in) and records
the charset in the record's metadata. Guessing suffices for the Latin-1 and Windows-1252
files that make most non-UTF-8 web text; it cannot tell Cyrillic or Greek single-byte
charsets apart, which is why it is a choice and not the default.
"""

from __future__ import annotations

from typing import IO, Literal

from .records import Record, Reject

__all__ = ["ENCODING_ERRORS", "EncodingErrors", "decode", "read_text_document"]

EncodingErrors = Literal["strict", "replace", "guess"]
ENCODING_ERRORS: tuple[EncodingErrors, ...] = ("strict", "replace", "guess")

_NOT_UTF8 = (
    "not valid UTF-8 ({reason} at byte {start}); re-encode the input as UTF-8, or pass "
    "--encoding-errors guess (decode as Latin-1/Windows-1252, recording the charset) or "
    "--encoding-errors replace (replace the bad bytes with U+FFFD)"
)
_TOO_BIG = "{what} is over the limit of {limit} bytes; raise --max-bytes to clean it"


def decode(raw: bytes, errors: EncodingErrors) -> tuple[str, str]:
    """The text of ``raw`` and the charset it was decoded from; raises `UnicodeDecodeError`.

    >>> decode(b"Caf\\xe9 au lait", "guess")
    ('Café au lait', 'windows-1252')
    >>> decode("Café".encode(), "strict")
    ('Café', 'utf-8')
    """
    if errors != "guess":
        return raw.decode("utf-8", errors=errors), "utf-8"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        # ftfy is imported here, for bytes that are not UTF-8, not with the module: every
        # CLI process imports this one, and ftfy's import was about a fifth of its start
        # (issue #8, startup42).
        import ftfy

        text, charset = ftfy.guess_bytes(raw)
        # ftfy's codec name for Windows-1252 that also decodes its five undefined bytes.
        return text, "windows-1252" if charset == "sloppy-windows-1252" else charset


def not_utf8_reason(error: UnicodeDecodeError) -> str:
    """The reject reason for bytes that are not UTF-8, with what to do about it."""
    return _NOT_UTF8.format(reason=error.reason, start=error.start)


def too_big_reason(what: str, limit: int) -> str:
    """The reject reason for input over ``--max-bytes``."""
    return _TOO_BIG.format(what=what, limit=limit)


def read_decoded(
    handle: IO[bytes], max_bytes: int, what: str, errors: EncodingErrors
) -> tuple[str, str] | str:
    """Read at most ``max_bytes`` and decode them: the text and its charset, or the reason
    to reject ``what`` (over the limit, or not UTF-8)."""
    raw = handle.read(max_bytes + 1)
    if len(raw) > max_bytes:
        return too_big_reason(what, max_bytes)
    try:
        return decode(raw, errors)
    except UnicodeDecodeError as error:
        return not_utf8_reason(error)


def read_text_document(
    handle: IO[bytes], path: str, doc_id: str, max_bytes: int, errors: EncodingErrors
) -> Record | Reject:
    """Read a whole (decompressed) file as one document whose id is ``doc_id``."""
    decoded = read_decoded(handle, max_bytes, "the file", errors)
    if isinstance(decoded, str):
        return Reject(path, None, decoded, id=doc_id)
    text, charset = decoded
    data = {"id": doc_id, "text": text, "source": path}
    if charset != "utf-8":
        data["charset"] = charset
    return Record(data, path, None, text_field="text")
