"""The dateline detector: the page's header lines above a story that opens with a dateline.

A news story prints its dateline once, at the start of its first paragraph ("WASHINGTON
(AP) — ...", "SIOUX FALLS, S.D. – ...", "Berlin (dpa) - ..."). What a page prints between
its title and that paragraph is the story's header, not its text: a standfirst, a photo
caption and credit, a byline and a time stamp, a newsletter pitch, a section label, the
last links of a menu or a teaser list the page classifier kept. Each has its own shape, and
most of them look like prose; where they sit is the evidence that holds for all of them,
on any site and in any language that prints datelines.

On text that is no page (`Facts.page_text`), a line of the header must be one an edge-only
rule knows (a byline, a time stamp). False-positive risk: a story whose first
paragraphs come before a paragraph that opens like a dateline. A roundup prints several
datelines (one a section), and an editor's note or an intro above the dateline would go;
so the detector acts only when the document holds exactly one paragraph that opens with a
dateline, at most `LEAD_MAX_BLOCKS` kept blocks below the title, and that paragraph is a
full lead (prose of `LEAD_MIN_WORDS` words).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

import regex

from ..model import Block, Verdict
from ..text import key_words, looks_like_title
from .facts import Facts, prose

__all__ = ["mark_dateline_header"]

NAME = "dateline_header"
FAMILY = "attribution"

# At most this many kept blocks between the title and the dateline paragraph: a header
# (section label, headline, standfirst, caption, credit, pitch, stamp, byline: 8 on the
# longest read). More blocks above are a story of their own or a page the classifier did
# not clean, and the dateline a quote or a second story's.
LEAD_MAX_BLOCKS = 8
# The dateline paragraph is a story's lead: prose of at least this many words. A short line
# that opens the same way is a teaser or a video label ("THE POINT -- NOW ON YOUTUBE!").
LEAD_MIN_WORDS = 15
# Under a first kept line of at most PLACEHOLDER_MAX_WORDS words that is no title (an image
# placeholder, "Afbeelding"), the title-like line right under it sharing words of at least
# HEADLINE_WORD_MIN_LETTERS letters with the lead is the story's headline, not its header (set
# 4: a Dutch headline went in page mode). Under a longer first line (a standfirst, a
# caption's sentence) the header stays whole: a caption glued to its credit looks like a
# title and names the lead too (a Scrapinghub page's, page mode).
PLACEHOLDER_MAX_WORDS = 2
# Shorter words ("the", "die", "een") are in every line of a language. The price: a
# standfirst right under a placeholder is kept when the headline is gone already and it
# shares words with the lead (junk kept).
HEADLINE_WORD_MIN_LETTERS = 4
# ... and at least this many such words, read in the lead after its dateline: a byline
# naming the site after the dateline's city ("Name, Cleveland.com" over "CLEVELAND, Ohio – The
# Doobie Brothers ...", a Scrapinghub page's) shares the place only.
HEADLINE_SHARED_MIN_WORDS = 2

# A dateline: a place in capitals (one to four words: "WASHINGTON", "SIOUX FALLS", "ST.
# JOSEPH"), up to two regions after commas ("S.D.", "Ohio", "United Arab Emirates"), an
# optional agency in brackets, then a dash between spaces. A place in title case counts
# only with the agency ("Berlin (dpa) -"): a title-case word and a dash alone are a
# sentence's aside ("Paris - the city of light - ..."). A colon is not a dateline's mark
# here: "UPDATE:", "WATCH:" and "EXCLUSIVE:" open paragraphs and labels as often.
_DATELINE = regex.compile(
    r"""
    (?:
        \p{Lu}[\p{Lu}.'’-]+(?:\ [\p{Lu}.'’-]+){0,3}          # a place in capitals
        (?:,\ \p{Lu}[\p{L}.'’-]*(?:\ \p{Lu}[\p{L}.'’-]*){0,2}){0,2}  # its regions
        (?:\ \([^()\n]{1,40}\))?                             # an agency, maybe
      | \p{Lu}\p{Ll}+(?:[\ -]\p{Lu}\p{Ll}+){0,2}              # a place in title case ...
        \ \([^()\n]{1,40}\)                                  # ... needs its agency
    )
    \ ?[—–-]{1,2}\ \S                                        # a dash, then the lead
    """,
    regex.VERBOSE,
)


# What every dateline opens with, tested first with the standard library's `re` (a call
# costs a fifth of a `regex` call, and most blocks fail here): a letter, then no lower-case
# ASCII letter or space (a place in capitals), or an opening bracket within the first 40
# characters (an agency). Nothing `_DATELINE` matches fails it.
_MAY_OPEN_DATELINE = re.compile(r"[^\W\d_](?:[^a-z\s]|[^(\n]{1,40}\()")


def opens_with_dateline(text: str) -> bool:
    """Tell whether a block opens with a news dateline.

    >>> opens_with_dateline("WASHINGTON (AP) — The Senate voted on Tuesday to ...")
    True
    >>> opens_with_dateline("SIOUX FALLS, S.D. – People across the nation are talking.")
    True
    >>> opens_with_dateline("Berlin (dpa) - Die Regierung hat am Montag beschlossen ...")
    True
    >>> opens_with_dateline("Paris - the city of light - was quiet on Sunday.")
    False
    >>> opens_with_dateline("UPDATE: The road has reopened.")
    False
    """
    return _MAY_OPEN_DATELINE.match(text) is not None and _DATELINE.match(text) is not None


def _header_above(blocks: Sequence[Block], kept: Sequence[int], position: int) -> list[int]:
    """The kept blocks between the title and the lead, the ``position``-th kept block.

    When the first kept block is no title but a word or two (an image placeholder,
    "Afbeelding"; a section, "World"), the block right under it is the story's headline when
    it looks like a title and names what the lead names (`_names_the_lead`): it stays, and
    the header is the rest.
    """
    start = 1 if position and looks_like_title(blocks[kept[0]].text) else 0
    if not start < position <= start + LEAD_MAX_BLOCKS:
        return []
    header = list(kept[start:position])
    under_placeholder = (
        start == 0 and position > 1 and blocks[kept[0]].words <= PLACEHOLDER_MAX_WORDS
    )
    if under_placeholder and _names_the_lead(blocks[kept[1]], blocks[kept[position]]):
        header.remove(kept[1])
    return header


def _names_the_lead(block: Block, lead: Block) -> bool:
    """Whether a block looks like a title and shares `HEADLINE_SHARED_MIN_WORDS` words of
    `HEADLINE_WORD_MIN_LETTERS` letters or more with the lead after its dateline: the story's
    headline.

    >>> lead = Block("SINT WILLEBRORD – De wielrenner Aidis Kruopis heeft zondag gewonnen.", 2, 3)
    >>> _names_the_lead(Block("Litouwer Aidis Kruopis wint Dorpenomloop", 1, 2), lead)
    True
    >>> _names_the_lead(Block("Afbeelding", 0, 1), lead)
    False
    >>> byline = Block("Dana Reyes, Willebrord Courier", 1, 2)
    >>> _names_the_lead(byline, lead)
    False
    """
    if not looks_like_title(block.text):
        return False
    dateline = _DATELINE.match(lead.text)
    story = lead.text[dateline.end() - 1 :] if dateline else lead.text
    return len(_long_words(block.text) & _long_words(story)) >= HEADLINE_SHARED_MIN_WORDS


def _long_words(text: str) -> set[str]:
    return {word for word in key_words(text) if len(word) >= HEADLINE_WORD_MIN_LETTERS}


def _known_edge(verdict: Verdict) -> bool:
    """Whether a kept block is one an edge-only rule knows (a byline, a date line, a time
    stamp) and the scopes kept for standing inside the body (`detect.scopes`)."""
    return verdict.keep and verdict.prior_rule is not None


def mark_dateline_header(blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts) -> None:
    """Remove the kept blocks between the title and a story's only dateline paragraph.

    The title (the first kept block, when it looks like one) stays: the article's title is
    decided on what is kept, and a header line that came to stand first would take its place.
    On page text the header is the page's, printed around every story. Lines an extractor
    kept above the lead may be its choice of the article's own (photo captions, which some
    extractions keep as text): there the header goes only when a line in it is one an
    edge-only rule knows (a byline, a time stamp), which the scopes kept for standing below
    the first paragraph-like line. Ambiguous: the removal budget applies.
    """
    # The lead stands within the first LEAD_MAX_BLOCKS + 2 kept blocks (title, header,
    # lead): only those are matched first, so a document without an early dateline (most)
    # costs a few matches; the rest of the kept blocks is read only to find a second one.
    early = list(
        islice((i for i, verdict in enumerate(verdicts) if verdict.keep), LEAD_MAX_BLOCKS + 2)
    )
    # Text that is no page needs a line an edge rule knows in the header, which lies within
    # the same blocks: most articles have none, and then no block is matched at all.
    if not facts.page_text and not any(_known_edge(verdicts[i]) for i in early):
        return
    match = opens_with_dateline
    first = next((position for position, i in enumerate(early) if match(blocks[i].text)), None)
    if first is None:
        return
    kept = [index for index, verdict in enumerate(verdicts) if verdict.keep]
    if any(match(blocks[i].text) for i in kept[first + 1 :]):
        return
    lead = blocks[kept[first]]
    if lead.words < LEAD_MIN_WORDS or not facts.of(prose, lead):
        return
    header = _header_above(blocks, kept, first)
    if not header or not (facts.page_text or any(_known_edge(verdicts[i]) for i in header)):
        return
    removal = Verdict(
        keep=False,
        rule=NAME,
        reason="a header line between the title and the story's dateline paragraph "
        "(standfirst, caption, byline, stamp or pitch)",
        family=FAMILY,
    )
    for index in header:
        verdicts[index] = removal
