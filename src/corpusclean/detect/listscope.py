"""The list scope (`Scope.LIST`): which lines after a related label ("Read more", "Tags",
"Related articles") are the box's headlines, teasers or tags, and which are the article's own.

A list trigger takes the headline-shaped lines after it (`take_list`); the article's shapes
that look like such a list keep theirs: a lone sub-heading between paragraphs, the story's
headline at the document's head, a fact box of "Label: value" rows, names under a label of
its own. Read apart from `detect.scopes`, which applies every scope and calls `take_list`
for a list rule's hit, because it is one reading with its own thresholds; the line shapes it
shares with the other scopes are in `detect.lineshapes`.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ..language import Language, load_language
from ..model import KEEP, Block, Verdict
from ..rules import Rule
from ..text import (
    FIELD_SEPARATOR,
    NAME_MAX_WORDS,
    count_inner_sentence_ends,
    ends_like_sentence,
    field_label,
    is_footnote,
    key_words,
)
from .comments.stamps import is_date_stamp
from .lineshapes import HEADING_MAX_WORDS, NUMBERED_OPENING, is_list_headline
from .verdicts import removal_verdict

__all__ = [
    "FACT_LIST_VALUE_MAX_WORDS",
    "LIST_TEASER_MAX_WORDS",
    "MAX_LIST_ITEMS",
    "NAMED_LIST_MIN_ITEMS",
    "is_fact_list",
    "numbered_openings",
    "paragraph_names_headline",
    "take_list",
]

# A list after a trigger line holds at most this many lines.
MAX_LIST_ITEMS = 30
# A teaser under a related headline (`lineshapes.LIST_HEADLINE_MAX_WORDS`) is at most this long.
LIST_TEASER_MAX_WORDS = 40
# A related list may summarise each story in one sentence instead of a headline. A teaser
# sentence is at most a headline's length plus a clause, and at least a story told in a
# clause: a shorter line under a heading is a note of the story's own ("UP NEXT" / "Thunder:
# Host the Lakers on Friday."). A run of TEASER_RUN_MIN of them or more, closed by the next
# related box, is the list.
TEASER_SENTENCE_MAX_WORDS = 25
TEASER_SENTENCE_MIN_WORDS = 10
TEASER_RUN_MIN = 2
# A tag list after "Tags" has at least this many comma-separated items of at most so many
# words each on average.
TAG_LIST_MIN_ITEMS = 4
TAG_MAX_WORDS = 4
# A list heading between two paragraphs, over one line of at most LONE_ITEM_MAX_WORDS
# words and then a paragraph: that line heads the article's next section ("More about the
# federal debt and the economy" / "The U.S. hasn't faced this issue for years" / the
# section's paragraphs). A box lists several headlines; with one short line left, the page
# classifier or the extractor dropped them, or the label pointed to one link inline ("Read
# more" / "Tax cut plan stalls" / the story goes on): nothing but the label tells that link
# from a sub-heading, and removing a sub-heading is worse than leaving one related
# headline, so the line stays whatever the heading's length. The heading itself goes either
# way; a headline on the label's line ("Read more: ...") is the label's own rule's.
LONE_ITEM_MAX_WORDS = HEADING_MAX_WORDS
# A list heading at the document's head (among its first HEAD_LIST_MAX_START blocks, no
# paragraph above it) over one line and then the story: the line is the story's headline
# when the story's first paragraph says at least HEADLINE_NAMED_MIN_WORDS of its words
# again (HEADLINE_WORD_MIN_LETTERS letters or more: "para", "with", "dass" are in every
# line of a language, a topic's nouns are longer; a blog's "Postagens relacionadas" over
# "SANTA CECÍLIA - RETOMADA OBRAS DO PORTAL DA AVENIDA" over "... a retomada de obras do
# Portal da Avenida ..."). One word in common is any two lines on one topic; another story's
# headline in a box at the head rarely repeats two of the story's words, and when it does
# one related headline is left, as a lone item between paragraphs is.
HEAD_LIST_MAX_START = 3
HEADLINE_NAMED_MIN_WORDS = 2
HEADLINE_WORD_MIN_LETTERS = 6
# A list under a related label whose every line is a "Label: value" row, each label its own
# and each value short, is the article's fact box under a heading a related box also prints
# ("Más información" over "Fechas: del 5 al 12 de mayo", "Entradas: 8 euros, abono de 40
# euros", "Sede: Teatro Principal y Filmoteca Municipal"): dates, prices and a venue. A
# related box's kicker heads a headline, a clause longer than FACT_LIST_VALUE_MAX_WORDS ("Opinión:
# Por qué el banco central debería esperar a los datos"), and its kickers repeat ("Vídeo:",
# "Vídeo:"). At least FACT_LIST_MIN_ROWS rows: one "Label: value" line is any link's. The
# trailing-headlines detector reads such a run as the article's too (`detect.headlines`).
FACT_LIST_VALUE_MAX_WORDS = 6
FACT_LIST_MIN_ROWS = 2
# A related list's headline tells a story, a clause of five words or more; a line of at most
# `text.NAME_MAX_WORDS` words is a name: a product, a song, a place. Names under a label of
# the article's own ending in a colon ("Setlist highlights:" over "Harbour Lights", "Paper
# Boats") are its list even under a related box's words ("More from the night";
# `_introduces_names`, and `detect.boxlabel`). A trailing run of names with no such label is
# not read as the article's: nothing in four words tells a product's name from a short
# headline (precision25's reading, reverted).
# A label's list holds at least this many names: one line under a label is any sub-heading's.
NAMED_LIST_MIN_ITEMS = 2
# The language whose related labels templates print on pages of every language ("Read
# more", "Related articles"): a label of it in a document of another is read with care
# (`_is_foreign_label_in_prose`).
FOREIGN_LABEL_LANGUAGE = "en"


def _is_tag_list(text: str) -> bool:
    """A line of short comma-separated phrases with no sentence end: a tag list."""
    items = text.split(",")
    return (
        len(items) >= TAG_LIST_MIN_ITEMS
        and not ends_like_sentence(text)
        and sum(item.count(" ") for item in items) <= TAG_MAX_WORDS * len(items)
    )


def numbered_openings(blocks: Sequence[Block]) -> dict[int, int]:
    """For each number opening a block ("4. ..."), the index of the first such block."""
    first: dict[int, int] = {}
    for index, block in enumerate(blocks):
        found = NUMBERED_OPENING.match(block.text)
        if found is not None:
            first.setdefault(int(found.group(1)), index)
    return first


def _continues_numbering(blocks: Sequence[Block], index: int, numbered: dict[int, int]) -> bool:
    """Whether block ``index`` is the next item of a numbered list printed above it: a
    listicle goes on after an inline "Read more" link, and its heading is the article's."""
    found = NUMBERED_OPENING.match(blocks[index].text)
    if found is None:
        return False
    return numbered.get(int(found.group(1)) - 1, index) < index


