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
from ..text import capitalised_share, ends_like_sentence, looks_like_headline
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
# A headline in sentence case is at most this long: longer, an unpunctuated line is a
# sentence that lost its full stop. Such headlines count only beside at least this many
# capitalised ones ("Join our Free $1,000,000 Parlay Challenge" over "Gronk may have found his
# true calling", "NFL odds, cheat sheet, picks, bets, sims").
PLAIN_HEADLINE_MAX_WORDS = 12
PLAIN_RUN_MIN_HEADLINES = 2
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


def _is_plain_headline_item(block: Block, _language: Language) -> bool:
    """A headline in sentence case ("Gronk may have found his true calling"): short, no
    full stop, headline-shaped, but capitalised like any line."""
    return (
        3 <= block.words <= PLAIN_HEADLINE_MAX_WORDS
        and not block.text.endswith(".")
        and looks_like_headline(block.text)
    )


def _is_short_headline(block: Block) -> bool:
    """A headline as short as a sentence-case one, with no sentence end ("?", "!")."""
    return block.words <= PLAIN_HEADLINE_MAX_WORDS and not ends_like_sentence(block.text)


def _kind_of(block: Block, above: Block | None, below: str | None, facts: Facts) -> str | None:
    """What one block of a trailing run is ("headline", "plain", "teaser"), or None.

    A teaser counts only between a headline above it and a headline (or the end) below it;
    a line that is a teaser under a capitalised headline stays one, as before sentence-case
    headlines counted ("The U.S. is a win away from capturing its group").
    """
    if facts.of(_is_headline_item, block):
        return "headline"
    teaser_shape = (
        below != "teaser"
        and block.words <= TEASER_MAX_WORDS
        and above is not None
        and not block.text.endswith(":")
    )
    if teaser_shape and above is not None and facts.of(_is_headline_item, above):
        return "teaser"
    if facts.of(_is_plain_headline_item, block):
        return "plain"
    if teaser_shape and above is not None and facts.of(_is_plain_headline_item, above):
        return "teaser"
    return None


def _run_kinds(blocks: Sequence[Block], kept: Sequence[int], facts: Facts) -> list[str]:
    """What each kept block is, read up from the end while the run lasts (`_kind_of`); the
    last item is the run's top.

    Above a sentence-case headline, the run goes on only through short headlines: a
    sentence-case line is weak evidence, and must not carry the run up to the article's last
    paragraph when that is a capitalised question.
    """
    kinds: list[str] = []
    # Whether a sentence-case headline is in the run below: kept as the run grows, not
    # searched for at each step, as the run may be the whole document.
    below_plain = False
    for position in range(len(kept) - 1, -1, -1):
        above = blocks[kept[position - 1]] if position > 0 else None
        block = blocks[kept[position]]
        kind = _kind_of(block, above, kinds[-1] if kinds else None, facts)
        if kind is None or (kind == "headline" and below_plain and not _is_short_headline(block)):
            break
        kinds.append(kind)
        below_plain = below_plain or kind == "plain"
    return kinds


def _is_related_run(kinds: Sequence[str]) -> bool:
    """Whether a run (read up from the end, starting at a headline) is a related list.

    Headlines must outnumber teasers, so a short closing paragraph is never taken. Sentence
    -case headlines are weaker evidence than capitalised ones (an article's own last lines
    can be short and unpunctuated): they count only beside PLAIN_RUN_MIN_HEADLINES
    capitalised ones, in a run one item longer.
    """
    counts = Counter(kinds)
    headlines, plain = counts["headline"], counts["plain"]
    if counts["teaser"] > headlines:
        return False
    if plain == 0:
        return headlines >= TRAILING_HEADLINES_MIN
    return headlines >= PLAIN_RUN_MIN_HEADLINES and headlines + plain > TRAILING_HEADLINES_MIN


def _trailing_run_start(
    blocks: Sequence[Block], verdicts: Sequence[Verdict], facts: Facts
) -> int | None:
    """The first block of a run of headlines (teasers allowed between them) ending the document.

    The run starts at its topmost capitalised headline: sentence-case lines and teasers above
    it are the article's.
    """
    kept = [i for i, verdict in enumerate(verdicts) if verdict.keep]
    kinds = _run_kinds(blocks, kept, facts)
    top = max((n for n, kind in enumerate(kinds) if kind == "headline"), default=None)
    if top is None or not _is_related_run(kinds[: top + 1]):
        return None
    start = len(kept) - 1 - top
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
