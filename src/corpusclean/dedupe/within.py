"""Repeated blocks inside one document: a title printed twice, paragraphs pasted again.

Repair, don't reject: the first copy stays, later copies are reported. Blocks are compared
on a key that ignores case, spacing, punctuation and quote style, so near-identical repeats
match. A short block (a one-word line, a refrain) is removed only as part of a run of
repeated paragraphs, never just because it repeats.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import attrs

from ..model import Block
from ..text import label_key

__all__ = [
    "DUPLICATE_PARAGRAPH",
    "DUPLICATE_RUN",
    "DUPLICATE_TITLE",
    "MAX_PASTED_COPIES",
    "Duplicate",
    "KeyCache",
    "comparison_keys",
    "find_duplicates",
    "twin_candidates",
]

#: The names of this module's removals, and their family (see `detect.registry`).
DUPLICATE_TITLE = "duplicate_title"
DUPLICATE_PARAGRAPH = "duplicate_paragraph"
DUPLICATE_RUN = "duplicate_run"
FAMILY = "duplicates"

#: A block seen more often than this is recurring content, never removed as a repeat.
MAX_PASTED_COPIES = 2


@attrs.frozen(slots=True)
class Duplicate:
    """A block that repeats an earlier one: which rule found it and which block it repeats."""

    rule: str
    original: int


def _mark_title_copies(keys: Sequence[str], title: int | None, found: dict[int, Duplicate]) -> None:
    if title is None or not keys[title]:
        return
    for index, key in enumerate(keys):
        if index != title and key == keys[title]:
            found[index] = Duplicate(DUPLICATE_TITLE, title)


def _mark_repeats(
    blocks: Sequence[Block], keys: Sequence[str], min_words: int, found: dict[int, Duplicate]
) -> None:
    first_seen: dict[str, int] = {}
    counts = Counter(keys)
    for index, key in enumerate(keys):
        # A block printed three times or more is a recurring element (a refrain, an
        # interview's standing question, a table's row label), not a paste error.
        if not key or index in found or counts[key] > MAX_PASTED_COPIES:
            continue
        original = first_seen.setdefault(key, index)
        if original == index:
            continue
        previous = found.get(index - 1)
        in_run = previous is not None and previous.original == original - 1
        if blocks[index].words >= min_words:
            found[index] = Duplicate(DUPLICATE_PARAGRAPH, original)
        elif in_run:
            found[index] = Duplicate(DUPLICATE_RUN, original)


def _extend_runs_backwards(keys: Sequence[str], found: dict[int, Duplicate]) -> None:
    """A short block just before a repeated run is part of the run when its twin is too."""
    for index in range(len(keys) - 2, 0, -1):
        following = found.get(index + 1)
        if index in found or following is None or following.rule == DUPLICATE_TITLE:
            continue
        twin = following.original - 1
        if 0 <= twin < index and keys[index] and keys[twin] == keys[index] and twin not in found:
            found[index] = Duplicate(DUPLICATE_RUN, twin)


def _letter_counts(text: str) -> tuple[int, int, int, int]:
    # Blocks with equal keys hold the same letters: these counts are equal for them too.
    folded = text.casefold()
    return folded.count("e"), folded.count("a"), folded.count("o"), folded.count("n")


#: What `comparison_keys` keeps per block of a document, by its first input line: its
#: `label_key`, once needed.
KeyCache = dict[int, str]


def twin_candidates(blocks: Sequence[Block]) -> frozenset[int]:
    """The first input lines of the blocks whose letter counts another block shares.

    Only these blocks can have the same key as another, among these blocks or among any
    subset of them (what a later round of the same document keeps), so the others need no
    key; when there are none, the document holds no duplicate at all.

    >>> texts = ["Same words.", "Other", "same WORDS"]
    >>> sorted(twin_candidates([Block(t, i, i + 1) for i, t in enumerate(texts)]))
    [0, 2]
    """
    counts = [_letter_counts(block.text) for block in blocks]
    shared = Counter(counts)
    return frozenset(b.start for b, c in zip(blocks, counts, strict=True) if shared[c] > 1)


def comparison_keys(
    blocks: Sequence[Block], cache: KeyCache | None = None, candidates: frozenset[int] | None = None
) -> list[str]:
    """Keys that compare as `label_key` does, computed only where a twin is possible.

    A block whose letter counts no other block shares can equal no other block, so it gets
    a stand-in key of its own instead of its `label_key` (which costs several times more).
    ``cache`` keeps what was computed by a block's first input line, across the rounds of
    one document; ``candidates`` are the document's `twin_candidates`, when known, and
    then the blocks must be some of that document's blocks.

    >>> blocks = [Block(t, i, i + 1) for i, t in enumerate(["Same words.", "Other", "same WORDS"])]
    >>> comparison_keys(blocks)
    ['same words', '\\x001', 'same words']
    """
    cache = {} if cache is None else cache
    if candidates is None:
        candidates = twin_candidates(blocks)
    keys = []
    for index, block in enumerate(blocks):
        if block.start not in candidates:
            # No word character is a NUL, so no real key equals a stand-in.
            keys.append(f"\0{index}")
            continue
        key = cache.get(block.start)
        if key is None:
            key = cache[block.start] = label_key(block.text)
        keys.append(key)
    return keys


def find_duplicates(
    blocks: Sequence[Block],
    title: int | None = None,
    min_words: int = 12,
    keys: Sequence[str] | None = None,
) -> dict[int, Duplicate]:
    """Map the index of every repeated block to the `Duplicate` that explains it.

    ``title`` is the index of the title block, if any: any later copy of it goes, whatever
    its length. ``keys`` are the blocks' comparison keys, when the caller has them already.
    Linear in the number of blocks.

    >>> blocks = [Block(t, i, i + 1) for i, t in enumerate(
    ...     ["Jack Ma in KL", "Jack Ma in KL", "He opened an office in Kuala Lumpur today.",
    ...      "Yes", "He opened an office in Kuala Lumpur today!", "Yes"])]
    >>> sorted((i, d.rule) for i, d in find_duplicates(blocks, title=0, min_words=5).items())
    [(1, 'duplicate_title'), (4, 'duplicate_paragraph'), (5, 'duplicate_run')]
    """
    keys = comparison_keys(blocks) if keys is None else keys
    found: dict[int, Duplicate] = {}
    _mark_title_copies(keys, title, found)
    _mark_repeats(blocks, keys, min_words, found)
    _extend_runs_backwards(keys, found)
    return found
