"""The repeated-label detector: a short title-case label printed twice or more is a credit.

An outlet's name under every photo, a section label above every teaser: short, capitalised,
no sentence end, repeated. Structured content repeats too (a table's row labels, an
interview's standing question), so many distinct labels, or one repeated often, mean the
document's own structure and nothing is removed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..language import Language
from ..model import Block, Verdict
from ..text import ends_like_sentence, is_capitalised, label_key
from .facts import Facts, prose

__all__ = ["mark_repeated_labels"]

NAME = "repeated_label"
FAMILY = "credits"

# A label must be this short, and appear this often, to count as a repeated label.
LABEL_MAX_WORDS = 6
LABEL_MIN_COUNT = 2
# More distinct repeated labels than this, or a label repeated more often, means structured
# content (a table, an interview's repeated question), not credits.
LABEL_MAX_DISTINCT = 2
LABEL_MAX_COUNT = 3
# Extractors render a table's cells one a line, each after a "|": a label followed by one is
# a row's label ("The Girl Who Leapt Through Time" above "| 1983").
TABLE_CELL = "|"
# A neighbour this short, not ending a sentence, makes a list with the label (a table of
# contents, a list of components): list items run longer than labels, not to prose length.
LIST_ITEM_MAX_WORDS = 12
# ... and a list has at least this many items: a label beside one stray short line (a share
# button no rule knows) is not in a list.
LIST_MIN_ITEMS = 3


def _is_label(block: Block) -> bool:
    if not 2 <= block.words <= LABEL_MAX_WORDS:
        return False
    words = block.text.split()
    return (
        2 <= len(words) <= LABEL_MAX_WORDS
        and not ends_like_sentence(block.text)
        and not block.text.endswith(":")
        and all(is_capitalised(word) for word in words)
    )


def _label_key(block: Block, _language: Language) -> str:
    """The block's `label_key` when it is shaped like a label, else "" (a block fact)."""
    # The length test first, inline: most blocks are prose, far too long for a label.
    return label_key(block.text) if 2 <= block.words <= LABEL_MAX_WORDS and _is_label(block) else ""


def mark_repeated_labels(blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts) -> None:
    """Remove short title-case labels (an outlet's name as a photo credit) seen twice or more.

    The first block is exempt: a headline printed twice is the duplicate detector's case.
    """
    if facts.twins is not None and not facts.twins:
        return  # no two blocks of the document share a key (most documents): none repeats
    keys = facts.each(_label_key, blocks)
    counts = Counter(filter(None, keys))  # the labels: "" is a block that is none
    repeated = [key for key, count in counts.items() if count >= LABEL_MIN_COUNT]
    if not repeated:  # most documents: no label is printed twice, so nothing goes
        return
    if len(repeated) > LABEL_MAX_DISTINCT or any(counts[k] > LABEL_MAX_COUNT for k in repeated):
        return
    exempt = keys[0] if keys else ""
    structure = _structural_keys(blocks, keys, verdicts, facts)
    for index, key in enumerate(keys):
        if key in structure:
            continue
        if key and key != exempt and counts[key] >= LABEL_MIN_COUNT and verdicts[index].keep:
            verdicts[index] = Verdict(
                keep=False,
                rule=NAME,
                reason=f"a short label printed {counts[key]} times in the document "
                "(a credit, section label or outlet name)",
                family=FAMILY,
            )


def _structural_keys(
    blocks: Sequence[Block], keys: Sequence[str], verdicts: Sequence[Verdict], facts: Facts
) -> set[str]:
    """The labels that are the document's own structure, not credits.

    A table's row label (a cell follows a copy), or a section heading listed in a table of
    contents: one copy sits in a list of short kept lines, another heads a prose paragraph
    ("Assess How Deep Is Your Content" in the contents, then above its section). A credit
    sits beside captions and paragraphs, not in a list of its own kind.
    """
    listed = _in_short_lists(blocks, verdicts)
    is_prose = facts.each(prose, blocks)
    in_list: set[str] = set()
    heading: set[str] = set()
    cells: set[str] = set()
    for index, key in enumerate(keys):
        if not key:
            continue
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if following is not None and following.text.startswith(TABLE_CELL):
            cells.add(key)
        elif following is not None and is_prose[index + 1]:
            heading.add(key)
        if listed[index]:
            in_list.add(key)
    return cells | (in_list & heading)


def _in_short_lists(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> list[bool]:
    """For each block, whether it is in a run of LIST_MIN_ITEMS or more short kept lines."""
    short = [
        verdict.keep and block.words <= LIST_ITEM_MAX_WORDS and not ends_like_sentence(block.text)
        for block, verdict in zip(blocks, verdicts, strict=True)
    ]
    listed = [False] * len(short)
    start = 0
    for index in range(len(short) + 1):
        if index == len(short) or not short[index]:
            if index - start >= LIST_MIN_ITEMS:
                listed[start:index] = [True] * (index - start)
            start = index + 1
    return listed