def _is_list_item(
    blocks: Sequence[Block], index: int, after_headline: bool, numbered: dict[int, int]
) -> bool:
    block = blocks[index]
    # A footnote (`text.is_footnote`) is the article's apparatus: a list of related links
    # holds none, and the list ends there; so does the next item of the article's own list.
    if is_footnote(block.text) or _continues_numbering(blocks, index, numbered):
        return False
    if is_list_headline(block) or _is_tag_list(block.text):
        return True
    # A teaser sentence under a headline, when the list goes on with another headline.
    return after_headline and _is_list_teaser(block) and _list_goes_on(blocks, index + 1)


def _is_list_teaser(block: Block) -> bool:
    """Whether a block under a related headline is shaped like its teaser: a few sentences
    at most `LIST_TEASER_MAX_WORDS` long."""
    return block.words <= LIST_TEASER_MAX_WORDS


def _list_goes_on(blocks: Sequence[Block], index: int) -> bool:
    """Whether a related list goes on at block ``index``, after a teaser: the document
    ends there, or a headline stands there and what follows it is the box's again.

    A box prints headline and teaser, headline and teaser. Under a "Read also" box of one
    headline the story goes on, and its paragraph looks like a teaser; a line after that
    paragraph (an embedded post, a sub-heading) looks like the next headline. What follows
    that line tells them apart: another headline or a teaser-long sentence (`LIST_TEASER_MAX_WORDS`,
    ending a sentence) is the box's, anything else (a paragraph, a long line ending no
    sentence: an embedded post's text) is the story's.
    """
    if index >= len(blocks):
        return True
    if ends_like_sentence(blocks[index].text):
        return False
    if index + 1 >= len(blocks):
        return True
    after = blocks[index + 1]
    return is_list_headline(after) or (ends_like_sentence(after.text) and _is_list_teaser(after))


