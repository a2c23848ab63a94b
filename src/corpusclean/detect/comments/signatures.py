"""One block's thread shapes: signature lines, comment cues, names.

A signature is a short line with a name and a date, a time or a signature verb; a cue is a
control printed under every comment or a comment's age. Also the cheap marker prefilter
(`marker_candidates`) that other views of the page read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache
from itertools import islice

from ...language import Language, load_thread_words, may_match_ascii
from ...model import Block
from ...text import NAME_MAX_WORDS, ends_like_sentence, word_alternation
from ..facts import Facts, prose
from .edges import EDGE_ENDS
from .stamps import (
    _CLOCK,
    _NUMERIC_DATE,
    JoinedLines,
    _has_comment_age,
    _holds_a_date,
    _holds_a_date_or_time,
    _holds_clock,
    _holds_clock_or_age,
    _is_relative_day_stamp,
    _may_hold_worded_age,
    spacing_table,
    stamped_lines,
)

# A signature line is short: a name, a date or time, a verb. Longer lines are comments.
SIGNATURE_MAX_WORDS = 14
# A row of comment controls ("Like · Reply · 3y", "Report this comment") is this short.
CONTROL_ROW_MAX_WORDS = 8
# A web address or a path in a short line ("www.example.com", "example.org/news"): the
# article's last line or a link, never a reader's name.
_ADDRESS = re.compile(r"\w\.\w{2,}|/")
# A reader's handle on a federated board ("Sarah_W@lemmy.world", "@gwen@mastodon.social"): one
# word (no dot, no space), "@", then the server's name. Software prints it where another
# prints a name; an address of the article is a site ("www.example.com") or a path, and an
# author's e-mail "jane.doe@example.com" has a dot in its user part (still an address).
_READER_HANDLE = re.compile(r"@?\w{1,30}@(?:[\w-]{1,63}\.){1,4}[^\W\d_]{2,24}")


def _is_address(text: str) -> bool:
    """Whether a short line holds a web address or a path, not a reader's federated handle.

    >>> _is_address("www.example.com"), _is_address("Sarah_W@lemmy.world")
    (True, False)
    >>> _is_address("jane.doe@example.com")
    True
    """
    return _ADDRESS.search(text) is not None and _READER_HANDLE.fullmatch(text) is None


_DIGIT = re.compile(r"\d")
# A name that ends in an initial ("Sabine M.", "John D."): its stop ends no sentence. One
# capital letter after a space, so "U.S." and "Inc." still end one.
_FINAL_INITIAL = re.compile(r"(?<=\s)[^\W\d_]\.$")


def _is_signature(block: Block, language: Language) -> bool:
    """A short line with a date or time, or ending in a signature verb ("Jane says:").

    Each test is asked only of a line that shows what it needs (issue #8: the six searches
    cost about 15 µs a short line, 23 ms of a page-mode pass over the dev full pages):
    a clock time, a numeric date, a month's date (`Language.month_date`: its day) and an
    age in digits hold a digit; a line without one may hold an age only in words
    (`_may_hold_undigited_age`); the signature verb's line ends in a colon or an ellipsis
    (`edges.EDGE_ENDS`: its pattern closes on one). Exact: each screen passes every line
    its test takes.
    """
    if block.words > SIGNATURE_MAX_WORDS or prose(block, language):
        return False
    text = block.text
    if _DIGIT.search(text) is not None:
        if (
            _CLOCK.search(text)
            or _NUMERIC_DATE.search(text)
            or language.month_date.search(text)
            or _has_comment_age(text, language)
        ):
            return True
    elif _may_hold_undigited_age(text, language) and _has_comment_age(text, language):
        return True
    if text.endswith(EDGE_ENDS) and language.signature_verb.fullmatch(text):
        return True
    return _is_relative_day_stamp(text)


def _may_hold_undigited_age(text: str, language: Language) -> bool:
    """Whether a line without a digit may hold an age `Language.age` finds
    (`stamps._has_comment_age`): on a line beyond ASCII, always (the full test decides).

    Of `age`'s forms only the ages in words and the unspaced scripts' words
    (`Language.age_words`, "刚刚") read no digit. On an ASCII line the ages in words end
    the line (`stamps._may_hold_worded_age` stands in front of them, as `_is_comment_cue`
    reads them), and no word of ``age_words`` matches where none can match ASCII text
    (`_age_words_match_ascii`, read once a word list: the shipped ones are Chinese and
    Japanese).

    >>> words = load_thread_words("en")
    >>> [_may_hold_undigited_age(t, words) for t in ("an hour ago", "Jane Doe", "刚刚")]
    [True, False, True]
    """
    if not text.isascii() or _age_words_match_ascii(language.age_words):
        return True
    return _may_hold_worded_age(text, language)


@cache
def _age_words_match_ascii(age_words: tuple[str, ...]) -> bool:
    """Whether a word of ``age_words`` (a `Language.age_words`) can match ASCII text
    (`language.may_match_ascii`), found once a word list.

    >>> _age_words_match_ascii(("刚刚", "たった今")), _age_words_match_ascii(("just now",))
    (False, True)
    """
    return any(map(may_match_ascii, age_words))


def _is_dated_signature(block: Block, language: Language) -> bool:
    """A signature line with a whole timestamp: a date and a clock time, or an age.

    >>> from corpusclean.language import load_thread_words
    >>> _is_dated_signature(Block("August 22, 2018 at 5:57 am", 0, 1), load_thread_words("en"))
    True
    >>> _is_dated_signature(Block("12:30", 0, 1), load_thread_words("en"))
    False
    """
    text = block.text
    if _DIGIT.search(text) is None:
        # No date or clock time; an age of one unit only ("vor einer Stunde").
        return _may_hold_worded_age(text, language) and _is_signature(block, language)
    if not _is_signature(block, language):
        return False
    return bool(_holds_a_date(text, language) and _holds_clock(text)) or _has_comment_age(
        text, language
    )


def _is_comment_cue(block: Block, language: Language) -> bool:
    """A line that only a comment thread prints: a row of controls, a comment's age, or the
    name the software gives a reader without an account ("Anonymous", "Anonym").

    Not a signature verb: an article that quotes its readers prints "Jane wrote:" too.
    "Anonymous" alone under a quoted poem is one line; a thread needs such cues to recur
    (THREAD_MIN_CUES_ALONE) up to the end of the document.
    The cheap tests come first (most lines are neither): a control row is short, and an age
    holds a digit.
    """
    if block.words > SIGNATURE_MAX_WORDS:
        return False
    text = block.text
    if block.words <= CONTROL_ROW_MAX_WORDS and language.comment_control.fullmatch(text):
        return True
    if _names_anonymous_reader(block, language):
        return True
    if _DIGIT.search(text) is None and not _may_hold_worded_age(text, language):
        return False  # the cheap tests first: an age holds a digit or ends the line
    return _has_comment_age(text, language)


def _names_anonymous_reader(block: Block, language: Language) -> bool:
    """A short line naming a reader without an account ("Anonymous", "Anonym schrieb:")."""
    return block.words <= CONTROL_ROW_MAX_WORDS and bool(
        language.anonymous_signature.fullmatch(block.text)
    )


def _opens_comment(block: Block, language: Language) -> bool:
    """A cue that heads its comment, in any shipped language's thread words: an anonymous
    reader's name, printed where a signature is, above the comment's text."""
    return _names_anonymous_reader(block, load_thread_words(language.code))


def thread_cue(block: Block, language: Language) -> bool:
    """A comment cue in any shipped language's thread words (a block fact)."""
    # The length test first, as `_is_comment_cue` does: most blocks are longer than any cue.
    if block.words > SIGNATURE_MAX_WORDS:
        return False
    return _is_comment_cue(block, load_thread_words(language.code))


