"""The state of learning, owned by the caller: two passes, each a mergeable count.

Pass 1, `LineSketch`: the documents of each source, exactly, and a count-min sketch of how
many documents of a source hold each line (fixed memory, whatever the corpus).
Pass 2, `LineCounts`: exact counts for the candidates only, the lines whose sketch estimate
reaches the thresholds (the estimate never falls below the true count, so no line that
qualifies is missed): in how many documents, in how many of them it looks like prose, and
its smallest text as the example.

Both states add up: ``a.merged(b)`` is the state of the documents of ``a`` and ``b``, in any
order and grouping (a distributed reduction can count shards apart and merge). The learned
rules depend only on the exact counts, so they are the same in any document order.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from collections.abc import Iterable

import attrs

from ..config import Config
from .lines import LineSeen
from .sketch import CountMinSketch, key_cells

__all__ = ["LearnSettings", "LineCounts", "LineSketch", "LineTally", "sketch_cells"]

#: A line must be in at least this many documents of a source: fewer is no pattern (two
#: pages of a site can share a line by chance, a quote or a headline).
DEFAULT_MIN_DOCS = 5
#: ... and in at least this share of the source's documents: a site's chrome is on most of
#: its pages, while a line on a few of many (a recurring name, a series title) is content.
DEFAULT_MIN_SHARE = 0.5
#: A line that looks like article prose (`text.is_prose`) in more than this share of its
#: documents is never learned (1.0: no guard): real content a site repeats (a standard
#: paragraph, the same article on many pages) reads as prose; its menus and pitches do not.
MAX_PROSE_SHARE = 0.5
#: Counters a sketch row: 4 Mi. With 100k documents of ~50 lines (5 M pairs) a counter
#: collects about 1.2 other pairs, so a line seen once rarely reaches an estimate of 5 in
#: every row; a false candidate costs only an entry in the exact second pass.
DEFAULT_SKETCH_WIDTH = 1 << 22
#: Rows: 4 rows of 4 Mi 32-bit counters take 64 MiB.
DEFAULT_SKETCH_DEPTH = 4


@attrs.frozen(kw_only=True)
class LearnSettings:
    """How lines are learned: the source of a document, the thresholds, how lines are read.

    ``by`` is ``"domain"`` (the host of the record's source URL, without ``www.``),
    ``"source"`` or a record field's name. ``config`` normalises and segments lines as
    ``clean`` will with it.
    """

    by: str = "domain"
    min_docs: int = attrs.field(default=DEFAULT_MIN_DOCS, validator=attrs.validators.ge(1))
    min_share: float = attrs.field(default=DEFAULT_MIN_SHARE)
    max_prose_share: float = attrs.field(default=MAX_PROSE_SHARE)
    sketch_width: int = attrs.field(default=DEFAULT_SKETCH_WIDTH, validator=attrs.validators.ge(1))
    sketch_depth: int = attrs.field(default=DEFAULT_SKETCH_DEPTH)
    config: Config = attrs.field(factory=Config)

    @min_share.validator
    @max_prose_share.validator
    def _check_share(self, attribute: attrs.Attribute[float], value: float) -> None:
        if not 0.0 <= value <= 1.0:
            raise ValueError(f"{attribute.name} is a share between 0 and 1, got {value!r}")

    def needed(self, documents: int) -> int:
        """The documents a line must be in, for a source of ``documents`` documents."""
        return max(self.min_docs, math.ceil(self.min_share * documents - 1e-9))


def _pair(source: str, key: str) -> bytes:
    return f"{source}\x00{key}".encode("utf-8", "surrogatepass")


def sketch_cells(settings: LearnSettings, source: str, lines: Iterable[LineSeen]) -> array[int]:
    """The sketch counters a document's distinct `lines` add to (`LineSketch.add_cells`):
    a few numbers a line, where a worker process would otherwise send back the lines."""
    width, depth = settings.sketch_width, settings.sketch_depth
    cells = array("Q")
    for line in lines:
        cells.extend(key_cells(_pair(source, line.key), width, depth))
    return cells


class LineSketch:
    """Pass 1: documents per source (exact) and documents per (source, line) (sketched)."""

    def __init__(self, settings: LearnSettings) -> None:
        self.settings = settings
        self.documents: Counter[str] = Counter()
        self.sketch = CountMinSketch(settings.sketch_width, settings.sketch_depth)

    def add(self, source: str, lines: Iterable[LineSeen]) -> None:
        """Count one document of ``source``; ``lines`` are its distinct lines."""
        self.add_cells(source, sketch_cells(self.settings, source, lines))

    def add_cells(self, source: str, cells: Iterable[int]) -> None:
        """Count one document of ``source`` by its lines' `sketch_cells`."""
        self.documents[source] += 1
        self.sketch.add_cells(cells)

    def is_candidate(self, source: str, key: str) -> bool:
        """Whether the line may reach the thresholds: its estimate does (it never falls short)."""
        needed = self.settings.needed(self.documents[source])
        return self.sketch.estimate(_pair(source, key)) >= needed

    def merged(self, other: LineSketch) -> LineSketch:
        """The pass-1 state of both inputs' documents."""
        _check_same(self.settings, other.settings)
        merged = LineSketch(self.settings)
        merged.documents = self.documents + other.documents
        merged.sketch = self.sketch.merged(other.sketch)
        return merged


@attrs.frozen(slots=True)
class LineTally:
    """The exact counts of one (source, line) candidate."""

    documents: int
    prose: int
    #: The smallest and the largest text seen under the key: when they differ, the line's
    #: digits vary (a date, a count) and the pattern generalises them.
    first_text: str
    last_text: str
    words: int

    def plus(self, other: LineTally) -> LineTally:
        """Both tallies together."""
        return LineTally(
            self.documents + other.documents,
            self.prose + other.prose,
            min(self.first_text, other.first_text),
            max(self.last_text, other.last_text),
            max(self.words, other.words),
        )


class LineCounts:
    """Pass 2: exact counts of the candidate lines of each source; mergeable like pass 1."""

    def __init__(self, settings: LearnSettings) -> None:
        self.settings = settings
        self.documents: Counter[str] = Counter()
        self.lines: dict[tuple[str, str], LineTally] = {}

    def add(self, source: str, lines: Iterable[LineSeen], sketch: LineSketch) -> None:
        """Count one document of ``source``: its candidate lines exactly."""
        self.add_candidates(source, (ln for ln in lines if sketch.is_candidate(source, ln.key)))

    def add_candidates(self, source: str, lines: Iterable[LineSeen]) -> None:
        """Count one document of ``source`` whose candidate lines are ``lines`` (already
        told by the sketch, as a worker does)."""
        self.documents[source] += 1
        for line in lines:
            tally = LineTally(1, int(line.prose), line.text, line.text, line.words)
            found = self.lines.get((source, line.key))
            self.lines[(source, line.key)] = tally if found is None else found.plus(tally)

    def merged(self, other: LineCounts) -> LineCounts:
        """The pass-2 state of both inputs' documents."""
        _check_same(self.settings, other.settings)
        merged = LineCounts(self.settings)
        merged.documents = self.documents + other.documents
        merged.lines = dict(self.lines)
        for key, tally in other.lines.items():
            found = merged.lines.get(key)
            merged.lines[key] = tally if found is None else found.plus(tally)
        return merged

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LineCounts):
            return NotImplemented
        return (self.settings, self.documents, self.lines) == (
            other.settings,
            other.documents,
            other.lines,
        )

    __hash__ = None  # type: ignore[assignment]


def _check_same(left: LearnSettings, right: LearnSettings) -> None:
    if left != right:
        raise ValueError("only counts made with the same LearnSettings can be merged")