def _is_teaser_sentence(block: Block) -> bool:
    """One short sentence: how a list of related stories summarises each one."""
    return (
        TEASER_SENTENCE_MIN_WORDS <= block.words <= TEASER_SENTENCE_MAX_WORDS
        and ends_like_sentence(block.text)
        and count_inner_sentence_ends(block.text) == 0
    )


def _closed_teaser_run(
    blocks: Sequence[Block], index: int, family: str | None, verdicts: Sequence[Verdict]
) -> int:
    """The end of a run of teaser sentences from ``index`` that another removal of the
    trigger's family closes (``index`` when there is no such run).

    A list of one-line summaries under "Top stories" has no headlines to recognise; what
    marks it is that nothing but such sentences stands between its heading and the next
    related box. Body paragraphs between two related links are longer, or more than one
    sentence, or run on to prose that is not a teaser. The document's end is no such mark:
    a story may end on short sentences after a heading ("UP NEXT" / "Thunder: Host the
    Lakers on Friday.").
    """
    end = index
    while end < len(blocks) and verdicts[end].rule is None and _is_teaser_sentence(blocks[end]):
        end += 1
    closed = end < len(blocks) and not verdicts[end].keep and verdicts[end].family == family
    return end if closed and end - index >= TEASER_RUN_MIN else index


def take_list(
    blocks: Sequence[Block],
    start: int,
    rule: Rule,
    verdicts: list[Verdict],
    numbered: dict[int, int],
    is_prose: Sequence[bool],
    language: Language,
) -> int:
    """Mark the headline list after trigger ``start``; return the index after it."""
    index, after_headline = start + 1, False
    reason = f"a headline in the list after {blocks[start].text!r}"
    # Under a label of another language among the story's prose only headlines are read as
    # the box's: the teaser reading would take the story's own sections.
    teasers = not _is_foreign_label_in_prose(blocks, start, is_prose, language)
    teasers_end = _closed_teaser_run(blocks, index, rule.family, verdicts)
    while index < teasers_end:
        verdicts[index] = attrs.evolve(removal_verdict(rule, reason), prior_rule=None)
        index += 1
    while index < len(blocks) and index - start <= MAX_LIST_ITEMS:
        item = _is_list_item(blocks, index, after_headline, numbered)
        if verdicts[index].rule is not None or not item:
            break
        after_headline = teasers and not ends_like_sentence(blocks[index].text)
        verdicts[index] = attrs.evolve(removal_verdict(rule, reason), prior_rule=None)
        index += 1
    if _is_lone_sub_heading(blocks, start, index, is_prose):
        verdicts[start + 1] = KEEP
    elif _is_headline_at_head(blocks, start, index, is_prose, language):
        for kept in range(start + 1, index):  # the headline, and its date under it
            verdicts[kept] = KEEP
    elif is_fact_list(blocks[start + 1 : index]) or _introduces_names(blocks[start + 1 : index]):
        verdicts[start:index] = [KEEP] * (index - start)
        verdicts[start] = Verdict(
            keep=True, reason="the heading of the article's fact box", prior_rule=rule.name
        )
    return index


