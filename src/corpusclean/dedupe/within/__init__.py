"""Repeated blocks inside one document: a title printed twice, paragraphs pasted again.

Repair, don't reject: the first copy stays, later copies are reported. Blocks are compared
on a key that ignores case, spacing, punctuation and quote style, so near-identical repeats
match; digits count, so blocks that differ only in a number (scores, prices, dates) are
different blocks. A short block (a one-word line, a refrain) is removed only as part of a run
of repeated paragraphs, or when its copy follows it directly, never just because it repeats.

This module holds the entry points and the order the finders run in (`find_duplicates`,
`find_unkeyed_copies`) and re-exports every public name of the package. The finders live in
modules by role, each importing only from those above it in this list:

- `duplicate`: the `Duplicate` value, the removals' names, how often a block may recur;
- `keys`: the comparison keys (`comparison_keys`, `twin_candidates`);
- `intended`: repeats a story prints on purpose (a refrain, a step, a timeline's entry);
- `titles`: the title again (the title tag, the title cut short, a table of contents);
- `reflowed`: the article printed again with other breaks (`find_reflowed_copy`);
- `teasers`: a page's description, above the story or at its end, and labelled captions;
- `quotes`: quote boxes, pull quotes cut short, embeds' fallback lines;
- `altered`: copies with one word revised, without accents, footnote markers or links;
- `repeats`: repeats found by key (paragraphs, pasted runs, summary bullets, caption lists);
- `adjacent`: copies right after their block (stutters, a list printed twice);
- `layout`: copies a page's layout makes (two blocks joined on one line, a FAQ's question,
  a table's header after a page break);
- `spliced`: copies a page's markup splices (a block glued to a name or to its own start, a
  block cut inside a word).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ...model import Block
from .adjacent import (
    LIST_TWICE_MIN_ITEMS,
    STUTTER_MIN_WORDS,
    STUTTERED_RUN_MAX_BLOCKS,
    _mark_adjacent_copies,
    _mark_list_printed_twice,
    _mark_stuttered_runs,
)
from .altered import (
    REVISED_MIN_WORDS,
    REVISED_WORD_MIN_LETTERS,
    _mark_linked_copies,
    find_footnoted_copies,
    find_revised_copies,
    find_unaccented_copies,
    is_one_word_revised,
    without_markdown_links,
)
from .duplicate import (
    DUPLICATE_ADJACENT,
    DUPLICATE_PARAGRAPH,
    DUPLICATE_REFLOWED,
    DUPLICATE_RUN,
    DUPLICATE_TEASER,
    DUPLICATE_TITLE,
    FAMILY,
    MAX_PASTED_COPIES,
    PASTED_RUN_MIN_BLOCKS,
    PASTED_RUN_MIN_PARAGRAPHS,
    Duplicate,
)
from .intended import (
    DATE_LABEL_MAX_WORDS,
    QUESTION_ASKED_AGAIN_MIN_GAP,
    QUOTED_REFRAIN_MAX_WORDS,
    REFRAIN_PAIR_MIN_GAP,
    SECTION_HEADING_MAX_WORDS,
    SECTION_LINE_MAX_DEPTH,
    SECTION_LINE_MAX_WORDS,
    STEP_LABEL_MAX_WORDS,
    STEP_NUMBER_MAX_DIGITS,
    date_label_year,
    step_label,
)
from .keys import KeyCache, comparison_keys, twin_candidates
from .layout import (
    _TABLE_CELL_SEPARATOR,
    JOINED_MIN_WORDS,
    JOINED_PART_MIN_WORDS,
    QUESTION_HEADING_MIN_PAIRS,
    QUESTION_HEADING_MIN_WORDS,
    blocks_start_alike,
    find_joined_pair_copies,
    find_page_break_copies,
    find_question_heading_copies,
    shared_starts,
)
from .quotes import (
    CUT_QUOTE_MIN_WORDS,
    QUOTE_SIGNATURE_MAX_WORDS,
    cut_quotation,
    embed_fallback_text,
    excerpt_box_original,
    find_embed_fallback_copies,
    find_excerpt_box_copies,
    find_quote_box_copies,
    may_hold_embed,
    quote_box_quotation,
    speaker_box_quotation,
)
from .reflowed import (
    REFLOWED_COPY_SKIPS_IN_A_ROW,
    REFLOWED_MAX_HITS,
    REFLOWED_MAX_STARTS,
    REFLOWED_MIN_START_CHARS,
    REFLOWED_PROBE_CHARS,
    REFLOWED_SKIP_MAX_WORDS,
    find_reflowed_copy,
)
from .repeats import (
    CAPTION_LIST_MIN_ITEMS,
    _copies,
    _extend_runs_backwards,
    _mark_caption_list,
    _mark_pasted_runs,
    _mark_repeats,
)
from .spliced import (
    CUT_COPY_MIN_WORDS,
    GLUED_COPY_MIN_WORDS,
    GLUED_REST_MAX_WORDS,
    find_spliced_copies,
    spliced_candidates,
)
from .teasers import (
    CAPTION_CREDIT_MAX_WORDS,
    CLOSING_TEASER_WINDOW,
    DATELINE_MAX_CHARS,
    DATELINE_MAX_WORDS,
    TEASER_GAP,
    TEASER_LINK_MAX_WORDS,
    TEASER_MAX_SENTENCES,
    TEASER_MIN_WORDS,
    TEASER_WINDOW,
    _mark_card_teasers,
    find_closing_teaser_copies,
    find_labelled_caption_copies,
    find_teaser_copies,
    labelled_text,
)
from .titles import (
    BREADCRUMB_MAX_STEPS,
    COLON_LABEL_MAX_WORDS,
    CONTENTS_MIN_ENTRIES,
    CUT_TITLE_MIN_WORDS,
    SITE_NAME_MAX_WORDS,
    TITLE_TAG_WINDOW,
    TITLED_COPY_MIN_WORDS,
    _mark_title_copies,
    find_cut_title_copies,
    find_titled_copies,
    headlines_in_title_tag,
)

__all__ = [
    "BREADCRUMB_MAX_STEPS",
    "CAPTION_CREDIT_MAX_WORDS",
    "CAPTION_LIST_MIN_ITEMS",
    "CLOSING_TEASER_WINDOW",
    "COLON_LABEL_MAX_WORDS",
    "CONTENTS_MIN_ENTRIES",
    "CUT_COPY_MIN_WORDS",
    "CUT_QUOTE_MIN_WORDS",
    "CUT_TITLE_MIN_WORDS",
    "DATELINE_MAX_CHARS",
    "DATELINE_MAX_WORDS",
    "DATE_LABEL_MAX_WORDS",
    "DUPLICATE_ADJACENT",
    "DUPLICATE_PARAGRAPH",
    "DUPLICATE_REFLOWED",
    "DUPLICATE_RUN",
    "DUPLICATE_TEASER",
    "DUPLICATE_TITLE",
    "FAMILY",
    "GLUED_COPY_MIN_WORDS",
    "GLUED_REST_MAX_WORDS",
    "JOINED_MIN_WORDS",
    "JOINED_PART_MIN_WORDS",
    "LIST_TWICE_MIN_ITEMS",
    "MAX_PASTED_COPIES",
    "PASTED_RUN_MIN_BLOCKS",
    "PASTED_RUN_MIN_PARAGRAPHS",
    "QUESTION_ASKED_AGAIN_MIN_GAP",
    "QUESTION_HEADING_MIN_PAIRS",
    "QUESTION_HEADING_MIN_WORDS",
    "QUOTED_REFRAIN_MAX_WORDS",
    "QUOTE_SIGNATURE_MAX_WORDS",
    "REFLOWED_COPY_SKIPS_IN_A_ROW",
    "REFLOWED_MAX_HITS",
    "REFLOWED_MAX_STARTS",
    "REFLOWED_MIN_START_CHARS",
    "REFLOWED_PROBE_CHARS",
    "REFLOWED_SKIP_MAX_WORDS",
    "REFRAIN_PAIR_MIN_GAP",
    "REVISED_MIN_WORDS",
    "REVISED_WORD_MIN_LETTERS",
    "SECTION_HEADING_MAX_WORDS",
    "SECTION_LINE_MAX_DEPTH",
    "SECTION_LINE_MAX_WORDS",
    "SITE_NAME_MAX_WORDS",
    "STEP_LABEL_MAX_WORDS",
    "STEP_NUMBER_MAX_DIGITS",
    "STUTTERED_RUN_MAX_BLOCKS",
    "STUTTER_MIN_WORDS",
    "TEASER_GAP",
    "TEASER_LINK_MAX_WORDS",
    "TEASER_MAX_SENTENCES",
    "TEASER_MIN_WORDS",
    "TEASER_WINDOW",
    "TITLED_COPY_MIN_WORDS",
    "TITLE_TAG_WINDOW",
    "Duplicate",
    "KeyCache",
    "PairFinders",
    "blocks_start_alike",
    "comparison_keys",
    "cut_quotation",
    "date_label_year",
    "embed_fallback_text",
    "excerpt_box_original",
    "find_closing_teaser_copies",
    "find_cut_title_copies",
    "find_duplicates",
    "find_embed_fallback_copies",
    "find_excerpt_box_copies",
    "find_footnoted_copies",
    "find_joined_pair_copies",
    "find_labelled_caption_copies",
    "find_page_break_copies",
    "find_question_heading_copies",
    "find_quote_box_copies",
    "find_reflowed_copy",
    "find_revised_copies",
    "find_spliced_copies",
    "find_teaser_copies",
    "find_titled_copies",
    "find_unaccented_copies",
    "find_unkeyed_copies",
    "headlines_in_title_tag",
    "is_one_word_revised",
    "labelled_text",
    "may_hold_embed",
    "quote_box_quotation",
    "shared_starts",
    "speaker_box_quotation",
    "spliced_candidates",
    "step_label",
    "twin_candidates",
    "without_markdown_links",
]


class PairFinders:
    """Which of the five pair finders may find a copy in a document's next duplicate round:
    all at first; a round that finds no copy with one, read loosely (`_pair_copies`), turns
    it off for every later round.

    The five (quote boxes, excerpt boxes, embeds' fallback lines, copies without accents,
    copies with footnote markers) mark a block when it and an original stand among the
    blocks, in that order, wherever they stand: the other blocks only add candidates. So
    what one finds among some of a round's blocks, in their order, it finds among all of
    them, read loosely (each finder's reading in `_pair_copies`). A run's rounds each read
    some of the last round's blocks (what it kept), so a finder that found nothing in one
    round finds nothing in any later round of the run (`DocumentRun.remove_duplicates`).
    Pure speed (issue #8): the five ran in every duplicate round and found a copy in 1 of
    540 rounds of the dev full pages in page mode, 0 of 471 of the ASCII speed corpus.

    Mutable, one per document's run: valid only while each round's blocks are some of the
    last round's, in their order.
    """

    __slots__ = ("embeds", "excerpt_boxes", "footnoted", "quote_boxes", "unaccented")

    def __init__(self) -> None:
        self.quote_boxes = True  # `find_quote_box_copies`
        self.excerpt_boxes = True  # `find_excerpt_box_copies`
        self.embeds = True  # `find_embed_fallback_copies`
        self.unaccented = True  # `find_unaccented_copies`
        self.footnoted = True  # `find_footnoted_copies`

    def __repr__(self) -> str:
        on = [name for name in sorted(self.__slots__) if getattr(self, name)]
        return f"PairFinders(on={on})"


def _pair_copies(
    blocks: Sequence[Block],
    title: int | None,
    min_words: int,
    text: str,
    pairs: PairFinders,
) -> list[dict[int, Duplicate]]:
    """The copies each pair finder that ``pairs`` leaves on finds among ``blocks`` (``text``
    their texts joined, `_joined`), in the finders' order; each that finds none here, read
    loosely, is turned off in ``pairs`` (see `PairFinders`).

    Read loosely, finder by finder, so that finding nothing among a round's blocks means
    finding nothing among any of them, in their order (a subsequence):

    - a quote box, and an embed's fallback line, are each a function of the block's text,
      and so is the block a quote box copies being no box; an embed's fallback line is never
      its own original (its words run on past the post's: the dash and the signature), and
      the first block of its post's text stands among the blocks whenever one does;
    - an excerpt box is one too, but the title is none: read loosely, the title block is
      one as well (`excerpt_box_original`);
    - a copy without accents or with footnote markers has an original before it, and the
      first block with the original's key (or spaced text) stands no later than it; the
      sizes a copy without accents is looked for in are those of blocks of both kinds
      among the blocks (`altered._unaccented_sizes`), so fewer blocks hold fewer. A short
      copy counts only beside a copied paragraph (``min_words``): read loosely, with
      ``min_words`` 0, every copy counts, and the finder runs with ``min_words`` only when
      that finds one (so most rounds run it once).

    A gate on the joined text that finds nothing (no "(@", ASCII alone, no footnote
    marker's digits) finds nothing among fewer blocks either, and turns its finder off.
    """
    finds: list[dict[int, Duplicate]] = []
    if pairs.quote_boxes:
        finds.append(found := find_quote_box_copies(blocks))
        pairs.quote_boxes = bool(found)
    if pairs.excerpt_boxes:
        finds.append(found := find_excerpt_box_copies(blocks, title))
        pairs.excerpt_boxes = bool(found) or (
            title is not None and excerpt_box_original(blocks, title) is not None
        )
    if pairs.embeds:
        found = find_embed_fallback_copies(blocks) if may_hold_embed(text) else {}
        finds.append(found)
        pairs.embeds = bool(found)
    if pairs.unaccented:
        loose = find_unaccented_copies(blocks, 0) if not text.isascii() else {}
        finds.append(find_unaccented_copies(blocks, min_words) if loose else {})
        pairs.unaccented = bool(loose)
    if pairs.footnoted:
        loose = find_footnoted_copies(blocks, 0) if _may_hold_footnote(text) else {}
        finds.append(find_footnoted_copies(blocks, min_words) if loose else {})
        pairs.footnoted = bool(loose)
    return finds


def find_unkeyed_copies(
    blocks: Sequence[Block],
    title: int | None,
    min_words: int = 12,
    pairs: PairFinders | None = None,
) -> dict[int, Duplicate]:
    """The copies found without comparison keys: the title tag (`find_titled_copies`), the
    title cut short (`find_cut_title_copies`), a page's description above the story
    (`find_teaser_copies`), quote boxes, embeds' fallback lines and the story again without
    accents (`find_unaccented_copies`, blocks of ``min_words`` words or more alone), a
    caption printing the lead after a label (`find_labelled_caption_copies`), a FAQ's
    question again as its answer's start (`find_question_heading_copies`) and a table's
    header row again after a page break (`find_page_break_copies`). Two blocks printed again
    on one line (`find_joined_pair_copies`) are looked for by the caller, on an article's
    text only, as the article printed again with other breaks is; a block printed again
    glued or cut inside a word (`find_spliced_copies`) by the caller too,
    among the document's blocks that may hold one (`spliced_candidates`). ``pairs``: which
    pair finders may find a copy, turned off for later rounds by this one (`PairFinders`);
    all, and none turned off, by default."""
    return _unkeyed_copies(blocks, title, min_words, _joined(blocks), pairs)


def _joined(blocks: Sequence[Block]) -> str:
    """The blocks' texts, one a line: what the finders' document-level preconditions search
    (`_unkeyed_copies`), one C-level search of a character each instead of a test a block."""
    return "\n".join([block.text for block in blocks])


def _unkeyed_copies(
    blocks: Sequence[Block],
    title: int | None,
    min_words: int,
    text: str,
    pairs: PairFinders | None = None,
) -> dict[int, Duplicate]:
    """`find_unkeyed_copies`, ``text`` the blocks' texts joined (`_joined`). A pair finder
    runs only when ``pairs`` leaves it on (`PairFinders`, `_pair_copies`).

    Pure speed: three finders read every block in Python and find nothing in most documents,
    so each runs only when a character it needs stands somewhere in ``text`` (issue #8: the
    three were about 7 of the 19 ms a pass of the ASCII corpus spent here). The same copies
    are found: an embed's fallback line holds "(@" (`find_embed_fallback_copies` reads only
    such blocks), a footnote marker and a Markdown link hold "]" (`find_footnoted_copies`
    reads only blocks with one, and a marker's digits after it, `_FOOTNOTE_DIGITS`), and an
    accented block is no ASCII text
    (`find_unaccented_copies` finds nothing without one). None of these characters is the
    line feed that joins the texts, so ``text`` holds one exactly when some block does.

    Two of the four newest finders are gated so too (issue #8: the four cost about a third
    of this function, and find something in almost no document): a FAQ's questions
    (`_may_hold_question_pairs`), and a table's header printed again, a block holding "|"
    and the cell separator (`_TABLE_CELL_SEPARATOR`, no line feed in it) equal to another
    block, so that two lines of ``text`` are equal (`_has_repeated_line`). A search for one
    character is tried first: it costs a tenth of a search for " | ", whose last character,
    the space, is everywhere.
    """
    found = find_titled_copies(blocks, title)
    found.update(find_cut_title_copies(blocks, title))
    finds = [find_teaser_copies(blocks, title), find_closing_teaser_copies(blocks)]
    finds += _pair_copies(blocks, title, min_words, text, PairFinders() if pairs is None else pairs)
    finds.append(find_revised_copies(blocks))
    finds.append(find_labelled_caption_copies(blocks, title))
    if _may_hold_question_pairs(text):
        finds.append(find_question_heading_copies(blocks, title))
    if "|" in text and _TABLE_CELL_SEPARATOR in text and _has_repeated_line(text):
        finds.append(find_page_break_copies(blocks))
    for copies in finds:
        for index, duplicate in copies.items():
            found.setdefault(index, duplicate)
    return found


# What every footnote marker holds (`altered._FOOTNOTE_MARKER`, which asks more): "[", one to
# three digits, "]". Searched for in the blocks' joined text, a C scan for "[" (issue #8): on
# the dev full pages 97 of 494 duplicate rounds held a "]" and 18 a marker's digits, and
# `find_footnoted_copies` reads every block in Python once it runs. No line feed in it, so
# the joined text holds it exactly when a block does.
_FOOTNOTE_DIGITS = re.compile(r"\[\d{1,3}\]")


def _may_hold_footnote(text: str) -> bool:
    """Whether ``text``, blocks joined (`_joined`), holds what every footnote marker holds
    (`_FOOTNOTE_DIGITS`): when not, `find_footnoted_copies` finds nothing among them."""
    return "]" in text and _FOOTNOTE_DIGITS.search(text) is not None


def _may_hold_question_pairs(text: str) -> bool:
    """Whether ``text``, blocks joined (`_joined`), may hold `QUESTION_HEADING_MIN_PAIRS`
    questions that `find_question_heading_copies` marks; when not, it marks none.

    A marked question is a block ending in "?" with a block after it that starts with the
    question and a space: two question marks, the question's last character and one in the
    next block that is not that block's last, so no two marked questions share one. Looked
    for with one-character searches, a fast C loop (the first stops at the first "?"): on the
    dev full pages a search for "?" and a line feed, or a count of them, costs more than the
    finder's test of each block.

    >>> faq = "Who pays?\\nWho pays? Homes.\\nWhen?\\nWhen? Now."
    >>> _may_hold_question_pairs(faq), _may_hold_question_pairs("Why?\\nWhy? Because.")
    (True, False)
    """
    return "?" in text and text.count("?") >= 2 * QUESTION_HEADING_MIN_PAIRS


def _has_repeated_line(text: str) -> bool:
    """Whether two lines of ``text`` are equal: always when two of the blocks joined into it
    are (`_joined`), a line feed inside a block or not, since equal blocks split into equal
    lines. Two C calls, where comparing blocks is a Python test a block.

    >>> _has_repeated_line("A | B\\nx\\nA | B"), _has_repeated_line("A | B\\nA | C")
    (True, False)
    """
    lines = text.split("\n")
    return len(set(lines)) < len(lines)


def find_duplicates(
    blocks: Sequence[Block],
    title: int | None = None,
    min_words: int = 12,
    keys: Sequence[str] | None = None,
    copies: Mapping[str, int] | None = None,
    positions: Mapping[int, int] | None = None,
    pairs: PairFinders | None = None,
) -> dict[int, Duplicate]:
    """Map the index of every repeated block to the `Duplicate` that explains it.

    ``title`` is the index of the title block, if any: any later copy of it goes, whatever
    its length, and so does a block directly followed by its only copy. ``keys`` are the
    blocks' comparison keys, when the caller has them already; ``copies``, how often each
    key occurs in the whole input document; ``positions``, each of the document's blocks'
    place among them by its first line, when ``blocks`` are what a round kept of them (a run
    printed again after a removed break, `_mark_stuttered_runs`); ``pairs``, which pair finders
    may find a copy, turned off for later rounds by this one (`PairFinders`).
    Linear in the number of blocks.

    >>> blocks = [Block(t, i, i + 1) for i, t in enumerate(
    ...     ["Jack Ma in KL", "Jack Ma in KL", "He opened an office in Kuala Lumpur today.",
    ...      "Yes", "He opened an office in Kuala Lumpur today!", "Yes"])]
    >>> sorted((i, d.rule) for i, d in find_duplicates(blocks, title=0, min_words=5).items())
    [(1, 'duplicate_title'), (4, 'duplicate_paragraph'), (5, 'duplicate_run')]
    """
    keys = comparison_keys(blocks) if keys is None else keys
    text = _joined(blocks)
    found = _unkeyed_copies(blocks, title, min_words, text, pairs)
    if _has_repeated_key(keys):
        _mark_keyed_copies(blocks, keys, title, min_words, copies, found, positions)
    elif _has_title_copy(found, title):
        _mark_card_teasers(blocks, found, title, min_words)
    if found and "]" in text:  # a Markdown link's "](" (see `_unkeyed_copies`), by a copy
        _mark_linked_copies(blocks, found)
    return found


def _mark_keyed_copies(
    blocks: Sequence[Block],
    keys: Sequence[str],
    title: int | None,
    min_words: int,
    copies: Mapping[str, int] | None,
    found: dict[int, Duplicate],
    positions: Mapping[int, int] | None = None,
) -> None:
    """The finders that compare keys (`find_duplicates`), in their order."""
    _mark_title_copies(blocks, keys, title, found)
    if _has_title_copy(found, title):
        _mark_card_teasers(blocks, found, title, min_words)
    counts = _copies(keys, copies)
    if any(count > 1 for count in counts.values()):
        _mark_pasted_runs(blocks, keys, min_words, found, title)
    _mark_repeats(blocks, keys, min_words, found, counts)
    _extend_runs_backwards(keys, found, counts)
    _mark_adjacent_copies(blocks, keys, found, counts, min_words)
    _mark_stuttered_runs(blocks, keys, found, min_words, positions)
    _mark_list_printed_twice(blocks, keys, found)
    _mark_caption_list(blocks, keys, found, counts)


def _has_repeated_key(keys: Sequence[str]) -> bool:
    """Whether a key that is not empty stands twice in ``keys``: when not, the finders that
    compare keys (`_mark_keyed_copies`) find nothing, and are not run.

    Each of them marks a block only when its key, not empty, equals the key of another
    block: the title's (`_mark_title_copies`), a window's first printing
    (`_mark_pasted_runs`), a first printing (`_mark_repeats`, `_mark_caption_list`), a
    twin before it (`_extend_runs_backwards`), the block before it or a run's first
    printing (`_mark_adjacent_copies`, `_mark_stuttered_runs`, `_mark_list_printed_twice`).
    Pure speed (issue #8): on the dev full pages in page mode 113 of the 218 calls with keys
    had no key twice (the document's twins are found once, on its first blocks, and a later
    round's blocks lost the copies), and the finders then cost a Python test a block each.
    Three C calls; an empty key (a block without a letter) stands as often as it likes.

    >>> _has_repeated_key(["a b", "", "c", ""]), _has_repeated_key(["a b", "c", "a b"])
    (False, True)
    """
    distinct = set(keys)
    empty = "" in distinct
    return len(distinct) - empty < len(keys) - (keys.count("") if empty else 0)


def _has_title_copy(found: Mapping[int, Duplicate], title: int | None) -> bool:
    """Whether a copy of the title was found: `_mark_card_teasers` reads nothing else (the
    block under such a copy), so it runs only then."""
    return title is not None and any(d.rule == DUPLICATE_TITLE for d in found.values())
