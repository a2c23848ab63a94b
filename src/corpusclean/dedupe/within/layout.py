"""Copies a page's layout makes: two blocks printed again joined on one line, a FAQ's
question as its answer's start, a table's header row again after a page break."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence

from ...model import Block
from ...text import ends_like_sentence
from .duplicate import DUPLICATE_REFLOWED, DUPLICATE_RUN, DUPLICATE_TEASER, Duplicate
from .reflowed import REFLOWED_MAX_STARTS, REFLOWED_MIN_START_CHARS
from .teasers import TEASER_MIN_WORDS

# Two blocks printed again joined on one line after them ("question? answer", a FAQ's markup
# printed as text; a heading and its paragraph; two paragraphs another extraction joined):
# a later block of at least `JOINED_MIN_WORDS` words that is, space for space, an earlier
# block, a space and the block right after it is their copy and goes (blind8 half 15: a FAQ
# printed again a pair a line stayed on all 17 pages). Each part has `REFLOWED_MIN_START_CHARS`
# characters or more, so that one-word lines ("Ja", "Nein") never join into a match. Each part
# is prose too (`_is_joined_part`: it ends like a sentence or holds `JOINED_PART_MIN_WORDS`
# words or more), as a question, an answer or a paragraph is: a poem's or song's closing line
# that joins its first two verse lines, short and ending in no stop, is the poem's own
# (session19 probes: "Und wenn der Wind vom Inn her weht dann singen wir das alte Lied" went).
# Not on a page's text (`DocumentRun.remove_duplicates`): there
# the pair may be a teaser the page classifier drops, and the joined line the only printing.
JOINED_MIN_WORDS = TEASER_MIN_WORDS
JOINED_PART_MIN_WORDS = TEASER_MIN_WORDS


def find_joined_pair_copies(
    blocks: Sequence[Block], shared: Collection[int] | None = None
) -> dict[int, Duplicate]:
    """Blocks that are two earlier blocks in a row joined by a space: their copy (see
    `JOINED_MIN_WORDS`).

    Linear: earlier blocks are looked up by their first `REFLOWED_MIN_START_CHARS`
    characters, and a block is tested against at most two of them; a document whose blocks
    all start differently is left after one set of those starts. ``shared`` is
    `shared_starts` of blocks that ``blocks`` are some of (the document's), when the caller
    has it: then only the blocks it names are read, and no block's start is taken.

    >>> texts = ["Why now?", "Wann gilt die neue Regelung?", "Ab dem 1. Januar für alle.",
    ...     "The story goes on here.", "Wann gilt die neue Regelung? Ab dem 1. Januar für alle."]
    >>> find_joined_pair_copies([Block(t, i, i + 1) for i, t in enumerate(texts)])
    {4: Duplicate(rule='duplicate_reflowed', original=1)}
    """
    # A block whose start no other block shares neither is a copy (it starts as the pair's
    # first block) nor is looked up as a pair's first block (by the start of a later block),
    # so only blocks that share a start are read: two in five documents of the speed corpus
    # have two blocks that do, and those are about a fifth of their blocks. Reading more
    # blocks than those (the document's that share a start, ``shared``, where some other
    # block of the document shares it but none of ``blocks`` does) finds the same: such a
    # block finds no earlier block of its start, and no later block looks its start up.
    shared = shared_starts(blocks) if shared is None else shared
    read = [index for index, block in enumerate(blocks) if block.start in shared]
    found: dict[int, Duplicate] = {}
    starts: dict[str, list[int]] = {}
    for index in read:
        block = blocks[index]
        text = block.text
        head = text[:REFLOWED_MIN_START_CHARS]
        if block.words >= JOINED_MIN_WORDS:
            for first in starts.get(head, ())[:REFLOWED_MAX_STARTS]:
                pair = blocks[first : first + 2]
                if (
                    first + 1 < index
                    and _joins(pair[0].text, pair[1].text, text)
                    and all(_is_joined_part(part) for part in pair)
                ):
                    found[index] = Duplicate(DUPLICATE_REFLOWED, first)
                    break
        if len(text) >= REFLOWED_MIN_START_CHARS:
            starts.setdefault(head, []).append(index)
    return found


def _starts(blocks: Sequence[Block]) -> list[str]:
    """Each block's first `REFLOWED_MIN_START_CHARS` characters."""
    return [block.text[:REFLOWED_MIN_START_CHARS] for block in blocks]


def shared_starts(blocks: Sequence[Block]) -> frozenset[int]:
    """The first input lines of those of ``blocks`` whose first `REFLOWED_MIN_START_CHARS`
    characters another of them shares: empty when no two start alike (`blocks_start_alike`).

    The only blocks of any round (some of ``blocks``) that `find_joined_pair_copies` reads
    as a copy or a pair's first block, and that `find_reflowed_copy` can start a copy's
    comparison from: both look a block's start up among the other blocks' starts, and a
    start no other block of the document has is none of a round's other blocks' either.
    So a run finds it once for the document's blocks and gives it to both in every round
    (issue #8: they read a round's every block's start before).

    >>> texts = ["Storm hits coast", "Rain fell on the town all night.", "Rain fell on the town."]
    >>> sorted(shared_starts([Block(t, i, i + 1) for i, t in enumerate(texts)]))
    [1, 2]
    """
    heads = _starts(blocks)
    if len(set(heads)) == len(heads):  # most documents: one C set of the starts
        return frozenset()
    counts = Counter(heads)
    return frozenset(
        block.start for block, head in zip(blocks, heads, strict=True) if counts[head] > 1
    )


def blocks_start_alike(blocks: Sequence[Block]) -> bool:
    """Whether two of ``blocks`` share their first `REFLOWED_MIN_START_CHARS` characters.

    When not, neither `find_joined_pair_copies` (whose copy starts as its pair's first
    block) nor `find_reflowed_copy` (whose copy's first block starts as the article's
    first block or paragraph does, in as many characters at least) finds anything among
    ``blocks`` or among any of them: the same blocks start as they did. So a run asks once
    for the document's blocks and skips both finders in every round of a document without
    (issue #8: three documents in five of the speed corpus).

    >>> texts = ["Storm hits coast", "Rain fell on the town all night.", "Rain fell on the town."]
    >>> blocks = [Block(t, i, i + 1) for i, t in enumerate(texts)]
    >>> blocks_start_alike(blocks), blocks_start_alike(blocks[:2])
    (True, False)
    """
    return bool(shared_starts(blocks))


def _is_joined_part(block: Block) -> bool:
    """Whether ``block`` may be a part of a pair printed again joined: prose, a verse line not
    (see `JOINED_PART_MIN_WORDS`).

    >>> _is_joined_part(Block("Wann gilt die neue Regelung?", 0, 1))
    True
    >>> _is_joined_part(Block("dann singen wir das alte Lied", 0, 1))
    False
    """
    return block.words >= JOINED_PART_MIN_WORDS or ends_like_sentence(block.text)


def _joins(first: str, second: str, text: str) -> bool:
    """Whether ``text`` is ``first``, a space and ``second``, each of at least
    `REFLOWED_MIN_START_CHARS` characters."""
    return (
        len(second) >= REFLOWED_MIN_START_CHARS
        and len(text) == len(first) + 1 + len(second)
        and text.startswith(first)
        and text[len(first)] == " "
        and text.endswith(second)
    )


# A FAQ whose answers open with their question again ("Wer ist betroffen?" over "Wer ist
# betroffen? Vor allem Haushalte ..."): a question of at least `QUESTION_HEADING_MIN_WORDS`
# words right above a block that starts with it and a space is that block's copy, the block
# stays (blind6 half 12: every such heading stayed). A question only: a sub-heading that
# opens its paragraph's first sentence ("Die Lage" / "Die Lage ist ernst.") is no copy, and
# the headline is never one. An interview answer that repeats the question first keeps its
# words; only the interviewer's line goes, which says nothing the answer does not. A FAQ
# has several: at least `QUESTION_HEADING_MIN_PAIRS` such pairs in the document, else each
# stays (one short question over its paragraph is too short to tell from a paragraph of its
# own, as `TEASER_MIN_WORDS` says for a first sentence; tests/test_dedupe_teaser.py).
QUESTION_HEADING_MIN_WORDS = 3
QUESTION_HEADING_MIN_PAIRS = 2


def find_question_heading_copies(
    blocks: Sequence[Block], title: int | None
) -> dict[int, Duplicate]:
    """Questions right above a block that opens with them, when a document has two or more:
    copies of its start (see `QUESTION_HEADING_MIN_WORDS`). Linear: one start test a block
    ending in a question mark.

    >>> texts = ["Rules change", "Who is affected?", "Who is affected? Homes in the old town.",
    ...     "When does it start?", "When does it start? On the first of March."]
    >>> sorted(find_question_heading_copies([Block(t, i, i + 1) for i, t in enumerate(texts)], 0))
    [1, 3]
    """
    found: dict[int, Duplicate] = {}
    asked = [index for index, block in enumerate(blocks) if block.text.endswith("?")]
    for index in asked:
        text = blocks[index].text
        if (
            index != title
            and index + 1 < len(blocks)
            and blocks[index].words >= QUESTION_HEADING_MIN_WORDS
            and blocks[index + 1].text.startswith(text + " ")
        ):
            found[index] = Duplicate(DUPLICATE_TEASER, index + 1)
    return found if len(found) >= QUESTION_HEADING_MIN_PAIRS else {}


# A table split by a page break prints its header row again, often with the last row before
# the break (a PDF's or a print view's extraction): inside one run of table rows (" | "
# between cells, as many cells each), a row equal to the run's first row, when that row is a
# header (a letter in every cell), is its copy, and so is the row right after it when it
# equals the row right above it (blind6 half 12: both copies stayed on all 10 pages). Other
# equal rows of a table stay: two days with the same hours, two matches with the same score.
_TABLE_CELL_SEPARATOR = " | "


def find_page_break_copies(blocks: Sequence[Block]) -> dict[int, Duplicate]:
    """A table's header row printed again inside it, and the row printed again after that
    header (see `_TABLE_CELL_SEPARATOR`). Linear: one substring test a document, each row
    read once when a cell separator is found.

    >>> rows = ["Town | In 2020 | In 2025", "Lescun | 183 | 176", "Accous | 458 | 471"]
    >>> texts = ["Intro.", *rows[:2], rows[0], *rows[1:], "End."]
    >>> find_page_break_copies([Block(t, i, i + 1) for i, t in enumerate(texts)])
    {3: Duplicate(rule='duplicate_run', original=1), 4: Duplicate(rule='duplicate_run', original=2)}
    """
    found: dict[int, Duplicate] = {}
    if _TABLE_CELL_SEPARATOR not in "\n".join([block.text for block in blocks]):
        return found
    start = 0
    while start < len(blocks):
        cells = blocks[start].text.count(_TABLE_CELL_SEPARATOR)
        end = start + 1
        while (
            end < len(blocks) and cells and blocks[end].text.count(_TABLE_CELL_SEPARATOR) == cells
        ):
            end += 1
        if end - start > 2 and _is_header_row(blocks[start].text):
            _mark_header_again(blocks, start, end, found)
        start = end
    return found


def _is_header_row(text: str) -> bool:
    """Whether every cell of a table row holds a letter: a header, no row of figures."""
    return all(any(c.isalpha() for c in cell) for cell in text.split(_TABLE_CELL_SEPARATOR))


def _mark_header_again(
    blocks: Sequence[Block], start: int, end: int, found: dict[int, Duplicate]
) -> None:
    """Mark the header of the table at ``start``..``end`` printed again inside it, and the
    row after that printing when it is the row above it."""
    header = blocks[start].text
    for index in range(start + 2, end):
        if blocks[index].text != header:
            continue
        found[index] = Duplicate(DUPLICATE_RUN, start)
        after = index + 1
        if after < end and blocks[after].text == blocks[index - 1].text:
            found[after] = Duplicate(DUPLICATE_RUN, index - 1)
