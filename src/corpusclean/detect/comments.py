"""The comment-thread detector: a reader thread after the article, found by its shape.

Extracted text often keeps a site's comment thread without any heading a rule knows. A
thread has a shape that holds on any site: signature lines (a name with a date or a time,
"Jane says:", "2 days ago at 07:52 am") recur every few blocks, and controls printed under
every comment ("Reply", "Like · Reply", "Rating: 36 Votes") or a comment's age ("3 days ago")
say that it is a thread and not a live blog, whose entries carry clock times too. The thread
runs from its first signature to the end of the document, and the article must stand above
it: prose, and a good share of the words.

False-positive risks and their guards: a dateline near the top (the article must come
before the thread, and signatures must recur); a live blog (clock times alone are not
enough, a comment cue must appear); an interview or Q&A ("Name:" is not a signature: a
signature needs a date, a time or a signature verb); an article quoting readers ("Jane
wrote:" is a signature but not a cue: controls or ages must appear too, and prose lines are
never signatures). The thread after a comment
heading is a certain removal, and so is a thread found by its shape: its evidence is as
strong, and the controls it rests on are removed by rules in the same round.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Container, Sequence
from functools import cache
from itertools import accumulate, pairwise

import attrs

from ..language import (
    WORDED_AGE_TAIL,
    WORDED_AGE_TAIL_MAX,
    Language,
    load_language,
    load_thread_words,
    shipped_languages,
)
from ..model import Block, Verdict
from ..text import ends_like_sentence, label_key
from .facts import Facts, prose
from .scopes import remove_kept_from

__all__ = [
    "is_date_stamp",
    "mark_comment_thread",
    "marker_answers",
    "marker_candidates",
    "thread_cue",
    "thread_signature",
    "thread_start",
]

NAME = "comment_thread"
FAMILY = "comments"

# A signature line is short: a name, a date or time, a verb. Longer lines are comments.
SIGNATURE_MAX_WORDS = 14
# A row of comment controls ("Like · Reply · 3y", "Report this comment") is this short.
CONTROL_ROW_MAX_WORDS = 8
# A thread shows a reader's name for every comment, and a comment prints a row of controls
# or two or three controls one a line: with fewer signatures that name a reader than one
# for this many cues, the cues must be a thread's own (`_own_cues`), not a page's "Share".
CUES_PER_READER = 2
# A thread has at least this many cues (control rows, ages) and signature lines...
THREAD_MIN_CUES = 2
THREAD_MIN_SIGNATURES = 2
# ... and never this many blocks without a signature or a comment cue (a comment of more
# paragraphs than this is rare, and an article after a stray date line is caught here).
THREAD_MAX_GAP = 10
# The article above the thread: at least this many prose blocks and this share of the words,
# so a thread longer than its article is left (precision first), as is a page of comments.
ARTICLE_MIN_PROSE = 2
ARTICLE_MIN_WORD_SHARE = 0.35
# ... or, without signature lines, this many cues ("Like · Reply · 3y" under each comment).
THREAD_MIN_CUES_ALONE = 3
# A comment is at most this many blocks long when its start is read from the cues' period.
COMMENT_MAX_BLOCKS = 4
# The layout is read from the distances between the first this many control rows.
PERIOD_SAMPLE_ROWS = 4
# A first comment without a signature takes the prose above its cue only when this many
# comments share its layout (a name, the comment, the cue)...
LAYOUT_MIN_COMMENTS = 3
# ... and it opens with a line as short as a name ("Maria K", "Jean-Pierre de la Tour").
NAME_MAX_WORDS = 4
# A comment's number over its first line ("#125") is the thread's when the thread prints
# it, but for its digits, over this many of its later comments (`_numbered_above`).
COMMENT_NUMBER_MIN_REPEATS = 2
# A comment's header above its signature line is at most this many lines: a forum post's
# user block prints a name, a rank, a post count and a subject ("Tom" / "Newbie" / "Posts:
# 332" / "Re: subject"); taken only when every later comment prints it alike
# (`_header_above`).
HEADER_MAX_LINES = 4

# A thread that prints no control row, or whose controls a page's classifier has already
# dropped with the rest of the page's furniture (a full page), is still a thread when this
# many of its signature lines carry a whole timestamp, a date and a clock time ("August 22,
# 2018 at 5:57 am", "Gary M on September 17, 2018 at 8:50 pm said:"): a live blog stamps
# its entries with a clock time, a dateline is printed once, above the article.
THREAD_MIN_DATED_SIGNATURES = 2

# A page that prints this many bare stamps (a date or a time and nothing else) with no name
# over them below its first paragraph stamps its own entries (`_stamps_its_entries`): an
# article prints its own date once, above its first paragraph, and a comment thread a name
# over every stamp.
PAGE_STAMPS_MIN = 2

# A row of a thread's controls in words no shipped language knows ("Svara · Anmäl",
# "Odpowiedz · Zgłoś") is found by its shape (`_label_rows`): two to four labels of one or
# two words of letters, joined by a middle dot, a bullet or a bar ("Odpovedať | Nahlásiť"),
# printed alike under at least three comments (a page's share row or breadcrumb is printed
# once, and above the article's end).
LABEL_ROW_SEPARATORS = (" · ", " • ", " | ")
LABEL_ROW_ITEMS = (2, 4)
LABEL_ROW_MIN_REPEATS = 3
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

# A page whose bare ages, this many or more and most of them, name no reader stamps its
# entries with them (`_entry_ages`): a thread may print an age with no name over it (a first
# comment's name lost), not most of them. Two, not three: the ages of a live page of three
# entries below the first possible start of a thread are two (tests/test_comments_entries.py).
ENTRY_AGES_MIN = 2

# A comment widget's head in words no shipped language knows (`_counted_head`): a label of
# one or two words with the thread's count in brackets ("Comentarii (34)", "Σχόλια (23)"),
# and at most two tabs under it ("Cele mai noi", "Nyeste først"), of at most three words of
# letters: a widget prints its sort orders so; a longer line is an article's.
COUNTED_HEAD_TABS = 2
COUNTED_HEAD_TAB_WORDS = 3
_COUNTED_HEAD = re.compile(_LABEL_WITH_COUNT)
_HEAD_TAB = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){0,2}")

# The attribution under an embedded tweet, as extracted: a dash, the author, the handle in
# brackets, then the date ("— Jane Doe (@janedoe) November 18, 2019").
_TWEET_ATTRIBUTION = re.compile(r"[—–-]\s*[^()]{0,60}\(@\w{1,30}\)")
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


# A post's number on its stamp line ("01-14-2011, 01:53 PM #11"): forum software numbers
# the posts of a thread, a live blog does not number its entries.
_POST_NUMBER = re.compile(r"#\d+\b")
_DIGIT = re.compile(r"\d")
# The end of a line that `_may_hold_worded_age` reads: its tail of signs and its last word,
# the longest word an age in words ends with ("settimana") and the space before it.
WORDED_AGE_END_CHARS = WORDED_AGE_TAIL_MAX + 16
# Subject lines with a reply prefix on the first comment and some later ones, not all
# (`_opens_replies`): at least this many of them hold it, so one "Re:" proves no layout.
SUBJECT_PREFIX_MIN_REPEATS = 2
# A reply's subject line: a short word before a colon, then the subject ("Re: Und nun?").
_SUBJECT_PREFIX = re.compile(r"[^\W\d_]{1,4}:\s")
# A name that ends in an initial ("Sabine M.", "John D."): its stop ends no sentence. One
# capital letter after a space, so "U.S." and "Inc." still end one.
_FINAL_INITIAL = re.compile(r"(?<=\s)[^\W\d_]\.$")
_DIGITS = re.compile(r"\d+")
# Stamps in any language. A clock time: "02:57", "1:38 am", "13h45", French typography's
# spaced "14 h 05" (WordPress fr_FR prints "12 mars 2024 à 14 h 05 min"), and after a date
# in an unspaced script, where no word boundary separates them ("10月31日12:30"). ("." is not
# a time separator here: "11.99" is a price.)
_CLOCK = re.compile(
    r"(?:\b|(?<=[日号號]))\d{1,2}(?:[:h]| h )\d{2}\b(?:\s*[ap]\.?m\.?)?", re.IGNORECASE
)
# `_CLOCK` on an ASCII line, where the look-behind's characters cannot stand: the same
# matches (a test compares them), at about half the cost of trying both at every place.
_CLOCK_IN_ASCII = re.compile(r"\b\d{1,2}(?:[:h]| h )\d{2}\b(?:\s*[ap]\.?m\.?)?", re.IGNORECASE)
# A numeric date: "04/11/2019", "2019-11-04", and the Chinese and Japanese "10月31日" (with
# or without its year), whose digits follow a name with no boundary between them.
_NUMERIC_DATE = re.compile(
    r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|(?<!\d)\d{1,2}月\d{1,2}[日号號]"
)


# A clock time written with a dot after a whole numeric date ("12.3.2024 14.05", "12.03.2024
# kl. 14.05": Finnish and Scandinavian typography). Only after the date: a dotted pair alone
# is a price or a score ("11.99", "2.1"). A short word may stand between ("klo", "kl.").
_DATE_DOTTED_CLOCK = re.compile(
    r"\b\d{1,2}\.\d{1,2}\.\d{2,4},?\s+(?:[^\W\d_]{1,3}\.?\s+)?\d{1,2}\.\d{2}\b(?!\.\d)"
)


def _holds_clock(text: str) -> bool:
    """Whether a line holds a clock time: `_CLOCK`, or a dotted one after its numeric date."""
    return _CLOCK.search(text) is not None or _DATE_DOTTED_CLOCK.search(text) is not None


def _but_for_digits(text: str) -> str:
    """A line with each run of digits as one sign: lines that differ only in their numbers
    ("Replies (4)", "Replies (12)"; "#12", "#125") give one value."""
    return _DIGITS.sub("#", text)


def _count_key(text: str) -> str:
    """A count's line as a row's key: its digits as one sign, its spaces one each ("12
    tykkäystä" and "3  tykkäystä" give one key)."""
    return " ".join(_but_for_digits(text).split())


def _is_signature(block: Block, language: Language) -> bool:
    """A short line with a date or time, or ending in a signature verb ("Jane says:")."""
    if block.words > SIGNATURE_MAX_WORDS or prose(block, language):
        return False
    text = block.text
    return bool(
        _CLOCK.search(text)
        or _NUMERIC_DATE.search(text)
        or language.month_date.search(text)
        or _has_comment_age(text, language)
        or language.signature_verb.fullmatch(text)
        or _is_relative_day_stamp(text)
    )


def _is_relative_day_stamp(text: str) -> bool:
    """A stamp that opens with a day named by its distance from today, in any shipped
    language, and holds nothing but a stamp's parts ("Gestern", "gestern, 22:13 Uhr",
    "Yesterday at 3:15 pm"): sites print it over a recent comment instead of its date.

    Not a clock time alone, which a live blog prints; a signature only, never a cue: the
    thread still needs its controls or whole timestamps to recur.

    >>> _is_relative_day_stamp("Gestern"), _is_relative_day_stamp("Yesterday's winners")
    (True, False)
    """
    return _relative_day().match(text) is not None and _stamp_only().fullmatch(text) is not None


@cache
def _relative_day() -> re.Pattern[str]:
    """The start of a line that is a relative day ("heute", "yesterday"), compiled once."""
    return re.compile(rf"(?i)\W*(?:{_shipped_alternation('relative_days')})(?![^\W\d_])")


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


@cache
def _year_date() -> re.Pattern[str]:
    """A date with a month name of any shipped language and a year ("16 mars 2019", "4.
    November 2019", "marzo 15, 2019"), compiled once.

    Month names stay each document's own for a bare date ("Mar 4" is a word in Spanish),
    but a day, a month name and a four-digit year together are a date in any language, and
    a timestamp when a clock time follows: the signature of a comment printed by software
    in another language than the article's.
    """
    alternation = _shipped_alternation("months")
    return re.compile(
        rf"(?i)\b\d{{1,2}}\.?\s+(?:d[ei]\s+)?(?:{alternation})\.?,?\s+(?:de\s+)?\d{{4}}\b"
        rf"|\b(?:{alternation})\.?\s+\d{{1,2}}\w{{0,2}},?\s+\d{{4}}\b"
    )


@cache
def _stamp_only() -> re.Pattern[str]:
    """A whole line made only of a timestamp's parts, in any shipped language: digits, signs,
    month names and `Language.stamp_words` ("June 10, 2023 at 10:30 am", "10. Juni 2023,
    10:30 Uhr", "Updated 10:30 a.m. ET"). Such a line names no reader. Compiled once.

    The words are single words and each must end where the letters end, so a line has one
    way to be read and a failed match backtracks over nothing (no nested repetition).
    """
    alternation = _shipped_alternation("months", "stamp_words", "relative_days")
    return re.compile(rf"(?i)(?:[\W\d_]|(?:{alternation})(?![^\W\d_]))*")


def _shipped_alternation(*lists: str) -> str:
    """The words of these word lists of every shipped language (`Language` fields), as a
    regular-expression alternation, longest first."""
    words = sorted(
        {
            word
            for code in shipped_languages()
            for name in lists
            for word in getattr(load_language(code), name)
        }
    )
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def _names_no_reader(block: Block, _language: Language) -> bool:
    """A signature line that is a timestamp and nothing else, not even a post's number (a
    block fact).

    >>> _names_no_reader(Block("June 10, 2023 at 10:30 am", 0, 1), load_thread_words("en"))
    True
    >>> _names_no_reader(Block("Tom on June 10, 2023 at 10:30 am", 0, 1), load_thread_words("en"))
    False
    """
    text = block.text
    return _POST_NUMBER.search(text) is None and _stamp_only().fullmatch(text) is not None


def _signed_by_readers(
    blocks: Sequence[Block], signatures: Sequence[bool], facts: Facts
) -> list[bool]:
    """The signature lines that show a reader: a name on the line ("Tom on March 4, 2019 at
    1:38 pm", "Jane says:", "3 days ago"), or a bare timestamp under a line shaped like a
    name or a signature ("old_reader" / "26 Mar 2019 23:35").

    A live blog or a timeline stamps each entry too, with nothing but the date and time,
    under the last paragraph of the entry before (or a "Share" under it): such stamps,
    however regular, are no evidence of readers. The name is read above the stamp only: the
    line under an entry's stamp is its own headline, as short as a name. And comment software
    prints the name over every comment, where an entry ends on a short line (a sub-heading,
    a link) only now and then: a bare stamp counts only when every bare stamp under it has
    its name too (one backward pass), and the names are not all one line. A quoted tweet's
    attribution ("— Jane Doe (@jane) June 10, 2023") names its author, not a reader of the
    page: live blogs embed many.
    """
    marked = [i for i, signature in enumerate(signatures) if signature]
    bare = facts.each(_names_no_reader, [blocks[i] for i in marked])
    signed = [False] * len(blocks)
    named_below = True  # whether every bare stamp below has a name above it
    names: dict[int, str] = {}  # the bare stamps signed by the line above, and that line
    for index, no_reader in zip(reversed(marked), reversed(bare), strict=True):
        if not no_reader:
            # An embedded tweet's attribution and a date in a list name no reader.
            tweet = _TWEET_ATTRIBUTION.match(blocks[index].text) is not None
            signed[index] = (
                not tweet
                and not facts.of(_opens_with_a_day, blocks[index])
                and not _in_dated_list(blocks, index, facts)
            )
            continue
        name = _name_above(blocks, index, facts) if named_below else None
        named_below = name is not None
        signed[index] = named_below
        if name is not None:
            names[index] = label_key(name)
    # Readers differ: one line over every stamp ("Reply With Quote", a site's label) is the
    # layout's, not a name. And a page that stamps its own entries has no names over them.
    if (len(names) >= 2 and len(set(names.values())) == 1) or (
        names and _stamps_its_entries(blocks, {blocks[i].start for i in names}, facts)
    ):
        for index in names:
            signed[index] = False
    return signed


def _opens_with_a_day(block: Block, language: Language) -> bool:
    """Whether a line opens with a date and holds no clock time and no age: an item of a
    list of days ("June 20 – Raleigh, NC @ Walnut Creek", "12.03.2024: Richtfest"), not a
    reader's signature (a block fact).

    Comment software prints the reader first and the stamp after ("Tom on March 4, 2019
    at 1:38 pm", "Sabine M., 12.03.2024 | 14:05"), or the stamp alone (`_names_no_reader`),
    and a stamp that opens the line carries its clock time or an age. A tour's or a
    schedule's dates open each item with the day and no time, one item now and then alone
    between an entry's author line and its "Share" on a live page, where `_in_dated_list`
    finds no neighbour printed alike: taken as readers, they made a live page a thread.

    >>> words = load_thread_words("en")
    >>> _opens_with_a_day(Block("June 20 – Raleigh, NC @ Walnut Creek", 0, 1), words)
    True
    >>> _opens_with_a_day(Block("June 20, 2019 at 1:38 pm by Tom", 0, 1), words)
    False
    >>> _opens_with_a_day(Block("Tom on June 20, 2019", 0, 1), words)
    False
    """
    text = block.text
    if _CLOCK.search(text) is not None or _has_comment_age(text, language):
        return False
    return bool(
        _NUMERIC_DATE.match(text) or language.month_date.match(text) or _year_date().match(text)
    )


def _stamps_its_entries(blocks: Sequence[Block], named: Container[int], facts: Facts) -> bool:
    """Whether PAGE_STAMPS_MIN bare stamps (`_names_no_reader`) below the document's first
    prose block have no name over them: the page stamps its own entries, a live blog or a
    timeline, and the short lines over its later stamps (a heading, a price, a list item
    ending an entry) are no readers' names. ``named`` holds the first input lines of the
    stamps with a name over them.

    Comments print their reader's name over every stamp; an article prints its own date
    above its first paragraph, once (and "Updated ..." with it). The input's blocks are
    read, whether a round kept them or not: a rule may have removed the first stamps (a
    date line near the top). Asked only when some bare stamp has a name over it.
    """
    document = facts.whole or blocks
    first_prose = next((i for i, block in enumerate(document) if facts.of(prose, block)), None)
    if first_prose is None:
        return False
    nameless = 0
    for index in range(first_prose + 1, len(document)):
        block = document[index]
        if (
            block.words > SIGNATURE_MAX_WORDS
            or block.start in named
            or not facts.of(thread_signature, block)
            or not facts.of(_names_no_reader, block)
        ):
            continue
        if _name_above(document, index, facts) is None:
            nameless += 1
            if nameless >= PAGE_STAMPS_MIN:
                return True
    return False


def _in_dated_list(blocks: Sequence[Block], index: int, facts: Facts) -> bool:
    """Whether the signature line at ``index`` holds a date or a time and stands, in the
    input, next to a dated signature line printed alike, with as many runs of digits, or,
    holding a date and no clock time, next to a bare timestamp (`_names_no_reader`): an
    item of a list of dates ("June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL" over
    "June 10 -- ..."), or an entry's first line under the page's own stamp, not a reader's
    signature. (A post's stamp holds its clock time: "01-19-2011, 07:42 PM #36" under an
    article's last line of dates, "29 November 2018 | 20 January 2019", is a post's.)

    A comment prints one timestamp: its reader's name and the date on one line, or the
    name over the stamp ("Tom says:" over "June 4, 2019 at 1:38 pm": it holds no date and
    is not asked), then its text. A quote's attribution under a post's stamp ("Reply #3
    on: March 14, 2019, 01:38:12 PM" over "Quote from: Jane on March 4, 2019") is printed
    otherwise than the stamp. A tour's dates, a schedule or results by day print a date on
    every line, alike; a live blog prints its stamp right over an entry that may open with
    such a line. Only neighbours that are signature lines themselves are read (short, not
    prose): a comment's text may name a date. The neighbours are the input's, whether a
    round kept them or not, so that every round reads the same list.

    >>> from corpusclean.language import load_language
    >>> lines = ["June 9 -- Coral Sky, FL", "June 10 -- Bridgestone Arena, TN", "Share"]
    >>> blocks = [Block(text, i, i + 1) for i, text in enumerate(lines)]
    >>> _in_dated_list(blocks, 0, Facts(load_language("en"), blocks))
    True
    >>> lines = ["Tom on June 4, 2019 at 1:38 pm", "Quote from: Jane on June 3, 2019"]
    >>> blocks = [Block(text, i, i + 1) for i, text in enumerate(lines)]
    >>> _in_dated_list(blocks, 0, Facts(load_language("en"), blocks))
    False
    """
    block, language = blocks[index], facts.language
    if not _holds_a_date_or_time(block.text, language):
        return False
    runs = len(_DIGITS.findall(block.text))
    # A date with no clock time: a day of a list or of an entry, never a post's stamp.
    dated_only = _CLOCK.search(block.text) is None
    above = facts.previous(block, blocks[index - 1] if index else None)
    below = facts.following(block, blocks[index + 1] if index + 1 < len(blocks) else None)
    for near in (above, below):
        if near is None or not facts.of(thread_signature, near):
            continue
        if dated_only and facts.of(_names_no_reader, near):
            return True
        if len(_DIGITS.findall(near.text)) == runs and _holds_a_date_or_time(near.text, language):
            return True
    return False


def _name_above(blocks: Sequence[Block], index: int, facts: Facts) -> str | None:
    """The line above a bare stamp when it is a reader's name ("old_reader", "Anonymous") or
    a signature line with a name ("Jana Müller sagt:", "4hourelection says:"), not prose, a
    control, another bare stamp or a web address; None otherwise.

    The line above in the input, whether a round kept it or not: on a full page the page
    classifier drops the readers' names with the page's other short lines, and they still
    say whose comment the stamp opens.
    """
    above = facts.previous(blocks[index], blocks[index - 1] if index else None)
    if above is None or facts.of(prose, above):
        return None
    language = facts.language
    if facts.of(thread_signature, above):
        # Not a dated line either: a comment prints one timestamp, and a dated line above a
        # stamp is the page's (a tweet's attribution, the entry before's own stamp).
        return None if _holds_a_date_or_time(above.text, language) else above.text
    if facts.of(thread_cue, above) and not _opens_comment(above, language):
        words = load_thread_words(language.code)  # ages in any shipped language
        if not _is_reader_score(above, language) or not _stamps_a_post(blocks[index], words):
            # A control ("Share", "Reply") closes the entry or comment above; a count over
            # a day alone is a list's ("Leeds" / "20 points" / "2 March 2024").
            return None
        # A reader's score between the name and the age ("Gwen" / "19 points" / "4 minutes
        # ago"): the name is the line over the score.
        above = facts.previous(above, blocks[index - 2] if index >= 2 else None)
        if above is None or facts.of(prose, above) or facts.of(thread_signature, above):
            return None
        over = facts.previous(above, blocks[index - 3] if index >= 3 else None)
        if facts.of(thread_cue, above) or _is_stamp_over(over, facts):
            return None
    # A count that opens with its number ("3 shares", "12 Gefällt mir") is the entry's or
    # the comment's above, printed under it: a reader's name opens with no number.
    if (
        _name_like(above, language)
        and not _is_address(above.text)
        and not _is_number_first_count(above)
    ):
        return above.text
    return None


def _counts_a_dated_item(blocks: Sequence[Block], index: int, facts: Facts) -> bool:
    """Whether the cue at ``index`` is a count over a short line with a day and no time or
    age ("20 points" over "2 March 2024", "2 mars 2024"): an item of the article's list (a
    league table, results by day), which starts no thread, even where a readers' thread
    below gives the evidence. A reader's score stands over the post's age or time
    (`_stamps_a_post`); a count that closes a comment stands over the next reader's name
    or a control."""
    block, words = blocks[index], load_thread_words(facts.language.code)
    if not _is_reader_score(block, words):
        return False
    under = facts.following(block, blocks[index + 1] if index + 1 < len(blocks) else None)
    return (
        under is not None
        and under.words <= SIGNATURE_MAX_WORDS
        and _holds_a_date(under.text, words)
        and not _stamps_a_post(under, words)
    )


def _is_stamp_over(over: Block | None, facts: Facts) -> bool:
    """Whether ``over``, the line over a name-like line above a score, is a signature line (a
    stamp, an age): the name-like line is the first line of that entry or comment, not the
    next reader's name over a score.

    A reader's name over a score stands under the comment before's text ("Gwen" / "19
    points" / "4 minutes ago"); a live page's entry of one line, a heading, stands right
    under the page's age, over the entry's count of likes ("8 minutes ago" / "NISSAN SENTRA"
    / "50 likes" / "13 minutes ago"): read as a reader's name, it made the next age a
    reader's and the live page a thread.
    """
    return over is not None and facts.of(thread_signature, over)


def _stamps_a_post(block: Block, language: Language) -> bool:
    """Whether a stamp is one that comment software prints under a reader's score: the
    comment's age ("4 minutes ago") or a time of day, as posts are stamped to the minute. A
    day alone under a count is a list's item ("Leeds" / "20 points" / "2 March 2024", a
    league table in the article), not a reader's post.

    >>> words = load_thread_words("en")
    >>> _stamps_a_post(Block("4 minutes ago", 0, 1), words)
    True
    >>> _stamps_a_post(Block("2 March 2024", 0, 1), words)
    False
    """
    return _CLOCK.search(block.text) is not None or _has_comment_age(block.text, language)


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


def _holds_a_date_or_time(text: str, language: Language) -> bool:
    """Whether a line holds a clock time or a date, in its language or with a year in any, or
    is a relative day's stamp ("Gestern"): no reader's name.

    >>> words = load_thread_words("en")
    >>> _holds_a_date_or_time("a1b24312 says:", words)
    False
    >>> _holds_a_date_or_time("— Jane Doe (@jane) November 18, 2019", words)
    True
    """
    return (
        _CLOCK.search(text) is not None
        or _holds_a_date(text, language)
        or _is_relative_day_stamp(text)
    )


def _holds_a_date(text: str, language: Language) -> bool:
    """Whether a line holds a date: numeric, with a month name of its language, or with a
    month name of any and a year."""
    return bool(
        _NUMERIC_DATE.search(text) or language.month_date.search(text) or _year_date().search(text)
    )


def _has_comment_age(text: str, language: Language) -> bool:
    """Whether the line holds a comment's age ("2 days ago", "vor 3 Stunden").

    An age that leads into a colon heads an entry of a timeline ("50 years ago: The first
    bridge opens"), which is article content.
    """
    found = language.age.search(text)
    return found is not None and not text[found.end() :].lstrip().startswith(":")


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


def _may_hold_worded_age(text: str, language: Language) -> bool:
    """Whether a line holds an age of one unit written in words ("an hour ago", "vor einem
    Monat"), which `Language.age` finds too.

    Such an age ends its line but for a few `WORDED_AGE_TAIL` signs, so the line's last word
    is one of `Language.worded_age_ends`: asked first, by string methods on the line's end
    (most lines end otherwise, and a search of the pattern at every place costs more).
    """
    last = text[-WORDED_AGE_END_CHARS:].rstrip(WORDED_AGE_TAIL).rsplit(None, 1)
    return (
        bool(last)
        and last[-1].lower() in language.worded_age_ends
        and language.worded_age.search(text) is not None
    )


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


def _thread_dated_signature(block: Block, language: Language) -> bool:
    """A signature line with a whole timestamp, in any shipped language (a block fact)."""
    if block.words > SIGNATURE_MAX_WORDS:
        return False
    return _is_dated_signature(block, load_thread_words(language.code))


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


def thread_start(
    blocks: Sequence[Block], facts: Facts, word_share: float = ARTICLE_MIN_WORD_SHARE
) -> int | None:
    """The index of the first block of a comment thread that runs to the end, or None.

    ``word_share`` is the share of the words the article above the thread must hold
    (`detect.pagethread` weighs the article against the kept blocks instead).

    A thread is anchored on its control rows and ages (cues), which close or open every
    comment; signature lines recur between them. It starts at the first comment, found from
    the period of the cues. Linear: the counts after each index are kept as it advances.
    """
    is_prose = facts.each(prose, blocks)
    first = _first_possible_start(blocks, is_prose, word_share)
    if first is None:
        return None
    # A cue above ``first`` is never read: it cannot start the thread (the article is not
    # above it yet), and the evidence and gaps counted at a start are those below it. So
    # the cue tests, the costliest facts of a block, run on the blocks below ``first`` only,
    # and of those only on the candidates: every other block is neither a cue nor dated.
    below = marker_candidates(blocks[first:], facts.language, facts.once(marker_answers))
    # Rows of controls in words no shipped language knows, found by their shape.
    label_rows = _label_rows(blocks, first, facts)
    if len(below) + len(label_rows) < min(THREAD_MIN_CUES, THREAD_MIN_DATED_SIGNATURES):
        return None  # too few candidates for any thread (most documents)
    cued = facts.each(thread_cue, below)
    stamped = facts.each(_thread_dated_signature, below)
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


def _label_rows(blocks: Sequence[Block], first: int, facts: Facts) -> set[int]:
    """The first input lines of the rows of controls in no shipped language's words that a
    thread prints under every comment ("Svara · Anmäl", "Yanıtla · Şikayet et"): a short
    line of LABEL_ROW_ITEMS labels of letters only, joined by a middle dot or a bullet,
    printed alike LABEL_ROW_MIN_REPEATS times or more below ``first`` and never above it (a
    page's breadcrumb or share row is printed once, or above the article's end too), and
    printed last under the document's last prose (`_last_prose_start`).

    Language-independent: the labels are read by their shape, not their words. Linear: one
    pass, a string test on each short line.
    """
    rows: dict[str, list[int]] = {}
    above: set[str] = set()
    pairs: dict[int, list[int]] = {}  # a row's first line: its other lines under it
    for index, block in enumerate(blocks):
        if block.words > CONTROL_ROW_MAX_WORDS:
            continue
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
    alike: a whole timestamp (a date and a clock time, `_thread_dated_signature`) at one
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
        if all(facts.of(_thread_dated_signature, stamp) for stamp in stamps):
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


def _entry_ages(
    blocks: Sequence[Block], first: int, below: Sequence[Block], cued: Sequence[bool], facts: Facts
) -> set[int]:
    """The first input lines of the bare ages (`is_bare_age`: "Il y a 12 min", "3 hours ago")
    below ``first`` that stand over an entry of the page, not a reader's comment: no name over
    the age (`_name_above`: the line above is prose or a control) and the age not closing a
    comment under its controls (`_closes_comment`).

    Comment software prints a reader's name over the comment's age ("Maria K" / "3 days
    ago"), or the age last, under the controls and over the next reader's name ("Reply" /
    "52w" / "Tom"). A live page stamps each entry with its age, under the entry before and
    over the entry's first paragraph: read as cues and readers' signatures, such ages made
    a French live page a thread from its third entry (`benchmarks/comments_eval.py --shapes
    entries`, 3,403 lines of 181 pages). The line over the age may be the page's control
    under the entry before, printed over every age alike, twice or more: no name.
    Only the cues are asked (an age is one): linear.
    """
    language = facts.language
    over: dict[int, str | None] = {}  # each age, and the name over it if any
    after_entry = 0  # the lines over ages that stand under an entry's last line
    over_entry: set[int] = set()  # the ages over more than one line and the next age
    position: dict[int, int] | None = None
    for block, cue in zip(below, cued, strict=True):
        if not cue or not is_bare_age(block.text, language):
            continue
        if position is None:
            position = {b.start: i for i, b in enumerate(blocks[first:], first)}
        index = position[block.start]
        next_block = blocks[index + 1] if index + 1 < len(blocks) else None
        under = facts.following(block, next_block)
        name = _name_above(blocks, index, facts)
        if under is None or (name is None and _closes_comment(blocks, index, under, facts)):
            continue  # the last line, or an age under a comment's controls
        over[block.start] = name
        after = facts.following(under, blocks[index + 2] if index + 2 < len(blocks) else None)
        if after is None or not is_bare_age(after.text, language):
            over_entry.add(block.start)
        if name is not None:
            # A page's line under each entry stands under the entry's last line; a reader's
            # name under the comment before's controls, its number, a level.
            line = facts.previous(blocks[index], blocks[index - 1])
            over_line = line and facts.previous(line, blocks[index - 2] if index >= 2 else None)
            after_entry += _closes_entry(over_line, facts)
    # One line over every age that has a line over it ("Copier le lien" under each entry)
    # is the page's layout, not a reader's name: readers differ (as `_signed_by_readers`),
    # and a thread by one reader prints the name under the comment before's controls, where
    # a page prints its line under its entries' last lines (most of them: an entry may end
    # on a line as short as a name). Or, where its entries end on links or list items as
    # short as a name, or where it has one named age only (two entries), by the same line
    # printed under its last entry too, where no comment's head follows (`_printed_unstamped`).
    # (Asked only of the names over ages, a few lines a document.)
    keys = Counter(label_key(name) for name in over.values() if name is not None)
    named = sum(keys.values())
    one_line = len(keys) == 1 and (
        (named >= 2 and 2 * after_entry > named)
        or _printed_unstamped(blocks, next(iter(keys)), facts)
    )
    nameless = {start for start, name in over.items() if name is None or one_line}
    # The page stamps its entries with ages when most of its ages name no reader; a thread
    # may print a first comment without its name, or a reply under its parent's controls.
    # And most of them stand over an entry, not one line and the next age: a list of other
    # stories prints its ages one line apart ("~18 days ago" under each teaser's title).
    if (
        len(nameless) >= ENTRY_AGES_MIN
        and 2 * len(nameless) > len(over)
        and 2 * len(nameless & over_entry) > len(nameless)
    ):
        return nameless
    return set()


def _printed_unstamped(blocks: Sequence[Block], key: str, facts: Facts) -> bool:
    """Whether the line of ``key`` (`label_key`), the one line over a page's ages, is printed
    in the input somewhere with no comment's head under it: as the document's last line, or
    over prose or a line no name or badge is like (`_name_like`) that is no signature.

    A reader's name stands over its comment's head every time it is printed: the stamp, or
    a badge over the stamp ("João Silva" / "Assinante" / "28 de junho às 12:01"). A page's
    own line under each entry ("Copier le lien", "Share this entry") is printed under its
    last entry as well, where no age follows it: the page's layout, however short the page
    (two entries: one age with the line over it) and whatever its entries end on (a link,
    a list item as short as a name, where `_closes_entry` cannot tell an entry's last line
    from a reader's number). Asked only when one line stands over every named age: one
    pass over the input's short lines.
    """
    document = facts.whole or blocks
    for index, block in enumerate(document):
        if block.words > NAME_MAX_WORDS or label_key(block.text) != key:
            continue
        under = document[index + 1] if index + 1 < len(document) else None
        if under is None or (
            not facts.of(thread_signature, under)
            and (facts.of(prose, under) or not _name_like(under, facts.language))
        ):
            return True
    return False


def _closes_entry(block: Block | None, facts: Facts) -> bool:
    """Whether a line may be an entry's last: prose, or a line no name is like (a sentence,
    a long line), and no control; not a reader's number or level ("#12", "level 2") or a
    count, which stand over a reader's name."""
    if block is None or facts.of(thread_cue, block):
        return False
    return facts.of(prose, block) or not _name_like(block, facts.language)


def _closes_comment(blocks: Sequence[Block], index: int, under: Block, facts: Facts) -> bool:
    """Whether the age at ``index`` closes its comment: under the comment's controls (no
    count) and over the next reader's name ("Like" / "Reply" / "52w" / "Tom", Facebook's
    plugin)."""
    over = facts.previous(blocks[index], blocks[index - 1] if index else None)
    # A count over the age ("77 likes") is not the comment's controls: it is printed under
    # the entry above, whose page stamps the next entry with its age, whatever stands under
    # it (a heading as short as a name).
    return (
        over is not None
        and facts.of(thread_cue, over)
        and not _is_reader_score(over, load_thread_words(facts.language.code))
        and not facts.of(prose, under)
        and _name_like(under, facts.language)
    )


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


def _readers_cues(
    blocks: Sequence[Block],
    signatures: Sequence[bool],
    cues: Sequence[bool],
    facts: Facts,
) -> list[bool]:
    """``cues`` less the page's own controls: a control printed mostly under stamps with no
    name over them (a live blog's "Share" under each entry), where a control of another
    kind stands mostly under stamps with a name over them ("Reply" under each comment of
    the thread below the blog). One pass, asked once a document.

    "Mostly", not "only": an entry may end on a line as short as a name (a table's heading
    over the next stamp), and a first comment may have lost its name. Where no control stands
    mostly under named stamps (a forum printing the name under the stamp, "Reply With Quote"
    under each post), every control is kept: there is no reader's control to tell the
    page's from.
    """
    keys: list[str | None] = [None] * len(blocks)
    under_own: Counter[str] = Counter()  # each control's count under stamps with no name
    under_named: Counter[str] = Counter()
    named: bool | None = None  # whether the last stamp above has a name over it
    # Every block is read, above the thread's first possible start too (``cues`` holds the
    # cues below it only): the page's own stamps and controls are mostly above it.
    for index, block in enumerate(blocks):
        if signatures[index] and facts.of(_thread_dated_signature, block):
            named = not facts.of(_names_no_reader, block) or (
                _name_above(blocks, index, facts) is not None
            )
        elif named is not None and (cues[index] or facts.of(thread_cue, block)):
            key = keys[index] = _but_for_digits(label_key(block.text))
            (under_named if named else under_own)[key] += 1
    if not any(under_named[key] > under_own[key] for key in under_named):
        own: set[str] = set()  # no reader's control to tell the page's from
    else:
        own = {key for key in under_own if under_own[key] > under_named[key]}
    return [cue and keys[index] not in own for index, cue in enumerate(cues)]


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


def _after_last_prose(is_prose: Sequence[bool], index: int) -> int:
    """The index after the last prose block above ``index`` (0 when none is)."""
    return next((i + 1 for i in range(index - 1, -1, -1) if is_prose[i]), 0)


def _readers_sign(signed: int, stamps: int) -> bool:
    """Whether the whole timestamps below a start show readers: every one names its reader
    (`_signed_by_readers`). A live blog's entries name none, or now and then seem to, where
    an entry ends on a heading as short as a name; allowing the first stamp to show none (a
    first comment's name lost) took about twice as many lines of live blogs
    (`benchmarks/comments_eval.py --shapes entries`)."""
    return signed == stamps


def marker_answers(_facts: Facts) -> dict[int, bool]:
    """The document's store of `marker_candidates` answers, by a block's first input line:
    empty at first, filled as the rounds reach the blocks (`Facts.once` keeps it)."""
    return {}


def marker_candidates(
    blocks: Sequence[Block], language: Language, known: dict[int, bool] | None = None
) -> list[Block]:
    """The blocks that may be a comment cue or a dated signature (`thread_cue`,
    `_thread_dated_signature`), found by cheaper tests than theirs.

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
    words = load_thread_words(language.code)
    opens, digit = words.thread_word.match, _DIGIT.search

    def may_mark(text: str) -> bool:
        return (
            opens(text) is not None
            or (digit(text) is not None and _holds_clock_or_age(text, words))
            or _may_hold_worded_age(text, words)
        )

    known = {} if known is None else known
    found: list[Block] = []
    for block in blocks:
        if block.words > SIGNATURE_MAX_WORDS:
            continue
        candidate = known.get(block.start)
        if candidate is None:
            candidate = known[block.start] = may_mark(block.text)
        if candidate:
            found.append(block)
    return found


def _holds_clock_or_age(text: str, words: Language) -> bool:
    """Whether the line holds a clock time (`_CLOCK`) or an age with digits
    (`Language.digit_age` of the thread words ``words``); on an ASCII line by the patterns
    without what it cannot hold. (An age in words: `_may_hold_worded_age`.)"""
    if text.isascii():
        return (
            _CLOCK_IN_ASCII.search(text) is not None
            or words.age_in_ascii.search(text) is not None
            or _DATE_DOTTED_CLOCK.search(text) is not None
        )
    return _holds_clock(text) or words.digit_age.search(text) is not None


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


def _stamp_key(text: str) -> tuple[int, ...]:
    """The runs of digits of a line, in order, as numbers."""
    return tuple(int(run) for run in _DIGITS.findall(text))


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


def _is_thread_head(block: Block, language: Language) -> bool:
    """A short line of a comment widget's head, or a row of controls ("Show 25 replies")."""
    if block.words > CONTROL_ROW_MAX_WORDS:
        return False
    return bool(
        language.thread_head.fullmatch(block.text) or language.comment_control.fullmatch(block.text)
    )


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


def _name_like(block: Block, _language: Language) -> bool:
    """A line a comment may open with: a reader's name ("Maria K", "jdoe_77"), a few words
    that end no sentence and lead into nothing (not "See more photos:")."""
    text = block.text
    if block.words > NAME_MAX_WORDS or text[-1:] == ":":
        return False
    return not ends_like_sentence(text) or _FINAL_INITIAL.search(text) is not None


def mark_comment_thread(blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts) -> None:
    """Remove a comment thread that follows the article to the end of the document.

    The evidence is read from every block, removed or not: a "Reply" button that a rule has
    already removed still says that a thread is there. Only kept blocks are marked. The
    controls, signature verbs and ages are read in every shipped language
    (`load_thread_words`): the site software prints them in the site's language, whatever
    language the document is cleaned as.
    """
    start = thread_start(blocks, facts)
    if start is None:
        return
    thread = Verdict(
        keep=False,
        rule=NAME,
        reason="part of a comment thread after the article (signature lines with dates or "
        "times recur to the end, with reply controls, ages or anonymous readers' names)",
        # Certain, as the thread after a comment heading is (scope "rest"): the evidence is
        # a structure that runs to the end, and its controls ("Reply") are removed by
        # rules in the same round, so a later round could no longer see it.
        certain=True,
        family=FAMILY,
    )
    remove_kept_from(verdicts, start, thread)


def is_date_stamp(text: str, language: Language) -> bool:
    """Whether a whole line is a date stamp and nothing else ("Wednesday November 20, 2019",
    "19.11.2019 10:30"): a stamp's parts only, with a date among them. A teaser card prints
    one under its headline and writer's name (`teaser_cards`).

    >>> words = load_thread_words("en")
    >>> is_date_stamp("Wednesday November 20, 2019", words), is_date_stamp("12:30", words)
    (True, False)
    >>> is_date_stamp("On November 20, 2019 the river rose.", words)
    False
    """
    return _stamp_only().fullmatch(text) is not None and _holds_a_date(text, language)


def is_bare_age(text: str, language: Language) -> bool:
    """Whether a whole line is an age and a stamp's parts only, naming no one ("32M ago",
    "updated 16M ago", "2 days ago at 07:52 am"), in any shipped language's thread words. A
    thread prints such a line under its reader's name; a news site under another story's
    teaser (`page_thread` tells the two apart by the line above).

    >>> words = load_thread_words("en")
    >>> is_bare_age("updated 16M ago", words), is_bare_age("Nick A · 2 days ago", words)
    (True, False)
    """
    found = load_thread_words(language.code).age.search(text)
    if found is None:
        return False
    rest = f"{text[: found.start()]} {text[found.end() :]}"
    return _stamp_only().fullmatch(rest) is not None
