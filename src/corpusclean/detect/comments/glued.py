"""A thread whose controls the extraction glued to the next comment: "ReplyDelete",
"RispondiEliminaMandi", "AntwortenErika Muster".

Blog software prints its controls ("Reply", "Delete") as links under every comment; an
extraction that drops the breaks between inline links glues them to each other and to the
first word of the next comment, with no space: a line that opens with a control word and a
capitalised word in one ("ResponderExcluir", "AntwortenErika"). Nothing else prints that shape,
in any language, so one such line is evidence enough; the thread starts at the comment it
closes, the line above it, and runs to the end (`thread_start` reads controls on lines of
their own, and finds none here).

False-positive risks and their guards: a product name that starts with a control word
("ShareThis", "ReportLab is a library…"): the page's own controls (`Language.shared_control`:
"Share", "Like") glue into no evidence, and the control must be a whole word of the thread
words glued to another ("ReplyDelete") or to a line shaped like a reader's name or signature
("AntwortenErika Muster", not "ReportLab is a library for PDF files."); a line that names
such a control in a sentence ("the ReplyAll button"):
only a line that opens with it counts; a thread longer than the article, or an article too
short to be one above it: ARTICLE_MIN_WORD_SHARE of the words must stand above the thread.
No prose is asked of it, where `thread_start` asks for ARTICLE_MIN_PROSE blocks: the evidence
is certain, and a photo post's captions above a thread are short lines that end no sentence.
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence

from ...language import Language, load_thread_words
from ...model import Block, Verdict
from ..facts import Facts
from .recurring import _post_above
from .runs import ARTICLE_MIN_WORD_SHARE
from .signatures import _is_signature, _name_like
from .tail import _removed_as_thread

# Each ASCII small letter made "a" and each capital "A"; every other byte is kept, so "a" and
# "A" come from letters alone (`_may_hold_glue`).
_ASCII_LETTER_CASES = bytes.maketrans(
    string.ascii_lowercase.encode() + string.ascii_uppercase.encode(), b"a" * 26 + b"A" * 26
)
# A line's first word showing "aA", each line read from its start, after its line feed: the
# white space `str.lstrip` takes from an ASCII line (`bytes.lstrip` alone leaves the
# separators 0x1c to 0x1f), then no space up to the "aA" (`_opens_glued`'s ``head`` ends at
# the first space). One search of a document's text finds it at any line's start (issue #8:
# it replaced a walk of the document's "aA"s, 1,253 on the ASCII speed corpus, most inside
# words: "McDonald"). The white space takes no line feed and gives nothing back (atomic: a
# lookahead's group matched again, as Python 3.10's `re` has no possessive `*+`): a line is
# read from its own start alone, in time linear in its first word, where white space over
# line feeds would read a run of blank lines again from each. Exact: a line feed in the
# white space before a word ends a line whose start the search tries too, and since "aA"
# holds no white space, a word that would open with some of it matches after all of it.
_GLUE_AT_A_LINE_START = re.compile(rb"\n(?=([\t\x0b\x0c\r\x1c-\x1f ]*))\1[^ \n]*?aA")


def glued_controls_start(
    blocks: Sequence[Block], facts: Facts, verdicts: Sequence[Verdict] | None = None
) -> int | None:
    """The index of the first comment of a thread whose controls are glued to the next
    comment's first word, when the article stands above it, or the post right above the
    thread head a rule removed (``verdicts``, `_under_removed_head`); None otherwise.

    >>> from corpusclean.language import load_language
    >>> lines = ["Spring came early this year and the garden is full of violets again.",
    ...          "We picked the first ones on my birthday, as we do every year.",
    ...          "Thank you for this burst of spring!", "RispondiEliminaMandi"]
    >>> blocks = [Block(text, n, n + 1) for n, text in enumerate(lines)]
    >>> glued_controls_start(blocks, Facts(load_language("it")))
    2
    """
    lines = facts.of_scope(_glued_lines, blocks)
    if not lines:  # most documents: no glued line, and nothing to walk
        return None
    glued = next((i for i, block in enumerate(blocks) if block.start in lines), None)
    if glued is None or glued == 0:
        return None
    # The glued line closes the comment above it.
    start = glued - 1
    total = sum(block.words for block in blocks) or 1
    above = sum(block.words for block in blocks[:start])
    if above >= ARTICLE_MIN_WORD_SHARE * total:
        return start
    return start if _under_removed_head(blocks, verdicts, start, facts) else None


def _under_removed_head(
    blocks: Sequence[Block], verdicts: Sequence[Verdict] | None, start: int, facts: Facts
) -> bool:
    """Whether the thread's first comment stands right under a thread head a rule removed
    ("15 kommenttia:", `tail._removed_as_thread`) with a prose paragraph above it: the head
    and the glued controls are two marks of the software, where the share of the words
    guards the glue alone, and a photo post's few lines are often a fifth of its readers'
    words (general39: a Finnish Blogger post of 52 words over 15 comments of 180), as
    `recurring._post_above` reads a post under a head."""
    if verdicts is None or start < 1 or not _removed_as_thread(verdicts[start - 1]):
        return False
    lines_above = sum(verdict.keep for verdict in verdicts[: start - 1])
    return _post_above(blocks, start - 1, lines_above, facts, headed=True)


def _glued_lines(blocks: Sequence[Block], facts: Facts) -> frozenset[int]:
    """The first input lines of those of ``blocks`` that open with glued controls
    (`_opens_glued`).

    A reader of lines (`Facts.of_scope`): read once a document (issue #8: most documents
    hold no such line, and no round walks their lines).
    """
    if not _may_hold_glue(blocks):
        return frozenset()  # most ASCII documents: no capital right after a small letter
    return _lines_opening_glued(blocks, load_thread_words(facts.language.code))


def _lines_opening_glued(blocks: Sequence[Block], words: Language) -> frozenset[int]:
    """The first input lines of those of ``blocks`` that open with glued controls, each
    line tested."""
    # A line that opens with a control `comment_control` matches whole opens with what
    # `thread_word` matches (its start, one `match` in the engine; its `\W*` takes the
    # line's leading spaces): most lines are answered there.
    opener = words.thread_word.match
    return frozenset(
        block.start
        for block in blocks
        if opener(block.text) is not None and _opens_glued(block.text, words)
    )


def _may_hold_glue(blocks: Sequence[Block]) -> bool:
    """False when no line of ``blocks`` can open with glued words (`_opens_glued`), found on
    the lines' joined text at once: a document screen in front of the thread-word match on
    every line (issue #8).

    Glue is a capital right after a small letter (`_glue_at`), in a line's first word. On
    ASCII text those are ``[A-Z]`` and ``[a-z]`` exactly (`str.isupper` and `str.islower` on
    an ASCII character), so a text whose letters, made "a" and "A" by their case, never show
    "aA" in a line's first word (`_glue_in_first_word`) glues nothing. A text with another
    character is not screened: the walk decides. The first word alone: "aA" anywhere
    ("McDonald's", "iPhone" inside a sentence) let half the ASCII speed corpus's documents
    through to the walk (issue #8).

    >>> _may_hold_glue([Block("Reply", 0, 1), Block("Delete", 1, 2)])
    False
    >>> _may_hold_glue([Block("ReplyDelete", 0, 1)])
    True
    >>> _may_hold_glue([Block("He ate at McDonald's.", 0, 1), Block("  ReplyDelete", 1, 2)])
    True
    >>> _may_hold_glue([Block("He ate at McDonald's.", 0, 1)])
    False
    """
    # The ASCII test a line at a time (in C) stops at the first other line (most of a page
    # in another language is never joined).
    texts = [block.text for block in blocks]
    if not all(map(str.isascii, texts)):
        return True
    joined = "\n".join(texts).encode("ascii")
    return _glue_in_first_word(joined.translate(_ASCII_LETTER_CASES))


def _glue_in_first_word(cases: bytes) -> bool:
    """Whether a line of ``cases`` (ASCII lines, letters made "a" and "A" by their case)
    shows "aA" in its first word: after the white space `str.lstrip` takes, before the
    first space (`_opens_glued`'s ``head``), found by one search from every line's start
    (`_GLUE_AT_A_LINE_START`); a line feed inside a block only adds line starts.

    >>> _glue_in_first_word(b"Aa aaaAaaaa'a\\n \\tAaaaaAaaaaa")
    True
    >>> _glue_in_first_word(b"Aa aaaAaaaa'a\\nAaaaa")
    False
    """
    return _GLUE_AT_A_LINE_START.search(b"\n" + cases) is not None


def _opens_glued(text: str, words: Language) -> bool:
    """Whether ``text`` opens with a thread control glued to another control or to a
    reader's name or signature (the next comment's first line).

    >>> words = load_thread_words("en")
    >>> [_opens_glued(t, words) for t in ("ReplyDelete", "AntwortenErika Muster",
    ...  "ResponderExcluirlindo!", "ShareThis plugin", "Reply to Jane", "McDonald's",
    ...  "ReportLab is a library for PDF files.")]
    [True, True, True, False, False, False, False]
    """
    line = text.lstrip().split("\n", 1)[0]
    head = line.split(" ", 1)[0]
    split = _glue_at(head)
    if split is None:
        return False
    if _control_twice(line.rstrip(), split, words):
        return True
    if not _is_own_control(head[:split], words):
        return False
    rest = line[split:]
    # A second control, glued in turn to the next comment's first word, small or capital
    # ("ResponderExcluirasid…", "ReplyDeleteThe…").
    second = words.comment_control.match(rest)
    if second is not None and _is_own_control(second.group(), words):
        return True
    # The next comment's first line: its reader's name, or a signature with a date.
    block = Block(rest, 0, 1)
    return _name_like(block, words) or _is_signature(block, words)


def _control_twice(line: str, split: int, words: Language) -> bool:
    """Whether a whole line is one control glued to itself ("LikeLike", "J’aimeJ’aime"):
    WordPress.com's like button under each comment prints its label twice, where the page's
    own like row under the post prints "Like Loading..." and a shared control alone is no
    evidence (`_is_own_control`). Nothing but the two copies stands on the line.

    >>> words = load_thread_words("fr")
    >>> [_control_twice(t, _glue_at(t) or 0, words) for t in ("LikeLike", "J’aimeJ’aime",
    ...  "LikeThis", "LikeLike this")]
    [True, True, False, False]
    """
    control = line[:split]
    return (
        line == control * 2
        and words.shared_control.fullmatch(control) is not None
        and words.comment_control.fullmatch(control) is not None
    )


def _glue_at(word: str) -> int | None:
    """Where a capital follows a small letter in ``word`` ("Reply|Delete"), or None."""
    return next(
        (i for i in range(1, len(word)) if word[i].isupper() and word[i - 1].islower()), None
    )


def _is_own_control(word: str, words: Language) -> bool:
    """A thread's control word, not one a page prints beside its own sections ("Share")."""
    return (
        words.comment_control.fullmatch(word) is not None
        and words.shared_control.fullmatch(word) is None
    )