def _is_foreign_label_in_prose(
    blocks: Sequence[Block], start: int, is_prose: Sequence[bool], language: Language
) -> bool:
    """Whether trigger ``start`` is an English related label (`FOREIGN_LABEL_LANGUAGE`) in a
    document of another language whose own labels do not say it, right under a paragraph.

    The rules of every language read English "Read more" too, since templates print it on
    pages of any language; but a German, French or Dutch story also quotes it (a button's
    text, a web page's) and goes on with its own sub-headings and paragraphs, which the
    teaser reading takes for the box's headlines and teasers, to the document's end. Under
    such a label between paragraphs the list keeps to headlines (`is_list_headline`); a box
    of bare headlines still goes.

    >>> from corpusclean.language import load_language
    >>> blocks = [Block("Ein Absatz der Geschichte.", 0, 1), Block("Read more", 1, 2)]
    >>> _is_foreign_label_in_prose(blocks, 1, [True, False], load_language("de"))
    True
    >>> _is_foreign_label_in_prose(blocks, 1, [True, False], load_language("en"))
    False
    >>> blocks[1] = Block("Mehr zum Thema", 1, 2)
    >>> _is_foreign_label_in_prose(blocks, 1, [True, False], load_language("de"))
    False
    """
    if start < 1 or not is_prose[start - 1] or language.code == FOREIGN_LABEL_LANGUAGE:
        return False
    text = blocks[start].text
    foreign = load_language(FOREIGN_LABEL_LANGUAGE).related_label.fullmatch(text) is not None
    return foreign and language.related_label.fullmatch(text) is None


def _introduces_names(items: Sequence[Block]) -> bool:
    """Whether a list opens on a label of its own ending in a colon, a heading's length, over
    names only (`NAME_MAX_WORDS`, at least `NAMED_LIST_MIN_ITEMS`): the article's list.

    >>> songs = ["Setlist highlights:", "Harbour Lights", "The Long Way Home", "Paper Boats"]
    >>> _introduces_names([Block(line, i, i + 1) for i, line in enumerate(songs)])
    True
    >>> tags = ["Ukraine", "Russland", "Krieg"]
    >>> _introduces_names([Block(line, i, i + 1) for i, line in enumerate(tags)])
    False
    """
    if len(items) <= NAMED_LIST_MIN_ITEMS or not items[0].text.rstrip().endswith(":"):
        return False
    return items[0].words <= HEADING_MAX_WORDS and all(
        block.words <= NAME_MAX_WORDS for block in items[1:]
    )


def is_fact_list(items: Sequence[Block]) -> bool:
    """Whether a list's lines are all "Label: value" rows, each with a label of its own and a
    value of at most `FACT_LIST_VALUE_MAX_WORDS` words: the article's fact box
    (`FACT_LIST_MIN_ROWS` rows or more).

    >>> rows = ["Fechas: del 5 al 12 de mayo", "Sede: Teatro Principal y Filmoteca Municipal"]
    >>> is_fact_list([Block(row, i, i + 1) for i, row in enumerate(rows)])
    True
    >>> kickers = ["Vídeo: El alcalde inaugura la nueva estación", "Vídeo: Así fue la gala"]
    >>> is_fact_list([Block(row, i, i + 1) for i, row in enumerate(kickers)])
    False
    """
    labels = [field_label(block.text) for block in items]
    return (
        len(items) >= FACT_LIST_MIN_ROWS
        and all(labels)
        and len(set(labels)) == len(labels)
        and all(
            len(block.text.partition(FIELD_SEPARATOR)[2].split()) <= FACT_LIST_VALUE_MAX_WORDS
            for block in items
        )
    )


