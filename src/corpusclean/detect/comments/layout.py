"""Where a thread's first comment starts, read from the layout its comments repeat.

A comment is a few blocks (a header or a name, a signature, the text, controls) laid out
alike each time; the first comment's top is found from that layout, so the thread's header
and name go with it and the article's last paragraph stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

import attrs

from ...model import Block
from ...text import label_key
from ..facts import Facts
from .controls import _COUNT_LINE, COMMENT_MAX_BLOCKS, _is_number_first_count, _is_text_line
from .signatures import (
    _DIGIT,
    CONTROL_ROW_MAX_WORDS,
    _is_address,
    _name_like,
    _opens_comment,
    _signs_same_comment,
)
from .stamps import _but_for_digits

# ... and never this many blocks without a signature or a comment cue (a comment of more
# paragraphs than this is rare, and an article after a stray date line is caught here).
THREAD_MAX_GAP = 10
# The layout is read from the distances between the first this many control rows.
PERIOD_SAMPLE_ROWS = 4
# A first comment without a signature takes the prose above its cue only when this many
# comments share its layout (a name, the comment, the cue)...
LAYOUT_MIN_COMMENTS = 3
# A comment's header above its signature line is at most this many lines: a forum post's
# user block prints a name, a rank, a post count and a subject ("Tom" / "Newbie" / "Posts:
# 332" / "Re: subject"); taken only when every later comment prints it alike
# (`_header_above`).
HEADER_MAX_LINES = 4
# Subject lines with a reply prefix on the first comment and some later ones, not all
# (`_opens_replies`): at least this many of them hold it, so one "Re:" proves no layout.
SUBJECT_PREFIX_MIN_REPEATS = 2
# A reply's subject line: a short word before a colon, then the subject ("Re: Und nun?").
_SUBJECT_PREFIX = re.compile(r"[^\W\d_]{1,4}:\s")
# A comment's number as Blogger prints it before the comment's text ("1. awwww! I love
# it"): the number, a full stop and a space, and the text on the same line.
_COMMENT_NUMBER = re.compile(r"(\d{1,3})\.\s+\S")
# The first comment starts at its number 1 above the first row of controls
# (`_numbered_first_comment`) when at least this many comments under the next rows go on
# counting ("2. ...", "3. ..."): one "2." under a control may be an article's list.
NUMBERED_MIN_FOLLOWING = 2


def _after_last_prose(is_prose: Sequence[bool], index: int) -> int:
    """The index after the last prose block above ``index`` (0 when none is)."""
    return next((i + 1 for i in range(index - 1, -1, -1) if is_prose[i]), 0)


def _first_comment(
    layout: _Layout,
    dated: Sequence[bool],
    first_cue: int,
) -> int:
    """Where the comment that holds the first cue begins.

    A control row or an age closes its comment or sits under its signature (a cue that heads
    its comment, an anonymous reader's name, is the start itself: `_opens_comment`).
    Comments of one thread share a layout, so the distance between cues is the length of a
    comment; the shortest of the first few distances is taken, so a long comment later
    cannot make the thread reach up into the article. Controls printed one a line ("Like" /
    "Reply" / "8w", "Répondre" / "Signaler un abus") are one row: the distances are read
    between the first cues of runs (`_cue_rows`). Within that distance above the cue (at
    most COMMENT_MAX_BLOCKS), the comment starts at its signature line if it has one, and
    at the name above it when every comment is laid out so (`_named_above`); without one,
    the start moves up over short lines only (a name), never over prose, which may be the
    article's last paragraph, unless every comment is laid out alike (`_laid_out_alike`).
    With no regular layout the thread starts at the cue (precision first).
    """
    is_prose, signatures, cues = layout.is_prose, layout.signatures, layout.cues
    opens_like_name = layout.names
    rows = _cue_rows(cues, first_cue, None if signatures[first_cue] else signatures)
    period = min((b - a for a, b in pairwise(rows)), default=1)
    # The comment's part above its controls: the period less the row of controls itself.
    run = next((i for i in range(first_cue, len(cues)) if not cues[i]), len(cues)) - first_cue
    # A count printed under the controls of every comment ("Synes godt om (4)", "12
    # beğeni") closes the comment above, in words no list knows: not the next comment's.
    tail = _counter_tail(layout, rows, run)
    above = min(period - min(run + tail, period - 1), COMMENT_MAX_BLOCKS)
    window = range(max(first_cue - above, 0), first_cue)
    # An age under the reader's name ("Maria K" / "3 days ago") is a signature and a cue:
    # the comment starts at it or at the name above it, never higher. A signature above the
    # cue is the comment's when the next comments print one as far above their cues: a
    # dated line of the article ("— Jane Doe (@jane) November 18, 2019") is not.
    in_window = (i for i in window if signatures[i])
    signed = first_cue if signatures[first_cue] else next(in_window, None)
    # Text under the cues (a header of name, points and age over it): above the cue, the
    # header only, as many lines as the later comments print there; a signature line higher
    # up is the article's (a list of dates), not the comment's.
    header_lines = _header_over_cues(layout, rows, run + tail)
    if signed is not None and header_lines is not None and signed < first_cue - header_lines:
        signed = None
    if signed is not None and signed < first_cue:
        signed = _own_signature(layout, dated, signed, first_cue)
    offset = first_cue - signed if signed is not None else 0
    later = [r - offset for r in rows[1:]]
    alike = not offset or all(signatures[i] for i in later)
    if not alike and _stamped_comment_start(dated, cues, rows, first_cue) is None:
        # Comments of one, two or three paragraphs and no whole timestamps: the signatures
        # stand at no one distance above the cues, but maybe at one below the rows before
        # (a forum's user block, "Mar 9, 2024" under its reader's name and rank).
        later = [] if signed is None else _signed_after_rows(layout, signed, rows, run + tail)
        alike = bool(later)
    if signed is not None and alike:
        # The name over the signature, or a header of several lines printed alike over each
        # ("G. Schäfer" / "2.157 Postings, 85 Follower" over the stamp): the longer one.
        # An undated signature line right over the stamp ("Jana sagt:" over "9. Januar 2024
        # um 11:50") is the comment's, as in a thread found by its stamps, also where it
        # stands above the first possible start (a short article under long comments).
        signed = _signed_top(attrs.evolve(layout, top=_after_last_prose(is_prose, signed)), signed)
        header = _header_above(layout, signed, later)
        if header == 0 and _named_above(layout, signed, rows):
            return signed - 1
        if header == 0:
            return _named_over_text(layout, signed, later)
        return signed - header
    stamped = _stamped_comment_start(dated, cues, rows, first_cue)
    if stamped is not None:
        # With the undated signature line over the stamp ("Jana sagt:"), as a thread found
        # by its stamps starts (`_signed_top`).
        return _signed_top(layout, stamped)
    numbered = _numbered_first_comment(layout, rows, run + tail)
    if numbered is not None:
        return numbered
    # The comment's part above its controls, less a row printed on several lines (two
    # labels over the votes, "Ответить" / "Пожаловаться" / "+12 −3", `_label_rows`): the
    # same for a row on one line.
    if period - run - tail >= COMMENT_MAX_BLOCKS:
        return first_cue
    start = first_cue
    lowest = window.start if header_lines is None else max(window.start, first_cue - header_lines)
    while start > lowest and not is_prose[start - 1]:
        start -= 1
    if start > window.start and _laid_out_alike(
        opens_like_name, rows, period, window.start, run + tail
    ):
        return window.start  # the name, then the prose of the first comment
    return start


def _comment_number(text: str) -> int | None:
    """The comment number a line opens with ("1. so cute" -> 1), or None."""
    match = _COMMENT_NUMBER.match(text.lstrip())
    return int(match.group(1)) if match is not None else None


def _numbered_first_comment(layout: _Layout, rows: Sequence[int], lead: int) -> int | None:
    """The line numbered 1 that opens the first comment above the first row of controls,
    when the software numbers its comments: Blogger prints "1. oooow ..." / "ReplyDelete" /
    "2. Oh wat gaaf ..." / "ReplyDelete", and the first comment, of one or more paragraphs
    of prose, stands over the first row where the period of the rows (shortest first) reads
    no line of it. None unless the comment right under each of the first rows but the last
    (``lead`` lines past the row: its run and counts) opens with the next number, at least
    NUMBERED_MIN_FOLLOWING of them; the line numbered 1 is at most COMMENT_MAX_BLOCKS lines
    above the row, with no control between, and never above ``top`` (the article).

    An article's numbered list prints no control of a thread between its items.

    >>> from corpusclean.language import load_language
    >>> lines = ["It rained.", "1. so cute!", "Reply", "2. love it", "Reply", "3. yes", "Reply"]
    >>> blocks = [Block(t, i, i + 1) for i, t in enumerate(lines)]
    >>> cues = [t == "Reply" for t in lines]
    >>> facts = Facts(load_language("en"), blocks)
    >>> layout = _Layout(blocks, [False] * 7, [False] * 7, cues, facts, 1)
    >>> _numbered_first_comment(layout, [2, 4, 6], 1)
    1
    """
    blocks, cues = layout.blocks, layout.cues
    following = [blocks[row + lead] for row in rows[:-1] if row + lead < len(blocks)]
    if len(following) < NUMBERED_MIN_FOLLOWING or len(following) < len(rows) - 1:
        return None
    if any(_comment_number(b.text) != n for n, b in enumerate(following, start=2)):
        return None
    first_cue = rows[0]
    for index in range(first_cue - 1, max(first_cue - COMMENT_MAX_BLOCKS, layout.top) - 1, -1):
        if cues[index]:
            return None
        if _comment_number(blocks[index].text) == 1:
            return index
    return None


def _header_over_cues(layout: _Layout, rows: Sequence[int], run: int) -> int | None:
    """How many lines each later comment prints over its cues, when the first comment's
    text stands under them ("Gwen" / "19 points" / "4 minutes ago" / the text): its reader's
    name (and badge). None when the line under the first run of cues is no text
    (`_is_text_line`), when a later comment's cue has text, another cue or a line no name is
    like right over it (controls that close their comment), when the line over every cue is
    one line (a control, "Parent" over "Share", not readers' names), or when the later
    comments' headers (the lines between the text of the comment before and the cues) differ
    in length.

    A comment laid out so holds its text below its header; the lines above the first
    comment's header are the article's (its last short lines: a phone number, a date), not
    the comment's. At least two rows, so a later comment shows the header's length.
    """
    blocks, facts = layout.blocks, layout.facts
    if len(rows) < 2 or rows[0] + run >= len(blocks):
        return None
    if not _is_text_line(blocks[rows[0] + run], facts):
        return None
    lengths = set()
    for row in rows[1:]:
        length = 0
        while (
            row - length > 0
            and not _is_text_line(blocks[row - length - 1], facts)
            and length < COMMENT_MAX_BLOCKS
        ):
            if layout.cues[row - length - 1] or not layout.names[row - length - 1]:
                # The previous comment's controls, or a line no name is like: no header of
                # a reader's name (and badge) over the cues.
                return None
            length += 1
        if row - length == 0 or length == 0 or length >= COMMENT_MAX_BLOCKS:
            # No header (text right over the cue: the controls close their comment), or no
            # text over it: the previous comment's text is not there.
            return None
        lengths.add(length)
    # Readers differ: one line over every cue ("Parent" over "Share") is the layout's
    # control, not a name.
    names = {label_key(blocks[row - 1].text) for row in rows}
    return lengths.pop() if len(lengths) == 1 and len(names) > 1 else None


def _signed_after_rows(layout: _Layout, first: int, rows: Sequence[int], lead: int) -> list[int]:
    """The signature lines of the later comments of the sample when each stands at one
    distance below the row of controls before it (``lead`` lines past the row: its run and
    counts), as a forum prints its user block over each post ("Gwen" / "Member" / "Mar 9,
    2024" / "#91" / text of one to three paragraphs / "Upvote 12"); else none.

    At least two later comments (one proves no distance), each with one signature between
    the rows, the first comment too (``first``, its signature line, over ``rows[0]``): a
    comment prints one.
    """
    if len(rows) < 3 or any(layout.signatures[first + 1 : rows[0]]):
        return []
    found: list[int] = []
    for before, row in pairwise(rows):
        signed = [i for i in range(before + lead, row) if layout.signatures[i]]
        if len(signed) != 1:
            return []
        found.append(signed[0])
    distances = {signed - before for signed, before in zip(found, rows, strict=False)}
    return found if len(distances) == 1 else []


def _counter_tail(layout: _Layout, rows: Sequence[int], run: int) -> int:
    """How many lines right under each row of controls of the sample (``rows``, each a run of
    ``run`` cues) are a count printed alike under every one, but for its digits ("Synes godt
    om (17)", "Gilla (4)", "12 beğeni"): the end of the comment above, not the next one's
    name. 0 to COMMENT_MAX_BLOCKS - 1.

    Language-independent: a short line that holds a digit and is, but for its digits, one
    line under every row; a reader's name differs from comment to comment, and a signature
    line is the next comment's (a stamp under a run of controls that ends on an anonymous
    reader's name, "Anonymous" / "3 Mar 2019 17:58"). At least two rows (one line proves no
    layout). Linear in the sample.
    """
    if len(rows) < 2:
        return 0
    blocks, cues, is_prose = layout.blocks, layout.cues, layout.is_prose
    tail = 0
    for k in range(COMMENT_MAX_BLOCKS - 1):
        lines = [row + run + k for row in rows]
        if any(
            i >= len(blocks)
            or cues[i]
            or is_prose[i]
            or layout.signatures[i]
            or blocks[i].words > CONTROL_ROW_MAX_WORDS
            or _DIGIT.search(blocks[i].text) is None
            for i in lines
        ):
            break
        if len({_but_for_digits(label_key(blocks[i].text)) for i in lines}) != 1 and not all(
            _is_number_first_count(blocks[i]) for i in lines
        ):
            break
        tail = k + 1
    return tail


def _own_signature(layout: _Layout, dated: Sequence[bool], signed: int, first_cue: int) -> int:
    """The first comment's signature line in the window above its cue: ``signed``, or,
    when a whole timestamp stands between it and the cue, that timestamp with the undated
    signature lines right above it ("Sanne zegt:" over "14 oktober 2024 om 20:38").

    A comment prints one timestamp: a signature line above it is the article's (a tour's
    "October 10 – Houston, TX", a tweet's "— Jane Doe (@jane) October 9, 2018"), which the
    window reaches when comments are longer than the period read from the first few.
    """
    stamp = next((i for i in range(first_cue - 1, signed, -1) if dated[i]), None)
    if stamp is None:
        return signed
    # Up over the signature lines that hold no date or time ("jdoe_77 says:").
    return _signed_top(attrs.evolve(layout, top=signed), stamp)


def _stamped_comment_start(
    dated: Sequence[bool], cues: Sequence[bool], rows: Sequence[int], first_cue: int
) -> int | None:
    """The first comment's timestamp line above its cue, for comments of any length.

    When every later comment of the sample prints a whole timestamp (a date and a clock
    time, or an age) between the previous row of controls and its own, the first comment
    has one too: the nearest above the first cue, within THREAD_MAX_GAP blocks and with no
    cue between. ``dated`` is False above the article's end, and a dateline or a tweet's
    date holds no clock time, so the start never reaches into the article.
    """
    if len(rows) < 2 or not all(any(dated[a + 1 : b]) for a, b in pairwise(rows)):
        return None
    for index in range(first_cue - 1, max(first_cue - THREAD_MAX_GAP, 0) - 1, -1):
        if cues[index]:
            return None
        if dated[index]:
            return index
    return None


@attrs.frozen
class _Layout:
    """What `_header_above` and `_first_comment` read of a document: its blocks, their facts,
    and the first index a thread may start at (``top``)."""

    blocks: Sequence[Block]
    is_prose: Sequence[bool]
    signatures: Sequence[bool]
    cues: Sequence[bool]
    facts: Facts
    top: int
    names: Sequence[bool] = attrs.field(init=False)

    @names.default
    def _names(self) -> Sequence[bool]:
        return self.facts.each(_name_like, self.blocks)


def _signed_top(layout: _Layout, index: int) -> int:
    """The stamp at ``index`` moved up over the undated signature lines of its comment
    ("Jana Müller sagt:" over "4. November 2019 um 13:38 Uhr"), never above ``top``."""
    while index > layout.top and _signs_same_comment(
        layout.blocks, layout.signatures, layout.is_prose, index - 1, layout.facts.language
    ):
        index -= 1
    return index


def _later_stamps(next_dated: Sequence[int | None], index: int) -> list[int]:
    """The next whole timestamps after ``index``, as many as a period's sample reads."""
    later: list[int] = []
    following = next_dated[index]
    while following is not None and len(later) < PERIOD_SAMPLE_ROWS - 1:
        later.append(following)
        following = next_dated[following]
    return later


def _header_above(layout: _Layout, signed: int, later: Sequence[int]) -> int:
    """How many lines above the first comment's signature line ``signed`` are its header,
    printed alike over the signature of every later comment (``later``): 0 to
    HEADER_MAX_LINES.

    A line k above the signatures belongs to the header when none of them is prose, a
    signature or a control (an anonymous reader's name is one), and either all print the
    same line but for digits ("Re: subject (Score:3)", "Newbie", "Posts: 235"), or all are
    shaped like names, not all one line, and the header of each later comment follows its
    previous comment's controls or repeats a line as above (above or below the names: a
    comment's number "#125" over its reader's name is such a line). The first comment's header may
    be the article's last lines: a name-shaped last line is taken only with that evidence
    of a layout (a forum's "Reply With Quote" over each post above its own line is no name).
    """
    if not later:
        return 0
    taken, repeated, unproven = 0, False, False
    for k in range(1, HEADER_MAX_LINES + 1):
        rows = [signed - k, *(s - k for s in later)]
        if rows[0] < layout.top or not all(_may_head(layout, r) for r in rows):
            break
        texts = [layout.blocks[r].text for r in rows]
        if len({_but_for_digits(t) for t in texts}) == 1 or _one_subject_prefix(texts):
            repeated, taken = True, k
            if unproven:
                # Names proven by the line printed alike over them: the header ends here
                # (a name-like line above it may be the previous comment's last control).
                break
            continue
        named = all(layout.names[r] for r in rows) and len({label_key(t) for t in texts}) > 1
        after_cues = all(r > 0 and layout.cues[r - 1] for r in rows[1:])
        if not named or _is_address(texts[0]):
            break
        if any(_COUNT_LINE.fullmatch(t) for t in texts):
            # A count not printed alike ("Nepatinka (24)" over one reader's name, the page's
            # last line over the first's) is the comment before's, under its controls: the
            # header is below it.
            break
        if not repeated and not after_cues:
            # The names may yet be under a line printed alike ("#125" over "Nacho Pérez"
            # over the stamp): taken with it, if one is found further up.
            unproven = True
            continue
        taken = k
    return taken


def _named_over_text(layout: _Layout, signed: int, later: Sequence[int]) -> int:
    """The first comment's start when its signature line ``signed`` is printed under its
    text and its reader's name over it ("Sabine M." / text / "12.03.2024, 14:05" /
    "Antworten"): the name, or ``signed`` when the layout is not proven.

    The lines right above a signature printed under a comment are that comment's text, and
    the short line over them its reader's name, but only when every later comment of the
    sample (``later``, their signature lines; at least one) is laid out so: a name-shaped
    line, then one to COMMENT_MAX_BLOCKS prose lines, then its signature, with nothing but
    the previous comment's controls (no prose) between the previous signature and the name.
    In a layout with the stamp under the name ("Tom" / "3 days ago" / text) the line over
    a signature is no prose, so this reads nothing. Readers differ: one line over every
    comment's text is the layout's, not a name. Never above ``layout.top``: the article's
    last lines stay (precision first).
    """
    if not later:
        return signed
    tops = [_name_over_text(layout, i) for i in (signed, *later)]
    if any(top is None for top in tops):
        return signed
    names = [top for top in tops if top is not None]
    if names[0] < layout.top:
        return signed
    for before, name in zip((signed, *later), names[1:], strict=False):
        if name <= before or any(layout.is_prose[before + 1 : name]):
            return signed
    if len({label_key(layout.blocks[i].text) for i in names}) < 2:
        return signed
    return names[0]


def _name_over_text(layout: _Layout, signed: int) -> int | None:
    """The reader's name over the text printed right above the signature line ``signed``:
    the first line above one to COMMENT_MAX_BLOCKS lines of text, when it is shaped like a
    name and is no prose, signature, control or web address; else None.

    A comment's text is prose, or a line too long or too final for a name that is no
    signature or control ("I agree.", "A spokesperson declined to comment.").
    """

    def is_text(i: int) -> bool:
        if layout.is_prose[i]:
            return True
        return not (layout.names[i] or layout.signatures[i] or layout.cues[i])

    index = signed
    while index > 0 and is_text(index - 1) and signed - index < COMMENT_MAX_BLOCKS:
        index -= 1
    name = index - 1
    if index == signed or name < 0 or layout.is_prose[name]:
        return None
    if layout.signatures[name] or layout.cues[name] or not layout.names[name]:
        return None
    if _is_address(layout.blocks[name].text):
        return None
    return name


def _one_subject_prefix(texts: Sequence[str]) -> bool:
    """Whether the lines are a forum's subject lines, all with one reply prefix ("Re: Und
    nun?", "Re: Endlich!", "AW: ..."): each comment's own subject, printed alike above
    its signature. Only a short word and a colon, the same on every line.

    >>> _one_subject_prefix(["Re: Und nun?", "Re: Endlich!"]), _one_subject_prefix(["Q: Why?"])
    (True, False)
    """
    prefixes = {_SUBJECT_PREFIX.match(text) and text.split(":", 1)[0].lower() for text in texts}
    if len(texts) >= 2 and len(prefixes) == 1 and None not in prefixes:
        return True
    return _opens_replies(texts)


def _opens_replies(texts: Sequence[str]) -> bool:
    """Whether the lines are subject lines of which the first (the first comment's) and at
    least SUBJECT_PREFIX_MIN_REPEATS - 1 later ones open with one reply prefix, the rest with
    none ("Re: Sehr richtig", "Und nun?", "Re: Endlich!"): a forum prints "Re:" over the
    replies, not over a comment that opens a new subject. The first line must hold the
    prefix: without it, it may be the article's last line.

    >>> _opens_replies(["Re: Naja", "Und nun?", "Re: Endlich!"])
    True
    >>> _opens_replies(["Naja", "Re: Und nun?", "Re: Endlich!"])
    False
    """
    first = _SUBJECT_PREFIX.match(texts[0]) if texts else None
    if first is None:
        return False
    prefix = texts[0].split(":", 1)[0].lower()
    opened = 0
    for text in texts[1:]:
        if _SUBJECT_PREFIX.match(text) is None:
            continue
        if text.split(":", 1)[0].lower() != prefix:
            return False  # "Q:" and "A:": a page's speakers, no replies
        opened += 1
    return opened + 1 >= SUBJECT_PREFIX_MIN_REPEATS


def _may_head(layout: _Layout, index: int) -> bool:
    """Whether a line may be part of a comment's header: not prose, not a signature, not a
    control (an anonymous reader's name heads its comment)."""
    if index < 0 or layout.is_prose[index] or layout.signatures[index]:
        return False
    block = layout.blocks[index]
    return not layout.cues[index] or _opens_comment(block, layout.facts.language)


def _cue_rows(
    cues: Sequence[bool], first_cue: int, signatures: Sequence[bool] | None = None
) -> list[int]:
    """The first cue of each run of adjacent cues from ``first_cue`` on (a row of controls
    printed one a line is one row), the first PERIOD_SAMPLE_ROWS of them.

    With ``signatures`` (the first cue is a control row, not an age), a run that opens on a
    signature line is left out: an age ("vor 38 Minuten") is a cue in the signature of the
    comments less than a day old, where older ones print a date ("heute, 16:13 Uhr"), so
    the distance from a control row to the next age is no comment's length.
    """
    rows: list[int] = []
    for index in range(first_cue, len(cues)):
        if signatures is not None and signatures[index]:
            continue
        if cues[index] and (index == first_cue or not cues[index - 1]):
            rows.append(index)
            if len(rows) == PERIOD_SAMPLE_ROWS:
                break
    return rows


def _named_above(layout: _Layout, signed: int, rows: Sequence[int]) -> bool:
    """Whether the first comment's signature has its reader's name on the line above
    ("old_reader" / "26 Mar 2019 23:35"), as the next comments' signatures have.

    The line above the first signature may be the article's last one, so it is taken only
    when it is shaped like a name and each later comment of the sample (at least one) opens
    with such a line over its first signature line, never a control or a signature.
    """
    is_prose, signatures, cues = layout.is_prose, layout.signatures, layout.cues
    opens_like_name = layout.names
    above = signed - 1
    if above < 0 or is_prose[above] or signatures[above] or cues[above]:
        return False
    if not opens_like_name[above] or len(rows) < 2:
        return False
    if _is_address(layout.blocks[above].text):
        return False  # "www.example.com.br": the article's last line, never a reader's name
    later = [
        i
        for i in range(rows[0] + 1, min(rows[-1] + 1, len(signatures)))
        if signatures[i] and not signatures[i - 1]
    ]
    # A later comment may open with an anonymous reader's name ("Anonyme" over "il y a 4
    # heures"): a cue, but one that heads its comment as a name does.
    language = layout.facts.language
    names = [
        i - 1
        for i in later
        if opens_like_name[i - 1]
        and not is_prose[i - 1]
        and (not cues[i - 1] or _opens_comment(layout.blocks[i - 1], language))
    ]
    if not later or len(names) < len(later):
        return False
    # Readers differ: one line over every later signature ("Denunciar abuso", a control
    # the word lists miss) is the layout's, not a name (as in `_signed_by_readers`).
    return len(names) < 2 or len({label_key(layout.blocks[i].text) for i in names}) > 1


def _laid_out_alike(
    opens_like_name: Sequence[bool], rows: Sequence[int], period: int, top: int, lead: int = 1
) -> bool:
    """Whether the first comment, from ``top`` to its cue, is laid out as the next ones
    ("Maria K" / comment / "Like · Reply · 3y"): at least LAYOUT_MIN_COMMENTS cues exactly a
    period apart, and every comment, the first one too, opening with a line shaped like a
    name, ``lead`` lines under the row before (past its count, `_counter_tail`). Then the
    first comment's prose is its own, not the article's last paragraph."""
    return (
        len(rows) >= LAYOUT_MIN_COMMENTS
        and all(b - a == period for a, b in pairwise(rows))
        and opens_like_name[top]
        and all(opens_like_name[row - period + lead] for row in rows[1:])
    )
