"""The trailing-headlines detector: a related-articles list printed after the body, untitled.

A run of headline-like lines (teasers allowed between them) that ends the document, after
the last prose paragraph. Lines that share a punctuation shape are a list the article itself
prints (tour dates, a results table), and are cut off the front of the run.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import regex

from ..language import Language
from ..model import Block, Verdict
from ..text import capitalised_share, looks_like_headline
from .facts import Facts, prose
from .scopes import remove_kept_from

__all__ = ["mark_trailing_headlines"]

NAME = "trailing_headlines"
FAMILY = "related"

# A run of headlines at the end of a document needs at least this many to count as a list.
TRAILING_HEADLINES_MIN = 3
# Its headlines are capitalised like headlines (at least this share of words), and a teaser
# under one is at most TEASER_MAX_WORDS long.
HEADLINE_CAPITALISED_SHARE = 0.3
TEASER_MAX_WORDS = 25
# Lines that share a punctuation shape this many times are a structured list.
STRUCTURED_MIN_ITEMS = 3

_SHAPE_PUNCTUATION = regex.compile(r"[^\w\s'’\"“”‘]")


def _is_headline_item(block: Block, _language: Language) -> bool:
    # The cheap tests first: most blocks end with a full stop.
    return (
        block.words >= 3
        and not block.text.endswith(".")
        and looks_like_headline(block.text)
        and capitalised_share(block.text) >= HEADLINE_CAPITALISED_SHARE
    )


def _trailing_run_start(
    blocks: Sequence[Block], verdicts: Sequence[Verdict], facts: Facts
) -> int | None:
    """The first block of a run of headlines (teasers allowed between them) ending the document.

    A teaser counts only between a headline above it and a headline (or the end) below it,
    and headlines must outnumber teasers, so a short closing paragraph is never taken.
    """
    kept = [i for i, verdict in enumerate(verdicts) if verdict.keep]
    start, headlines, teasers = None, 0, 0
    for position in range(len(kept) - 1, -1, -1):
        block = blocks[kept[position]]
        if facts.of(_is_headline_item, block):
            start, headlines = position, headlines + 1
            continue
        above = blocks[kept[position - 1]] if position > 0 else None
        below_ok = start == position + 1 or position == len(kept) - 1
        if (
            below_ok
            and block.words <= TEASER_MAX_WORDS
            and above is not None
            and facts.of(_is_headline_item, above)
            and not block.text.endswith(":")
        ):
            teasers += 1
            continue
        break
    if start is None or headlines < TRAILING_HEADLINES_MIN or teasers > headlines:
        return None
    title = blocks[kept[0]].text if looks_like_headline(blocks[kept[0]].text) else ""
    first = _after_structured_items(blocks, kept[start:], _punctuation_shape(title))
    if first is None or sum(1 for i in kept if i >= first) < TRAILING_HEADLINES_MIN:
        return None
    return first if any(facts.each(prose, blocks[:first])) else None


def _punctuation_shape(text: str) -> str:
    return "".join(_SHAPE_PUNCTUATION.findall(text))


def _after_structured_items(
    blocks: Sequence[Block], run: Sequence[int], title_shape: str = ""
) -> int | None:
    """Where the run starts once structured items are cut off its front.

    Lines that share a punctuation shape ("June 9 -- Venue, City, ST", "Spain (Group F): ...")
    are a list the article itself prints (tour dates, a table); related headlines vary. Not
    when the shape is the title's own ("Milan Design Week 2018 | ..." under a title of that
    shape): those are the site's headlines of a series, linked after the story.
    """
    shapes = Counter(_punctuation_shape(blocks[i].text) for i in run)
    structured = {
        shape
        for shape, count in shapes.items()
        if shape and count >= STRUCTURED_MIN_ITEMS and shape != title_shape
    }
    last = max(
        (pos for pos, i in enumerate(run) if _punctuation_shape(blocks[i].text) in structured),
        default=-1,
    )
    return run[last + 1] if last + 1 < len(run) else None


def mark_trailing_headlines(blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts) -> None:
    """Remove a list of related headlines printed after the article without a heading."""
    start = _trailing_run_start(blocks, verdicts, facts)
    if start is None:
        return
    related = Verdict(
        keep=False,
        rule=NAME,
        reason="one of a run of headline-like lines after the last body paragraph "
        "(a related-articles list)",
        family=FAMILY,
    )
    remove_kept_from(verdicts, start, related)
