"""Repeats a story prints on purpose, which stay: a refrain, a question asked again, a step
or a timeline's entry under two labels, a line that ends each of a listing's sections."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from ...model import Block
from ...text import count_inner_sentence_ends, ends_like_sentence, looks_like_headline
from .keys import comparison_keys  # noqa: F401 (read by the doctests)

# A line ending like this leads into the next one: a verse's repeated line ("And miles to go
# before I sleep, / And miles to go before I sleep.") is a continuation, not a stutter.
_CONTINUES = (",", ";", ":", "-", "–", "—")
# A quotation set as a block of its own, printed twice word for word and mark for mark, apart
# and alone, is quoted twice: a speech's refrain, a chant, a slogan the report comes back to.
# A paste of it comes with its neighbours (a run) or beside it (a stutter), and a pull quote
# re-set from a paragraph gains the marks the paragraph lacks. Its risk, accepted: a quote box
# that repeats a paragraph which is itself a bare quotation stays. Opening and closing marks
# of German, French, English, Spanish and Italian text, in either direction. Whole: no mark
# inside (a paragraph that quotes, says who spoke and quotes again is reporting, and a paste
# of it is a paste), and a line, of at most `QUOTED_REFRAIN_MAX_WORDS` words: a refrain is
# sung or chanted, a longer quotation printed twice is a paragraph pasted.
_OPENING_QUOTES = '„‚“‘"«»‹›'
# (Not `text.CLOSERS`, on purpose: a quotation closes on a quote mark, not on a bracket, and the
# Chinese and Japanese corner quotes open with marks this reader does not look for.)
_CLOSING_QUOTES = '“‘”’"»«›‹'
# (Inside, only double marks count: a single one is as often an apostrophe, "l’État".)
_INNER_QUOTE_MARKS = frozenset('„“”"«»')
QUOTED_REFRAIN_MAX_WORDS = 24
# A speech's refrain without marks is a slogan and its line ("Wir schaffen das." / "Wir lassen
# niemanden zurück, nicht in der Stadt und nicht auf dem Land."): two one-sentence lines, one
# of them short (under ``min_words``), printed twice apart, character for character, inside
# the story both times. A paste of two blocks is a paste of the page's paragraphs: both whole
# paragraphs, or set at the story's start or end (a teaser above a paywall, a box below it),
# or with the blocks around it copied too (a longer run). So exactly two blocks, each of at
# most `QUOTED_REFRAIN_MAX_WORDS` words, neither printing the document's first or last
# blocks, at least `REFRAIN_PAIR_MIN_GAP` blocks between the printings. Its risk, accepted
# (precision first): a pasted one-sentence paragraph with a short sentence beside it, both
# times inside the story, stays. The blocks around the two printings are compared without
# their spaces (`_same_but_spacing`): a paste whose neighbour lost a word to a space inside
# it ("Malays ia", a no-break space a scraper kept) copies that neighbour all the same.
REFRAIN_PAIR_MIN_GAP = 1
# A question set as a line of its own and asked again further down, each time before a
# different block, is the story's own device: a post that quotes a tweet twice to set two
# replies under it, an interview that comes back to the question it opened with. A paste
# comes with its neighbours (a run) and a stutter beside itself; this one is alone, apart, and
# answered by something else each time. One sentence ending in "?", of at most
# `QUOTED_REFRAIN_MAX_WORDS` words, told both times: the blocks either side end a sentence or
# introduce it with a colon, none cut short with an ellipsis. A headline printed again in a
# related list or a menu sits among headlines and labels, which end in neither. Its risk,
# accepted (precision first): a pull quote that re-sets a one-line question paragraph stays.
QUESTION_ASKED_AGAIN_MIN_GAP = 2
# A numbered list of steps (a recipe's "Passo 2" / "Passo 4", an instruction's "Step 3:", "Schritt
# 5", "2.") may give one instruction word for word under two of its labels: both are the article's
# (a reader cooking loses a step). A paste repeats the label with the line, or no label at all;
# here each printing sits right under a step label, the two labels differ only in their number,
# and the later one is numbered higher (one list counts up; a list of headlines printed again, "4"
# above a line and "1" above it further down, is a second list, a paste). A step label is a line
# of at most `STEP_LABEL_MAX_WORDS` words: letters-only words, then a number of at most
# `STEP_NUMBER_MAX_DIGITS` digits, with a ".", ":" or ")" after it or not. Its risk, accepted
# (precision first): a paragraph pasted under two numbered items of a listicle stays.
STEP_LABEL_MAX_WORDS = 3
STEP_NUMBER_MAX_DIGITS = 2
# A timeline ("Chronik", "Cronología") may give two of its entries the same words: the same
# thing happened again ("März 2019" / "Die Fahrer streiken drei Tage lang ..." and "Oktober
# 2024" / the same sentence). Both are the article's: a reader of the timeline loses an event.
# Here each printing sits right under a date label, a line of at most `DATE_LABEL_MAX_WORDS`
# words holding a year (`_YEAR`, 1800 to 2099), and the two labels name different years. A
# paste repeats its label with the line or none; a live blog's entry posted again when updated
# has a time over it, not a year, and one day's years agree. Its risk, accepted (precision
# first): a paragraph pasted under two dated entries of an archive list stays.
DATE_LABEL_MAX_WORDS = 4
_YEAR = re.compile(r"(?<!\d)(?:18|19|20)\d\d(?!\d)")
# A listing's sections may each end with the same practical line (two venues' "Eintritt frei,
# geöffnet täglich von 10 bis 18 Uhr.", two products' "Available from March."): the line is
# the section's, and a reader of either section loses it when one printing goes (blind7 half
# 14: all 16 documents lost it). Each printing ends its own section: under its own heading
# (`_heads_section`, the nearest one above, at most `SECTION_LINE_MAX_DEPTH` blocks up, with
# at least one block between), as many blocks below it in both sections, the two headings
# different, the first printing right above a heading (its section ends there), and the
# blocks right above the two printings different. The line is a sentence of at most
# `SECTION_LINE_MAX_WORDS` words, no headline (`text.looks_like_headline`). A paste repeats
# the paragraph with its neighbours (a run) or without a heading of its own; a standfirst
# again under a byline has no block between; a related list's headline is a headline; a
# lead-in ends with a colon. Its risk, accepted (precision first): a short paragraph pasted
# at the end of two sections of the same shape stays.
SECTION_LINE_MAX_WORDS = 24
SECTION_LINE_MAX_DEPTH = 3
SECTION_HEADING_MAX_WORDS = 8


def _is_quoted_again(first: str, second: str, distance: int) -> bool:
    """Whether two printings of a block, ``distance`` blocks apart, are one quotation quoted
    twice (see `_OPENING_QUOTES`): the same text, marks and all, a quotation whole, apart.

    >>> line = "„Diese Stadt gehört allen, die hier leben.“"
    >>> _is_quoted_again(line, line, 3), _is_quoted_again(line.strip("„“"), line, 3)
    (True, False)
    >>> reported = "„Wir bleiben“, sagte sie. „Hier ist unser Zuhause.“"
    >>> _is_quoted_again(reported, reported, 3)
    False
    """
    text = first.strip()
    return (
        distance > 1
        and text == second.strip()
        and text[:1] in _OPENING_QUOTES
        and text[-1:] in _CLOSING_QUOTES
        and len(text.split()) <= QUOTED_REFRAIN_MAX_WORDS
        and _INNER_QUOTE_MARKS.isdisjoint(text[1:-1])
    )


def _is_question_asked_again(
    blocks: Sequence[Block], keys: Sequence[str], pair: tuple[int, int]
) -> bool:
    """Whether the blocks at ``pair`` print one question twice, apart, each time before a
    different block (see `QUESTION_ASKED_AGAIN_MIN_GAP`).

    >>> texts = ["She asked:", "Why did the council vote now?", "The budget was due.", "It was.",
    ...          "He asked too:", "Why did the council vote now?", "Nobody could say."]
    >>> bs = [Block(t, i, i + 1) for i, t in enumerate(texts)]
    >>> _is_question_asked_again(bs, comparison_keys(bs), (1, 5))
    True
    >>> bs[6] = Block("The budget was due.", 6, 7)
    >>> _is_question_asked_again(bs, comparison_keys(bs), (1, 5))
    False
    """
    first, later = pair
    text = blocks[later].text.strip()
    return (
        later - first >= QUESTION_ASKED_AGAIN_MIN_GAP
        and later + 1 < len(blocks)
        and first >= 1
        and keys[first + 1] != keys[later + 1]
        and text.endswith("?")
        and _is_refrain_line(blocks[later])
        and all(_tells(blocks[i].text) for p in pair for i in (p - 1, p + 1))
    )


def step_label(text: str) -> tuple[str, str] | None:
    """The words and the number of a list's step label ("Passo 4" -> ("passo", "4")), or
    None when the line is no step label (see `STEP_LABEL_MAX_WORDS`).

    >>> step_label("Passo 4"), step_label("Step 12:"), step_label("3."), step_label("Step two")
    (('passo', '4'), ('step', '12'), ('', '3'), None)
    >>> step_label("Covid 19 cases rise"), step_label("Seite 123")
    (None, None)
    """
    words = text.split()
    if not words or len(words) > STEP_LABEL_MAX_WORDS:
        return None
    number = words[-1].rstrip(".:)")
    if not (number.isdecimal() and len(number) <= STEP_NUMBER_MAX_DIGITS):
        return None
    if not all(word.isalpha() for word in words[:-1]):
        return None
    return " ".join(words[:-1]).casefold(), number


def _is_step_given_again(blocks: Sequence[Block], pair: tuple[int, int]) -> bool:
    """Whether the two printings at ``pair`` are the bodies of two steps of one numbered list:
    each right under a `step_label`, the labels' words alike, the later one's number higher.

    Constant time: the block above each printing.

    >>> texts = ["Passo 2", "Mexa bem e deixe descansar.", "Passo 3", "Junte a farinha.",
    ...          "Passo 4", "Mexa bem e deixe descansar."]
    >>> bs = [Block(t, i, i + 1) for i, t in enumerate(texts)]
    >>> _is_step_given_again(bs, (1, 5))
    True
    >>> bs[4] = Block("Passo 2", 4, 5)  # the label pasted with its step
    >>> _is_step_given_again(bs, (1, 5))
    False
    """
    first, later = _labels_above(blocks, pair, step_label)
    return (
        first is not None
        and later is not None
        and first[0] == later[0]
        and int(first[1]) < int(later[1])
    )


def date_label_year(text: str) -> str | None:
    """The year a timeline's date label names ("März 2019" -> "2019"), or None when the line
    is no date label: more than `DATE_LABEL_MAX_WORDS` words, or no year or two (`_YEAR`).

    >>> date_label_year("März 2019"), date_label_year("12 October 2024:"), date_label_year("1998")
    ('2019', '2024', '1998')
    >>> date_label_year("16:05 (actualizado)"), date_label_year("2019 bis 2024")
    (None, None)
    >>> date_label_year("Die Fahrer streiken seit dem Jahr 2019 immer wieder.") is None
    True
    """
    if len(text.split()) > DATE_LABEL_MAX_WORDS:
        return None
    years = _YEAR.findall(text)
    return years[0] if len(years) == 1 else None


def _is_entry_at_two_dates(blocks: Sequence[Block], pair: tuple[int, int]) -> bool:
    """Whether the two printings at ``pair`` are two entries of a timeline: each right under
    a `date_label_year` label, the years different (see `DATE_LABEL_MAX_WORDS`).

    Constant time: the block above each printing.

    >>> strike = "Die Fahrer streiken drei Tage lang."
    >>> texts = ["März 2019", strike, "Juli 2021", "Die Stadt übernimmt.", "Oktober 2024", strike]
    >>> bs = [Block(t, i, i + 1) for i, t in enumerate(texts)]
    >>> _is_entry_at_two_dates(bs, (1, 5))
    True
    >>> bs[4] = Block("März 2019", 4, 5)  # the label pasted with its entry
    >>> _is_entry_at_two_dates(bs, (1, 5))
    False
    """
    first, later = _labels_above(blocks, pair, date_label_year)
    return first is not None and later is not None and first != later


_Label = TypeVar("_Label")


def _labels_above(
    blocks: Sequence[Block], pair: tuple[int, int], label: Callable[[str], _Label | None]
) -> tuple[_Label | None, _Label | None]:
    """What ``label`` reads in the block right above each printing of ``pair`` (None above
    the first block)."""
    first, later = (label(blocks[i - 1].text) if i > 0 else None for i in pair)
    return first, later


def _heads_section(text: str) -> bool:
    """Whether a block may head a section of a listing: a capitalised line of at most
    `SECTION_HEADING_MAX_WORDS` words that ends no sentence and leads into nothing.

    >>> _heads_section("Heimatmuseum Oberwerth"), _heads_section("Sternwarte am Kahlenberg")
    (True, True)
    >>> _heads_section("Eintritt frei."), _heads_section("Opening hours:"), _heads_section("and")
    (False, False, False)
    """
    text = text.strip()
    return (
        0 < len(text.split()) <= SECTION_HEADING_MAX_WORDS
        and text[:1].isupper()
        and not ends_like_sentence(text)
        and not text.endswith(_CONTINUES)
    )


def _section_heading_above(blocks: Sequence[Block], index: int) -> int | None:
    """The index of the heading of the section the block at ``index`` ends, or None: the
    nearest `_heads_section` block above, with one to `SECTION_LINE_MAX_DEPTH` blocks between
    it and ``index``, none of them a heading."""
    for above in range(index - 1, max(index - SECTION_LINE_MAX_DEPTH - 2, -1), -1):
        if _heads_section(blocks[above].text):
            return above if above < index - 1 else None
    return None


def _is_line_per_section(
    blocks: Sequence[Block], keys: Sequence[str], pair: tuple[int, int]
) -> bool:
    """Whether the two printings at ``pair`` are one short line ending two sections of a
    listing, each under its own heading (see `SECTION_LINE_MAX_WORDS`).

    Constant time: at most `SECTION_LINE_MAX_DEPTH` + 1 blocks above each printing.

    >>> info = "Eintritt frei, geöffnet täglich von 10 bis 18 Uhr."
    >>> texts = ["Museen im Kreis", "Heimatmuseum Oberwerth", "Spielzeug aus drei Jahrhunderten.",
    ...          info, "Sternwarte am Kahlenberg", "Ein großes Teleskop für den Mond.", info]
    >>> bs = [Block(t, i, i + 1) for i, t in enumerate(texts)]
    >>> _is_line_per_section(bs, comparison_keys(bs), (3, 6))
    True
    >>> bs[4] = Block("Heimatmuseum Oberwerth", 4, 5)  # the section pasted with its heading
    >>> _is_line_per_section(bs, comparison_keys(bs), (3, 6))
    False
    """
    first, later = pair
    first_heading, later_heading = (_section_heading_above(blocks, i) for i in pair)
    line = blocks[later].text
    return (
        first_heading is not None
        and later_heading is not None
        and first_heading > 0  # the first block is the page's title, no listing's section
        and first - first_heading == later - later_heading
        and first < later_heading
        and _heads_section(blocks[first + 1].text)
        and keys[first_heading] != keys[later_heading]
        and keys[first - 1] != keys[later - 1]
        and max(blocks[i].words for i in pair) <= SECTION_LINE_MAX_WORDS
        and ends_like_sentence(line)
        and not looks_like_headline(line)
    )


def _tells(text: str) -> bool:
    """Whether a block beside a question is told text: it ends a sentence or a colon opens
    what follows, and it is not a teaser cut short with an ellipsis.

    >>> _tells("She had had enough:"), _tells("Nifty forms Doji pattern, likely if index...")
    (True, False)
    """
    end = text.rstrip()
    return (ends_like_sentence(end) or end.endswith(":")) and not end.endswith(("...", "…"))


def _is_refrain_pair(
    blocks: Sequence[Block], keys: Sequence[str], pair: tuple[int, int], min_words: int
) -> bool:
    """Whether the block at ``pair``'s second index and the one beside it are a refrain of two
    lines printed twice, apart, inside the story (see `REFRAIN_PAIR_MIN_GAP`); ``pair`` holds
    the indices of the block's first and second printing.

    Constant time: the two printings, a block beside each and the blocks around them.

    >>> story = [f"Paragraph {n} of the report, long enough to be a paragraph." for n in "ABCD"]
    >>> refrain = ["Wir schaffen das.", "Wir lassen niemanden zurück, nicht hier und nicht dort."]
    >>> texts = [story[0], *refrain, story[1], story[2], *refrain, story[3]]
    >>> bs = [Block(t, i, i + 1) for i, t in enumerate(texts)]
    >>> _is_refrain_pair(bs, comparison_keys(bs), (2, 6), 12)
    True
    >>> bs = [Block(t, i, i + 1) for i, t in enumerate(texts[:-1])]  # the second at the end
    >>> _is_refrain_pair(bs, comparison_keys(bs), (2, 6), 12)
    False
    """
    original, index = pair
    for step in (-1, 1):
        first = (original, original + step)
        second = (index, index + step)
        before, after = min(second) - 1, max(second) + 1
        if (
            min(second) - max(first) - 1 >= REFRAIN_PAIR_MIN_GAP
            and min(first) > 0
            and after < len(keys)
            and keys[first[1]]
            and keys[first[1]] == keys[second[1]]
            # exactly two blocks: the blocks around the second printing copy none around
            # the first
            and not _same_but_spacing(keys[before], keys[min(first) - 1])
            and not _same_but_spacing(keys[after], keys[max(first) + 1])
            and all(
                blocks[a].text.strip() == blocks[a + index - original].text.strip() for a in first
            )
            and min(blocks[i].words for i in first) < min_words
            and all(_is_refrain_line(blocks[i]) for i in first)
        ):
            return True
    return False


def _same_but_spacing(key: str, other: str) -> bool:
    """Whether two comparison keys are equal but for where their words part: one text
    with a space inside a word ("malays ia") and without it.

    >>> _same_but_spacing("government malays ia the economy", "government malaysia the economy")
    True
    >>> _same_but_spacing("the council met", "the council left")
    False
    """
    return key.replace(" ", "") == other.replace(" ", "")


def _is_refrain_line(block: Block) -> bool:
    """Whether a block may be a refrain's line: one sentence of at most
    `QUOTED_REFRAIN_MAX_WORDS` words."""
    return (
        block.words <= QUOTED_REFRAIN_MAX_WORDS
        and ends_like_sentence(block.text)
        and count_inner_sentence_ends(block.text) == 0
    )
