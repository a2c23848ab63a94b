"""A thread's tail that prints no signatures or controls to recur: a head that counts the
comments under it.

Blog software prints a short thread as a head with its count and a colon ("1 comment:",
"1 comentario:", "2 Kommentare:") over the comments' text, and nothing else that recurs:
`thread_start` needs recurring evidence and finds none. The head is read by structure: the
count agrees with the lines under it. Its words are the thread words of every shipped
language (`load_thread_words`), as the rest of the detector reads them.

False-positive risks and their guards: a counter near the top ("12 Comments" under the
byline) or in a share row between paragraphs: the head must have the article above it, with
half the words (`_first_possible_start`), end in a colon (a counter or a link does not
announce what follows), and the lines under it must number what its count allows (a story's
last paragraphs under a stray counter are not bounded by it); an article's list heading ("3
Tipps:"): the head must be a thread head's words; an article quoting readers ("Two comments:"
over two quotes): the count is in digits on a line of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...language import load_thread_words
from ...model import Block, Verdict
from ..facts import Facts, prose
from .controls import COMMENT_MAX_BLOCKS
from .runs import _first_possible_start
from .signatures import CONTROL_ROW_MAX_WORDS, _is_thread_head

# Under a counted head, after its comments, the comment form's lines ("Post a Comment",
# "Leave a Reply") and at most one more of the software's lines: this many.
COUNTED_HEAD_FORM_LINES = 2
# A counted head follows the article when at least this share of the document's words stands
# above it: a blog's short thread under its count is shorter than the post, where a story's
# last paragraphs under a stray counter in the middle of the story are often the longer part.
COUNTED_HEAD_MIN_WORD_SHARE = 0.5
# A counted head: its count first, then the head's words, then a colon ("1 comment:").
_COUNT_FIRST = re.compile(r"(\d{1,4})\s")


def counted_head_start(
    blocks: Sequence[Block], verdicts: Sequence[Verdict], facts: Facts
) -> int | None:
    """The index of a head that counts the comments under it, after the article, or None.

    The head is a whole line of thread-head words with its count first and a colon last
    ("1 comment:", "3 opmerkingen:"); the kept lines under it, to the end of the document,
    are at least its count (a comment is one line at least) and at most COMMENT_MAX_BLOCKS
    lines a comment plus COUNTED_HEAD_FORM_LINES of the form. The last such head is read:
    a thread is the document's end.

    >>> from corpusclean.detect.facts import Facts
    >>> from corpusclean.language import load_language
    >>> from corpusclean.model import Block, Verdict
    >>> lines = ["Snow fell all week and the children built a fort in the yard today.",
    ...          "We drank cocoa by the fire and read books until the power came back on.",
    ...          "1 comment:", "I love snow days! We had one too."]
    >>> blocks = [Block(text, n, n + 1) for n, text in enumerate(lines)]
    >>> keep = [Verdict(keep=True)] * len(blocks)
    >>> counted_head_start(blocks, keep, Facts(load_language("en")))
    2
    """
    words = load_thread_words(facts.language.code)
    for index in range(len(blocks) - 1, -1, -1):
        block = blocks[index]
        text = block.text.rstrip()
        count = _COUNT_FIRST.match(text)
        if count is None or not text.endswith(":") or block.words > CONTROL_ROW_MAX_WORDS:
            continue
        if not _is_thread_head(block, words):
            continue
        under = sum(1 for verdict in verdicts[index + 1 :] if verdict.keep)
        comments = int(count.group(1))
        if not 1 <= comments <= under <= comments * COMMENT_MAX_BLOCKS + COUNTED_HEAD_FORM_LINES:
            return None
        first = _first_possible_start(
            blocks, facts.each(prose, blocks), COUNTED_HEAD_MIN_WORD_SHARE
        )
        return index if first is not None and index >= first else None
    return None
