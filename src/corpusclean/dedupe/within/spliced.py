"""Copies a page's markup splices: a block printed again glued to a short name or to its own
start, and a block printed again cut inside a word."""

from __future__ import annotations

from collections import Counter
from collections.abc import Container, Sequence
from operator import attrgetter, itemgetter

from ...model import Block
from .duplicate import DUPLICATE_PARAGRAPH, DUPLICATE_TEASER, DUPLICATE_TITLE, Duplicate
from .teasers import TEASER_MIN_WORDS

# A headline printed again with the author's name or a category glued to its front ("Jan
# Roth50 Jahre Feuerwehr: …": two elements of a card, their tags dropped, nothing between
# them) or with its own start glued to its end ("… (12 foto's)Zomerfeest in het park …": a
# link's text and its title attribute). The later block is, character for character, an
# earlier block of at least `GLUED_COPY_MIN_WORDS` words (a headline's length: a two-word
# line is as often a label the story repeats) with the rest glued on (`_is_glued`: no space
# where they meet, and no small letter after a letter, which is one word going on), the rest
# holding a letter and either at most `GLUED_REST_MAX_WORDS` words (a name, a category) or
# that block's own start of `GLUED_COPY_MIN_WORDS` words or more (or the block again and
# again, glued, the last copy cut anywhere: a slideshow's caption under each photo). A
# sub-heading glued to the paragraph under it ("AmtsgerichtMit unserer …") is no copy: the
# paragraph is its only printing, and it is longer than a name (general39's convention:
# content).
GLUED_COPY_MIN_WORDS = 4
GLUED_REST_MAX_WORDS = 3
# A paragraph printed again cut inside a word ("… à la ferme de B" under "… à la ferme de
# Bellevue, …"): a teaser or an excerpt box cut at a number of characters. A later block of
# `TEASER_MIN_WORDS` words or more that is the start of an earlier, longer block, character
# for character, ending on a letter where that block goes on with another, is its
# copy. A writer who repeats a sentence on purpose repeats whole words; a copy cut at a
# word's end, with no ellipsis, stays (it may be a repeat for effect without its stop), and
# so does one ending in a digit where the block goes on with another: "… with 21" under
# "… with 214 points" states another number.
CUT_COPY_MIN_WORDS = TEASER_MIN_WORDS
# A copy and the block it copies share their first or their last this many characters (a
# copy glued after or cut starts as the block does, one glued before ends as it does), and
# both hold this many at least: a four-word headline's length. Shorter, the probe finds a
# pair in half the documents of the speed corpus (sentences ending "… to comment.", heads
# "The Chinese "), and the finder then reads every block every round (issue #8: 12
# characters passed 174 of its 362 documents, 20 pass 82).
SPLICE_PROBE_CHARS = 20
_TEXT = attrgetter("text")
_HEAD = itemgetter(slice(None, SPLICE_PROBE_CHARS))
_TAIL = itemgetter(slice(-SPLICE_PROBE_CHARS, None))


def find_spliced_copies(
    blocks: Sequence[Block], title: int | None, among: Container[int] | None = None
) -> dict[int, Duplicate]:
    """Later blocks that are an earlier block glued to a name or to its own start (see
    `GLUED_COPY_MIN_WORDS`), or an earlier block cut inside a word (`CUT_COPY_MIN_WORDS`).
    ``among``: the blocks to read, by their first input line (`spliced_candidates`; all
    when None).

    Linear: earlier blocks are looked up by their first and last `SPLICE_PROBE_CHARS`
    characters, and a block is tested against at most the blocks that share one of them.

    >>> texts = ["50 Jahre Feuerwehr: Wehr feiert mit dem Dorf", "Von Jan Roth",
    ...     "Jan Roth50 Jahre Feuerwehr: Wehr feiert mit dem Dorf", "Die Wehr ehrte ..."]
    >>> find_spliced_copies([Block(t, i, i + 1) for i, t in enumerate(texts)], 0)
    {2: Duplicate(rule='duplicate_title', original=0)}
    """
    found: dict[int, Duplicate] = {}
    starts: dict[str, list[int]] = {}
    ends: dict[str, list[int]] = {}
    size = SPLICE_PROBE_CHARS
    for index, block in enumerate(blocks):
        text = block.text
        if len(text) < size or block.words < GLUED_COPY_MIN_WORDS:
            continue  # too short to be a copy or to be copied
        if among is not None and block.start not in among:
            continue  # shares no start or end with another block
        head, tail = text[:size], text[-size:]
        same_start, same_end = starts.get(head), ends.get(tail)
        # Most blocks share neither with an earlier block: nothing to compare.
        original = (
            _spliced_original(blocks, text, same_start or (), same_end or ())
            if same_start or same_end
            else None
        )
        if original is not None:
            rule = DUPLICATE_TITLE if original == title else DUPLICATE_PARAGRAPH
            if len(text) < len(blocks[original].text):
                rule = DUPLICATE_TEASER
            found[index] = Duplicate(rule, original)
            continue  # a copy is no block that a later one copies
        starts.setdefault(head, []).append(index)
        ends.setdefault(tail, []).append(index)
    return found


