"""Dated entries that are not comments, and the readers' signatures that are.

Live blogs, timelines and dated lists stamp their own entries; a thread's stamps name its
readers. These guards tell the two apart before a run is taken as a thread.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container, Sequence

from ...language import (
    Language,
    load_language,  # noqa: F401  (read by the doctests)
    load_thread_words,
)
from ...model import Block
from ...text import NAME_MAX_WORDS, label_key
from ..facts import Facts, prose
from .controls import _is_number_first_count, _is_reader_score
from .signatures import (
    SIGNATURE_MAX_WORDS,
    _is_address,
    _name_like,
    _opens_comment,
    thread_cue,
    thread_dated_signature,
    thread_signature,
)
from .stamps import (
    _CLOCK,
    _DIGITS,
    _NUMERIC_DATE,
    _but_for_digits,
    _has_comment_age,
    _holds_a_date,
    _holds_a_date_or_time,
    _stamp_only,
    _year_date,
    is_bare_age,
)

# A page that prints this many bare stamps (a date or a time and nothing else) with no name
# over them below its first paragraph stamps its own entries (`_stamps_its_entries`): an
# article prints its own date once, above its first paragraph, and a comment thread a name
# over every stamp.
PAGE_STAMPS_MIN = 2

# A page whose bare ages, this many or more and most of them, name no reader stamps its
# entries with them (`_entry_ages`): a thread may print an age with no name over it (a first
# comment's name lost), not most of them. Two, not three: the ages of a live page of three
# entries below the first possible start of a thread are two (tests/test_comments_entries.py).
ENTRY_AGES_MIN = 2

# The attribution under an embedded tweet, as extracted: a dash, the author, the handle in
# brackets, then the date ("— Jane Doe (@janedoe) November 18, 2019").
_TWEET_ATTRIBUTION = re.compile(r"[—–-]\s*[^()]{0,60}\(@\w{1,30}\)")


# A post's number on its stamp line ("01-14-2011, 01:53 PM #11"): forum software numbers
# the posts of a thread, a live blog does not number its entries.
_POST_NUMBER = re.compile(r"#\d+\b")


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
    runs = _runs_per_line(block)
    # A date with no clock time: a day of a list or of an entry, never a post's stamp.
    dated_only = _CLOCK.search(block.text) is None
    above = facts.previous(block, blocks[index - 1] if index else None)
    below = facts.following(block, blocks[index + 1] if index + 1 < len(blocks) else None)
    for near in (above, below):
        if near is None or not facts.of(thread_signature, near):
            continue
        if dated_only and facts.of(_names_no_reader, near):
            return True
        if _runs_per_line(near) == runs and _holds_a_date_or_time(near.text, language):
            return True
    return False


def _runs_per_line(block: Block) -> float:
    """The runs of digits a block holds per input line it joins.

    A list's items print as many runs each; a document read as hard-wrapped joins two items
    of a list long enough to pass for wrapped lines into one block ("The Harbour Quartet,
    Saturday 13 March, 19:30" and "Tom Novak, Sunday 14 March, 16:00"), which holds the runs
    of both, and its neighbour, an item alone, then counted half as many.

    >>> _runs_per_line(Block("Sat 13 March, 19:30 Tom Novak, Sun 14 March, 16:00", 4, 6))
    3.0
    """
    return len(_DIGITS.findall(block.text)) / max(1, block.end - block.start)


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
        if signatures[index] and facts.of(thread_dated_signature, block):
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


def _readers_sign(signed: int, stamps: int) -> bool:
    """Whether the whole timestamps below a start show readers: every one names its reader
    (`_signed_by_readers`). A live blog's entries name none, or now and then seem to, where
    an entry ends on a heading as short as a name; allowing the first stamp to show none (a
    first comment's name lost) took about twice as many lines of live blogs
    (`benchmarks/comments_eval.py --shapes entries`)."""
    return signed == stamps
