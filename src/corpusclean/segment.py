"""Segmentation: normalised lines into blocks (paragraph candidates) that keep their line spans.

Two input shapes are common. Most scrapers write one paragraph per line; older tools and
e-mail-like sources separate paragraphs by blank lines and hard-wrap the lines inside them.
Lines are joined only when the document as a whole looks hard-wrapped, and then only a line
that runs close to the wrap width, so headings, list items and one-line paragraphs that
happen to sit next to each other stay apart.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from .config import Config
from .model import Block, block_of_line, blocks_of_lines
from .normalize import normalize_line, normalize_lines
from .text import SENTENCE_CLOSING, TYPED_BULLETS, char_class

__all__ = ["is_hard_wrapped", "normalized_blocks", "split_blocks"]

# A wrapped line fills at least this share of the wrap width; a shorter one ends a paragraph.
WRAPPED_LINE_FILL = 0.6
# Hard wrapping is assumed when this share of lines that share a group fill the width.
WRAPPED_DOCUMENT_SHARE = 0.5
# Hard wrapping needs at least this many multi-line groups.
MIN_WRAPPED_GROUPS = 2
# A group of at least this many lines, every one of which but its last ends a sentence or a
# label, is one-line paragraphs (`_is_line_per_sentence`). Three: a two-line group is one line
# to judge by, and a wrapped paragraph's line ends a sentence by chance often enough. Every
# line, not most: hard-wrapping the Scrapinghub gold texts at 72 characters, "more than half"
# split a paragraph in 14 of 181 documents (in two-line groups) and at 100 in 3 (runs of short
# sentences); "every line" splits none at 72 and one at 50 and at 100, each a paragraph of
# sentences about as long as the wrap width, which is then kept one sentence a line.
SENTENCE_GROUP_MIN_LINES = 3
# Wrap widths seen in practice (e-mail 72, terminals 80, some tools 100 or so).
WRAP_WIDTH_RANGE = (40, 110)

# A list's item opens a line of its own, so a wrapped line does not run on into it: a bullet
# typed in plain text (`text.TYPED_BULLETS`), or a number or a letter with a stop or in
# brackets ("1. ", "(2) ", "a) "). Not the glyphs an extractor prints for an HTML list (the
# rest of `text.LIST_BULLETS`): hard-wrapped text is typed. The en dash of
# `text.DIALOGUE_DASHES` too: a line of dialogue left unjoined is the safe side (the em
# dash is not read: whether it should be is untested).
_PLAIN_TEXT_BULLETS = TYPED_BULLETS | {"–"}
_LIST_ITEM = regex.compile(
    rf"^(?:{char_class(_PLAIN_TEXT_BULLETS)}\s|\(?\d{{1,3}}[.)]\s|\(?[a-zA-Z][.)]\s)"
)
# A line that ends a sentence or a label ("Marco says:") after a word, closing quotes or
# brackets after. Hard wrapping breaks lines mid-sentence: such an end is where a paragraph
# ends, or one word in twenty where a wrap falls after a sentence by chance. A word before
# it: a lone "." is a separator line (Debian's copyright files), no sentence. The closing is a
# sentence's (`text.SENTENCE_CLOSING`: „…“, « … », »…»); the marks differ from
# `text.ends_like_sentence` on purpose, a label's colon ending a one-line paragraph too.
_SENTENCE_END = regex.compile(r"\w[.!?:。！？]" + SENTENCE_CLOSING + "$")


def _groups(lines: Sequence[str]) -> list[list[int]]:
    """Runs of consecutive non-empty lines, as lists of line indices."""
    groups: list[list[int]] = []
    current: list[int] = []
    for index, line in enumerate(lines):
        if line:
            current.append(index)
        elif current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


def _wrap_width(lines: Sequence[str], groups: list[list[int]]) -> int | None:
    """The wrap width of a hard-wrapped document, or None when it does not look wrapped."""
    wrapped_groups = sum(1 for group in groups if len(group) > 1)
    # One multi-line group is a list or a caption block, not evidence of wrapping. (Asked
    # before the lines' lengths are read: most documents have no two such groups.)
    if wrapped_groups < MIN_WRAPPED_GROUPS:
        return None
    inner = [len(lines[i]) for group in groups for i in group[:-1]]
    total = sum(len(group) for group in groups)
    if len(inner) < WRAPPED_DOCUMENT_SHARE * total:
        return None
    inner.sort()
    width = inner[int(0.9 * (len(inner) - 1))]
    if not WRAP_WIDTH_RANGE[0] <= width <= WRAP_WIDTH_RANGE[1]:
        return None
    filled = sum(1 for length in inner if length >= 0.8 * width)
    return width if filled >= WRAPPED_DOCUMENT_SHARE * len(inner) else None


def is_hard_wrapped(lines: Sequence[str]) -> bool:
    """Tell whether the lines look like hard-wrapped paragraphs separated by blank lines.

    >>> wrapped = ["The quick brown fox jumps over the lazy dog and keeps on",
    ...            "running over the hills and far away until the end of", "the day.", "",
    ...            "Another paragraph of text that is wrapped at the same width", "too."]
    >>> is_hard_wrapped(wrapped), is_hard_wrapped(["One paragraph.", "Another one."])
    (True, False)
    """
    return _wrap_width(lines, _groups(lines)) is not None


def _continues(line: str, following: str, width: int) -> bool:
    return len(line) >= WRAPPED_LINE_FILL * width and _LIST_ITEM.match(following) is None


def _is_line_per_sentence(lines: Sequence[str], group: list[int]) -> bool:
    """Whether every line of a group of three or more, its last apart, ends a sentence or a
    label: a run of one-line paragraphs (a roundup's "Marco says:" over each answer), not a
    wrapped paragraph.

    A document of one paragraph per line whose lines happen to share a length passes the
    document's test (`_wrap_width`), and its lines were then joined in pairs ("... a good
    stock. Marco says:"). A wrapped paragraph's lines end mid-sentence, but for the chance
    wrap after a sentence; several wrapped paragraphs in one group end sentences on their last
    lines, not on every line.

    >>> _is_line_per_sentence(["We asked six chefs.", "Marco says:", "Salt it late."], [0, 1, 2])
    True
    >>> _is_line_per_sentence(["The agency said the number of", "evacuees rose."], [0, 1])
    False
    """
    if len(group) < SENTENCE_GROUP_MIN_LINES:
        return False
    return all(_SENTENCE_END.search(lines[index]) is not None for index in group[:-1])


def _as_is(text: str) -> str:
    return text


def split_blocks(
    lines: Sequence[str], join_wrapped: bool = True, normalize: Callable[[str], str] = _as_is
) -> list[Block]:
    """Turn normalised lines into blocks; empty lines only separate.

    A block joined from wrapped lines is normalised again as one line (`normalize`): ftfy
    judges mojibake by the line it reads, and the joined line is what cleaning the rendered
    article reads, so the block must be what that second cleaning would make of it.

    >>> [b.text for b in split_blocks(["Title", "", "First para.", "Second para."])]
    ['Title', 'First para.', 'Second para.']
    """
    groups = _groups(lines) if join_wrapped else []
    width = _wrap_width(lines, groups) if join_wrapped else None
    if width is None:  # nothing is joined: every non-empty line is a block of its own
        return blocks_of_lines(lines)
    blocks: list[Block] = []
    for group in groups:
        if _is_line_per_sentence(lines, group):
            blocks += [block_of_line(lines[index], index) for index in group]
            continue
        start = group[0]
        for position, index in enumerate(group):
            last = position == len(group) - 1
            if last or not _continues(lines[index], lines[index + 1], width):
                text = " ".join(lines[start : index + 1])
                if index > start:
                    text = normalize(text)
                blocks.append(Block(text, start, index + 1))
                start = index + 1
    return blocks


def normalized_blocks(text: str, config: Config) -> tuple[list[str], list[Block]]:
    r"""A document's normalised lines (one entry per input line) and its blocks, as the
    config asks: the one path from raw text to blocks.

    >>> lines, blocks = normalized_blocks("Caf\u00c3\u00a9 opened.\n\nMenu", Config())
    >>> lines, [block.text for block in blocks]
    (['Café opened.', '', 'Menu'], ['Café opened.', 'Menu'])
    """
    lines = normalize_lines(
        text,
        encoding=config.fix_encoding,
        straighten=config.straighten_quotes,
        sentence_spacing=config.fix_sentence_spacing,
    )

    def normalize(joined: str) -> str:
        return normalize_line(
            joined,
            encoding=config.fix_encoding,
            straighten=config.straighten_quotes,
            sentence_spacing=config.fix_sentence_spacing,
        )

    return lines, split_blocks(lines, config.join_wrapped_lines, normalize)