def thread_signature(block: Block, language: Language) -> bool:
    """A signature line in any shipped language's thread words (a block fact)."""
    return _is_signature(block, load_thread_words(language.code))


def thread_dated_signature(block: Block, language: Language) -> bool:
    """A signature line with a whole timestamp, in any shipped language (a block fact)."""
    if block.words > SIGNATURE_MAX_WORDS:
        return False
    return _is_dated_signature(block, load_thread_words(language.code))


def marker_answers(_facts: Facts) -> dict[int, bool]:
    """The document's store of `marker_candidates` answers, by a block's first input line:
    empty at first, filled as the rounds reach the blocks (`Facts.once` keeps it)."""
    return {}


def marker_candidates(
    blocks: Sequence[Block], language: Language, known: dict[int, bool] | None = None
) -> list[Block]:
    """The blocks that may be a comment cue or a dated signature (`thread_cue`,
    `thread_dated_signature`), found by cheaper tests than theirs.

    Both facts need a line of at most SIGNATURE_MAX_WORDS words. A cue is a control row or
    an anonymous reader's name, both starting as `Language.thread_word` matches, or holds an
    age; a dated signature holds a clock time with its date, or an age. An age and a clock
    time hold a digit. A block left out here is neither, so the facts need not be asked of
    it: most blocks are prose, and most short ones hold no digit. (In the thread words the
    facts read, so that the two tests agree on every language.)

    ``known`` holds the answers for the document's short blocks found so far, by a block's
    first input line (`marker_answers`, kept by `Facts.once`): the test reads the block and
    the language alone, and a third of a document's short blocks come back in a later round
    (a round reads what the last one kept). Without it, every block is tested afresh.
    """
    return list(_candidates(blocks, language, {} if known is None else known))


