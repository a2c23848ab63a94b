"""The article printed again with other breaks (another extraction of the same page): no
block shared with the first printing, so it is found by its start and its words."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ...model import Block
from ...text import key_words
from .duplicate import DUPLICATE_REFLOWED, MAX_PASTED_COPIES, PASTED_RUN_MIN_PARAGRAPHS, Duplicate

# The article printed again with other breaks (its paragraphs joined, hard-wrapped, a sentence
# a line: another extraction of the same page) shares no block with its first printing, so no
# key finds it. A later block that starts as the article's first block or paragraph does, in
# its first this many characters (or is, whole, that block's start, of at least the lesser
# number: a short first sentence set on its own line), may start such a copy; the words are
# then compared. The lesser number holds a dateline ("BAAR, SWITZERLAND").
REFLOWED_PROBE_CHARS = 40
REFLOWED_MIN_START_CHARS = 12
# At most this many such blocks are compared, each once: a document printing its first
# paragraph's start many times (a refrain, an attack) stays linear.
REFLOWED_MAX_STARTS = 2
# ... among at most this many blocks that share the start's first characters, looked at in
# turn (a document printing them on every line stays linear: one search a block looked at).
REFLOWED_MAX_HITS = 8
# A copy from another extraction leaves out what the first printing holds between
# paragraphs: a block of at most this many words (a caption, "Advertisement", a sub-heading).
REFLOWED_SKIP_MAX_WORDS = 8
# The copy may hold a short block of its own (`REFLOWED_SKIP_MAX_WORDS`) that the first
# printing lacks: the other extraction set an ad's label inside a paragraph, splitting it.
# One at a time: two such blocks in a row are something else than a label (a list, a
# section of its own), and the copy ends there.
REFLOWED_COPY_SKIPS_IN_A_ROW = 1


def _lead_paragraph(blocks: Sequence[Block], title: int | None, min_words: int) -> int | None:
    """The index of the article's first paragraph: the first whole paragraph (``min_words``
    words or more) that is not the title."""
    return next(
        (i for i, block in enumerate(blocks) if block.words >= min_words and i != title), None
    )


def find_reflowed_copy(
    blocks: Sequence[Block],
    title: int | None,
    min_words: int,
    shared: Collection[int] | None = None,
) -> dict[int, Duplicate]:
    """The article printed again from its first paragraph on with other breaks: each of the
    copy's blocks, and the block where its first word was first printed.

    A later block that starts as the article's first block (after the title) or its first
    paragraph (`_lead_paragraph`) does starts a copy when the words of the blocks from there
    on are the words of the article from that block on, in order, block after block, over
    `PASTED_RUN_MIN_PARAGRAPHS` whole paragraphs at least, and one block of it at least is
    not a block of the first printing (a copy block for block is `find_duplicates`' case).
    Short blocks of the first printing (`REFLOWED_SKIP_MAX_WORDS`) may be left out of the
    copy. The copy ends at the first block whose words differ. A block printed three times
    or more is recurring content, which has no copy.

    Linear: for each of the two starting blocks, two tests a block, then at most
    `REFLOWED_MAX_STARTS` comparisons, each reading the article and the copy once.
    ``shared`` is `layout.shared_starts` of blocks that ``blocks`` are some of (the
    document's), when the caller has it: a starting block it does not name starts as no
    other block does, so no later block starts its copy, and it is not looked for.

    >>> texts = ["Storm hits coast", "Rain fell on the town all night, and the river rose.",
    ...     "By morning the bridge was closed and the school too.",
    ...     "Rain fell on the town all night, and the river rose. By morning the bridge",
    ...     "was closed and the school too."]
    >>> sorted(find_reflowed_copy([Block(t, i, i + 1) for i, t in enumerate(texts)], 0, 8))
    [3, 4]
    """
    lead = _lead_paragraph(blocks, title, min_words)
    if lead is None:
        return {}
    # The copy may start at the article's first block (a dateline, a short first line set
    # apart, now joined to the paragraph under it) or at its first paragraph (the short
    # blocks above it left out).
    opening = 1 if title == 0 else 0
    sources = [
        source
        for source in dict.fromkeys((opening, lead))
        if shared is None or blocks[source].start in shared
    ]
    if not sources:  # most rounds of a document whose blocks start alike: its first
        return {}  # block and paragraph start as no other block does
    # Each block's first characters: a start holds the source's (one C search a start).
    heads = [block.text[:REFLOWED_MIN_START_CHARS] for block in blocks]
    for source in sources:
        for start in _copy_starts(blocks, heads, source):
            copy = _reflowed_from(blocks, source, start, min_words)
            if copy:
                return copy
    return {}


def _copy_starts(blocks: Sequence[Block], heads: list[str], source: int) -> list[int]:
    """The blocks after ``source``'s next one that start as it does (see
    `REFLOWED_PROBE_CHARS`): at most `REFLOWED_MAX_STARTS` of them, none when it is printed
    three times or more (recurring content, a refrain). ``heads`` are the blocks' first
    `REFLOWED_MIN_START_CHARS` characters."""
    first = blocks[source].text
    key, probe = heads[source], first[:REFLOWED_PROBE_CHARS]
    if len(key) < REFLOWED_MIN_START_CHARS:
        return []
    starts: list[int] = []
    index = source + 1
    for _ in range(REFLOWED_MAX_HITS):
        try:
            index = heads.index(key, index + 1)
        except ValueError:
            break
        text = blocks[index].text
        if text.startswith(probe) or probe.startswith(text):
            starts.append(index)
            if len(starts) == REFLOWED_MAX_STARTS:
                break
    if starts and sum(block.text == first for block in blocks) > MAX_PASTED_COPIES:
        return []
    return starts


class _FirstPrinting:
    """The words of ``blocks[source:start]`` in order, read a block at a time as a comparison
    needs them: most starts differ within a block or two, and the article is not read."""

    def __init__(self, blocks: Sequence[Block], source: int, start: int) -> None:
        self.blocks, self.source, self.start = blocks, source, start
        self.words: list[str] = []
        self.owner: list[int] = []  # the block each word is in
        self.begins = [0]  # where the words of block ``source + k`` begin; then where they end
        self.read = source  # the next block to read

    def has(self, count: int) -> bool:
        """Whether the first printing holds ``count`` words, reading blocks as needed."""
        while len(self.words) < count and self.read < self.start:
            found = key_words(self.blocks[self.read].text)
            self.words += found
            self.owner += [self.read] * len(found)
            self.begins.append(len(self.words))
            self.read += 1
        return len(self.words) >= count

    def span(self, block: int) -> tuple[int, int]:
        """Where a block's words begin and end (a block already read)."""
        return self.begins[block - self.source], self.begins[block - self.source + 1]


def _reflowed_from(
    blocks: Sequence[Block], source: int, start: int, min_words: int
) -> dict[int, Duplicate]:
    """The copy of ``blocks[source:start]`` that starts at ``start`` (see `find_reflowed_copy`);
    empty when it covers fewer than `PASTED_RUN_MIN_PARAGRAPHS` whole paragraphs."""
    printing = _FirstPrinting(blocks, source, start)
    words = printing.words
    short = min(REFLOWED_SKIP_MAX_WORDS, min_words - 1)  # never a whole paragraph
    at, copy, reflowed = 0, {}, False
    passed = start - 1  # the last short block of the copy's own passed over, if any
    for index in range(start, len(blocks)):
        found = key_words(blocks[index].text)
        if not found:
            break
        end = at + len(found)
        if printing.has(end) and words[at:end] == found:  # most blocks: none left out
            first = at
        else:
            span = _skipping_short_blocks(printing, found, at, short)
            if span is None:
                if _passes_over(blocks[index], index, passed, short):
                    passed = index
                    continue
                break
            (first, end), reflowed = span, True
        origin = printing.owner[first]
        copy[index] = Duplicate(DUPLICATE_REFLOWED, origin)
        # A block that is not one block of the first printing, word for word.
        reflowed |= printing.span(origin) != (first, end)
        at = end
    if not reflowed:
        return {}  # a copy block for block: the keys find it (`find_duplicates`)
    whole = sum(
        1
        for index in range(source, printing.read)
        if blocks[index].words >= min_words and printing.span(index)[1] <= at
    )
    return copy if whole >= PASTED_RUN_MIN_PARAGRAPHS else {}


def _passes_over(block: Block, index: int, passed: int, short: int) -> bool:
    """Whether a copy's block its first printing lacks may be passed over: a short one (an
    ad's label set inside a paragraph, "Advertisement" / "Anzeige", by the other extraction),
    not right after another (`REFLOWED_COPY_SKIPS_IN_A_ROW`). It stays where it is: the copy
    only goes on if the next block continues the first printing's words, and the block is
    left to the rules."""
    return block.words <= short and index - passed > REFLOWED_COPY_SKIPS_IN_A_ROW


def _skipping_short_blocks(
    printing: _FirstPrinting, found: Sequence[str], at: int, short: int
) -> tuple[int, int] | None:
    """Where the first printing's words from ``at`` on hold ``found`` (its first word's
    position, and the position after its last) with short blocks (of ``short`` words at
    most) left out where they start; None if they do not. Word by word, so a block left out
    may fall inside the copy's block."""
    first = None
    words, owner = printing.words, printing.owner
    for word in found:
        while printing.has(at + 1) and words[at] != word:
            skipped = owner[at]
            begin, end = printing.span(skipped)
            if begin != at or printing.blocks[skipped].words > short:
                return None
            at = end
        if not printing.has(at + 1):
            return None
        if first is None:
            first = at
        at += 1
    return (at, at) if first is None else (first, at)
