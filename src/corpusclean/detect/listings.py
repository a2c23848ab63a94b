"""The listing reading: comment headings that close the posts of an archive, tag or blog
front page, where the rest scope (`detect.scopes`) would take them for a thread's head.

A listing prints each post with its own comment heading ("3 Kommentare", "Leave a comment")
and goes on with the next post; read alone, the first heading looks like a thread's head and
takes every later post with it. `listing_heads` finds the headings that close a post, when at
least `LISTING_MIN_CLOSED_POSTS` do; `talks_under` tells a post from a thread's comment under
one of them; `listing_head_starts` keeps the headings read so for the later rounds.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ..language import Language
from ..model import Block
from ..rules import Rule
from ..text import ends_like_sentence, has_digit
from .comments.signatures import thread_cue, thread_dated_signature
from .facts import Facts
from .lineshapes import (
    BRACKETED_CONTROL,
    LIST_HEADLINE_MAX_WORDS,
    is_list_headline,
    reads_as_text,
)
from .verdicts import COMMENTS_FAMILY

__all__ = [
    "LISTING_MIN_CLOSED_POSTS",
    "POST_FURNITURE_MAX_LINES",
    "ListingRound",
    "listing_head_starts",
    "listing_heads",
    "talks_under",
]

# An archive, tag or blog front page prints each post with its own comment heading ("3
# Kommentare", "Leave a comment", "5 kommentarer:") and goes on with the next post: a listing
# repeats that unit, so at least this many headings must each close a post (a post's text
# above, the next post's title and text under) before any is read as a post's end, not the
# page's: one heading over one title-shaped line and its text is a thread's head over a
# commenter's name and comment.
LISTING_MIN_CLOSED_POSTS = 2
# A post's furniture beside its heading: Blogger prints "Innlagt av Tone kl. 20:14" / "Posted
# by Tone at 20:14" next to "5 kommentarer:". One such line on either side of the heading.
POST_FURNITURE_MAX_LINES = 1


def listing_head_starts(_facts: Facts) -> set[int]:
    """The document's comment headings read as closing a listing's post (`listing_heads`),
    by their block's first input line: empty at first, filled as the rounds read them
    (`Facts.once` keeps it), so a later round, which may no longer hold the other posts'
    heads, reads such a heading as the first round did."""
    return set()


@attrs.frozen
class ListingRound:
    """One round's blocks as the listing reading reads them: the blocks, each one's rule hit
    (None where no rule hit it) and prose flag (`facts.prose`), and the document's language.
    Made once a round, where a rest rule first hits, and passed to every reading here."""

    blocks: Sequence[Block]
    hits: Sequence[Rule | None]
    is_prose: Sequence[bool]
    language: Language

    def reads_as_text(self, index: int) -> bool:
        """Whether block ``index`` is the story's text (`lineshapes.reads_as_text`)."""
        return reads_as_text(self.blocks, self.is_prose, index)


def _next_post_at(listing: ListingRound, index: int) -> int | None:
    """The block where the next post of a listing starts under a comment heading at
    ``index`` (`_post_starts_at`): right under it, or under `POST_FURNITURE_MAX_LINES` of
    its furniture (Blogger's "Innlagt av Tone kl. 20:14" under "5 kommentarer:"); None when
    no post starts there.

    >>> lines = ["5 comments:", "Posted by Tone at 20:14", "The gingerbread house fell in",
    ...          "The roof slid off in the night and we glued it back with melted sugar."]
    >>> bs = [Block(line, i, i + 1) for i, line in enumerate(lines)]
    >>> from corpusclean.language import load_language
    >>> en = load_language("en")
    >>> _next_post_at(ListingRound(bs, [None] * 4, [False, False, False, True], en), 0)
    2
    """
    for start in range(index + 1, index + 2 + POST_FURNITURE_MAX_LINES):
        if _post_starts_at(listing, start):
            return start
        if not _is_post_furniture(listing, start):
            return None
        if thread_dated_signature(listing.blocks[start], listing.language):
            return None  # a date with its time under a heading: a comment's signature
    return None


def _is_post_furniture(listing: ListingRound, index: int) -> bool:
    """Whether block ``index`` may be a listing post's furniture line beside its comment
    heading ("Posted by Tone at 20:14"): a short line that is not text, no rule's, and no
    comment cue (a control row, a comment's age: "Reply" under a comment is a thread's)."""
    blocks = listing.blocks
    return (
        0 <= index < len(blocks)
        and listing.hits[index] is None
        and blocks[index].words <= LIST_HEADLINE_MAX_WORDS
        and not listing.reads_as_text(index)
        and not thread_cue(blocks[index], listing.language)
    )


def _ends_post_text(listing: ListingRound, index: int) -> bool:
    """Whether block ``index`` may end a post's text: a paragraph, a sentence, or a short line
    ending like one ("Photos next week.")."""
    return 0 <= index < len(listing.blocks) and (
        listing.reads_as_text(index) or ends_like_sentence(listing.blocks[index].text)
    )


