"""The company-profile detector: the issuer's boilerplate that ends a press release.

A press release closes with a profile of the company that issued it, the same on every
release it sends ("Ascom is a global solutions provider ... Ascom is headquartered in Baar
(Switzerland), has subsidiaries in 15 countries and employs around 1,300 people worldwide
... listed on the SIX Swiss Exchange"), often under "About Ascom". Sites that print press
releases print it too. Its shape holds on any site and in any language: it is the end of
the document, its paragraphs open with the company's name, and they pack the phrases of a
profile (headquarters, staff, listing, founding, "leading provider") that a news story uses
one or two at a time.

False-positive risks and their guards: a news story about a company ends with background
on it ("WeWork is headquartered in New York City."): one paragraph with a phrase or two,
never PROFILE_BLOCK_MIN_CUES of them, and a profile without a heading needs two paragraphs
opening with the name; a story that opens its paragraphs with "The" or "Die" (a stopword is
no company name); and a release that is all profile (the article must stand above it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..language import Language, any_stopword, load_profile_words
from ..model import Block, Verdict
from ..text import ends_like_sentence
from .facts import Facts, prose

__all__ = ["mark_company_profile"]

NAME = "company_profile"
FAMILY = "attribution"

# One paragraph of a profile packs at least this many distinct profile phrases (Ascom's
# second paragraph has five); a story's background paragraph has one or two.
PROFILE_BLOCK_MIN_CUES = 3
# ... and the whole profile at least this many.
PROFILE_MIN_CUES = 4
# Without an "About ..." heading, a profile is at least this many paragraphs opening with
# the company's name: one closing paragraph full of facts may be the story's own.
PROFILE_MIN_PARAGRAPHS = 2
# A profile is a paragraph or a few: an "About ..." heading is looked for this far up, and
# a run of paragraphs opening with one name is taken this far up.
PROFILE_MAX_PARAGRAPHS = 4
# An "About Ascom" heading is a few words, with no sentence end.
ABOUT_HEADING_MAX_WORDS = 6
# The release stands above the profile: at least this many prose paragraphs and this share
# of the words (a page that is all profile is left alone, precision first).
ARTICLE_MIN_PROSE = 2
ARTICLE_MIN_WORD_SHARE = 0.5
# A sign-up box no rule knows may follow the profile: at most this many short lines
# ("Stay up to date with Ascom.", "You have succesfully subscribed. Thank you!"), each of
# at most PROFILE_TRAILER_MAX_WORDS words, are passed over when the profile is not last.
PROFILE_MAX_TRAILER = 2
PROFILE_TRAILER_MAX_WORDS = 8

_OPENING_WORD = re.compile(r"\w+")


def _cues(block: Block, _language: Language) -> frozenset[str]:
    """The distinct profile phrases of a block, in any shipped language (a block fact)."""
    found = load_profile_words().profile_cue.findall(block.text)
    return frozenset(cue.casefold() for cue in found)


def _is_about_heading(block: Block, _language: Language) -> bool:
    """A short line "About <name>" heading a profile (a block fact)."""
    return (
        block.words <= ABOUT_HEADING_MAX_WORDS
        and not ends_like_sentence(block.text)
        and load_profile_words().about_heading.fullmatch(block.text) is not None
    )


def _opening_name(block: Block, _language: Language) -> str:
    """The block's first word when it may be a company's name ("Ascom's" -> "ascom"), else ""."""
    found = _OPENING_WORD.match(block.text)
    if found is None:
        return ""
    word = found.group().casefold()
    return "" if word in any_stopword() else word


def _profile_start(blocks: Sequence[Block], kept: Sequence[int], facts: Facts) -> int | None:
    """The position in ``kept`` where a profile ending the document starts, or None."""
    heading = _about_heading_above(blocks, kept, facts)
    start = heading if heading is not None else _named_run_start(blocks, kept, facts)
    if start is None:
        return None
    found = [facts.of(_cues, blocks[i]) for i in kept[start:]]
    if len(frozenset().union(*found)) < PROFILE_MIN_CUES:
        return None
    if max(len(cues) for cues in found) < PROFILE_BLOCK_MIN_CUES:
        return None
    return start if _article_above(blocks, kept, start, facts) else None


def _about_heading_above(blocks: Sequence[Block], kept: Sequence[int], facts: Facts) -> int | None:
    """The position of an "About ..." heading over the last few paragraphs, if there is one."""
    last = len(kept) - 1
    for position in range(last, max(last - PROFILE_MAX_PARAGRAPHS, 0) - 1, -1):
        block = blocks[kept[position]]
        if facts.of(_is_about_heading, block):
            return position if position < last else None
        if not facts.of(prose, block):
            return None
    return None


def _named_run_start(blocks: Sequence[Block], kept: Sequence[int], facts: Facts) -> int | None:
    """The start of the last paragraphs that all open with one name ("Ascom ...")."""
    name = facts.of(_opening_name, blocks[kept[-1]]) if kept else ""
    start = len(kept)
    while (
        name
        and start > 0
        and len(kept) - start < PROFILE_MAX_PARAGRAPHS
        and facts.of(_opening_name, blocks[kept[start - 1]]) == name
        and facts.of(prose, blocks[kept[start - 1]])
    ):
        start -= 1
    return start if len(kept) - start >= PROFILE_MIN_PARAGRAPHS else None


def _article_above(blocks: Sequence[Block], kept: Sequence[int], start: int, facts: Facts) -> bool:
    above = [blocks[i] for i in kept[:start]]
    words_above = sum(block.words for block in above)
    total = words_above + sum(blocks[i].words for i in kept[start:])
    return (
        sum(facts.each(prose, above)) >= ARTICLE_MIN_PROSE
        and words_above >= ARTICLE_MIN_WORD_SHARE * total
    )


def mark_company_profile(blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts) -> None:
    """Remove the issuer's profile that ends a press release (and its "About ..." heading).

    Read on the kept blocks: the profile is the end of what is left once the contact lines,
    share buttons and the like after it are gone, or it is followed by a short sign-up box
    (`PROFILE_MAX_TRAILER` lines), which stays. Ambiguous: the removal budget applies.
    """
    kept = [index for index, verdict in enumerate(verdicts) if verdict.keep]
    start = _profile_start(blocks, kept, facts)
    for trailer in range(1, PROFILE_MAX_TRAILER + 1):
        if start is not None or len(kept) <= trailer:
            break
        if blocks[kept[-1]].words > PROFILE_TRAILER_MAX_WORDS:
            return
        kept = kept[:-1]
        start = _profile_start(blocks, kept, facts)
    if start is None:
        return
    removal = Verdict(
        keep=False,
        rule=NAME,
        reason="the issuer's profile ending a press release (paragraphs opening with the "
        "company's name, dense with headquarters, staff and listing phrases)",
        family=FAMILY,
    )
    for index in kept[start:]:
        verdicts[index] = removal
