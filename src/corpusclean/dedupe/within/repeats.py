"""Repeats found by comparison key: a paragraph printed again, a run pasted again, a
summary's bullet, a caption list, a run extended back over its short blocks."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from ...model import Block
from ...text import LIST_BULLETS, ends_like_sentence, is_footnote, is_prose
from .duplicate import (
    DUPLICATE_PARAGRAPH,
    DUPLICATE_RUN,
    DUPLICATE_TITLE,
    MAX_PASTED_COPIES,
    PASTED_RUN_MIN_BLOCKS,
    PASTED_RUN_MIN_PARAGRAPHS,
    Duplicate,
)
from .intended import (
    _CLOSING_QUOTES,
    _OPENING_QUOTES,
    _is_entry_at_two_dates,
    _is_line_per_section,
    _is_question_asked_again,
    _is_quoted_again,
    _is_refrain_pair,
    _is_step_given_again,
)
from .keys import comparison_keys  # noqa: F401 (read by the doctests)
from .reflowed import _lead_paragraph

# A summary's bullets above the story ("Das Wichtigste in Kürze", "Key points", "At a glance")
# print the story's sentences again, word for word. When the first printing is a bulleted
# line and the later one a paragraph of the body (no bullet, ending like a sentence), the
# bullet is the copy: it goes, and the paragraph, which holds the story's order, stays. A
# bullet is one of these marks and a space ("• ", "- "): a list item as extractors keep it.
# More than `text.LIST_BULLETS`: the en dash (`text.DIALOGUE_DASHES`), and the square and the
# arrow, two more glyphs of a bullet. The test only chooses which of two printings goes, never
# how many stay, so a line of dialogue taken for a bullet loses nothing.
_BULLET_MARKS = LIST_BULLETS | {"–", "■", "►"}
# Image captions set inside the story are printed again one after another after its last
# paragraph (a gallery's list, a slideshow's text): `CAPTION_LIST_MIN_ITEMS` blocks or more in
# a row after the last paragraph (`text.is_prose`), each the only other printing of a block
# of the story that is no paragraph and has a paragraph beside it, those printings apart (no
# two in a row: a list printed twice is `LIST_TWICE_MIN_ITEMS`'s) and in the same order. The
# run goes, the captions stay where the story has them (blind7 half 13: all 120 such copies
# stayed, each under ``min_words``, and their first printings no run). A recipe's ingredients
# in its steps, a list's items printed again and a refrain's lines stand in a row where they
# are first printed, and a line printed three times is recurring: each stays.
CAPTION_LIST_MIN_ITEMS = 2


def _copies(keys: Sequence[str], copies: Mapping[str, int] | None) -> dict[str, int]:
    """How often each key occurs: in these blocks, or in the whole document when that is more.

    Rounds remove blocks, but a block printed three times in the input stays recurring
    content (a meal plan's "Meal 1") after some copies of its neighbours are gone.
    """
    counts = dict(Counter(keys))
    if copies:
        for key, count in counts.items():
            counts[key] = max(count, copies.get(key, 0))
    return counts


def _follows_recurring(keys: Sequence[str], index: int, counts: Mapping[str, int]) -> bool:
    """Whether the block comes right after a recurring one: an entry of repeated structure.

    A meal plan prints "Meal 1" / "Eat every 2-3 hours" for each day and the same meal under
    it on two days; a body pasted twice repeats among blocks printed twice, not under a
    heading printed on every day.
    """
    return index > 0 and counts.get(keys[index - 1], 0) > MAX_PASTED_COPIES


def _mark_repeats(
    blocks: Sequence[Block],
    keys: Sequence[str],
    min_words: int,
    found: dict[int, Duplicate],
    counts: Mapping[str, int],
) -> None:
    first_seen: dict[str, int] = {}
    for index in _twinned(keys):
        key = keys[index]
        # A block printed three times or more is a recurring element (a refrain, an
        # interview's standing question, a table's row label), not a paste error.
        if not key or index in found or counts[key] > MAX_PASTED_COPIES:
            continue
        original = first_seen.setdefault(key, index)
        if original == index or _follows_recurring(keys, index, counts):
            continue
        # A reference list cites one source in several footnotes, each its own entry
        # (Wikipedia prints "^ Bogue, Mike (2017) ..." for each); a paste repeats the story.
        if is_footnote(blocks[index].text):
            continue
        previous = found.get(index - 1)
        in_run = previous is not None and previous.original == original - 1
        if original in found and found[original].original == index:
            continue  # its first printing goes as its copy already: a summary's bullet
        if original not in found and _is_summary_bullet(blocks, original, index):
            _mark_summary_bullet(blocks, keys, (original, index), min_words, found)
            continue
        if (
            not in_run
            and original not in found
            and blocks[original].words >= min_words
            and _is_pull_quote_of(blocks[original].text, blocks[index].text)
        ):
            found[original] = Duplicate(DUPLICATE_PARAGRAPH, index)
            continue
        if not in_run and _is_refrain_pair(blocks, keys, (original, index), min_words):
            continue
        if in_run or _opens_run(keys, index, original):
            pass  # a run's copy, whatever its first block is
        elif (
            _is_quoted_again(blocks[original].text, blocks[index].text, index - original)
            or _is_question_asked_again(blocks, keys, (original, index))
            or _is_step_given_again(blocks, (original, index))
            or _is_entry_at_two_dates(blocks, (original, index))
            or _is_line_per_section(blocks, keys, (original, index))
        ):
            continue
        if blocks[index].words >= min_words:
            found[index] = Duplicate(DUPLICATE_PARAGRAPH, original)
        elif in_run:
            found[index] = Duplicate(DUPLICATE_RUN, original)


def _twinned(keys: Sequence[str]) -> list[int]:
    """The indices, in order, of the blocks whose key another of ``keys`` has too.

    Pure speed for `_mark_repeats` (issue #8): a block whose key stands once is its own first
    printing there, and nothing else, so only these need its tests; on the dev full pages
    most blocks of a round with any repeated key stand once (a menu's "Share" twice among a
    hundred lines).

    >>> _twinned(["a", "b", "a", "", "c", ""])
    [0, 2, 3, 5]
    """
    counts = Counter(keys)
    if len(counts) == len(keys):
        return []
    return [index for index, key in enumerate(keys) if counts[key] > 1]


def _is_bulleted(text: str) -> bool:
    """Whether a line is a bulleted list item (`_BULLET_MARKS`).

    >>> _is_bulleted("• Das Bad öffnet am Samstag."), _is_bulleted("-5 Grad in der Nacht.")
    (True, False)
    """
    return len(text) > 2 and text[0] in _BULLET_MARKS and text[1] == " "


def _is_summary_bullet(blocks: Sequence[Block], original: int, index: int) -> bool:
    """Whether the first printing, at ``original``, is a bulleted line and its later one, at
    ``index``, a paragraph of the body: a summary's bullet, the copy (`_BULLET_MARKS`).

    A list printed twice, bullets and all, is no summary: the later printing must have no
    bullet. Nor is a label: the paragraph must end like a sentence.
    """
    first, later = blocks[original].text.lstrip(), blocks[index].text.lstrip()
    return _is_bulleted(first) and not _is_bulleted(later) and ends_like_sentence(later)


def _is_pull_quote_of(first: str, later: str) -> bool:
    """Whether ``first`` is ``later`` inside one added pair of quotation marks: a pull quote
    re-set from the paragraph (`_OPENING_QUOTES`, `_CLOSING_QUOTES`).

    A pull quote gains the marks the paragraph lacks (“<paragraph>”, or ““...”” round a
    paragraph that is itself a quotation). Printed first (in the middle of the story, the
    paragraph further down), it is the copy: it goes, and the paragraph stays where the
    story has it. `_mark_repeats` asks only for a whole paragraph (``min_words`` words or
    more), character for character inside exactly one added pair; a quotation printed twice
    alike is `_is_quoted_again`'s. As many printings are kept as before; only which one
    stays changes.

    >>> paragraph = "The council will vote on the plan in March, the mayor said."
    >>> _is_pull_quote_of(f"“{paragraph}”", paragraph), _is_pull_quote_of(paragraph, paragraph)
    (True, False)
    >>> _is_pull_quote_of(f"““{paragraph}””", f"“{paragraph}”")
    True
    """
    first, later = first.strip(), later.strip()
    return (
        len(first) == len(later) + 2
        and first[0] in _OPENING_QUOTES
        and first[-1] in _CLOSING_QUOTES
        and first[1:-1] == later
    )


def _mark_summary_bullet(
    blocks: Sequence[Block],
    keys: Sequence[str],
    pair: tuple[int, int],
    min_words: int,
    found: dict[int, Duplicate],
) -> None:
    """Mark a summary's bullet as the copy of the body's paragraph it repeats.

    As for any copy, a short one goes only as part of a run: the next bullet repeats the
    next paragraph too, or the bullet before went as the paragraph's before.
    """
    bullet, paragraph = pair
    before = found.get(bullet - 1)
    in_run = before is not None and before.original == paragraph - 1
    if blocks[bullet].words >= min_words:
        found[bullet] = Duplicate(DUPLICATE_PARAGRAPH, paragraph)
    elif in_run or _opens_run(keys, paragraph, bullet):
        found[bullet] = Duplicate(DUPLICATE_RUN, paragraph)


def _opens_run(keys: Sequence[str], index: int, original: int) -> bool:
    """Whether the copy at ``index`` goes on as its first printing does, a block more."""
    after, twin = index + 1, original + 1
    return after < len(keys) and twin < index and bool(keys[after]) and keys[after] == keys[twin]


def _mark_pasted_runs(
    blocks: Sequence[Block],
    keys: Sequence[str],
    min_words: int,
    found: dict[int, Duplicate],
    title: int | None,
) -> None:
    """Mark every block of the article printed again from its first paragraph on (the
    first after the ``title`` block, when there is one) as a copy of its first printing,
    recurring blocks within it too: a window of `PASTED_RUN_MIN_BLOCKS` consecutive blocks
    that holds the first paragraph and `PASTED_RUN_MIN_PARAGRAPHS` paragraphs, printed again
    in the same order, and from there as long as both printings go on alike.

    Linear: the few windows that hold the first paragraph are looked up by their first key.
    A window that overlaps its first printing is a refrain printed in a row, not a paste.
    Stand-in keys (`comparison_keys`) are unique, so windows with them never match.
    """
    width = PASTED_RUN_MIN_BLOCKS
    lead = _lead_paragraph(blocks, title, min_words)
    if lead is None:
        return
    sources = {
        tuple(keys[start : start + width]): start
        for start in range(min(lead, len(keys) - width), max(lead - width, -1), -1)
    }
    heads = {window[0] for window in sources}
    copied: dict[int, int] = {}  # each block of a pasted run, and its first printing
    for start in range(lead + 1, len(keys) - width + 1):
        if keys[start] not in heads:
            continue
        window = tuple(keys[start : start + width])
        earlier = sources.get(window)
        if earlier is None or earlier + width > start or not all(window):
            continue
        run = range(start, start + width)
        if sum(blocks[i].words >= min_words for i in run) < PASTED_RUN_MIN_PARAGRAPHS:
            continue
        for offset, index in enumerate(run):
            copied.setdefault(index, earlier + offset)
    # A paste goes on past its windows of paragraphs, through the short blocks it copies too
    # (a name, "Photo:"), as long as both printings go on alike, and never over its source.
    for index, original in sorted(copied.items()):
        while (
            index + 1 < len(keys)
            and original + 1 < index
            and index + 1 not in copied
            and keys[index + 1]
            and keys[index + 1] == keys[original + 1]
        ):
            index, original = index + 1, original + 1
            copied[index] = original
    for index, original in copied.items():
        if original not in copied and _is_summary_bullet(blocks, original, index):
            found.setdefault(original, Duplicate(DUPLICATE_RUN, index))  # the bullet is the copy
        else:
            found.setdefault(index, Duplicate(DUPLICATE_RUN, original))


def _extend_runs_backwards(
    keys: Sequence[str], found: dict[int, Duplicate], counts: Mapping[str, int]
) -> None:
    """A short block just before a repeated run is part of the run when its twin is too."""
    for index in range(len(keys) - 2, 0, -1):
        following = found.get(index + 1)
        if index in found or following is None or following.rule == DUPLICATE_TITLE:
            continue
        twin = following.original - 1
        if counts.get(keys[index], 0) > MAX_PASTED_COPIES:
            continue  # recurring content, as in `_mark_repeats`
        if 0 <= twin < index and keys[index] and keys[twin] == keys[index] and twin not in found:
            found[index] = Duplicate(DUPLICATE_RUN, twin)


def _prose_reader(blocks: Sequence[Block]) -> Callable[[int], bool]:
    """`text.is_prose` of a block by its index, each block read at the first question alone:
    `_mark_caption_list` asks about the blocks from the end to the last paragraph and about
    a few first printings."""
    read: dict[int, bool] = {}

    def prose(index: int) -> bool:
        found = read.get(index)
        if found is None:
            block = blocks[index]
            found = read[index] = is_prose(block.text, block.words)
        return found

    return prose


def _mark_caption_list(
    blocks: Sequence[Block],
    keys: Sequence[str],
    found: dict[int, Duplicate],
    counts: Mapping[str, int],
) -> None:
    """Mark the captions printed again as a list after the story's last paragraph (see
    `CAPTION_LIST_MIN_ITEMS`). Linear: one pass for the last paragraph, one over the blocks
    before it for the first printings, one over the blocks after it.

    >>> story = [f"Part {n} of the report, which is long enough to be a paragraph." for n in "ABC"]
    >>> captions = ["Residents fill sandbags on Tuesday.", "The council during the vote."]
    >>> texts = [story[0], captions[0], story[1], captions[1], story[2], *captions]
    >>> bs = [Block(t, i, i + 1) for i, t in enumerate(texts)]
    >>> found = {}
    >>> _mark_caption_list(bs, comparison_keys(bs), found, {k: 2 for k in comparison_keys(bs)})
    >>> sorted(found)
    [5, 6]
    """
    if not any(key and counts.get(key) == 2 for key in keys):
        return  # no block printed twice: no caption printed again (most documents)
    prose = _prose_reader(blocks)
    last = next((i for i in range(len(blocks) - 1, -1, -1) if prose(i)), None)
    if last is None:
        return
    # Each item of the list is a block after the last paragraph whose key stands twice: with
    # fewer such blocks than a list has items, none is marked (issue #8: the paragraphs' test
    # of every block, made before, was most of this finder's time on the dev full pages).
    after = sum(1 for index in range(last + 1, len(blocks)) if counts.get(keys[index]) == 2)
    if after < CAPTION_LIST_MIN_ITEMS:
        return
    first_seen: dict[str, int] = {}
    for index in range(last):
        if keys[index] and counts.get(keys[index]) == 2:
            first_seen.setdefault(keys[index], index)
    run: list[int] = []
    for index in range(last + 1, len(blocks) + 1):
        twin = first_seen.get(keys[index], -1) if index < len(blocks) else -1
        if (
            twin >= 0
            and index not in found
            and twin not in found
            and not prose(twin)
            and ((twin > 0 and prose(twin - 1)) or prose(twin + 1))
            and (not run or twin > first_seen[keys[run[-1]]] + 1)
        ):
            run.append(index)
            continue
        if len(run) >= CAPTION_LIST_MIN_ITEMS:
            for item in run:
                found[item] = Duplicate(DUPLICATE_RUN, first_seen[keys[item]])
        run = []
