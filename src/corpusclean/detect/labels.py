"""The repeated-label detector: a short title-case label printed twice or more is a credit.

An outlet's name under every photo, a section label above every teaser: short, capitalised,
no sentence end, repeated. Structured content repeats too (a table's row labels, an
interview's standing question), so many distinct labels, or one repeated often, mean the
document's own structure and nothing is removed.

A label printed twice only because the run of blocks around it was printed twice in a row (a
live blog's newest entry again after a refresh: "15:59 GMT / BAAR, SWITZERLAND" twice) is
printed once: its first printing stays, its second goes as the copy it is.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..dedupe.within import FAMILY as COPIES
from ..language import Language
from ..model import Block, Verdict
from ..text import ends_like_sentence, field_label, is_capitalised, label_key
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
# A run printed twice in a row has at least this many blocks for its labels to be the run's:
# one line printed twice in a row alone ("Getty Images / Getty Images") is a label stutter,
# and both printings go as before. With a second block, the whole run is a copy (an entry
# with its stamp, a paragraph group with its sub-heading), which a credit beside different
# captions never is.
COPIED_RUN_MIN_BLOCKS = 2
# ... and at most this many: a live blog's entry (a stamp, a dateline, a paragraph or a few),
# a sub-heading with its paragraphs. Longer runs printed twice are pasted bodies, which
# `run.DocumentRun.without_reflowed_copy` and duplicate repair handle. The cap keeps the
# test linear: every label printed twice is looked at, each in at most this many blocks.
COPIED_RUN_MAX_BLOCKS = 8


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
    twins = facts.twins
    if twins is not None and not twins:
        return  # no two blocks of the document share a key (most documents): none repeats
    keys = _label_keys(blocks, twins, facts)
    counts = Counter(filter(None, keys))  # the labels: "" is a block that is none
    repeated = [key for key, count in counts.items() if count >= LABEL_MIN_COUNT]
    if not repeated:  # most documents: no label is printed twice, so nothing goes
        return
    # A copied run's short lines are printed once: the copy goes, the first printing is
    # judged as if alone, and they count toward no guard below.
    copied = _copied_run_labels(blocks, keys, counts)
    for second in copied.values():
        if verdicts[second].keep:
            verdicts[second] = _COPY_VERDICT
    repeated = [key for key in repeated if key not in copied]
    if not repeated:
        return
    if len(repeated) > LABEL_MAX_DISTINCT or any(counts[k] > LABEL_MAX_COUNT for k in repeated):
        return
    exempt = keys[0] if keys else ""
    structure = _structural_keys(blocks, keys, verdicts, facts).union(copied)
    structure.update(_fact_box_keys(blocks, keys))
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


def _label_keys(blocks: Sequence[Block], twins: frozenset[int] | None, facts: Facts) -> list[str]:
    """Each block's `_label_key`, or "" for a block with no twin (`Facts.twins`: no other
    block of the document may share its key), whose key is then printed once.

    Every reading of the keys below counts a label only where it is printed twice or more
    (`LABEL_MIN_COUNT`), so a key printed once decides nothing, and the twins' keys alone
    are found: in the documents where some block has a twin, most blocks have none (issue
    #8). Every block's key when the document's blocks were not given (``twins`` None).
    """
    if twins is None:
        return facts.each(_label_key, blocks)
    return [facts.of(_label_key, block) if block.start in twins else "" for block in blocks]


_COPY_VERDICT = Verdict(
    keep=False,
    rule=NAME,
    reason="a short line printed again with the run of blocks around it, printed twice in a "
    "row (the copy; the first printing stays)",
    family=COPIES,
)


def _copied_run_labels(
    blocks: Sequence[Block], keys: Sequence[str], counts: Counter[str]
) -> dict[str, int]:
    """The labels printed twice only as part of a run printed twice in a row, each with the
    place of its second printing.

    The two printings must sit at the same place in two back-to-back copies of a run of
    `COPIED_RUN_MIN_BLOCKS` or more blocks, text for text: blocks[s : s + w] and
    blocks[s + w : s + 2w], w the distance between the printings. A credit under two photos,
    or a section label above two teasers, sits beside different lines and stays a label.
    Its risk: a pair of labels printed twice in a row ("Getty Images / Reuters Photo" twice)
    reads as a run, and its first printing stays. Linear: a label has two printings here, and
    each look walks at most 2 * `COPIED_RUN_MAX_BLOCKS` blocks.
    """
    printings: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        if key and counts[key] == LABEL_MIN_COUNT:
            printings.setdefault(key, []).append(index)
    copied: dict[str, int] = {}
    for key, (first, second) in printings.items():
        width = second - first
        if (
            COPIED_RUN_MIN_BLOCKS <= width <= COPIED_RUN_MAX_BLOCKS
            and blocks[first].text == blocks[second].text  # the key folds case; a copy doesn't
            and _equal_stretch(blocks, first, width) >= width
        ):
            copied[key] = second
    return copied


def _equal_stretch(blocks: Sequence[Block], first: int, width: int) -> int:
    """How many blocks in a row around ``first`` equal the block ``width`` places on, up to
    ``width`` on each side (enough to tell whether a whole run of ``width`` is copied)."""
    before = 0
    while (
        before < width
        and first - before - 1 >= 0
        and (blocks[first - before - 1].text == blocks[first - before - 1 + width].text)
    ):
        before += 1
    after = 0
    while (
        after < width
        and first + after + 1 + width < len(blocks)
        and (blocks[first + after + 1].text == blocks[first + after + 1 + width].text)
    ):
        after += 1
    return before + 1 + after


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


def _fact_box_keys(blocks: Sequence[Block], keys: Sequence[str]) -> set[str]:
    """The repeated labels that are a fact box's fields, not credits.

    A "Label: value" row is a field when its label heads another value elsewhere in the
    document ("Geöffnet: Di–So, 10–18 Uhr" twice, "Geöffnet: Mi–So, 10–17 Uhr" once: the
    same field of three museums), or when a row of the same shape with another label sits
    next to it ("Eintritt: frei" above it: a box of fields). A credit printed under each
    photo sits beside captions, not beside other fields. Risk, accepted: a credit with a
    label ("Foto: Getty Images" twice, "Foto: Reuters" once) that no rule removed stays;
    rules remove labelled credits (`image_credit`), this detector is for bare ones.
    Linear: one partition per block.
    """
    labels = [field_label(block.text) for block in blocks]
    values: dict[str, set[str]] = {}
    for block, label in zip(blocks, labels, strict=True):
        if label:  # the row's words: a value differs in its words or digits, not its marks
            values.setdefault(label, set()).add(label_key(block.text))
    fields: set[str] = set()
    for index, key in enumerate(keys):
        label = labels[index]
        if not key or not label:
            continue
        if len(values[label]) > 1 or _beside_other_field(labels, index):
            fields.add(key)
    return fields


def _beside_other_field(labels: Sequence[str], index: int) -> bool:
    """Whether a block next to the row at ``index`` is a row with another label."""
    return any(
        0 <= near < len(labels) and labels[near] and labels[near] != labels[index]
        for near in (index - 1, index + 1)
    )


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
