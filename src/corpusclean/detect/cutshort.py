"""The cut-short titles detector: a list of other stories' titles that the site cut short.

Sidebars and teaser boxes print other stories' titles in a fixed width and cut the longer
ones mid-phrase with an ellipsis ("21 tatouages qui ont merveilleusement bien…", "…餐點兼具
創意與美味 適合聚餐同樂的優質..."). A whole page's text keeps such a box wherever the
template put it (above the story, beside it, below it), and the page model keeps its lines
when they are long enough to look like text. One title that trails off is a quote or a
line of dialogue; several within a few lines, each no longer than a headline, are a box
that a width cut short, in any language. The detector removes the lines from the first such
title to the last.

False-positive risk: verse, lyrics and dialogue trail off too ("And then…"). So the
detector reads only text taken for a whole page (`Facts.page_text`), a cluster needs
CUT_MIN_TITLES cut titles at most CUT_MAX_GAP kept lines apart with no prose line among
them, and a prose paragraph must stand outside it (a page that is only the list, a section
front, is left to the page classifier). Ambiguous: the removal budget applies.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..language import Language
from ..model import Block, Verdict
from ..text import ELLIPSES
from .facts import Facts, prose

__all__ = ["ends_cut_short", "is_cut_short_title", "mark_cut_short_titles"]

NAME = "cut_short_titles"
FAMILY = "related"

# A title is at most CUT_TITLE_MAX_WORDS words (`text.word_count`: two Han or kana characters
# a word): a headline's length. A longer line ending with an ellipsis is a summary cut short
# (`trailing_headlines` reads those, with their headlines) or a paragraph trailing off.
CUT_TITLE_MAX_WORDS = 20
# A box holds at least CUT_MIN_TITLES cut titles: two can be a quote and its reply.
CUT_MIN_TITLES = 3
# Consecutive cut titles of one box are at most CUT_MAX_GAP kept blocks apart: a box prints
# titles that fit whole between the cut ones, and section labels ("住宿心得", "Most read").
# Chosen on half A of the dev sites (`pixnet`: three whole titles and a label between two
# cut ones).
CUT_MAX_GAP = 5

# An ellipsis (three dots or more, or the character) right after a character that is no
# space and no stop: the width cut the title inside a word, a phrase or a run of signs
# ("...果園&...", "...步道>...", "...慶餘堂)......."; chosen on half A, `pixnet`). An
# ellipsis after a space or a stop is a sentence trailing off or an omission, not a cut.
_CUT_SHORT = re.compile(r"[^\s.!?。…](?:\.{3,}|…)$")


def ends_cut_short(text: str) -> bool:
    """Whether a line ends with an ellipsis on a word: a width cut it, as a teaser is cut.

    >>> ends_cut_short("Produziert von…"), ends_cut_short("Er schwieg lange …")
    (True, False)
    """
    return _CUT_SHORT.search(text.rstrip()[-8:]) is not None


def is_cut_short_title(block: Block, _language: Language | None = None) -> bool:
    """Whether a block is a title cut short: headline-long, ending with an ellipsis on a word.

    >>> is_cut_short_title(Block("Voici à quoi ressemblent des vêtements «grande…", 0, 1))
    True
    >>> is_cut_short_title(Block("He paused. And then...", 0, 1))
    True
    >>> is_cut_short_title(Block("He paused and said nothing at all for a while …", 0, 1))
    False
    """
    return block.words <= CUT_TITLE_MAX_WORDS and ends_cut_short(block.text)


def _cut_short_lines(blocks: Sequence[Block], facts: Facts) -> frozenset[int]:
    """The first input lines of the titles cut short among ``blocks`` (`is_cut_short_title`).

    A reader of lines (`Facts.of_scope`), read once a document: the test reads a line's
    text and word count alone, so a round's cut titles are the scope's that it holds (issue
    #8: each round walked its kept lines for them). The cheap test first: a block's text is
    trimmed, and most end with no ellipsis (every line `_CUT_SHORT` matches ends with one of
    ELLIPSES).
    """
    return frozenset(
        block.start
        for block in blocks
        if block.text.endswith(ELLIPSES) and is_cut_short_title(block, facts.language)
    )


def _clusters(cut: Sequence[int]) -> list[tuple[int, int]]:
    """Runs of positions (in kept order) at most CUT_MAX_GAP apart, as (first, last), that
    hold CUT_MIN_TITLES positions or more."""
    found: list[tuple[int, int]] = []
    start = 0
    for k in range(1, len(cut) + 1):
        if k == len(cut) or cut[k] - cut[k - 1] > CUT_MAX_GAP:
            if k - start >= CUT_MIN_TITLES:
                found.append((cut[start], cut[k - 1]))
            start = k
    return found


def mark_cut_short_titles(blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts) -> None:
    """Remove the kept lines of a box of titles cut short, from its first cut title to its
    last, on text taken for a whole page."""
    if not facts.page_text:
        return
    titles = facts.of_scope(_cut_short_lines, blocks)
    if len(titles) < CUT_MIN_TITLES:
        return  # most documents: too few in the scope, so in every round
    kept = [i for i, verdict in enumerate(verdicts) if verdict.keep]
    cut = [p for p, i in enumerate(kept) if blocks[i].start in titles]
    if len(cut) < CUT_MIN_TITLES:
        return
    # A cut title of a dozen words ends with dots, which end a sentence too: it is no
    # paragraph here.
    cut_set = set(cut)
    is_prose = [
        is_text and p not in cut_set
        for p, is_text in enumerate(facts.each(prose, [blocks[i] for i in kept]))
    ]
    removal = Verdict(
        keep=False,
        rule=NAME,
        reason="one of a box of other stories' titles, several cut short with an ellipsis",
        family=FAMILY,
    )
    prose_total = sum(is_prose)
    for first, last in _clusters(cut):
        inside = sum(is_prose[first : last + 1])
        if inside:
            continue  # a paragraph among them: the lines trail off inside a text
        if prose_total == inside:
            continue  # the page is the list itself
        for p in range(first, last + 1):
            verdicts[kept[p]] = removal