def _is_lone_sub_heading(
    blocks: Sequence[Block], start: int, end: int, is_prose: Sequence[bool]
) -> bool:
    """Whether the list after trigger ``start`` (blocks up to ``end``) is one short line
    between a topic's heading and a paragraph: the article's next sub-heading
    (`LONE_ITEM_MAX_WORDS`)."""
    return (
        end == start + 2
        and start >= 1
        and end < len(blocks)
        and is_prose[start - 1]
        and is_prose[end]
        and blocks[start + 1].words <= LONE_ITEM_MAX_WORDS
    )


def _is_headline_at_head(
    blocks: Sequence[Block],
    start: int,
    end: int,
    is_prose: Sequence[bool],
    language: Language,
) -> bool:
    """Whether the list after trigger ``start`` (blocks up to ``end``) is one line at the
    document's head (`HEAD_LIST_MAX_START`, no paragraph above) over the story's first
    paragraph, which says `HEADLINE_NAMED_MIN_WORDS` of its words again
    (`HEADLINE_WORD_MIN_LETTERS`): the headline. The headline's own date stamp may stand
    between it and the paragraph (`_story_under_headline`).

    >>> lines = ["Related posts", "TOWN RESUMES WORK ON THE AVENUE'S GATEWAY",
    ...          "The mayor met the works secretary on Friday: the town resumes work on the "
    ...          "avenue's gateway next week."]
    >>> bs = [Block(line, i, i + 1) for i, line in enumerate(lines)]
    >>> from corpusclean.language import load_language
    >>> en = load_language("en")
    >>> _is_headline_at_head(bs, 0, 2, [False, False, True], en)
    True
    >>> bs[1] = Block("Storm closes the harbour for a week", 1, 2)
    >>> _is_headline_at_head(bs, 0, 2, [False, False, True], en)
    False
    """
    if start > HEAD_LIST_MAX_START or end not in (start + 2, start + 3):
        return False
    story = _story_under_headline(blocks, start, language)
    if story >= len(blocks) or (end == start + 3 and story != end):
        return False
    if not is_prose[story] or any(is_prose[:start]):
        return False
    return paragraph_names_headline(blocks[start + 1].text, blocks[story].text)


def paragraph_names_headline(headline: str, paragraph: str) -> bool:
    """Whether a paragraph says `HEADLINE_NAMED_MIN_WORDS` of a headline's words of
    `HEADLINE_WORD_MIN_LETTERS` letters or more again: the headline is its story's.

    >>> paragraph_names_headline("Schwarzenburg wird zur Jodler-Metropole",
    ...     "Am Wochenende wird das Dorf Schwarzenburg zur Jodler-Hauptstadt.")
    True
    >>> paragraph_names_headline("Storm closes the harbour", "The harbour reopens today.")
    False
    """
    named = {w for w in key_words(headline) if len(w) >= HEADLINE_WORD_MIN_LETTERS}
    return len(named.intersection(key_words(paragraph))) >= HEADLINE_NAMED_MIN_WORDS


def _story_under_headline(blocks: Sequence[Block], start: int, language: Language) -> int:
    """The index of the block where the story would start under the one headline after
    trigger ``start``: the next block, or the one after it when the next is a date stamp and
    nothing else (`is_date_stamp`), the headline's own date ("Latest News" / the headline /
    "(August 21, 2019)"). The list takes the date or a date rule does; either way one headline
    and its date over a paragraph that names it is the page's own story, where a list of other
    stories prints several headlines.

    >>> from corpusclean.language import load_language
    >>> lines = ["Latest News", "Hall reopens after the floor is renewed", "(August 21, 2019)"]
    >>> bs = [Block(line, i, i + 1) for i, line in enumerate(lines)]
    >>> _story_under_headline(bs, 0, load_language("en"))
    3
    >>> _story_under_headline(bs[:2] + [Block("The hall reopens.", 2, 3)], 0, load_language("en"))
    2
    """
    under = start + 2
    if under < len(blocks) and is_date_stamp(blocks[under].text, language):
        return under + 1
    return under