def holds_marker_candidates(
    blocks: Sequence[Block], language: Language, least: int, known: dict[int, bool]
) -> bool:
    """Whether at least ``least`` of ``blocks`` are `marker_candidates`: the same test,
    stopping at the ``least``-th (the blocks after it are left untested, and ``known``
    holds the answers found).

    The short blocks are screened at once first (`_screened_tests`): most documents hold
    no line either screen lets through, and none is walked (292 of the 319 documents of the
    ASCII speed corpus that reach the detector, 159 of the dev pages' 350 before lines
    beyond ASCII were screened apart).
    """
    if least <= 0:
        return True
    found = _candidates(blocks, language, known)
    return next(islice(found, least - 1, None), None) is not None


# A line's start as `_opening_lines` reads it, its words spaced
# (`stamps.spacing_table`) and its line feed kept.
_LINES_SPACED = spacing_table(b"\n")


def _opening_lines(lines: JoinedLines, code: str) -> set[int] | None:
    """The lines of ``lines`` (ASCII) that may open as `Language.thread_word` of the thread
    words of ``code`` matches: that show one of the words at their start or after a line
    feed inside them, read on the lines joined and spaced at once (`_LINES_SPACED`,
    `_thread_word_screen`); None where the thread words hold a word the screen cannot read
    (every line may).

    Exact as a screen: on ASCII text, the signs, white space and number that
    `thread_word` reads before its word are spaces and digits, spaced; its words match as
    their spaced, lower-cased forms do; a line feed inside a text only adds line starts.
    The screen reads nothing around what it matches and no line feed after its first, so a
    line's match on its own text is one on the line in the joined text
    (`stamps.JoinedLines.found_lines`).

    >>> sorted(_opening_lines(JoinedLines(["Jane Doe", "3 Likes", "-- REPLY"]), "en") or ())
    [1, 2]
    >>> _opening_lines(JoinedLines(["It rained.", "We liked it."]), "en")
    set()
    """
    screen = _thread_word_screen(code)
    if screen is None:
        return None
    # A line feed before the first line: each line's line feed, in front of its first
    # character, stands at the index of that character in `data`.
    spaced = b"\n" + lines.data.translate(_LINES_SPACED)

    def find(start: int) -> int:
        match = screen.search(spaced, start)
        return -1 if match is None else match.start()

    return lines.found_lines(find)


@cache
def _thread_word_screen(code: str) -> re.Pattern[bytes] | None:
    """`Language.thread_word` of the thread words of ``code`` on spaced ASCII lines
    (`_LINES_SPACED`): a line feed, spaces and digits, then a word, lower-cased and spaced;
    found once. The words that cannot match ASCII text are left out
    (`language.may_match_ascii`); None (no screen) where one that can is not ASCII itself.

    The line feed is the last before the word: where `thread_word`'s signs, white space and
    number run over line feeds inside a text, the run after the last of them is one of
    spaces and digits too. No line feed after the first, so a match stands on one line and
    a search tries each line feed once (the run reads to its line's end at most), where
    one that ran over line feeds read a document of lines of digits again from each (issue
    #8: quadratic, 11 s for 20,000 lines "1").
    """
    words = load_thread_words(code)
    listed = [w for w in (*words.comment_controls, *words.anonymous_names) if may_match_ascii(w)]
    if not all(word.isascii() for word in listed):
        return None
    spaced = {word.encode("ascii").translate(_LINES_SPACED).decode("ascii") for word in listed}
    return re.compile(rb"\n[ 0-9]*(?:" + word_alternation(spaced).encode("ascii") + rb")")


