"""The thread's run: where it starts, and the guards that must hold for it to be a thread.

`thread_start` reads the markers of `signatures`, the rows of `controls`, the guards of
`entries` and the first comment of `layout`, and answers where the thread begins (or
that there is none).
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from itertools import accumulate

from ...language import Language, load_thread_words
from ...model import Block
from ...text import label_key
from ..facts import Facts, prose
from .controls import (
    _LABEL_WITH_COUNT,
    COMMENT_MAX_BLOCKS,
    _is_widget_head,
    _label_rows,
    _may_be_row_line,
    _may_hold_rows,
    _scope_may_hold_rows,
)
from .entries import (
    _counts_a_dated_item,
    _entry_ages,
    _readers_cues,
    _readers_sign,
    _signed_by_readers,
)
from .layout import (
    THREAD_MAX_GAP,
    _first_comment,
    _header_above,
    _later_stamps,
    _Layout,
    _named_over_text,
    _signed_top,
)
from .signatures import (
    _DIGIT,
    CONTROL_ROW_MAX_WORDS,
    _is_thread_head,
    _opens_comment,
    holds_marker_candidates,
    marker_answers,
    marker_candidates,
    thread_cue,
    thread_dated_signature,
    thread_signature,
)
from .stamps import _but_for_digits, _holds_a_date_or_time, _stamp_key

# A thread shows a reader's name for every comment, and a comment prints a row of controls
# or two or three controls one a line: with fewer signatures that name a reader than one
# for this many cues, the cues must be a thread's own (`_own_cues`), not a page's "Share".
CUES_PER_READER = 2
# A thread has at least this many cues (control rows, ages) and signature lines...
THREAD_MIN_CUES = 2
THREAD_MIN_SIGNATURES = 2
# The article above the thread: at least this many prose blocks and this share of the words,
# so a thread longer than its article is left (precision first), as is a page of comments.
ARTICLE_MIN_PROSE = 2
ARTICLE_MIN_WORD_SHARE = 0.35
# ... or, without signature lines, this many cues ("Like · Reply · 3y" under each comment).
THREAD_MIN_CUES_ALONE = 3
# A comment's number over its first line ("#125") is the thread's when the thread prints
# it, but for its digits, over this many of its later comments (`_numbered_above`).
COMMENT_NUMBER_MIN_REPEATS = 2

# A thread that prints no control row, or whose controls a page's classifier has already
# dropped with the rest of the page's furniture (a full page), is still a thread when this
# many of its signature lines carry a whole timestamp, a date and a clock time ("August 22,
# 2018 at 5:57 am", "Gary M on September 17, 2018 at 8:50 pm said:"): a live blog stamps
# its entries with a clock time, a dateline is printed once, above the article.
THREAD_MIN_DATED_SIGNATURES = 2

# A comment widget's head in words no shipped language knows (`_counted_head`): a label of
# one or two words with the thread's count in brackets ("Comentarii (34)", "Σχόλια (23)"),
# and at most two tabs under it ("Cele mai noi", "Nyeste først"), of at most three words of
# letters: a widget prints its sort orders so; a longer line is an article's.
COUNTED_HEAD_TABS = 2
COUNTED_HEAD_TAB_WORDS = 3
_COUNTED_HEAD = re.compile(_LABEL_WITH_COUNT)
_HEAD_TAB = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){0,2}")


def _gaps_close_enough(markers: Sequence[bool]) -> list[bool]:
    """For each index: whether from it to the end no THREAD_MAX_GAP blocks lack a marker.

    One backward pass: the distance to the next marker, and whether it holds beyond it.
    """
    count = len(markers)
    holds = [False] * (count + 1)
    holds[count] = True
    next_marker = count
    for index in range(count - 1, -1, -1):
        if markers[index]:
            holds[index] = next_marker - index <= THREAD_MAX_GAP and holds[next_marker]
            next_marker = index
        else:
            holds[index] = next_marker - index < THREAD_MAX_GAP and holds[next_marker]
    return holds[:count]


def _marked_near_end(
    blocks: Sequence[Block], cue_lines: Container[int], rows: bool, facts: Facts
) -> bool:
    """Whether a cue (its first input line in ``cue_lines``), a signature line or, where
    ``rows`` says the document may hold rows of controls, a line of one
    (`controls._may_be_row_line`) may stand among the last THREAD_MAX_GAP of ``blocks``.

    Where none may, `thread_start` finds no thread (issue #8: asked before its costliest
    readings, the rows of controls, the signatures of every block and the readers they
    show). Each start it takes is a cue or a whole timestamp, a signature line, that
    `_gaps_close_enough` finds close enough: a chain of markers, each at most THREAD_MAX_GAP
    blocks from the next, whose last stands at most THREAD_MAX_GAP blocks from the end. Its
    markers are some of the cues (the candidates below the first possible start that are
    cues, ``cue_lines``, and the lines of the rows of controls it finds) and of the
    signature lines: with none of them among the last THREAD_MAX_GAP blocks, no chain
    closes, and no start is close enough.
    """
    start = max(len(blocks) - THREAD_MAX_GAP, 0)
    return any(
        blocks[index].start in cue_lines
        or facts.of(thread_signature, blocks[index])
        or (rows and _may_be_row_line(blocks, index, facts))
        for index in range(start, len(blocks))
    )


def thread_start(
    blocks: Sequence[Block],
    facts: Facts,
    word_share: float = ARTICLE_MIN_WORD_SHARE,
    scoped: bool = False,
) -> int | None:
    """The index of the first block of a comment thread that runs to the end, or None.

    ``word_share`` is the share of the words the article above the thread must hold
    (`detect.pagethread` weighs the article against the kept blocks instead). ``scoped``
    says that every one of ``blocks`` is a block of the document's `Facts.scope` (a
    round's, not a view of the page that puts dropped lines back): then a document that
    cannot hold a thread (`may_hold_thread`) is answered without reading its candidates.

    A thread is anchored on its control rows and ages (cues), which close or open every
    comment; signature lines recur between them. It starts at the first comment, found from
    the period of the cues. Linear: the counts after each index are kept as it advances.
    """
    if scoped and not facts.once(may_hold_thread):
        return None  # most documents, in every round
    is_prose = facts.each(prose, blocks)
    first = _first_possible_start(blocks, is_prose, word_share)
    if first is None:
        return None
    # A cue above ``first`` is never read: it cannot start the thread (the article is not
    # above it yet), and the evidence and gaps counted at a start are those below it. So
    # the cue tests, the costliest facts of a block, run on the blocks below ``first`` only,
    # and of those only on the candidates: every other block is neither a cue nor dated.
    below = marker_candidates(blocks[first:], facts.language, facts.once(marker_answers))
    # Rows of controls in words no shipped language knows, found by their shape; not looked
    # for in a document with fewer than two lines a row needs (`_may_hold_rows`: most).
    rows = facts.once(_may_hold_rows)
    least = min(THREAD_MIN_CUES, THREAD_MIN_DATED_SIGNATURES)
    if not rows and len(below) < least:
        return None  # too few candidates for any thread (most documents)
    cued = facts.each(thread_cue, below)
    cue_lines = {block.start for block, cue in zip(below, cued, strict=True) if cue}
    if not _marked_near_end(blocks, cue_lines, rows, facts):
        return None  # no start has its markers close enough to the end: skip the rest
    label_rows = _label_rows(blocks, first, facts) if rows else set()
    if len(below) + len(label_rows) < least:
        return None
    stamped = facts.each(thread_dated_signature, below)
    if sum(cued) + len(label_rows) < THREAD_MIN_CUES and sum(stamped) < THREAD_MIN_DATED_SIGNATURES:
        return None  # no thread can qualify: skip the signature tests
    # A live page's own age over an entry ("Il y a 12 min") marks nothing of a thread. The
    # ages read start a comment's length above ``first``: a start's window reaches there,
    # and an age in it, taken as a reader's, showed readers on a live page of two entries.
    reach = max(first - COMMENT_MAX_BLOCKS + 1, 0)
    near = marker_candidates(blocks[reach:first], facts.language, facts.once(marker_answers))
    near_cued = facts.each(thread_cue, near)
    entry_ages = _entry_ages(blocks, reach, [*near, *below], [*near_cued, *cued], facts)
    cue_starts = {
        block.start
        for block, cue in zip(below, cued, strict=True)
        if cue and block.start not in entry_ages
    }
    dated_starts = {
        block.start
        for block, date in zip(below, stamped, strict=True)
        if date and block.start not in entry_ages
    }
    cue_starts |= label_rows
    cues = [False] * first + [block.start in cue_starts for block in blocks[first:]]
    dated = [False] * first + [block.start in dated_starts for block in blocks[first:]]
    signatures = facts.each(thread_signature, blocks)
    if entry_ages:
        signatures = [
            s and b.start not in entry_ages for s, b in zip(signatures, blocks, strict=True)
        ]
    close = _gaps_close_enough([s or c for s, c in zip(signatures, cues, strict=True)])
    # The evidence of readers is the signatures that show one (`_signed_by_readers`): a
    # live blog's bare stamps are the page's own layout, however many recur.
    readers = _signed_by_readers(blocks, signatures, facts)
    # Signatures from each index to the end: a comment's signature comes before its cue.
    signed_from = list(accumulate(reversed(signatures), initial=0))[::-1]
    signed_by_readers = list(accumulate(reversed(readers), initial=0))[::-1]
    signed_dated = [d and r for d, r in zip(dated, readers, strict=True)]
    total = sum(block.words for block in blocks) or 1
    cues_after, dated_after, signed_dated_after = sum(cues), sum(dated), sum(signed_dated)
    next_dated = _next_marked(dated)
    backed: bool | None = None  # whether the thread's own controls back its stamps
    # The cues less the page's own controls (`_readers_cues`), found when first asked.
    readers_cues: list[bool] | None = None

    def readers_cue_list() -> list[bool]:
        nonlocal readers_cues
        if readers_cues is None:
            readers_cues = _readers_cues(blocks, signatures, cues, facts)
        return readers_cues

    closed: list[bool] = []  # whether a cue follows each stamp from there on, when backed
    prose_before = words_before = 0
    # Whether the cues may still start a thread: once the article's own controls leave too
    # few (`_own_cues`), they leave too few at every later start too.
    cues_may_start = True
    for index, block in enumerate(blocks):
        comment_start = max(index - COMMENT_MAX_BLOCKS + 1, 0)
        article_above = prose_before >= ARTICLE_MIN_PROSE and words_before >= word_share * total
        signed = signed_from[comment_start]
        if (
            cues_may_start
            and cues[index]
            and close[index]
            and _enough_evidence(signed, cues_after)
            and article_above
            # A control the page prints under its own stamps starts no thread ("Share"
            # under a live blog's entries, above the readers' thread and its "Reply").
            and readers_cue_list()[index]
            and not _counts_a_dated_item(blocks, index, facts)
        ):
            # Cues alone, with no signature lines to show readers, may be the page's layout;
            # so may cues beside bare stamps (a live blog's "Share" under each entry) or
            # beside a few dated lines (a quoted tweet's date).
            shown = signed_by_readers[comment_start]
            if shown < max(THREAD_MIN_SIGNATURES, cues_after // CUES_PER_READER):
                cues_may_start = _enough_evidence(signed, _own_cues(blocks, cues, index, facts))
            if cues_may_start:
                if _opens_comment(block, facts.language):
                    # The cue is the comment's first line: above it, its number at most.
                    start = _numbered_above(blocks, signatures, index, facts.language)
                    return _with_thread_head(blocks, max(start, first), first, facts.language)
                if _is_widget_head(blocks, cues, index, facts.language):
                    # The head a comment widget prints over the first comment: nothing above
                    # is a comment's.
                    return _with_thread_head(blocks, index, first, facts.language)
                layout = _Layout(blocks, is_prose, signatures, cues, facts, first)
                start = _first_comment(layout, dated, index)
                return _with_thread_head(blocks, start, first, facts.language)
        if (
            dated[index]
            and close[index]
            and dated_after >= THREAD_MIN_DATED_SIGNATURES
            and article_above
            and _in_posting_order(blocks, next_dated[index], index)
        ):
            # Stamps that show no readers are a thread's when its own controls back them
            # ("Reply With Quote" under each post of a forum that prints the name under the
            # stamp), not a page's ("Share" under a live blog's entries): asked once. And
            # from the start on, a control under every stamp: a live blog's entries above
            # a thread print none (`_closed_by_cues`).
            stamps_hold = _readers_sign(signed_dated_after, dated_after)
            if not stamps_hold:
                if backed is None:
                    backed = _own_cues(blocks, cues, first, facts) >= THREAD_MIN_CUES
                    if backed:
                        closed = _closed_by_cues(dated, readers_cue_list())
                stamps_hold = backed and closed[index]
        else:
            stamps_hold = False
        if stamps_hold:
            # The first comment starts at its timestamp, or at the signature lines right
            # above it ("Jana Müller sagt:" over "4. November 2019 um 13:38 Uhr"). A bare
            # name above it is left: it may be the article's last line (taking it when every
            # later stamp has a line over it took the article's last line on forum posts
            # whose "Reply With Quote" looks like a name). So is a line with digits: a
            # comment prints one timestamp, and a dated line above it is the article's
            # ("— Jane Doe (@jane) November 18, 2019", a list of tour dates).
            layout = _Layout(blocks, is_prose, signatures, cues, facts, first)
            index = _signed_top(layout, index)
            later = _later_stamps(next_dated, index)
            later_signed = [_signed_top(layout, i) for i in later]
            header = _header_above(layout, index, later_signed)
            if header == 0:
                index = _named_over_text(layout, index, later_signed)
            return _with_thread_head(blocks, index - header, first, facts.language)
        cues_after -= cues[index]
        dated_after -= dated[index]
        signed_dated_after -= signed_dated[index]
        prose_before += is_prose[index]
        words_before += block.words
    return None


def may_hold_thread(facts: Facts) -> bool:
    """Whether `thread_start` may find a thread in any round of the document: False when
    the document's `scope` holds fewer marker candidates than any thread needs and no row
    of controls (`_scope_may_hold_rows`, asked only then). A `DocumentValue`, so one pass a
    document, that stops at the candidates it needs; True when the blocks are unknown.

    False too for a scope of fewer than ARTICLE_MIN_PROSE prose blocks, as no round's
    blocks then have an article above a possible start (`_first_possible_start`).

    Exact (issue #8: 357 of the ASCII speed corpus's 362 documents answer False): every
    round's blocks are some of the scope's, and `marker_candidates` reads a block's text
    and the language alone, so a round's candidates below its first possible start are
    some of the scope's; and a row found has two witnesses among a round's blocks, so with
    fewer in the scope no round finds one (`_may_hold_rows`). With no rows, `thread_start`
    answers None for fewer than ``min(THREAD_MIN_CUES, THREAD_MIN_DATED_SIGNATURES)``
    candidates. The answers found are kept in the document's `marker_answers`, which the
    rounds read.
    """
    scope = facts.scope
    if scope is None:
        return True
    # No round has an article above a possible start without ARTICLE_MIN_PROSE prose blocks
    # of the scope (a block fact the rounds read too): a document of none (an adversarial
    # input of dots) reads no line for the candidates.
    if sum(facts.each(prose, scope)) < ARTICLE_MIN_PROSE:
        return False
    least = min(THREAD_MIN_CUES, THREAD_MIN_DATED_SIGNATURES)
    if holds_marker_candidates(scope, facts.language, least, facts.once(marker_answers)):
        return True
    return facts.once(_scope_may_hold_rows)


def _closed_by_cues(dated: Sequence[bool], cues: Sequence[bool]) -> list[bool]:
    """For each whole timestamp: whether it and every one below it has a cue under it (or
    is one, an age) before the next timestamp or the end. One backward pass.

    A thread found by stamps its controls back prints a control under every comment
    ("Reply With Quote" under each post); a live blog above the thread prints its stamps
    with no control under its entries, and the thread starts below them.

    >>> _closed_by_cues([True, False, True, False, False], [False, False, False, False, True])
    [False, False, True, False, False]
    """
    closed = [False] * len(dated)
    holds, cue_below = True, False
    for index in range(len(dated) - 1, -1, -1):
        if dated[index]:
            holds = holds and (cue_below or cues[index])
            closed[index], cue_below = holds, False
        elif cues[index]:
            cue_below = True
    return closed


def _in_posting_order(blocks: Sequence[Block], later: int | None, index: int) -> bool:
    """Whether the timestamp at ``index`` is no later than the next one, as a comment
    thread prints them (oldest first), where a live blog and a list of teasers print
    theirs newest first.

    The stamps are compared as the runs of digits they hold, in order ("November 19, 2019
    at 5:10 pm" as 19, 2019, 5, 10): stamps of one site share a layout, so this orders
    them within a month and a half-day. Across those ("October 31" then "November 1") it
    reads a thread as newest first and leaves it (precision first). ``later`` is the
    index of the next timestamp, if any.
    """
    if later is None:
        return False
    return _stamp_key(blocks[later].text) >= _stamp_key(blocks[index].text)


def _next_marked(markers: Sequence[bool]) -> list[int | None]:
    """For each index, the next index after it whose marker is set (one backward pass)."""
    found: list[int | None] = [None] * len(markers)
    following: int | None = None
    for index in range(len(markers) - 1, -1, -1):
        found[index] = following
        if markers[index]:
            following = index
    return found


def _first_possible_start(
    blocks: Sequence[Block], is_prose: Sequence[bool], word_share: float
) -> int | None:
    """The first index with the article above it (ARTICLE_MIN_PROSE prose blocks and
    ``word_share`` of the words), where a thread may start; None when none has."""
    total = sum(block.words for block in blocks) or 1
    prose_before = words_before = 0
    for index, block in enumerate(blocks):
        if prose_before >= ARTICLE_MIN_PROSE and words_before >= word_share * total:
            return index
        prose_before += is_prose[index]
        words_before += block.words
    return None


def _own_cues(blocks: Sequence[Block], cues: Sequence[bool], start: int, facts: Facts) -> int:
    """The cues from ``start`` on that are a thread's own: not printed by the article above
    it too, and not a control pages print beside their own sections.

    A control the article prints as well ("Share" or "Back to top" after each of its
    sections, "Like" under a live blog's entries) is the page's layout, not a thread's; so is
    a control of the language's `shared_controls` even where the article does not print it
    first (its first section may be long enough to pass for the article above a thread).
    The article's cues are found only here, when a start is about to be taken (the
    costliest facts, asked of the candidates above it only).
    """
    above = marker_candidates(blocks[:start], facts.language, facts.once(marker_answers))
    # One control whatever its signs and case: "Share" and "share ›" (`label_key`).
    printed = {
        label_key(block.text)
        for block, cue in zip(above, facts.each(thread_cue, above), strict=True)
        if cue
    }
    shared = load_thread_words(facts.language.code).shared_control.fullmatch
    return sum(
        1
        for index in range(start, len(blocks))
        if cues[index]
        and label_key(blocks[index].text) not in printed
        and shared(blocks[index].text) is None
    )


def _enough_evidence(signatures: int, cues: int) -> bool:
    """Cues that recur, with signature lines among them, or cues alone that recur more."""
    return cues >= THREAD_MIN_CUES_ALONE or (
        cues >= THREAD_MIN_CUES and signatures >= THREAD_MIN_SIGNATURES
    )


def _with_thread_head(blocks: Sequence[Block], start: int, first: int, language: Language) -> int:
    """The start moved up over the lines a comment widget prints above its first comment
    ("12 Comments", "Sort by Top", "Add a comment..."), never above ``first``.

    Only lines that are nothing but such words, right above the thread: "Comments" in the
    article's text is a word in a sentence.
    """
    words = load_thread_words(language.code)
    while start > first and _is_thread_head(blocks[start - 1], words):
        start -= 1
    return _counted_head(blocks, start)


def _counted_head(blocks: Sequence[Block], start: int) -> int:
    """The start moved up over a widget's head in words no list knows: a label with the
    thread's count in brackets ("Comentarii (34)", "Σχόλια (23)", "Debat (56)"), with at most
    COUNTED_HEAD_TABS tabs of a few words under it ("Cele mai noi", "Terbaru"), right above
    the thread's first comment.

    Language-independent: read by its shape only, and only over a thread already found (an
    article's "Photos (12)" over its last paragraph starts no thread). A tab holds letters
    only, at most COUNTED_HEAD_TAB_WORDS words. Also above the first possible start, where
    the first comment already stands when the article is short (`_signed_top`): the head's
    lines are no prose, and the article's last line above them stays.
    """
    index = start - 1
    for _ in range(COUNTED_HEAD_TABS + 1):
        if index < 0:
            return start
        block = blocks[index]
        if block.words <= COUNTED_HEAD_TAB_WORDS and _COUNTED_HEAD.fullmatch(block.text):
            return index
        if block.words > COUNTED_HEAD_TAB_WORDS or not _HEAD_TAB.fullmatch(block.text):
            return start
        index -= 1
    return start


def _numbered_above(
    blocks: Sequence[Block], signatures: Sequence[bool], start: int, language: Language
) -> int:
    """The thread's start moved up over the first comment's number ("#125" over "Anónimo"
    over the stamp) when each of COMMENT_NUMBER_MIN_REPEATS later comments prints one alike
    but for its digits, as far above its signature line: ``start - 1``, or ``start``.

    For a thread that starts at its first reader's anonymous name (a cue that opens its
    comment), where no comment header is read. Only a short line with a digit and no date
    or time (a stamp is no number); by place, so an article's last line that a thread line
    resembles ("Posts: 12" above a forum's user blocks) stays. Linear: one pass below.
    """
    if start == 0:
        return start
    above = blocks[start - 1]
    if above.words > CONTROL_ROW_MAX_WORDS or _DIGIT.search(above.text) is None:
        return start
    if _holds_a_date_or_time(above.text, language):
        return start
    # How far below the number the first comment's signature line stands.
    offset = next(
        (
            k
            for k in range(1, COMMENT_MAX_BLOCKS + 1)
            if start - 1 + k < len(signatures) and signatures[start - 1 + k]
        ),
        None,
    )
    if offset is None:
        return start
    key = _but_for_digits(above.text)
    alike = sum(
        1
        for index in range(start, len(blocks) - offset)
        if _but_for_digits(blocks[index].text) == key
        and signatures[index + offset]
        and not any(signatures[index + 1 : index + offset])
    )
    return start - 1 if alike >= COMMENT_NUMBER_MIN_REPEATS else start
