"""The gallery detector: a photo gallery's slides, found by their numbered counters.

A page with an embedded gallery ("Business news in pictures") prints each slide as a
counter with the slide's title ("1/50 United goin down", or "3 / 12" alone), its caption and
often a photo credit. Extracted text keeps the whole gallery inside the article, captions
that read like prose and all. What holds on any site and in any language is the counter:
slides numbered 1, 2, 3 ... out of one total, each opening a slide of a few blocks. The
gallery runs from the first counter to the caption of the last slide.

False-positive risks and their guards: a recipe's fractions ("1/4 cup flour", "1/2 tsp
salt") change their denominators and follow each other line by line (a slide has a caption
between its counters); a tweet thread's "1/5 ..." is a long post, not a short slide title;
a date ("1/5/2016") or "24/7" is not a counter; a list that numbers its own items ("1.",
"2.") has no total. A gallery must count from 1 without a gap for at least three slides.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Block, Verdict
from .facts import Facts
from .verdicts import remove_kept_from

__all__ = ["mark_gallery_slides"]

NAME = "gallery_slides"
FAMILY = "credits"

# A slide counter opens the line: "1/50", "1 / 5", then the slide's title or nothing. It is
# not a date ("1/5/2016": no third number) and not glued to a word.
_COUNTER = re.compile(r"(\d{1,3}) ?/ ?(\d{1,3})(?= |$)")
# A counter line is the counter and the slide's short title: longer, it is a post that
# numbers itself ("1/5 Here is why the budget ...", a tweet thread), which is content.
COUNTER_LINE_MAX_WORDS = 14
# Three slides numbered 1, 2, 3 out of one total are a gallery; two could be chance.
GALLERY_MIN_SLIDES = 3
# A slide is its counter, a caption and a credit or two: from one counter to the next are
# at least 2 blocks (a caption between them: a recipe's fractions follow line by line) and
# at most this many (a longer stretch is article text between two galleries' slides).
SLIDE_MAX_BLOCKS = 4
# A caption is a paragraph at most: a longer block inside a slide is the article's.
CAPTION_MAX_WORDS = 120


def _counter(block: Block) -> tuple[int, int] | None:
    """The (slide, total) of a slide counter line, or None."""
    if block.words > COUNTER_LINE_MAX_WORDS:
        return None
    found = _COUNTER.match(block.text)
    if found is None:
        return None
    slide, total = int(found.group(1)), int(found.group(2))
    return (slide, total) if 1 <= slide <= total else None


def _slides(blocks: Sequence[Block], counters: Sequence[int]) -> list[int]:
    """The longest run of counters numbered 1, 2, 3 ... of one total, slide-sized apart."""
    best: list[int] = []
    run: list[int] = []
    last = (0, 0)
    for index in counters:
        slide, total = _counter(blocks[index]) or (0, 0)
        follows = run and (slide, total) == (last[0] + 1, last[1])
        if not (follows and 2 <= index - run[-1] <= SLIDE_MAX_BLOCKS):
            best = max(best, run, key=len)
            run = []
        if run or slide == 1:
            run.append(index)
        last = (slide, total)
    return max(best, run, key=len)


def _gallery_span(blocks: Sequence[Block]) -> tuple[int, int] | None:
    """The blocks of a gallery, first counter to the last slide's caption, or None."""
    # A counter holds a "/": the cheap test first, as most lines hold none.
    counters = [
        i for i, block in enumerate(blocks) if "/" in block.text and _counter(block) is not None
    ]
    if len(counters) < GALLERY_MIN_SLIDES:
        return None  # most documents: no gallery, nothing more to read
    slides = _slides(blocks, counters)
    if len(slides) < GALLERY_MIN_SLIDES:
        return None
    # The last slide is as long as the shortest slide before it, less its credit line: its
    # counter and one caption (precision first: a credit left over is a short junk line).
    end = min(slides[-1] + 2, len(blocks))
    if any(block.words > CAPTION_MAX_WORDS for block in blocks[slides[0] : end]):
        return None
    return slides[0], end


def mark_gallery_slides(blocks: Sequence[Block], verdicts: list[Verdict], _facts: Facts) -> None:
    """Remove the slides of a gallery: counters 1, 2, 3 ... of one total, a slide apart.

    Certain: the numbered counters are a structure no article prints, and a gallery is
    often most of the text, which the removal budget would otherwise keep whole.
    """
    span = _gallery_span(blocks)
    if span is None:
        return
    start, end = span
    slide = Verdict(
        keep=False,
        rule=NAME,
        reason="a slide of a photo gallery (counters 1, 2, 3 ... of one total, with captions)",
        certain=True,
        family=FAMILY,
    )
    head = verdicts[:end]
    remove_kept_from(head, start, slide)
    verdicts[:end] = head