def _screened_tests(texts: Sequence[str], language: Language) -> tuple[set[int], set[int]]:
    """The indices of ``texts`` that must be asked the whole marker test to tell whether
    they are candidates, and those that need only be asked whether they open with a thread
    word; every other one is none.

    The whole test where a line may hold a stamp (`stamps.stamped_lines`) or holds a
    character beyond ASCII (the screens read ASCII lines: its tests decide), the opening's
    where it may open with a thread word (`_opening_lines`). Each screen is exact on its
    own line, so the answers are those of the whole test of every line.

    >>> _screened_tests(["It rained.", "Reply", "2 days ago", "Jörg"], load_thread_words("en"))
    ({2, 3}, {1})
    """
    whole = {index for index, text in enumerate(texts) if not text.isascii()}
    at = [index for index in range(len(texts)) if index not in whole] if whole else None
    lines = JoinedLines(texts if at is None else [texts[index] for index in at])
    stamped = stamped_lines(lines, load_thread_words(language.code))
    opening = _opening_lines(lines, language.code)
    count = len(texts) if at is None else len(at)
    if stamped is None:
        stamped = set(range(count))
    if opening is None:
        opening = set(range(count))
    if at is not None:
        stamped, opening = {at[line] for line in stamped}, {at[line] for line in opening}
    whole |= stamped
    return whole, opening - whole


def _candidates(
    blocks: Sequence[Block], language: Language, known: dict[int, bool]
) -> Iterator[Block]:
    """`marker_candidates`, one at a time, as found: each block's answer taken from
    ``known`` or found and put there.

    The short blocks not yet answered are screened at once (`_screened_tests`, issue #8:
    in a document whose lines hold a clock time or a thread word somewhere, every short
    line was tested, three or four patterns a line, and a page with one line beyond ASCII
    was not screened): a block the screens answer for is put in ``known`` at once, and the
    others are asked the test the screens leave when they are reached.
    """
    words = load_thread_words(language.code)
    opens, digit = words.thread_word.match, _DIGIT.search

    def may_mark(text: str) -> bool:
        return (
            opens(text) is not None
            or (digit(text) is not None and _holds_clock_or_age(text, words))
            or _may_hold_worded_age(text, words)
        )

    short = [block for block in blocks if block.words <= SIGNATURE_MAX_WORDS]
    fresh = [block for block in short if block.start not in known]
    whole: set[int] = set()  # the blocks' first lines that the whole test must be asked of
    if fresh:
        tested, opening = _screened_tests([block.text for block in fresh], language)
        for index, block in enumerate(fresh):
            if index in tested:
                whole.add(block.start)
            elif index not in opening:
                known[block.start] = False
    for block in short:
        candidate = known.get(block.start)
        if candidate is None:
            text = block.text
            candidate = may_mark(text) if block.start in whole else opens(text) is not None
            known[block.start] = candidate
        if candidate:
            yield block


def _signs_same_comment(
    blocks: Sequence[Block],
    signatures: Sequence[bool],
    is_prose: Sequence[bool],
    at: int,
    language: Language,
) -> bool:
    """Whether the line at ``at`` is an undated signature line ("Jana Müller sagt:",
    "Lettore78 scrive:": a handle may hold digits), not a line with a date or a clock time
    or a relative day ("Gestern"), which is a comment's stamp or the article's line (a
    comment prints one timestamp)."""
    text = blocks[at].text
    return (
        signatures[at]
        and not is_prose[at]
        and (_DIGIT.search(text) is None or not _holds_a_date_or_time(text, language))
        and not _is_relative_day_stamp(text)
    )


def _is_thread_head(block: Block, language: Language) -> bool:
    """A short line of a comment widget's head, or a row of controls ("Show 25 replies")."""
    if block.words > CONTROL_ROW_MAX_WORDS:
        return False
    return bool(
        language.thread_head.fullmatch(block.text) or language.comment_control.fullmatch(block.text)
    )


def _name_like(block: Block, _language: Language) -> bool:
    """A line a comment may open with: a reader's name ("Maria K", "jdoe_77"), a few words
    that end no sentence and lead into nothing (not "See more photos:")."""
    text = block.text
    if block.words > NAME_MAX_WORDS or text[-1:] == ":":
        return False
    return not ends_like_sentence(text) or _FINAL_INITIAL.search(text) is not None
