"""A document's lines as learning sees them: the blocks `clean` matches rules against.

Lines are normalised and segmented exactly as `Cleaner.run` does it (same `Config` fields),
so a learned pattern matches the block `clean` will test. Each line gets a comparison key
(casefolded, every run of digits one placeholder: a date or a count in the line does not
make it a new line) and the prose evidence of its occurrence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from ..config import Config
from ..segment import normalized_blocks
from ..text import is_prose

__all__ = ["LineSeen", "document_lines", "line_key", "line_pattern"]

_DIGITS = re.compile(r"\d+")
# Stands for a run of digits in a key; a control character no normalised line holds.
_DIGIT_MARK = "\x00"


@attrs.frozen(slots=True)
class LineSeen:
    """One distinct line of a document: its key, its text, its words, and whether any of its
    occurrences in the document looks like article prose."""

    key: str
    text: str
    words: int
    prose: bool


def line_key(text: str) -> str:
    """The key lines are counted under: casefolded, each run of digits one mark.

    >>> line_key("Updated 12 May 2020") == line_key("UPDATED 3 May 2021")
    True
    """
    return _DIGITS.sub(_DIGIT_MARK, text.casefold())


def line_pattern(text: str, generalise_digits: bool) -> str:
    """A pattern matching the whole line (case is ignored by the rule), digits as ``\\d+``
    when ``generalise_digits``; spaces stay readable.

    >>> line_pattern("Updated: 12 May (2020)", True)
    'Updated: \\\\d+ May \\\\(\\\\d+\\\\)'
    """
    if not generalise_digits:
        return _escape(text)
    parts = _DIGITS.split(text)
    return r"\d+".join(_escape(part) for part in parts)


def _escape(text: str) -> str:
    return re.escape(text).replace("\\ ", " ")


def document_lines(text: str, config: Config) -> Iterator[LineSeen]:
    """The distinct lines (blocks) of a document, each once, in a fixed order (by key).

    An occurrence looks like prose when the block is prose (`text.is_prose`: 12 words or
    more, ending like a sentence). Its position is not evidence: a site's chrome often holds
    prose teasers, and every chrome line after one would sit "inside the body" (on the dev
    set evaluation that guard learned fewer lines and gained less precision; see
    docs/benchmarks.md).
    """
    _, blocks = normalized_blocks(text, config)
    seen: dict[str, LineSeen] = {}
    for block in blocks:
        key = line_key(block.text)
        looks_prose = is_prose(block.text, block.words)
        found = seen.get(key)
        if found is not None:
            text = min(found.text, block.text)
            seen[key] = LineSeen(
                key, text, max(found.words, block.words), found.prose or looks_prose
            )
        else:
            seen[key] = LineSeen(key, block.text, block.words, looks_prose)
    return iter(sorted(seen.values(), key=_by_key))


def _by_key(line: LineSeen) -> str:
    return line.key
