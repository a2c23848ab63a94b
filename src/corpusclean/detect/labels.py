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


def mark_repeated_labels(
    blocks: Sequence[Block], verdicts: list[Verdict], _language: Language
) -> None:
    """Remove short title-case labels (an outlet's name as a photo credit) seen twice or more.

    The first block is exempt: a headline printed twice is the duplicate detector's case.
    """
    # The length test first, inline: most blocks are prose, far too long for a label.
    keys = [
        label_key(block.text) if 2 <= block.words <= LABEL_MAX_WORDS and _is_label(block) else ""
        for block in blocks
    ]
    counts = Counter(key for key in keys if key)
    repeated = [key for key, count in counts.items() if count >= LABEL_MIN_COUNT]
    if len(repeated) > LABEL_MAX_DISTINCT or any(counts[k] > LABEL_MAX_COUNT for k in repeated):
        return
    exempt = keys[0] if keys else ""
    for index, key in enumerate(keys):
        if key and key != exempt and counts[key] >= LABEL_MIN_COUNT and verdicts[index].keep:
            verdicts[index] = Verdict(
                keep=False,
                rule=NAME,
                reason=f"a short label printed {counts[key]} times in the document "
                "(a credit, section label or outlet name)",
                family=FAMILY,
            )
