"""Copies right after their block: a block printed twice in a row, a stuttered run of
sentences (a slider's slides), a list printed twice."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from ...model import Block
from ...text import CLOSERS, QUESTION_MARKS, ends_like_sentence, is_footnote
from .duplicate import DUPLICATE_ADJACENT, MAX_PASTED_COPIES, Duplicate
from .intended import _CONTINUES
from .keys import comparison_keys  # noqa: F401 (read by the doctests)
from .repeats import _is_bulleted, _is_summary_bullet, _twinned

# A line starting so is a table cell as extractors render tables ("| Nelson | 9"): two equal
# cells in a row are data (a region and its town of one name), not a stutter.
_TABLE_CELL = "|"
# A stutter has two words or more: a one-word line printed twice in a row is as often a
# table's two equal cells with the "|" between them removed ("new | new"), and whether a
# separator stood between two lines cannot be seen again once it is gone, so telling them
# apart by the gap would make cleaning the clean text remove what the first pass kept.
STUTTER_MIN_WORDS = 2
# Save at the document's start: a one-word name printed twice as its first two blocks is the
# page's title over the post's own (a blog prints both: "Appeltaart" / "Appeltaart"),
# not a table's cells, which come under a heading or a lead. A word of at least this many
# letters, capitalised, the two its only printings: "Ja" / "Ja" may open a dialogue.
OPENING_STUTTER_MIN_LETTERS = 4
# A run of two or three sentences printed twice in a row is a slider's slides: a carousel
# clones its last slide before the first and its first after the last, so two pull quotes
# print as A B A B. Writers repeat a line for effect, but not two or three in the same order
# right after them; a chorus printed twice does, so each line must end a sentence and lead
# into nothing (`_is_stutter`: "Oh, the river runs," stays), and a third printing in a row
# keeps them all (a chant), unless they are paragraphs. Longer runs are pastes
# (`PASTED_RUN_MIN_BLOCKS`).
STUTTERED_RUN_MAX_BLOCKS = 3
# A bulleted list printed twice in a row, item for item (a page's mobile and desktop
# templates both extracted), is one list: the second printing goes. At least
# `LIST_TWICE_MIN_ITEMS` items, all different (two items printed alternately, "A B A B", are a
# chant's or a slider's, which `_mark_stuttered_runs` judges), each a `_is_stutter` of its
# twin, and nothing but the two printings in the run of bulleted lines: a third printing, or
# one list with a further item, is no list printed twice.
LIST_TWICE_MIN_ITEMS = 3
_WORD = re.compile(r"[^\W_]+")


def _mark_adjacent_copies(
    blocks: Sequence[Block],
    keys: Sequence[str],
    found: dict[int, Duplicate],
    counts: Mapping[str, int],
    min_words: int,
) -> None:
    """A block whose copy directly follows it is printed twice, whatever its length.

    Extraction stutters (a heading or a one-line caption printed twice in a row, often with
    junk between them that an earlier stage removed) leave such pairs; writers almost never
    set the same line twice in a row. The pair must be the key's only copies (three in a row
    is a refrain), hold a letter (a table's repeated "0" is data), be no table cells, use the
    same case (an echo in capitals is emphasis: "Lots of changes / LOTS of changes"), be no
    footnotes (two citing one source), and the first must not lead into the second, and they
    must have `STUTTER_MIN_WORDS` words, but for a name opening the document
    (`OPENING_STUTTER_MIN_LETTERS`). A paragraph stuttered is one whatever copies it has
    elsewhere (`_is_stuttered_paragraph`).
    """
    for index in range(1, len(keys)):
        key, before = keys[index], index - 1
        if index in found or before in found or key != keys[before] or not key:
            continue
        pair = (blocks[before].text, blocks[index].text)
        recurring = counts[key] > MAX_PASTED_COPIES
        if recurring and not _is_stuttered_paragraph(blocks, keys, index, min_words):
            continue
        if _is_stutter(*pair) and _is_summary_bullet(blocks, before, index):
            found[before] = Duplicate(DUPLICATE_ADJACENT, index)  # the bullet is the copy
        elif _is_stutter(*pair) or (
            before == 0 and not recurring and _is_opening_name(blocks, index)
        ):
            found[index] = Duplicate(DUPLICATE_ADJACENT, before)


def _mark_stuttered_runs(
    blocks: Sequence[Block],
    keys: Sequence[str],
    found: dict[int, Duplicate],
    min_words: int,
    positions: Mapping[int, int] | None = None,
) -> None:
    """Mark the second printing of a run of sentences printed twice in a row (see
    `STUTTERED_RUN_MAX_BLOCKS`), or of any lines printed again after a break that an earlier
    stage removed (`_is_printed_after_break`; ``positions``, each document block's place by its
    first line). A run of paragraphs (``min_words`` words each) is one even
    when a third printing goes on beside it: a pull quote that is a whole paragraph of the
    story beside its slides; a chant's lines are short. Linear: a few key comparisons a block.
    """
    # How often each key stands among the round's blocks, counted once when a run printed
    # again after a break is first asked about (`_is_printed_after_break`): counted at each
    # ask, a document of many such runs cost a pass over its blocks each.
    counts: Counter[str] | None = None
    for width in range(2, STUTTERED_RUN_MAX_BLOCKS + 1):
        for start in range(len(keys) - 2 * width + 1):
            if keys[start] != keys[start + width]:
                continue  # most blocks: no run starts here, and nothing is sliced
            run = keys[start : start + width]
            copy = range(start + width, start + 2 * width)
            if (
                run != keys[start + width : start + 2 * width]
                or len(set(run)) < width  # "A A A A": a line, which `_is_stutter` judges
                or not all(run)
                or any(index in found for index in range(start, start + 2 * width))
                or not (
                    all(_is_stuttered_sentence(blocks, index, width) for index in copy)
                    or (
                        positions is not None
                        and _is_printed_after_break(
                            blocks,
                            keys,
                            start + width,
                            width,
                            positions,
                            counts := counts if counts is not None else Counter(keys),
                        )
                    )
                )
                or (
                    _repeats_on(keys, start, width)
                    and any(blocks[index].words < min_words for index in copy)
                )
            ):
                continue
            for index in copy:
                found[index] = Duplicate(DUPLICATE_ADJACENT, index - width)


def _is_printed_after_break(
    blocks: Sequence[Block],
    keys: Sequence[str],
    copy: int,
    width: int,
    positions: Mapping[int, int],
    counts: Mapping[str, int],
) -> bool:
    """Whether the run printed again from ``copy`` stands right after a block the document
    held between the two printings and an earlier stage removed, line for line.

    A teaser cut at "Read more" / "Weiterlesen" / "Seguir leyendo" prints its last lines and the
    full text prints them again under the link: "Resultados de la jornada 14:" and the first
    result, twice, the link between them. Such lines need not end a sentence (a list's heading
    ends in a colon, its rows in a score), which a chorus sung twice in a row must
    (`_is_stuttered_sentence`); a chorus has nothing between its printings that the cleaner
    removes. Its risk, accepted: a chorus's lines printed twice with a removed line (an ad's
    label) between them lose their second printing. Only the document's blocks are looked up
    (``positions``): a round's blocks are some of them, in their order. The two printings are
    each line's only ones among the round's blocks (``counts``, of ``keys``): a plan or a
    schedule repeats its rows under several headings (the same meals on three days), and once
    those headings and labels are removed (a page's text) its rows stand in a row; they are the
    article's (scrapinghub 5f03fc, whose gold keeps all six printings of a meal). The caller
    passes no ``positions`` on a page's text, where the page classifier removes many lines
    between those of the story.
    """
    before = positions.get(blocks[copy - 1].start)
    after = positions.get(blocks[copy].start)
    if before is None or after is None or after - before < 2:
        return False
    return all(
        counts[keys[index]] == 2 and _same_words(blocks[index - width].text, blocks[index].text)
        for index in range(copy, copy + width)
    )


def _same_words(first: str, second: str) -> bool:
    """Whether two lines have the same words, case and digits alike, and a letter."""
    words = _WORD.findall(first)
    return words == _WORD.findall(second) and not all(word.isdigit() for word in words)


def _repeats_on(keys: Sequence[str], start: int, width: int) -> bool:
    """Whether the run printed twice from ``start`` goes on repeating for a block more on
    either side: a third printing in a row, whole or begun (a chant: "A B A B A B")."""
    end = start + 2 * width
    return (start > 0 and keys[start - 1] == keys[start + width - 1]) or (
        end < len(keys) and keys[end] == keys[start]
    )


def _is_stuttered_sentence(blocks: Sequence[Block], index: int, width: int) -> bool:
    """Whether a block of a run printed twice is a sentence printed again, line for line."""
    first, second = blocks[index - width].text, blocks[index].text
    return ends_like_sentence(first) and _is_stutter(first, second)


def _is_stuttered_paragraph(
    blocks: Sequence[Block], keys: Sequence[str], index: int, min_words: int
) -> bool:
    """Whether a block printed right after its twin is a paragraph stuttered, though its
    text stands a third time elsewhere.

    A standfirst printed above and below the byline that is also a paragraph of the story
    has three copies, which makes it recurring (`MAX_PASTED_COPIES`): a guard written for
    refrains, standing questions and row labels, which are short. A paragraph (``min_words``
    words or more, ending like a sentence) set twice in a row is none of them. Three in a
    row stays, as for a refrain: neither neighbour may be a third copy.
    """
    block, key = blocks[index], keys[index]
    return (
        block.words >= min_words
        and ends_like_sentence(block.text)
        and (index + 1 == len(keys) or keys[index + 1] != key)
        and (index < 2 or keys[index - 2] != key)
    )


def _is_stutter(first: str, second: str) -> bool:
    """Whether two lines with one key are one line printed twice (see `_mark_adjacent_copies`)."""
    if first.endswith(_CONTINUES) or first.startswith(_TABLE_CELL) or is_footnote(first):
        return False  # a lead-in, a table's cells, two footnotes citing one source
    if _asks(first) != _asks(second):
        return False  # an answer echoed as a question, or a question answered by its words
    words = _WORD.findall(first)
    return (
        len(words) >= STUTTER_MIN_WORDS
        and words == _WORD.findall(second)
        and not all(word.isdigit() for word in words)
    )


def _is_opening_name(blocks: Sequence[Block], index: int) -> bool:
    """Whether the block at ``index`` and the one above it, the first two, are one
    capitalised word printed twice (see `OPENING_STUTTER_MIN_LETTERS`), the second not
    going on in the next block: "Lorem" over "ipsum dolor sit amet, …" is a hard-wrapped
    paragraph's first word (Readability's normalize-spaces page).

    >>> bs = [Block(t, i, i + 1) for i, t in enumerate(["Lorem", "Lorem", "ipsum dolor."])]
    >>> _is_opening_name(bs[:2], 1), _is_opening_name(bs, 1)
    (True, False)
    """
    first, second = blocks[index - 1].text, blocks[index].text
    after = blocks[index + 1].text if index + 1 < len(blocks) else ""
    return (
        first == second
        and first.isalpha()
        and first[0].isupper()
        and len(first) >= OPENING_STUTTER_MIN_LETTERS
        and not after[:1].islower()
    )


# Closing quotation marks and brackets after a line's last sign (`text.CLOSERS`: French » of a
# question closed « … ? »), and spaces anywhere among them (French puts one before "?" as well as
# before "»", which `text.ends_like_sentence` does not skip).
_QUESTION_CLOSERS = CLOSERS + " \t"


def _asks(line: str) -> bool:
    """Whether a line ends with a question mark (before closing quotes or brackets).

    The comparison key drops punctuation, so "… une heure." and "… une heure ?" are one key;
    printed one under the other they are an interviewer echoing an answer, not a stutter
    (blind6 half 12: all ten such lines were lost before this test). Not
    `page.interview.is_question`: the spaces French sets before "?" and "»" are skipped
    here, as an echo in French must not go.
    """
    return line.rstrip(_QUESTION_CLOSERS).endswith(QUESTION_MARKS)


def _mark_list_printed_twice(
    blocks: Sequence[Block], keys: Sequence[str], found: dict[int, Duplicate]
) -> None:
    """Mark the second printing of a bulleted list printed twice in a row, item for item
    (see `LIST_TWICE_MIN_ITEMS`). Linear: each run of bulleted lines is read once.

    >>> items = ["• The vote is in spring", "• The council must agree", "• The state pays most"]
    >>> blocks = [Block(t, i, i + 1) for i, t in enumerate(["Intro.", *items, *items, "End."])]
    >>> found = {}
    >>> _mark_list_printed_twice(blocks, comparison_keys(blocks), found); sorted(found)
    [4, 5, 6]
    """
    # Each item of the list's first printing is bulleted and has a key, not empty, that its
    # second printing has too: without such a block there is no list printed twice, and the
    # blocks are not read one by one (issue #8: the twinned blocks are a few of a page's).
    if not any(keys[i] and _is_bulleted(blocks[i].text.lstrip()) for i in _twinned(keys)):
        return
    index = 0
    while index < len(blocks):
        end = index
        while end < len(blocks) and _is_bulleted(blocks[end].text.lstrip()):
            end += 1
        width, odd = divmod(end - index, 2)
        if (
            not odd
            and width >= LIST_TWICE_MIN_ITEMS
            and len({keys[i] for i in range(index, index + width)}) == width
            and all(
                keys[i] and keys[i] == keys[i + width] and i not in found and i + width not in found
                for i in range(index, index + width)
            )
            and all(
                _is_stutter(blocks[i].text, blocks[i + width].text)
                for i in range(index, index + width)
            )
        ):
            for i in range(index + width, end):
                found[i] = Duplicate(DUPLICATE_ADJACENT, i - width)
        index = max(end, index + 1)