def _closes_text(listing: ListingRound, index: int) -> bool:
    """Whether block ``index`` is a comment rule's line under a post's text (past
    `POST_FURNITURE_MAX_LINES` of furniture): where a post, or an article, ends."""
    hit = listing.hits[index]
    if hit is None or hit.family != COMMENTS_FAMILY:
        return False
    above = index - 1
    if _ends_post_text(listing, above):
        return True
    return _is_post_furniture(listing, above) and _ends_post_text(
        listing, above - POST_FURNITURE_MAX_LINES
    )


def _closes_post(listing: ListingRound, index: int) -> bool:
    """Whether a comment heading at ``index`` stands where a listing's post ends: under a
    post's text (`_closes_text`) and over the next post (`_next_post_at`)."""
    return _closes_text(listing, index) and _next_post_at(listing, index) is not None


def listing_heads(listing: ListingRound) -> list[int]:
    """The comment headings and counts (a comment rule's hit: "3 Kommentare" may be a count's
    rule, "Leave a comment" a heading's) that each close a post of a listing (`_closes_post`);
    none unless `LISTING_MIN_CLOSED_POSTS` that are no bare control do: one head over one
    "post" is one article's thread, as a commenter's name over a comment has a title's shape,
    and a "Reply" under each comment is a thread's control.

    >>> rule = Rule("comment_section", "comments", "x", "why", scope="rest")
    >>> post = "Twenty players came to the club on Sunday for the autumn rapid, seven rounds."
    >>> lines = ["Autumn rapid", post, "2 Comments", "Spring rapid: entries are open", post,
    ...          "Leave a comment", "Summer camp", post]
    >>> bs = [Block(line, i, i + 1) for i, line in enumerate(lines)]
    >>> hits = [None, None, rule, None, None, rule, None, None]
    >>> prose_flags = [line == post for line in lines]
    >>> from corpusclean.language import load_language
    >>> en = load_language("en")
    >>> listing_heads(ListingRound(bs, hits, prose_flags, en))
    [2, 5]
    >>> listing_heads(ListingRound(bs[:5], hits[:5], prose_flags[:5], en))  # one head: a thread's
    []
    """
    heads = [
        index
        for index, hit in enumerate(listing.hits)
        if hit is not None and _closes_post(listing, index)
    ]
    # A bare control ("Reageer", "Reply") is a listing's link and a thread's control under
    # each comment alike: it closes a post only beside the counts and headings that make the
    # repetition ("3 reacties" is a cue in Dutch, but a count).
    blocks, language = listing.blocks, listing.language
    counted = sum(
        1
        for index in heads
        if has_digit(blocks[index].text) or not thread_cue(blocks[index], language)
    )
    return heads if counted >= LISTING_MIN_CLOSED_POSTS else []


def talks_under(listing: ListingRound, index: int, heads: Sequence[int]) -> bool:
    """Whether the posts under a listing's comment heading at ``index`` (one of the listing's
    headings, ``heads``: `listing_heads`), up to the next heading or the end, carry a
    thread's conversational evidence: a reply greeting ("Hi Milan,"), a comment cue (a
    control row, a comment's age, "Anonymous"), a whole timestamp (a date with its clock
    time), another comment rule's line (a control, a status), a bracketed control right
    under the heading ("(View all)"), or a short reaction (a line neither a title nor text:
    "So true!"). A post's own lines are titles and text; a furniture line beside a heading
    is the post's footer.
    """
    blocks, hits, language = listing.blocks, listing.hits, listing.language
    start = _next_post_at(listing, index)
    if start is None:
        return True
    if BRACKETED_CONTROL.fullmatch(blocks[index + 1].text):
        return True  # "(View all)", "[Sort by newest]" under the heading: a thread's control
    # To the next heading of the listing, or the next comment heading after a post's text:
    # the last post's own ("No comments", with nothing under it, or a thread's head); a
    # control under a comment ("Reply") is no heading, and is read as the thread's.
    end = next(
        (
            later
            for later in range(start + 2, len(blocks))
            if later in heads
            or (_closes_text(listing, later) and not thread_cue(blocks[later], language))
        ),
        len(blocks),
    )
    if end < len(blocks) and _is_post_furniture(listing, end - 1):
        end -= POST_FURNITURE_MAX_LINES  # a footer over the heading ("Posted by Tone at 08:02")
    for at in range(start, end):
        block, hit = blocks[at], hits[at]
        if hit is not None:
            if hit.family == COMMENTS_FAMILY:
                return True
            continue
        if language.greeting.fullmatch(block.text) or thread_cue(block, language):
            return True
        if thread_dated_signature(block, language):
            return True
        if not (is_list_headline(block) or listing.reads_as_text(at)):
            return True
    return False


def _post_starts_at(listing: ListingRound, index: int) -> bool:
    """Whether a post of a listing starts at block ``index``: a title (a headline's length,
    `LIST_HEADLINE_MAX_WORDS`, ending no sentence) over a paragraph or a sentence
    (`reads_as_text`), neither a rule's."""
    hits = listing.hits
    return (
        index >= 0
        and index + 1 < len(listing.blocks)
        and hits[index] is None
        and hits[index + 1] is None
        and is_list_headline(listing.blocks[index])
        and listing.reads_as_text(index + 1)
    )