def spliced_candidates(blocks: Sequence[Block]) -> frozenset[int]:
    """The blocks (by their first input line) that share their first or their last
    `SPLICE_PROBE_CHARS` characters with another of ``blocks``: the only ones among which
    `find_spliced_copies` finds a copy or its block, among them or among any of them.

    A copy glued after or cut starts as its block does, one glued before ends as it does, and
    a block's start and end are the same in every round. So a run asks once for the
    document's blocks, and the finder reads only these blocks in each round (issue #8: it read
    every block in Python, every round, and finds something in almost no document). Two set
    sizes first, of C calls: most documents share no start or end, and are left after them.

    >>> texts = ["Storm hits the coast", "Rain fell all night", "Tim RoeStorm hits the coast"]
    >>> bs = [Block(t, i, i + 1) for i, t in enumerate(texts)]
    >>> sorted(spliced_candidates(bs)), spliced_candidates(bs[:2])
    ([0, 2], frozenset())
    """
    # The distinct texts, cut by C calls: a text shorter than the probe is its own start and
    # end, so two distinct texts share one only when both are that long; equal texts are no
    # spliced copy (the keyed finders read them).
    texts = set(map(_TEXT, blocks))
    if len(set(map(_HEAD, texts))) == len(texts) and len(set(map(_TAIL, texts))) == len(texts):
        return frozenset()
    size = SPLICE_PROBE_CHARS
    # Every copy and every block copied holds `GLUED_COPY_MIN_WORDS` words or more.
    probed = [b for b in blocks if b.words >= GLUED_COPY_MIN_WORDS and len(b.text) >= size]
    heads = [block.text[:size] for block in probed]
    tails = [block.text[-size:] for block in probed]
    shared_heads, shared_tails = Counter(heads), Counter(tails)
    return frozenset(
        block.start
        for block, head, tail in zip(probed, heads, tails, strict=True)
        if shared_heads[head] > 1 or shared_tails[tail] > 1
    )


def _spliced_original(
    blocks: Sequence[Block], text: str, same_start: Sequence[int], same_end: Sequence[int]
) -> int | None:
    """The earlier block that ``text`` copies glued or cut, among those that start or end as
    it does; None when it copies none."""
    for other in same_start:
        original = blocks[other]
        if _is_cut_copy(text, original.text) or (
            original.words >= GLUED_COPY_MIN_WORDS and _is_glued_after(original.text, text)
        ):
            return other
    for other in same_end:
        if _is_glued_before(blocks[other].text, text):
            return other
    return None


def _is_cut_copy(text: str, original: str) -> bool:
    """Whether ``text`` is ``original``'s start cut inside a word (see `CUT_COPY_MIN_WORDS`).

    >>> _is_cut_copy("It rained on the coast all night and the road to M",
    ...     "It rained on the coast all night and the road to Mimizan closed.")
    True
    >>> _is_cut_copy("It rained on the coast all night and the road to",
    ...     "It rained on the coast all night and the road to Mimizan closed.")
    False
    """
    size = len(text)
    return (
        size < len(original)
        and text[-1].isalpha()
        and original[size].isalpha()
        and original.startswith(text)
        and len(text.split()) >= CUT_COPY_MIN_WORDS
    )


def _is_glued_after(original: str, text: str) -> bool:
    """Whether ``text`` is ``original`` with a name or its own start glued to its end.

    >>> title = "Zomerfeest in het park trekt bezoekers (12 foto's)"
    >>> _is_glued_after(title, title + "Zomerfeest in het park trekt bezoekers")
    True
    >>> _is_glued_after("Die Ergebnisse im Überblick", "Die Ergebnisse im Überblicks")
    False
    >>> _is_glued_after("We will rebuild the town", "We will rebuild the town, she said.")
    False
    """
    size = len(original)
    if len(text) <= size or not text.startswith(original):
        return False
    rest = text[size:]
    # The rest starts with a letter or digit: one after a comma or a stop goes on with the
    # sentence ("We will rebuild the town, she said."), a repeat the story may make on purpose.
    return rest[0].isalnum() and _is_glued(original[-1], rest[0]) and _is_glued_rest(rest, original)


def _is_glued_before(original: str, text: str) -> bool:
    """Whether ``text`` is ``original`` with a name glued to its front.

    >>> title = "50 Jahre Feuerwehr: Wehr feiert mit dem Dorf"
    >>> _is_glued_before(title, "Jan Roth" + title), _is_glued_before(title, "Tim " + title)
    (True, False)
    """
    size = len(original)
    if len(text) <= size or not text.endswith(original):
        return False
    rest = text[: len(text) - size]
    return _is_glued(rest[-1], original[0]) and _is_glued_rest(rest, original)


def _is_glued(left: str, right: str) -> bool:
    """Whether two characters that meet are two texts glued: no space between them, and not
    a letter going on with a small letter (one word)."""
    if left.isspace() or right.isspace():
        return False
    return not (left.isalpha() and right.islower())


def _is_glued_rest(rest: str, original: str) -> bool:
    """Whether what is glued to a copy of ``original`` is a name or a category (a letter, at
    most `GLUED_REST_MAX_WORDS` words) or ``original``'s own start, after copies of it.

    >>> title = "Zomerfeest in het park (12 foto's)"
    >>> _is_glued_rest(title * 3 + "Zomerfeest in het", title), _is_glued_rest("Jan", title)
    (True, True)
    >>> _is_glued_rest("Mit unserer neuen Satzung gilt ab Januar", title)
    False
    """
    if not any(c.isalpha() for c in rest):
        return False
    words = len(rest.split())
    if words <= GLUED_REST_MAX_WORDS:
        return True
    # A slideshow prints the headline under each photo, glued: its copies, the last cut anywhere.
    again = original * (len(rest) // len(original) + 1)
    return words >= GLUED_COPY_MIN_WORDS and again.startswith(rest)
