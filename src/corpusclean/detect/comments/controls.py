"""Rows printed under every comment: label rows, votes, counts, icons and widget heads.

A row of labels ("Like · Reply"), a vote row ("+3 | -1"), a label with its count
("Replies (2)") or a reader's score recurs under every comment of a thread and under no
paragraph of an article.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from itertools import compress

from ...language import Language, load_thread_words
from ...model import Block
from ...text import label_key
from ..facts import Facts, prose
from .signatures import (
    _DIGIT,
    CONTROL_ROW_MAX_WORDS,
    _is_thread_head,
    _name_like,
    thread_cue,
    thread_dated_signature,
    thread_signature,
)
from .stamps import _but_for_digits, _count_key, _has_comment_age

# A comment is at most this many blocks long when its start is read from the cues' period.
COMMENT_MAX_BLOCKS = 4

# A row of a thread's controls in words no shipped language knows ("Svara · Anmäl",
# "Odpowiedz · Zgłoś") is found by its shape (`_label_rows`): two to four labels of one or
# two words of letters, joined by a middle dot, a bullet or a bar ("Odpovedať | Nahlásiť"),
# printed alike under at least three comments (a page's share row or breadcrumb is printed
# once, and above the article's end).
LABEL_ROW_SEPARATORS = (" · ", " • ", " | ")
LABEL_ROW_ITEMS = (2, 4)
LABEL_ROW_MIN_REPEATS = 3
# Any of the separators, found in one search (`_may_witness_row`).
_SEPARATED = re.compile("|".join(re.escape(separator) for separator in LABEL_ROW_SEPARATORS))
# ... or twice, under two comments stamped alike that end the document (`_two_stamped_comments`):
# at most this many lines (the row's counts) under the second row.
TWO_COMMENTS_TAIL = 3
_LABEL = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)?")
# A comment's controls printed one a line in words no list knows: one label over a count of
# the comment's likes ("Vastaa" / "12 tykkäystä"), found as the label rows are. The count is
# a number and a label of at most two words, so at most three words.
LABEL_COUNT_MAX_WORDS = 3
# A label of one or two words with a count in brackets ("Comentarii (34)", "Likes (12)").
_LABEL_WITH_COUNT = rf"{_LABEL.pattern} \(\d+\)"
_COUNT_LINE = re.compile(rf"\d+ {_LABEL.pattern}|{_LABEL_WITH_COUNT}")
# A comment's votes, up and down, each a sign and a number ("+12 −3", "+4 | -1"): a bare
# figure ("12", a chapter's number) is none, and neither is one signed figure alone.
_VOTES = re.compile(r"[+\-−]\d{1,6}(?:\s*[|/·]\s*|\s+)[+\-−]\d{1,6}")
# A row of a thread's counts printed by icons, no words ("↩ 2 🔁 3 ⭐ 12", "▲ 12 ▼", "👍 4 😂
# 1"): found as the label rows are (`_label_rows`), in any language. At least two icons
# (symbols, Unicode "So"), so an arrow before one figure ("▲ 1.2", a market's move) is none.
ICON_ROW_MIN_ICONS = 2


def _is_reader_score(block: Block, language: Language) -> bool:
    """Whether a cue is a reader's score printed between the name and the stamp ("19
    points"): a count of at most LABEL_COUNT_MAX_WORDS words, no age. A page's own control
    under its entries ("Share", "Copier le lien") holds no figure.

    >>> words = load_thread_words("en")
    >>> _is_reader_score(Block("19 points", 0, 1), words)
    True
    >>> _is_reader_score(Block("Share", 0, 1), words)
    False
    """
    text = block.text
    return (
        block.words <= LABEL_COUNT_MAX_WORDS
        and _DIGIT.search(text) is not None
        and not _has_comment_age(text, language)
    )


def _label_rows(blocks: Sequence[Block], first: int, facts: Facts) -> set[int]:
    """The first input lines of the rows of controls in no shipped language's words that a
    thread prints under every comment ("Svara · Anmäl", "Yanıtla · Şikayet et"): a short
    line of LABEL_ROW_ITEMS labels of letters only, joined by a middle dot or a bullet,
    printed alike LABEL_ROW_MIN_REPEATS times or more below ``first`` and never above it (a
    page's breadcrumb or share row is printed once, or above the article's end too), and
    printed last under the document's last prose (`_last_prose_start`).

    Language-independent: the labels are read by their shape, not their words. Linear: one
    pass, a string test on each short line; the lines that may open no row are skipped by
    `_may_open_row`, a fact found once a document (`Facts.each`), or by `_opens_row_alone`
    in a document without a count line (`_holds_count_lines`).
    """
    rows: dict[str, list[int]] = {}
    above: set[str] = set()
    pairs: dict[int, list[int]] = {}  # a row's first line: its other lines under it
    opens = _row_opening(facts)
    # The word count inline first: a round's blocks are mostly prose, too long for a row.
    short = [i for i, block in enumerate(blocks) if block.words <= CONTROL_ROW_MAX_WORDS]
    for index in compress(short, facts.each(opens, [blocks[i] for i in short])):
        block = blocks[index]
        if _is_label_row(block.text):
            key = label_key(block.text)
        elif (votes := _votes_row_labels(block.text)) is not None:
            # The votes differ from comment to comment: one row but for them.
            key = "votes " + label_key(votes)
        elif _is_icon_row(block.text):
            # Counts differ from comment to comment: one row but for its digits.
            key = "icons " + _count_key(block.text)
        elif index + 1 < len(blocks) and _is_label_and_count(block, blocks[index + 1]):
            # One label over its count ("Vastaa" / "12 tykkäystä"): a row on two lines,
            # right under the comment's text. A reader's name over an age ("Tom" / "5 days
            # ago") stands under the controls of the comment before: no such row.
            count = _count_key(blocks[index + 1].text)
            key = f"label {label_key(block.text)} over {count}"
            if not _under_text(blocks, index, facts):
                above.add(key)
                continue
        elif index + 1 < len(blocks) and _is_count_and_label(block, blocks[index + 1]):
            # A count over one label ("12 Thích" / "Trả lời"): the same row, its lines the
            # other way round; both lines are the row's (`pairs`), as a row on one line.
            count = _count_key(block.text)
            key = f"count {count} over {label_key(blocks[index + 1].text)}"
            if not _under_text(blocks, index, facts):
                above.add(key)
                continue
            pairs[block.start] = [blocks[index + 1].start]
        elif index + 2 < len(blocks) and _is_labels_and_count(blocks[index : index + 3]):
            # Two labels one a line over the comment's votes ("Ответить" / "Пожаловаться" /
            # "+12 −3"): the same row on three lines, all of them the row's.
            count = _count_key(blocks[index + 2].text)
            second = label_key(blocks[index + 1].text)
            key = f"labels {label_key(block.text)} {second} over {count}"
            if not _under_text(blocks, index, facts):
                above.add(key)
                continue
            pairs[block.start] = [blocks[index + 1].start, blocks[index + 2].start]
        else:
            continue
        if index < first:
            above.add(key)
        else:
            rows.setdefault(key, []).append(block.start)
    last_prose = _last_prose_start(blocks, facts)
    found = {
        start
        for key, starts in rows.items()
        if key not in above
        and starts[-1] > last_prose
        and (
            len(starts) >= LABEL_ROW_MIN_REPEATS
            or (len(starts) == 2 and _two_stamped_comments(blocks, starts, facts))
        )
        for start in starts
    }
    return found | {line for start in found for line in pairs.get(start, ())}


def _row_opening(facts: Facts) -> Callable[[Block, Language], bool]:
    """The test of a short line that `_label_rows` may read a row from, a block fact:
    `_may_open_row`, or `_opens_row_alone` in a document without a count line
    (`_holds_count_lines`)."""
    return _may_open_row if facts.once(_holds_count_lines) else _opens_row_alone


def _may_be_row_line(blocks: Sequence[Block], index: int, facts: Facts) -> bool:
    """Whether `_label_rows` may find ``blocks[index]`` a line of a row: a row's lines are
    the line it opens on and the one or two under it, so the line or one of the two above
    it is a short line that `_row_opening` takes.

    >>> from corpusclean.language import load_language
    >>> prose = "It rained in Paris all day."
    >>> lines = [prose, "Vastaa", "12 tykkäystä", prose, prose, prose]
    >>> blocks = [Block(text, i, i + 1) for i, text in enumerate(lines)]
    >>> facts = Facts(load_language("en"), blocks)
    >>> [_may_be_row_line(blocks, i, facts) for i in range(6)]
    [False, True, True, True, True, False]
    """
    opens = _row_opening(facts)
    return any(
        block.words <= CONTROL_ROW_MAX_WORDS and facts.of(opens, block)
        for block in blocks[max(index - 2, 0) : index + 1]
    )


def _may_open_row(block: Block, _language: Language) -> bool:
    """Whether `_label_rows` may read a row from this line: a short line that is a row of
    labels, votes beside labels or icons on its own, or one label of letters, or a number
    and a word or two (the first line of a row on two or three lines). A `BlockFact`.

    Pure speed (issue #8): every branch of `_label_rows`' loop asks one of these of the line
    it stands on before it reads a neighbour, and a line that fails them all is passed over
    with nothing counted; each is a test of the line's own text and word count, so its
    answer holds in every round and every view of the page (`detect.pagethread`) that reads
    the line, and later rounds look it up instead of testing again.

    >>> from corpusclean.language import load_language
    >>> english = load_language("en")
    >>> [_may_open_row(Block(t, 0, 1), english) for t in ("Vastaa", "12 Thích", "Svara · Anmäl")]
    [True, True, True]
    >>> _may_open_row(Block("It rained in Paris.", 0, 1), english)
    False
    """
    return _opens_row_alone(block, _language) or (
        _is_one_label(block) or (block.words <= LABEL_COUNT_MAX_WORDS and _is_count_line(block))
    )


def _opens_row_alone(block: Block, _language: Language) -> bool:
    """Whether a line is a row on its own (`_may_open_row`'s shapes on one line): a short
    row of labels, of votes beside labels, or of icons. A `BlockFact`."""
    if block.words > CONTROL_ROW_MAX_WORDS:
        return False
    text = block.text
    return _is_label_row(text) or _votes_row_labels(text) is not None or _is_icon_row(text)


def _is_count_line(block: Block) -> bool:
    """Whether a line is a count of at most LABEL_COUNT_MAX_WORDS words or a comment's
    votes ("12 tykkäystä", "Patinka (24)", "+12 −3"), as the rows on two or three lines end
    or open (`_is_label_and_count`, `_is_count_and_label`, `_is_labels_and_count`); every
    such line holds a digit, the cheap test first.

    >>> _is_count_line(Block("12 tykkäystä", 0, 1)), _is_count_line(Block("Chapter 12", 0, 1))
    (True, False)
    """
    text = block.text
    return (
        block.words <= LABEL_COUNT_MAX_WORDS
        and _DIGIT.search(text) is not None
        and (_COUNT_LINE.fullmatch(text) is not None or _VOTES.fullmatch(text) is not None)
    )


def _holds_count_lines(facts: Facts) -> bool:
    """Whether any of the document's blocks (`Facts.whole`) is a count line
    (`_is_count_line`); True when the blocks are unknown. A `DocumentValue`.

    Every row on two or three lines needs one (its count or votes; a count over its label
    opens with it), and every call's blocks are blocks of `Facts.whole` (`_may_hold_rows`):
    without one, only the rows on one line can be found (`_opens_row_alone`), and a page's
    many one-word lines ("Home", "Sport") need not be read. 60 of the 350 dev full pages
    hold one.
    """
    whole = facts.whole
    if whole is None:
        return True
    # The word count first, inline: a page's blocks are thousands, most of them longer.
    short = LABEL_COUNT_MAX_WORDS
    return any(_is_count_line(block) for block in whole if block.words <= short)


def _may_hold_rows(facts: Facts) -> bool:
    """Whether `_label_rows` may find a row in any call of the document: whether two of the
    document's blocks (`Facts.whole`) are a row's witness (`_may_witness_row`). A
    `DocumentValue`, so one pass a document; True when the blocks are unknown.

    Each shape of row shows one line that is its witness, read alone: the row on one line
    holds a separator (`LABEL_ROW_SEPARATORS`), the votes row its votes (`_VOTES`), the icon
    row a digit and a sign no ASCII has, and the rows on two or three lines a count of at
    most LABEL_COUNT_MAX_WORDS words (`_COUNT_LINE` or `_VOTES` whole). A row is found only
    printed twice or more under one key, and one key is one shape (the keys of the shapes
    with a digit open with their own word and hold a "#", the others hold none), so a row
    found has two witnesses, at one distance from two lines: two distinct blocks. Every
    call's blocks, a round's or a view of the page's (`detect.pagethread`), are blocks of
    `Facts.whole`, whose texts never change; so with fewer than two witnesses in the
    document no call finds a row (a test compares the gated detector with the ungated one).

    >>> from corpusclean.language import load_language
    >>> lines = ["Reply · Report", "It rained.", "Vastaa", "12 tykkäystä", "Share"]
    >>> blocks = [Block(text, i, i + 1) for i, text in enumerate(lines)]
    >>> _may_hold_rows(Facts(load_language("en"), blocks))
    True
    >>> _may_hold_rows(Facts(load_language("en"), blocks[1:3]))
    False
    """
    whole = facts.whole
    return whole is None or _holds_row_witnesses(whole)


def _scope_may_hold_rows(facts: Facts) -> bool:
    """`_may_hold_rows` read on the document's `scope`: whether `_label_rows` may find a row
    among blocks that are all the scope's (a round's), where `_may_hold_rows` answers for a
    view of the page too (`detect.pagethread` puts dropped lines back). A `DocumentValue`;
    True when the blocks are unknown. (The same as `_may_hold_rows` where the scope is the
    whole document, as off a page.)"""
    scope = facts.scope
    return scope is None or _holds_row_witnesses(scope)


def _holds_row_witnesses(blocks: Sequence[Block]) -> bool:
    """Whether two of ``blocks`` are a row's witness (`_may_witness_row`)."""
    found = 0
    for block in blocks:
        if block.words <= CONTROL_ROW_MAX_WORDS and _may_witness_row(block):
            found += 1
            if found == 2:
                return True
    return False


def _may_witness_row(block: Block) -> bool:
    """Whether a short line is a row's witness (`_row_witnesses`): the cheap tests first,
    as every shape but the row of labels holds a digit."""
    text = block.text
    if _SEPARATED.search(text) is not None:
        return True
    if _DIGIT.search(text) is None:
        return False
    return (
        _VOTES.search(text) is not None
        or not text.isascii()
        or (block.words <= LABEL_COUNT_MAX_WORDS and _COUNT_LINE.fullmatch(text) is not None)
    )


def _last_prose_start(blocks: Sequence[Block], facts: Facts) -> int:
    """The first input line of the document's last prose block (-1 when none is).

    A row found by its shape alone (`_label_rows`) closes each comment, so its last printing
    closes the thread: no prose stands under it, only what a widget prints once (a count,
    "Load more comments"). A list in the article that prints a label and a figure under
    each item ("Seats" / "+4 / -1", "Seats" / "4 seats") is followed by more of the article.
    """
    for block in reversed(blocks):
        if facts.of(prose, block):
            return block.start
    return -1


def _two_stamped_comments(blocks: Sequence[Block], starts: Sequence[int], facts: Facts) -> bool:
    """Whether a row printed twice closes two comments that end the document, each stamped
    alike: a whole timestamp (a date and a clock time, `thread_dated_signature`) at one
    distance above each row, and at most TWO_COMMENTS_TAIL lines under the second.

    The smallest thread, two comments in words no list knows ("2024-03-15 21:41" / text /
    "Atsakyti" / "Patinka (24)", twice), shows its layout twice only; the stamps over both
    rows at one distance and the document's end right under the second stand for the third
    repeat. A live page's entries end with their control too, but not twice at the end
    alone, and an article's dated list prints no row under its items.
    """
    index = {block.start: i for i, block in enumerate(blocks) if block.start in starts}
    first, second = sorted(index[start] for start in starts)
    if len(blocks) - 1 - second > TWO_COMMENTS_TAIL:
        return False
    for distance in range(2, COMMENT_MAX_BLOCKS + 2):
        if distance > second - first:
            break
        if first - distance < 0:
            break
        stamps = (blocks[first - distance], blocks[second - distance])
        if all(facts.of(thread_dated_signature, stamp) for stamp in stamps):
            return True
    return False


def _is_icon_row(text: str) -> bool:
    """Whether a line is a row of counts by icons, no letters: ICON_ROW_MIN_ICONS symbols or
    more (Unicode "So": arrows, stars, emoji) and a digit ("↩ 2 🔁 3 ⭐ 12", "▲ 12 ▼").

    >>> _is_icon_row("↩ 2 🔁 3 ⭐ 12"), _is_icon_row("▲ 1.2"), _is_icon_row("👍 12 Likes")
    (True, False, False)
    """
    if text.isascii() or _DIGIT.search(text) is None:
        return False  # the cheap tests first: an icon is no ASCII sign
    icons = 0
    for char in text:
        category = unicodedata.category(char)
        if category[0] == "L":
            return False
        icons += category == "So"
    return icons >= ICON_ROW_MIN_ICONS


def _under_text(blocks: Sequence[Block], index: int, facts: Facts) -> bool:
    """Whether the line at ``index`` stands right under a comment's text, and the line under
    it holds no age in any shipped language ("5 days ago" is a signature's).

    A comment's text is prose, or a line too long or too final for a name that is no
    signature or control ("I agree.", a headline-like line of eight words), as
    `_name_over_text` reads it (`_is_text_line`). A reader's name over an age ("Tom" / "5
    days ago") stands under the controls of the comment before, or under its count, both as
    short as a name: no text.
    """
    if index == 0 or not _is_text_line(blocks[index - 1], facts):
        return False
    words = load_thread_words(facts.language.code)
    return not _has_comment_age(blocks[index + 1].text, words)


def _is_text_line(block: Block, facts: Facts) -> bool:
    """Whether a line may be a comment's text: prose, or a line no name is like that is no
    signature or control."""
    if facts.of(prose, block):
        return True
    return not (
        facts.of(_name_like, block)
        or facts.of(thread_signature, block)
        or facts.of(thread_cue, block)
    )


def _is_labels_and_count(lines: Sequence[Block]) -> bool:
    """Whether three lines are two labels of letters (one or two words each), one a line,
    over a count or the comment's votes ("Ответить" / "Пожаловаться" / "+12 −3"): a
    comment's controls printed one a line in words no list knows, found as a row only when
    printed alike, but for the digits, under LABEL_ROW_MIN_REPEATS comments (`_label_rows`).

    >>> lines = [Block("Ответить", 0, 1), Block("Пожаловаться", 1, 2), Block("+12 −3", 2, 3)]
    >>> _is_labels_and_count(lines)
    True
    >>> lines = [Block("Chapter", 0, 1), Block("Verse", 1, 2), Block("12", 2, 3)]
    >>> _is_labels_and_count(lines)
    False
    """
    first, second, count = lines
    return (
        _is_one_label(first)
        and _is_one_label(second)
        and count.words <= LABEL_COUNT_MAX_WORDS
        and (
            _COUNT_LINE.fullmatch(count.text) is not None
            or _VOTES.fullmatch(count.text) is not None
        )
    )


def _is_label_and_count(block: Block, under: Block) -> bool:
    """Whether a line is one label of letters (one or two words) and the line under it a
    count of a few words or the comment's votes ("Vastaa" / "12 tykkäystä", "Απάντηση" /
    "12 Μου αρέσει", "Odgovori" / "+12 / -3"): a comment's controls printed one a line, in
    any language. Found as a row only when printed alike, but for the count's digits, under
    LABEL_ROW_MIN_REPEATS comments (`_label_rows`). The votes are a sign and a figure twice
    (`_VOTES`), as under two labels (`_is_labels_and_count`): a bare figure under a word
    ("Chapter" / "12") is none.

    >>> _is_label_and_count(Block("Vastaa", 0, 1), Block("12 tykkäystä", 1, 2))
    True
    >>> _is_label_and_count(Block("Odgovori", 0, 1), Block("+12 / -3", 1, 2))
    True
    >>> _is_label_and_count(Block("Chapter", 0, 1), Block("12", 1, 2))
    False
    """
    return (
        _is_one_label(block)
        and under.words <= LABEL_COUNT_MAX_WORDS
        and (
            _COUNT_LINE.fullmatch(under.text) is not None
            or _VOTES.fullmatch(under.text) is not None
        )
    )


def _is_count_and_label(block: Block, under: Block) -> bool:
    """Whether a line is a count of a few words and the line under it one label of letters
    ("12 Thích" / "Trả lời"): `_is_label_and_count` printed the other way round, found as a
    row only as that one is (`_label_rows`).

    >>> _is_count_and_label(Block("12 Thích", 0, 1), Block("Trả lời", 1, 2))
    True
    >>> _is_count_and_label(Block("12 Thích", 0, 1), Block("The vote was close.", 1, 2))
    False
    """
    return (
        block.words <= LABEL_COUNT_MAX_WORDS
        and _is_number_first_count(block)
        and _is_one_label(under)
    )


def _is_one_label(block: Block) -> bool:
    """Whether a line is one label of letters of one or two words ("Vastaa", "Trả lời"), as
    a comment's controls print one a line (`_is_label_and_count` and its kin).

    >>> _is_one_label(Block("Trả lời", 0, 1)), _is_one_label(Block("12 Thích", 0, 1))
    (True, False)
    """
    return block.words <= 2 and _LABEL.fullmatch(block.text) is not None


def _votes_row_labels(text: str) -> str | None:
    """The labels of a row that prints a comment's votes and its controls on one line ("+12
    | -3 | Responder", "Antworten · +4 · −1"), or None when the line is no such row.

    The votes (`_VOTES`: a sign and a figure, twice) open or close the row, joined to the
    rest by one of LABEL_ROW_SEPARATORS, and the rest is one label of letters or a row of
    them (`_is_label_row`). Found as a thread's row only when printed alike, but for the
    votes, under LABEL_ROW_MIN_REPEATS comments (`_label_rows`). A score line ("Leeds 2 |
    Hull 1") or a market's move ("+1.2 | -0.4 | Dow") holds no such pair of signed whole
    figures beside labels alone.

    >>> _votes_row_labels("+43 | -8 | Responder"), _votes_row_labels("Leeds +2 | Hull -1")
    ('Responder', None)
    """
    found = _VOTES.search(text)
    if found is None:
        return None
    before, after = text[: found.start()], text[found.end() :]
    for separator in LABEL_ROW_SEPARATORS:
        if not before and after.startswith(separator):
            rest = after[len(separator) :]
        elif not after and before.endswith(separator):
            rest = before[: -len(separator)]
        else:
            continue
        if _LABEL.fullmatch(rest) is not None or _is_label_row(rest):
            return rest
    return None


def _is_label_row(text: str) -> bool:
    """Whether a line is LABEL_ROW_ITEMS short labels of letters joined by " · ", " • " or
    " | ".

    >>> _is_label_row("Odpovedať | Nahlásiť"), _is_label_row("Politik | 12.03.2024")
    (True, False)
    """
    for separator in LABEL_ROW_SEPARATORS:
        if separator in text:
            items = text.split(separator)
            return LABEL_ROW_ITEMS[0] <= len(items) <= LABEL_ROW_ITEMS[1] and all(
                _LABEL.fullmatch(item) for item in items
            )
    return False


def _is_widget_head(
    blocks: Sequence[Block], cues: Sequence[bool], first_cue: int, language: Language
) -> bool:
    """Whether the first cue is the head a comment widget prints once over its first comment
    ("Reacties (84)", "12 Comments"), not a row of controls under it: a line of the thread
    heads that no later cue repeats but for its digits ("Replies (4)" under every comment is
    a control row).

    The comments' period is read from the distances between cues; read from a head, it
    measures nothing, and the window above the head it opens is the article's (an address
    or a film's "1h34" taken as the first comment's name or stamp). Asked once a document,
    of the cues below the head: linear.
    """
    if not _is_thread_head(blocks[first_cue], load_thread_words(language.code)):
        return False
    key = _control_key(blocks[first_cue].text)
    return not any(
        cues[index] and _control_key(blocks[index].text) == key
        for index in range(first_cue + 1, len(blocks))
    )


def _control_key(text: str) -> str:
    """A control row's words, each run of digits as one sign, in sorted order: a row that
    repeats a control with its count before or after it ("Recommend 1600" and "1234
    Recommend", "Likes 3" and "12 Likes") is one row of the thread, printed again, not a
    widget's head printed once.

    >>> _control_key("Recommend 1600") == _control_key("1234 Recommend")
    True
    """
    return " ".join(sorted(_but_for_digits(label_key(text)).split()))


def _is_number_first_count(block: Block) -> bool:
    """Whether a line is a number and a word or two, the number first ("3 giờ trước", "12
    Thích"): a comment's age or count in words no list knows, under every row of controls
    (`_counter_tail`, whose unit may differ from comment to comment) or over one label
    (`_is_count_and_label`). A reader's name opens with no number.

    >>> _is_number_first_count(Block("3 giờ trước", 0, 1))
    True
    >>> _is_number_first_count(Block("Minh 3", 0, 1))
    False
    """
    return _DIGIT.match(block.text) is not None and _COUNT_LINE.fullmatch(block.text) is not None
