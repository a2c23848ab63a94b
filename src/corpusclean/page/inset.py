"""Lists inside the article: the items under a kept line that introduces them with a colon.

The page model reads a line's neighbourhood, and a neighbourhood of short lines is what a
menu looks like: a materials list ("What You'll Need:" then "Ruler", "Spoon", "Moss"), a
table of contents, the roles listed in an encyclopedia article score like navigation
although they sit between two lines of the story. What a menu does not do is follow a kept
line of the article that announces it with a colon and end at the next kept sentence. This
pass keeps such a gap whole. It runs once on the model's final verdicts and only adds
lines; the lines it adds never enter the model's context (a kept list would make the
paragraphs around it look like a menu to the next pass).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import compress, count, pairwise, repeat

from ..dedupe.within.keys import ascii_text_signatures
from ..text import ends_like_sentence, tokens

__all__ = ["ANCHOR_MIN_TOKENS", "INTRO_MIN_TOKENS", "introduces", "is_anchor", "keep_inset_lists"]

# An anchor is a line the model keeps that reads as the article's: a sentence of at least
# ANCHOR_MIN_TOKENS tokens, or a line ending with a colon. A kept short line without a
# stop ("Home") is no anchor: menus are kept now and then by the fallback.
ANCHOR_MIN_TOKENS = 6
# The introducing line has at least INTRO_MIN_TOKENS tokens: "What You'll Need:", "Their
# duties are to:". Shorter lines ending with a colon are field labels ("Author:", "Publish
# date:", "In this article:") whose value, a byline or a tag line, is not the article's.
# Chosen on half A of the dev sites (`engadget`'s "In this article:" then its tags).
INTRO_MIN_TOKENS = 4
# A list has at least LIST_MIN_ITEMS dropped lines: a single line after a colon is a
# field's value or a comment's text under "X said:", not a list.
LIST_MIN_ITEMS = 2
# A gap of at most LIST_MAX_LINES non-blank lines between the introducing line and the
# next anchor: a list of a dozen items and a sub-heading. A longer gap holds blocks of its
# own (a related list, a form), which the model's verdict decides.
LIST_MAX_LINES = 12
# A link list under a colon ("More from our site:", "Related stories:") is a run of
# teaser headlines: at least LINK_LIST_MIN_LINES lines of LINK_MIN_TOKENS or more tokens,
# none ending like a sentence, most words capitalised. Items of a list of things are mostly
# 1 to 3 words ("Ruler", "Floral foam oasis") or in sentence case, below the bar.
LINK_LIST_MIN_LINES = 3
LINK_MIN_TOKENS = 4
HEADLINE_CAPITALS = 0.6
# Page furniture repeats: share bars ("258 Shares", "Buffer"), category buttons, an author
# box, a consent form printed once per dialog. When at least REPEATED_SHARE of a gap's
# items occur again elsewhere on the page (same words, case and punctuation aside), the
# gap is furniture; the items of an article's own list are written once. Chosen on half A
# (`c582d3b7`, a promotion line ending with a colon above the share bar).
REPEATED_SHARE = 0.5


def keep_inset_lists(
    lines: Sequence[str], n_tokens: Sequence[int], keep: Sequence[bool]
) -> list[bool]:
    """Return ``keep`` with every list introduced by a kept line ending with a colon kept.

    >>> lines = ["Gather these tools first:", "Ruler", "Spoon", "Now cut the foam to size."]
    >>> keep_inset_lists(lines, [4, 1, 1, 6], [True, False, False, True])
    [True, True, True, True]
    >>> lines = ["He said it was all fine.", "Home", "News", "And then he left the room."]
    >>> keep_inset_lists(lines, [6, 1, 1, 6], [True, False, False, True])
    [True, False, False, True]
    """
    # A list is kept for LIST_MIN_ITEMS lines the model dropped, at least, under a kept line
    # ending with a colon (`introduces`): a page with fewer dropped lines, or without such a
    # kept line (found by one C-level pass), has none to add back.
    if keep.count(False) < LIST_MIN_ITEMS or not any(
        map(str.endswith, compress(lines, keep), repeat(":"))
    ):
        return list(keep)
    return _with_lists(lines, n_tokens, keep)


def _with_lists(lines: Sequence[str], n_tokens: Sequence[int], keep: Sequence[bool]) -> list[bool]:
    """`keep_inset_lists`, anchor by anchor."""
    out = list(keep)
    anchors = [i for i in compress(count(), keep) if is_anchor(lines[i], n_tokens[i])]
    counts: Counter[str] | None = None  # built once, only for a page with a candidate list
    for above, below in pairwise(anchors):
        if below - above - 1 > LIST_MAX_LINES or not introduces(lines[above]):
            continue
        dropped = [i for i in range(above + 1, below) if not keep[i]]
        items = [lines[i] for i in dropped]
        if len(dropped) < LIST_MIN_ITEMS or _is_link_list(items):
            continue
        counts = counts if counts is not None else Counter(map(_key, _may_repeat(lines)))
        repeated = sum(1 for s in items if counts[_key(s)] > 1)
        if repeated < REPEATED_SHARE * len(items):
            for i in dropped:
                out[i] = True
    return out


def _may_repeat(lines: Sequence[str]) -> Sequence[str]:
    """The lines whose `_key` another line may share: those whose ASCII letters and digits,
    casefolded (`dedupe.within.keys.ascii_text_signatures`, a few C calls for the page),
    another line shares, since lines with equal keys have equal signatures; every line when
    a line holds a line feed (no signature). A line left out has a key no other line has,
    so counting the keys of these alone gives every line's count above one as counting
    every line's did (0 for a line left out, where it was 1: not above one either).

    Pure speed (issue #8): the page's keys were made for every line of a page with a
    candidate list, one `text.tokens` a line, most of them of lines written once.
    """
    signatures = ascii_text_signatures(lines)
    if signatures is None:
        return lines
    shared = Counter(signatures)
    return [line for line, mark in zip(lines, signatures, strict=True) if shared[mark] > 1]


def _key(line: str) -> str:
    """The words of a line, case folded: repeats of one item compare equal."""
    return " ".join(tokens(line.casefold()))


def is_anchor(line: str, n: int) -> bool:
    """A kept line that reads as the article's (see ANCHOR_MIN_TOKENS); ``n`` its tokens."""
    return line.endswith(":") or (n >= ANCHOR_MIN_TOKENS and ends_like_sentence(line))


def introduces(line: str) -> bool:
    """A line that announces what follows with a colon (see INTRO_MIN_TOKENS)."""
    return line.endswith(":") and len(tokens(line)) >= INTRO_MIN_TOKENS


def _is_link_list(items: Sequence[str]) -> bool:
    """Whether the items read as teaser headlines (see LINK_LIST_MIN_LINES).

    >>> _is_link_list(["Ten Things To Know About Mars", "How The Rover Found Water",
    ...                "Why NASA Is Going Back"])
    True
    >>> _is_link_list(["Ruler", "Floral wire pins or paper clips", "Spoon"])
    False
    """
    headlines = sum(
        1
        for line in items
        if len(tokens(line)) >= LINK_MIN_TOKENS
        and not ends_like_sentence(line)
        and _capitalised(line)
    )
    return headlines >= LINK_LIST_MIN_LINES


def _capitalised(line: str) -> bool:
    words = [t for t in tokens(line) if t[:1].isalpha()]
    return bool(words) and sum(t[:1].isupper() for t in words) >= HEADLINE_CAPITALS * len(words)
