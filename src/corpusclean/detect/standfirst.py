"""The standfirst detector: a second headline printed right under the title.

News pages print a standfirst (a dek, a subtitle) between the headline and the story: a
headline-shaped line with no sentence end, then the first paragraph. Stories begin with a
sentence, so a headline-shaped line in that place, directly followed by prose, is the
page's summary of the story and not part of it, on any site and in any language.

Short lines there are kept: "Pittsburgh" (a dateline on a line of its own), "Here's what to
know" or "Introduction" (a sub-heading over the first paragraph) are the story's own.

The first kept line is not always the headline: a breadcrumb whose last crumb is the headline
("Home › Lokales › Stadtrat beschließt Haushalt"), the headline's own first copy, or the site's
name or tagline ("Ihre Zeitung für die Region") can stand above it. Then the line under it is
the headline, never a standfirst (`_above_is_not_the_headline`). Nor is it under a line of
another shape (`_is_headline_over`): an archive's heading ("Archivo de enero de 2026"), a
category, a date, an author, a blog's name, or a short line the candidate does not outdo in
length, as a standfirst says more than its headline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from ..model import Block, Verdict
from ..text import (
    DIALOGUE_DASHES,
    TYPED_BULLETS,
    capitalised_share,
    char_class,
    count_inner_sentence_ends,
    ends_like_sentence,
    field_label,
    has_digit,
    is_prose,
    key_words,
    label_key,
    looks_like_headline,
    looks_like_title,
)
from .facts import Facts
from .menurun import breadcrumb_last_crumb

__all__ = ["mark_section_label", "mark_standfirst"]

NAME = "standfirst"
FAMILY = "attribution"

# The section label above the title: a page's first kept line of one or two words ("Meldung",
# "Landgericht", "Local News", "Monthly Q&A"), then the headline, then the story. A title that
# short is rare, and a headline under it never follows a title, so the pair is a kicker or a
# menu's section over the story's headline, on any site and in any language. Letters only: a
# date, a number or a sentence's stop is a line of another kind ("Kreisliga Nord, 5.
# Spieltag", "Samstag, 17. August").
SECTION_LABEL = "section_label"
SECTION_LABEL_FAMILY = "navigation"
SECTION_LABEL_MAX_WORDS = 2
# The headline under the label states the story in a clause of a few words at least: a label
# over a shorter line is a menu's run, which the page classifier judges, a name ("Onefootball"
# / "Matti Peters") or a photo's label and credit ("Photo" / "Credit Harry Campbell").
SECTION_HEADLINE_MIN_WORDS = 4
# ... and at most one colon: a line of labelled fields under a short line ("Saturday 5th March
# 2022: DW Stadium: League One: Wigan Athletic vs AFC Wimbledon") is a post's data line, and the
# short line above it the post's own title ("Wigan Snoozefest").
SECTION_HEADLINE_MAX_COLONS = 1
# A label with a capital over a line of a standfirst's length (STANDFIRST_MIN_WORDS or more, no
# sentence end) that is not in title case (it holds a word of DEK_LOWER_WORD_MIN_LETTERS
# letters or more in lower case; "for", "the", "und" are lower case in a title too, and a German
# dek's nouns are capitalised) may be the story's own short title over its dek: a
# review's film ("Oppenheimer"), a recipe's dish ("Zwetschgendatschi"), a profile's name ("Anna
# Berger"), a column's one word ("Saudade"), a place-name kicker that states where the story
# is ("Rosenfeld", content on the second real-pages set). The shape cannot tell that pair
# from a kicker over a long headline in sentence case, so the label stays (precision18: 11
# titles of `benchmarks/data/precision/session18.json` were taken). The price is such kickers
# kept ("Landgericht", "Review"). A label all in lower case is a tag ("immunology", "chaos
# theory", "print logo"): a title holds a capital ("iPad Pro" too).
DEK_LOWER_WORD_MIN_LETTERS = 4
# A one- or two-word first line that names what the story's first paragraph names, and not
# what the line under it names, is the story's own short title over a line of another kind (a
# press office's "Presseaussendung der Polizei Salzburg"): an Austrian police release titled
# "Führerscheinabnahmen" over a lead on "Führerschein abgenommen" went (set 4). It names
# the story when a word of it of LABEL_STEM_LETTERS letters or more opens (its first that many
# letters) like a word of the first paragraph, as a compound opens like its first part. A
# section label names a section ("Lokales", "Meldung", "Sport"), a tag is in lower case
# ("immunology"); the price is a kicker kept that the lead happens to repeat ("Landgericht"
# over a lead naming the court).
LABEL_STEM_LETTERS = 6
_SECTION_LABEL_SHAPE = re.compile(r"[^\W\d_][\w&'’-]*(?: [^\W\d_][\w&'’-]*)?")

# A standfirst states the story in a clause: at least this many words. Sub-headings and
# datelines over the first paragraph are shorter (a section name, a place, "Key points").
STANDFIRST_MIN_WORDS = 7
# A standfirst is written as a sentence, in sentence case; a line with at least this share
# of capitalised words ("Minister Says Schools And Roads Get More Money") is a heading, and
# a sub-heading right under the title is the story's own.
STANDFIRST_MAX_CAPITALISED = 0.5
# A standfirst is a clause or two ("Markets fall. Here is what investors should know"): a
# line with more sentence ends inside it than this is sentences of the story joined to the
# next line (wrapped lines merged into one block), never a summary.
STANDFIRST_MAX_INNER_SENTENCE_ENDS = 1
# The line above a standfirst is the page's headline (issue #12: an archive's heading, a
# blog's name, a category, a date, an author or another page's breadcrumb stood there, and the
# headline under it went as a standfirst). A line of HEADLINE_CLAUSE_MIN_WORDS words or more
# states a story in a clause, and its standfirst may be shorter than it (the dev sets' "Twenty
# teams have punched tickets for next summer's tournament" under 15 words). A shorter line is
# the headline only in a headline's shape (`_reads_as_headline`: no digit, no field or
# breadcrumb, a word in lower case of DEK_LOWER_WORD_MIN_LETTERS letters, which a name in
# capitals lacks: "Silicon Exposed", a blog's name over its post's title on Readability's
# blogger page) and with a standfirst that says more than it, at least DEK_MIN_LENGTH_RATIO
# times its words (the dev sets' "N.Y. completes frantic comeback to extend unbeaten streak
# to 15", 11 words under "Nelson's OT goal lifts Isles", 5). A short line over a line of
# about its own length is a kicker, a topic or a site's line over the headline ("Unfall bei
# der B20 bei Simbach" over "Motorradfahrer schwer verletzt - Bestimmter Zeuge gesucht";
# "Archivo de enero de 2026" over "La cuesta de enero en el huerto", blind probe session36d).
# The price is a standfirst kept under a short headline with a number ("Isles win 5-4 in OT")
# or in title case: junk kept.
# A two-word label with a word in lower case ("U.S. news" over "New York man pleads guilty to
# threatening to kill Rep. Ilhan Omar", a Scrapinghub page whose gold holds no headline) still
# reads as a headline, and the headline under it still goes: the shape cannot tell it from a
# short headline, and the dev sets count that headline as junk.
HEADLINE_CLAUSE_MIN_WORDS = 7
DEK_MIN_LENGTH_RATIO = 2
# A line that ends on a separator (a bar, a slash, an arrow, a bullet or a dash with the words
# after it gone: "... onderscheiden als |") is one item of a run, a title tag whose site name
# was cut or a menu's entry, never the headline, at any length (a Dutch news page of the
# real-pages sets lost its headline under such a line; a headline ends on a word, a quote or a
# question's mark, as `text.looks_like_headline` reads a trailing colon or comma). Guillemets
# are left out: Danish and Swedish headlines close a quote with "»" or "›".
_RUN_SEPARATOR_END = ("|", "/", "\\", ">", "·", "•", "-", *DIALOGUE_DASHES)
# A dateline on a line of its own over the first paragraph is a place name of a few words.
DATELINE_MAX_WORDS = 3
# A standfirst is one line of headline length (the title's own limit, text.HEADLINE_MAX_WORDS,
# is the upper bound `looks_like_headline` applies).


# A numbered or bulleted heading ("1. The first thing to know about ...") is a list's first
# item: a listicle may start with it right under the title. Its bullet is typed
# (`text.TYPED_BULLETS`), or a dash (`text.DIALOGUE_DASHES`): a line opening with a dash is
# an item or dialogue, no standfirst, and read as an item it stays. The glyphs an extractor
# prints for an HTML list (the rest of `text.LIST_BULLETS`) are not read: whether they
# should be is untested.
_LIST_ITEM = re.compile(rf"(?:#?\d{{1,3}}[.):]|{char_class(TYPED_BULLETS | DIALOGUE_DASHES)})\s")


# A headline shares a word of at least this many letters with its story (the candidate under
# it or the first paragraphs); a site's name or tagline over the headline shares none. Shorter
# words ("the", "die", "el") are in every line of a language.
SHARED_WORD_MIN_CHARS = 4


# The detector reads the first kept blocks only: the title, the candidate, and the two
# blocks under it where the story starts (`_story_starts`).
KEPT_READ = 4


def _kept(verdicts: Sequence[Verdict]) -> list[int]:
    """The indices of the first KEPT_READ kept blocks (the rest is never read)."""
    return list(islice((i for i, verdict in enumerate(verdicts) if verdict.keep), KEPT_READ))


def _is_standfirst(block: Block) -> bool:
    text = block.text
    return (
        block.words >= STANDFIRST_MIN_WORDS
        and _LIST_ITEM.match(text) is None
        and capitalised_share(text) < STANDFIRST_MAX_CAPITALISED
        and looks_like_headline(text)
        and not ends_like_sentence(text)
        and not text.endswith((":", ",", ";", "-", "–", "—"))
        and count_inner_sentence_ends(text) <= STANDFIRST_MAX_INNER_SENTENCE_ENDS
    )


def _long_words(text: str) -> set[str]:
    return {word for word in key_words(text) if len(word) >= SHARED_WORD_MIN_CHARS}


def _above_is_not_the_headline(title: Block, candidate: Block, story: Sequence[Block]) -> bool:
    """Whether the first kept line is a breadcrumb, a copy or a site line over the headline.

    A line whose words end with the candidate's words (its own copy, or a breadcrumb whose last
    crumb is the candidate) prints the candidate as the headline; a line that shares no word
    of SHARED_WORD_MIN_CHARS letters with the candidate or the story's first paragraphs is the
    site's name or tagline, not this story's headline. The price is a standfirst kept under a
    headline that shares no word with the story (a pun), which is junk kept, not content lost.

    >>> headline = "Stadtrat beschließt den Haushalt ohne neue Schulden"
    >>> above = Block("Home › Lokales › " + headline, 0, 1)
    >>> _above_is_not_the_headline(above, Block(headline, 1, 2), [])
    True
    """
    title_key, candidate_key = label_key(title.text), label_key(candidate.text)
    if title_key == candidate_key or title_key.endswith(" " + candidate_key):
        return True
    story_words = _long_words(candidate.text).union(*(_long_words(b.text) for b in story))
    return not _long_words(title.text) & story_words


def _reads_as_headline(line: Block) -> bool:
    """Whether a short line has a headline's shape, not a label's, a date's, a field's, a
    breadcrumb's or a name's (`HEADLINE_CLAUSE_MIN_WORDS`).

    >>> _reads_as_headline(Block("Nelson's OT goal lifts Isles", 0, 1))
    True
    >>> [_reads_as_headline(Block(text, 0, 1)) for text in (
    ...     "Archivo de enero de 2026", "Kategorie: Garten und Balkon",
    ...     "Home › Garden › Seed swap on Saturday", "The Allotment Diaries")]
    [False, False, False, False]
    """
    text = line.text
    return (
        not has_digit(text)
        and not field_label(text)
        and not breadcrumb_last_crumb(text)
        and any(
            word[:1].islower() and sum(map(str.isalpha, word)) >= DEK_LOWER_WORD_MIN_LETTERS
            for word in text.split()
        )
    )


def _is_headline_over(title: Block, candidate: Block) -> bool:
    """Whether the first kept line is the headline over the candidate as its standfirst: a
    clause of `HEADLINE_CLAUSE_MIN_WORDS` words, or a shorter headline-shaped line under which
    the candidate says more (`DEK_MIN_LENGTH_RATIO`), that does not end on a separator
    (`_RUN_SEPARATOR_END`).

    >>> headline = Block("A map of the old mill leats along the brook", 1, 2)
    >>> _is_headline_over(Block("The Allotment Diaries", 0, 1), headline)
    False
    >>> dek = Block("N.Y. completes frantic comeback to extend unbeaten streak to 15", 1, 2)
    >>> _is_headline_over(Block("Nelson's OT goal lifts Isles", 0, 1), dek)
    True
    >>> above = Block("Two beekeepers from the village honoured for forty years of work |", 0, 1)
    >>> dek = Block("Village beekeepers receive a royal honour at the town hall", 1, 2)
    >>> _is_headline_over(above, dek)
    False
    """
    if title.text.rstrip().endswith(_RUN_SEPARATOR_END):
        return False
    if title.words >= HEADLINE_CLAUSE_MIN_WORDS:
        return True
    return _reads_as_headline(title) and candidate.words >= DEK_MIN_LENGTH_RATIO * title.words


def _runs_on_into(block: Block) -> bool:
    """Whether a block opens in the middle of a sentence: its first word is in lower case.

    A paragraph broken over two lines ("... After the City Council postponed its decision on
    the" / "budget during last week's meeting, members ...") leaves its first part, a line of
    a standfirst's length with no sentence end, right under the title. A story opens with a
    capital, a digit or a quote, never a lower-case word, so a block opening with one continues
    the line above it, on any site and in any language. A word such as "iPhone" holds a
    capital and reads as a sentence's start: the whole first word is read, on purpose not
    only its first letter (`text.opens_in_lower_case`).

    >>> _runs_on_into(Block("budget during last week's meeting, members voted yes.", 0, 1))
    True
    >>> _runs_on_into(Block("iPhone sales fell by a fifth in the first quarter.", 0, 1))
    False
    """
    first = block.text.split(maxsplit=1)[0] if block.text.strip() else ""
    return first[:1].isalpha() and first.islower()


def _story_starts(blocks: Sequence[Block], after: Sequence[int]) -> bool:
    """Whether the story begins at the first of ``after``: prose, or prose under a place name
    on a line of its own ("Pittsburgh", "BAAR, SWITZERLAND")."""
    first = blocks[after[0]]
    if is_prose(first.text, first.words):
        return True
    if first.words > DATELINE_MAX_WORDS or ends_like_sentence(first.text) or len(after) < 2:
        return False
    second = blocks[after[1]]
    return is_prose(second.text, second.words)


def mark_standfirst(blocks: Sequence[Block], verdicts: list[Verdict], _facts: Facts) -> None:
    """Remove a headline-shaped line between the title and the first paragraph.

    The title is the first kept block when it looks like a headline (as title detection
    decides); the line after it goes only when the line after that is prose, so a list of
    headlines (an index page) or a sub-heading with no paragraph under it stays.
    """
    kept = _kept(verdicts)
    if len(kept) < 3:
        return
    title, candidate = blocks[kept[0]], blocks[kept[1]]
    if not looks_like_headline(title.text) or not _is_standfirst(candidate):
        return
    if not _is_headline_over(title, candidate):
        return
    if not _story_starts(blocks, kept[2:]) or _runs_on_into(blocks[kept[2]]):
        return
    if _above_is_not_the_headline(title, candidate, [blocks[i] for i in kept[2:]]):
        return
    verdicts[kept[1]] = Verdict(
        keep=False,
        rule=NAME,
        reason="a headline-shaped line between the title and the first paragraph "
        "(the page's standfirst)",
        family=FAMILY,
    )


def _is_section_label(block: Block) -> bool:
    return (
        block.words <= SECTION_LABEL_MAX_WORDS
        and _SECTION_LABEL_SHAPE.fullmatch(block.text) is not None
        and not any(char.isdigit() for char in block.text)
    )


def _may_title_its_dek(label: Block, headline: Block) -> bool:
    """Whether a label may be the story's own short title, the line under it its standfirst:
    a label with a capital over a line of a standfirst's length not in title case.

    >>> dek = "Christopher Nolan's portrait of the physicist runs three hours and rarely drags"
    >>> _may_title_its_dek(Block("Oppenheimer", 0, 1), Block(dek, 1, 2))
    True
    >>> headline = Block("200 neue Arbeitsplätze ab Ende 2016", 1, 2)
    >>> _may_title_its_dek(Block("Meldung", 0, 1), headline)
    False
    >>> _may_title_its_dek(Block("print logo", 0, 1), Block(dek, 1, 2))
    False
    >>> title_case = "New Restaurants for the New Year (January 2008)"
    >>> _may_title_its_dek(Block("Monthly Q&A", 0, 1), Block(title_case, 1, 2))
    False
    """
    return (
        not label.text.islower()
        and headline.words >= STANDFIRST_MIN_WORDS
        and any(
            word[:1].islower() and sum(map(str.isalpha, word)) >= DEK_LOWER_WORD_MIN_LETTERS
            for word in headline.text.split()
        )
    )


def _stems(text: str) -> set[str]:
    """The first `LABEL_STEM_LETTERS` letters of each word of a text that has as many."""
    n = LABEL_STEM_LETTERS
    return {word[:n] for word in key_words(text) if len(word) >= n and not word.isdecimal()}


def _titles_the_story(label: Block, headline: Block, story: Sequence[Block]) -> bool:
    """Whether a label names what the story's first paragraph names (``story``, its prose
    blocks: a photo caption above it is the page's) and not what the line under it names
    (`LABEL_STEM_LETTERS`): the story's own title.

    >>> lead = Block("Einem Lenker wurde der Führerschein abgenommen, er hatte 1,3 Promille.", 2, 3)
    >>> under = Block("Presseaussendung der Polizei Salzburg", 1, 2)
    >>> _titles_the_story(Block("Führerscheinabnahmen", 0, 1), under, [lead])
    True
    >>> _titles_the_story(Block("Lokales", 0, 1), under, [lead])
    False
    >>> _titles_the_story(Block("führerscheine", 0, 1), under, [lead])
    False
    """
    stems = _stems(label.text)
    # A label all in lower case is a tag ("immunology" over a lead on an immunologist), as
    # in `_may_title_its_dek`: a title holds a capital.
    if label.text.islower() or not stems or stems & _stems(headline.text):
        return False
    return any(stems & _stems(block.text) for block in story)


def _story_under_caption(blocks: Sequence[Block], after: Sequence[int]) -> bool:
    """Whether the story's prose starts one block lower, under a photo caption that ends no
    sentence (a line too long for a headline, printed between the headline and the story): a
    second headline there is a page's next title, and the first no kicker but a menu's item."""
    if len(after) < 2:
        return False
    caption = blocks[after[0]].text
    if ends_like_sentence(caption) or looks_like_headline(caption):
        return False
    second = blocks[after[1]]
    return is_prose(second.text, second.words)


def mark_section_label(blocks: Sequence[Block], verdicts: list[Verdict], _facts: Facts) -> None:
    """Remove a section label of one or two words printed above the headline.

    The label is the first kept block, the headline (`looks_like_title`, at least
    `SECTION_HEADLINE_MIN_WORDS` words, no sentence end) the second, and the story starts under
    it (`_story_starts`), so a list of short lines (a menu, a table's column, names) or a
    sub-heading over a paragraph stays. A photo caption may come between the headline and the
    story (`_story_under_caption`).
    """
    kept = _kept(verdicts)
    label = blocks[kept[0]] if kept else None
    if label is None or not _is_section_label(label):
        return
    # A label printed twice in a row (a blog's name over its own copy) is one label: its
    # copies go with it, or the copy left would be the label above the headline when the
    # output is cleaned again (idempotence; Readability's links-in-tables page).
    copies = 1
    while copies < len(kept) and blocks[kept[copies]].text == label.text:
        copies += 1
    if len(kept) < copies + 2:
        return
    # A label printed again lower down (a site's name in its footer, as Readability's
    # mozilla-2 page prints "Mozilla") is read as if printed once: the lower copy is a copy of
    # the title to duplicate repair, so the output holds the label once, over the headline,
    # and a clean of the output would remove it. Kept for its copy, it went only on the
    # second clean (not idempotent).
    headline = blocks[kept[copies]]
    if headline.words < SECTION_HEADLINE_MIN_WORDS:
        return
    if not looks_like_title(headline.text) or ends_like_sentence(headline.text):
        return
    if headline.text.count(":") > SECTION_HEADLINE_MAX_COLONS:
        return
    if _may_title_its_dek(label, headline):
        return
    story = kept[copies + 1 :]
    if not (_story_starts(blocks, story) or _story_under_caption(blocks, story)):
        return
    lead = [blocks[i] for i in story[:2] if is_prose(blocks[i].text, blocks[i].words)]
    if _titles_the_story(label, headline, lead):
        return
    removal = Verdict(
        keep=False,
        rule=SECTION_LABEL,
        reason="a label of one or two words above the headline (a section or a kicker)",
        family=SECTION_LABEL_FAMILY,
    )
    for index in kept[:copies]:
        verdicts[index] = removal
