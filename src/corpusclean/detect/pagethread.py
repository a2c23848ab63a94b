"""The page-thread detector: a comment thread whose shape the page classifier dropped.

On a whole page the page classifier often drops a thread's signature lines and controls
("2 days ago at 07:47 am", "Rating: 25 Votes": short lines, like a menu's) and keeps the
comments themselves (prose). `comment_thread` reads the kept blocks only, so it no longer
sees the thread's shape, and the comments stay. The shape is still on the page: this
detector puts the dropped lines that are a thread's markers (a cue or a signature, as
`comment_thread` tells them) back among the kept blocks, runs the same thread test on
that view, and removes the kept blocks from the thread's first line on.

Read only on the text of a whole page (`Facts.page_text`), and only when the page
classifier dropped `MIN_DROPPED_MARKERS` markers or more between the kept blocks: on other
text the kept blocks are the document, and `comment_thread` already reads them all.

False-positive risks and their guards: every guard of `comment_thread` holds (an article
of `comments.ARTICLE_MIN_PROSE` prose blocks above the thread, signatures and cues that
recur with no long gap to the end, cues that show readers, a live blog's stamps), and no
marker put back stands between the first kept prose block and the thread's start (else the
kept blocks the test took for the article hold comments too: a page whose classifier
dropped the story).
Its share of the words above the thread is lowered to `ARTICLE_MIN_WORD_SHARE`: a thread on
a whole page is often longer than its story (the macrumors page keeps 250 words of story
above 700 of comments), and the markers put back are the thread's evidence that the
classifier took away.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from ..model import Block, Verdict

# The thread test of `comment_thread` and its cheap marker prefilter, read here on another
# view of the page's blocks.
from .comments import (
    NAME_MAX_WORDS,
    SIGNATURE_MAX_WORDS,
    is_bare_age,
    marker_answers,
    marker_candidates,
    thread_cue,
    thread_signature,
    thread_start,
)
from .facts import Facts, prose
from .verdicts import COMMENTS_FAMILY, remove_kept_from

__all__ = ["mark_page_thread"]

NAME = "page_thread"
FAMILY = COMMENTS_FAMILY

# The classifier took away a thread's shape when it dropped at least this many of its
# markers between the kept blocks (a thread has two cues or two signatures at least,
# `comments.THREAD_MIN_CUES`): fewer, and the kept blocks show what `comment_thread` reads.
MIN_DROPPED_MARKERS = 2
# The story above the thread holds at least this share of the view's words (mostly the
# kept words: the markers put back are short), against `comment_thread`'s 0.35: see above.
ARTICLE_MIN_WORD_SHARE = 0.2

_VERDICT = Verdict(
    keep=False,
    rule=NAME,
    reason="part of a comment thread that the whole page shows (its signature lines and "
    "controls, dropped as page furniture, recur around the kept comments to the end)",
    # Certain, as `comment_thread` is: the evidence is a structure that runs to the end.
    certain=True,
    family=FAMILY,
)


def _short_blocks(facts: Facts) -> tuple[list[int], list[Block]]:
    """The page's blocks (`Facts.whole`) short enough to be a thread's marker
    (`comments.SIGNATURE_MAX_WORDS`, as `marker_candidates` asks), with their first input
    lines, in page order. A `DocumentValue`: each round finds its dropped markers among
    them, between its first and last kept blocks, by bisection, not by a pass over the
    whole page."""
    short = [b for b in facts.whole or () if b.words <= SIGNATURE_MAX_WORDS]
    return [b.start for b in short], short


def _dropped_markers(blocks: Sequence[Block], facts: Facts) -> list[Block]:
    """The page's blocks between the first and the last of ``blocks`` that are not among
    them (the page classifier or an earlier round dropped them) and are a thread's cue or
    signature, as `comment_thread` tells them.

    Each block is tested once a document: a round reads what the last one kept, so most of
    a round's dropped blocks were dropped, and tested, in the round before.
    """
    starts, short = facts.once(_short_blocks)
    # Page order: the starts rise, so the blocks strictly between the first and the last
    # kept one are a slice.
    between = short[bisect_right(starts, blocks[0].start) : bisect_left(starts, blocks[-1].start)]
    kept = {block.start for block in blocks}
    dropped = [b for b in between if b.start not in kept]
    if not dropped:
        return []
    # `marker_answers` keeps the cheap test's answers and `Facts.of` the cues and
    # signatures, both by block for the document: a block dropped again in a later round is
    # answered from them, not tested again.
    candidates = marker_candidates(dropped, facts.language, facts.once(marker_answers))
    return [b for b in candidates if facts.of(thread_cue, b) or facts.of(thread_signature, b)]


def _names_no_reader(marker: Block, facts: Facts) -> bool:
    """Whether a marker put back is an age alone ("32M ago") under a line longer than a
    name, or prose, on the page: another story's teaser prints its age under its headline
    or summary; a thread prints a comment's age under its reader's name ("Woyzeck" over "2
    days ago at 07:52 am"), when the name is not on the age's line."""
    if not is_bare_age(marker.text, facts.language):
        return False
    above = facts.previous(marker)
    return above is None or above.words > NAME_MAX_WORDS or facts.of(prose, above)


def mark_page_thread(blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts) -> None:
    """Remove the kept blocks of a comment thread whose markers the page classifier
    dropped, from the thread's first line to the end."""
    if not facts.page_text or facts.whole is None or len(blocks) < 2:
        return
    markers = _dropped_markers(blocks, facts)
    if len(markers) < MIN_DROPPED_MARKERS:
        return
    view = sorted([*blocks, *markers], key=lambda block: block.start)
    start = thread_start(view, facts, word_share=ARTICLE_MIN_WORD_SHARE)
    if start is None:
        return
    line = view[start].start
    read = [marker for marker in markers if marker.start >= line]
    if read and all(_names_no_reader(marker, facts) for marker in read):
        # Every marker the thread test read from its start on is a bare age under no name:
        # a list of other stories' teasers ("32M ago" under each summary), not readers.
        # Taking it would give it a wrong reason; other detectors may claim it.
        return
    story = next(
        (b.start for b, p in zip(blocks, facts.each(prose, blocks), strict=True) if p), line
    )
    if any(story < marker.start < line for marker in markers):
        # A marker put back below the story's first paragraph and above the thread's start:
        # the thread already runs there, and the "article" the test found above its start
        # holds comments. (A story's own stamp stands above its first paragraph: "Monday
        # November 18, 2019 7:45 am PST by Joe Rossignol".)
        return
    first = next((i for i, block in enumerate(blocks) if block.start >= line), len(blocks))
    remove_kept_from(verdicts, first, _VERDICT)
