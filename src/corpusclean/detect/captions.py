"""The caption-fragment detector: a caption cut off at a comma, beside a photo credit.

No body paragraph ends with a comma, and a credit line is where captions are printed. A
credit is any removal of the ``credits`` family, by a rule or a detector, so a new credit
rule in a rule file is seen here without a code change.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Block, Verdict
from .facts import Facts
from .scopes import LIST_TEASER_MAX_WORDS

__all__ = ["mark_caption_fragments"]

NAME = "caption_fragment"
#: The family whose removals count as photo credits.
CREDITS = "credits"


def mark_caption_fragments(blocks: Sequence[Block], verdicts: list[Verdict], _facts: Facts) -> None:
    """Remove a caption cut off at a comma that sits right next to a removed photo credit.

    No body paragraph ends with a comma, and a credit line is where captions are printed.
    """
    credit = [not v.keep and v.family == CREDITS for v in verdicts]
    if not any(credit):  # most documents: no credit, so no caption beside one
        return
    for index, block in enumerate(blocks):
        beside_credit = (index > 0 and credit[index - 1]) or (
            index + 1 < len(blocks) and credit[index + 1]
        )
        if (
            verdicts[index].keep
            and beside_credit
            and block.text.endswith(",")
            and block.words <= LIST_TEASER_MAX_WORDS
        ):
            verdicts[index] = Verdict(
                keep=False,
                rule=NAME,
                reason="a line ending in a comma beside a photo credit (a caption)",
                family=CREDITS,
            )
