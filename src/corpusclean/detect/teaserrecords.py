"""The teaser-records detector: other stories printed after the story as dated records.

A site often prints, under its story and with no heading, other stories as records of one
shape: a headline, a date line beside it, and the story's first sentence ("Manufacturing
Acquisitions: Part 1" / "March 7, 2022" / "Learn about the latest acquisitions ...";
"25.04.2022 | Verlegewerkstoffe" / "Uzin Utz Group legt Rekordergebnis für 2021 vor" / its
lead). The lead reads like the story's paragraphs and the headline like a sub-heading, so
no line alone tells them apart. The records together do, on any site and in any language:

- a position: they end the document, below at least `STORY_MIN_PROSE` prose blocks of the
  story above them, whose words outnumber theirs (`TAIL_MAX_SHARE`);
- a repetition: at least `RECORDS_MIN` records, each a date line with a headline-shaped
  line on the same side of it (above in every record, or below in every record), and at
  most `LEAD_MAX_PARAGRAPHS` distinct paragraph and `GAP_MAX_SHORT` other short lines to the
  next;
- an order: the records' dates never rise and the last is older than the first. A list of
  other stories is printed newest first; a story's own timeline, its agenda of coming
  events and a diary run forward in time.

The month names are the document's language's (`Language.months`), so the dates' order is
read in every shipped language; numeric dates ("25.04.2022", "2022-04-25") in any.

False-positive risks and their guards: an events round-up or a live blog that is the story
is most of the document (`TAIL_MAX_SHARE`) and runs forward in time; a list of works with
years holds no full date (day, month and year); a review of several books dates none of
them; a story that ends with short dated items has no headline beside each date (a date
line's neighbour that is a date line too is no headline); a Q&A has no dates. A headline
that is a line of the story above is a sub-heading of the story's, not another story's. A
date right under a list item ("1. ...", "• ...") in every record is the value of an item of
the story's own list.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from ..dates import DAY_FIRST_DATE, ISO_DATE
from ..language import Language
from ..model import Block, Verdict
from ..text import DIGIT, has_letter, key_words, label_key, opens_with_list_mark
from .comments import is_date_stamp
from .facts import Facts, prose
from .verdicts import remove_kept_from

__all__ = ["mark_teaser_records"]

NAME = "teaser_records"
FAMILY = "related"

# Two records repeat a shape; one is the story's own header (a headline over its date) or
# an aside. The dates' order (newest first) is the second half of the evidence.
RECORDS_MIN = 2
# A date line is short: a date, maybe a weekday, a clock time or a section after a bar
# ("22.04.2022 | Verlegewerkstoffe / Estrich / Technik", "Freitag, 12 Dezember 2025").
DATE_LINE_MAX_WORDS = 8
# A record's headline: two words or more and at most a long headline's length, ending with
# no full stop or colon (a sentence, a lead-in); a question or exclamation may end it.
HEADLINE_MIN_WORDS = 2
HEADLINE_MAX_WORDS = 20
# What may stand between one record's headline and date and the next record's: its lead, at
# most this many paragraphs (a teaser's first sentences; a site may print it twice, which
# counts once), and at most this many short lines (a photo's credit and caption, a section
# label). More paragraphs make an entry of the page's own, not a teaser: a month archive's
# posts of two paragraphs each are its content (labels_nav21's canalblog page).
LEAD_MAX_PARAGRAPHS = 1
# Two paragraphs that open with the same this many words are one lead printed twice: cut
# short ("... Das Unternehmen...") and whole (general27's objekt-online page).
LEAD_OPENING_WORDS = 8
GAP_MAX_SHORT = 4
# A paragraph: prose, or at least this many words (a lead cut short ends with no stop).
PARAGRAPH_MIN_WORDS = 15
# The story above the records: at least this many kept prose blocks, and the records' words
# at most this many times the story's: other stories' teasers are appended to a story, not
# the bulk of the page (an events round-up or a live blog that is the story is). Two to
# four teasers of a lead each are about as long as a short story: 1.06 and 1.23 times it
# on the two labelled pages read to write this (general27 objekt-online, whose one lead is
# printed twice, and general29 newequipment); at 1.0 both stayed.
STORY_MIN_PROSE = 2
TAIL_MAX_SHARE = 1.5

# A numeric date, day first ("25.04.2022", "01-06-2019") or ISO ("2022-04-25"), with no
# digit beside it (`corpusclean.dates`: a slash date is left out, its order is the country's).
# Not the comment stamps' numeric date (`comments.stamps`), which reads slashes: this reads
# which date a line holds.
_DAY_FIRST_DATE = regex.compile(rf"(?<!\d){DAY_FIRST_DATE}(?!\d)")
_ISO_DATE = regex.compile(rf"(?<!\d){ISO_DATE}(?!\d)")
# A line that opens with a numeric date: a teaser's date with its section after it. An ISO
# date ends on a word's end here ("2022-04-25T10:00" opens with no date line's date).
_OPENS_WITH_DATE = regex.compile(rf"\W*{DAY_FIRST_DATE}(?!\d)|\W*{ISO_DATE}\b")
# A year beside a day and a month name, 1800 to 2199. `dedupe.within.intended` reads a date
# label's year to 2099: the two were written apart, and making them one would move a line
# with a year from 2100 on; left as each is.
_YEAR = regex.compile(r"(?<!\d)(1[89]\d\d|2[01]\d\d)(?!\d)")
_DAY = regex.compile(r"(?<![\d:.])(\d{1,2})(?![\d:])")
_WORD = regex.compile(r"\p{L}+")
_NUMBER = regex.compile(r"\d+")
# Four digits in a row: every date `date_key` reads holds them (the ISO date's and the
# day-first date's year, `_YEAR`'s), in the same engine's sense of a digit.
_FOUR_DIGITS = regex.compile(r"\d{4}")

DateKey = tuple[int, int, int]

_VERDICT = Verdict(
    keep=False,
    rule=NAME,
    reason="part of other stories printed after the story as dated records (a headline "
    "beside a date line, a lead), repeated with the dates newest first",
    # Certain, as `teaser_cards` is: the leads are as long as the story's paragraphs, and
    # the removal budget would keep them all.
    certain=True,
    family=FAMILY,
)


@cache
def _month_order(months: tuple[str, ...]) -> tuple[str, ...]:
    """The full month names of a language's list, in the year's order: the entries before
    the first that shortens an earlier one (the abbreviations, "jan" after "january").

    A variant name stays in its place ("januar", "jänner", "februar"): the order is what
    the dates are compared by, so a number per name is not needed.

    >>> _month_order(("january", "february", "march", "jan", "feb"))
    ('january', 'february', 'march')
    """
    for at, name in enumerate(months):
        if any(earlier.startswith(name) for earlier in months[:at]):
            return months[:at]
    return months


def _month_rank(word: str, language: Language) -> int | None:
    """The place in the year of a month name or its abbreviation (three letters or more),
    by the document's language's month list; None for any other word."""
    word = word.casefold()
    if len(word) < 3:
        return None
    for rank, name in enumerate(_month_order(language.months)):
        if name.startswith(word):
            return rank
    return None


def date_key(text: str, language: Language) -> DateKey | None:
    """The full date a line holds, as (year, month, day) comparable with another line's
    (months by their place in the year), or None when it holds no day, month and year.

    >>> from corpusclean.language import load_language
    >>> en = load_language("en")
    >>> date_key("March 7, 2022", en), date_key("25.04.2022 | Technik", en)
    ((2022, 2, 7), (2022, 4, 25))
    >>> date_key("Aug. 9, 2019", en) < date_key("March 7, 2022", en)
    True
    >>> date_key("The Salt Road (2019)", en) is None, date_key("3/7/2022", en) is None
    (True, True)
    """
    found = _ISO_DATE.search(text)
    if found:  # year, month, day
        return _checked(*_numbers(found[0]))
    found = _DAY_FIRST_DATE.search(text)
    if found:  # day, month, year
        return _checked(*reversed(_numbers(found[0])))
    year, day = _YEAR.search(text), _DAY.search(text)
    if year is None or day is None:
        return None
    for word in _WORD.findall(text):
        rank = _month_rank(word, language)
        if rank is not None:
            return (int(year[1]), rank, int(day[1]))
    return None


def _numbers(date: str) -> list[int]:
    """The numbers of a numeric date, in the order it writes them."""
    return [int(number) for number in _NUMBER.findall(date)]


def _checked(year: int, month: int, day: int) -> DateKey | None:
    """The date as a key when its month and day can be one's."""
    return (year, month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


def _date_line(block: Block, language: Language) -> DateKey | None:
    """The date of a date line: a short line that is a stamp alone ("March 7, 2022",
    "Freitag, 12 Dezember 2025") or opens with a numeric date ("22.04.2022 | Technik").
    A block fact, screened by four digits in a row (`_FOUR_DIGITS`: most short lines with a
    digit, a score, a price, a clock time or a day and month, hold no year, and `date_key`
    then finds no date; issue #8, the date patterns' searches cost about twice this one).
    Four digits hold a digit: the caller's screen by one (`DIGIT`) is not made again."""
    text = block.text
    if block.words > DATE_LINE_MAX_WORDS or _FOUR_DIGITS.search(text) is None:
        return None
    # The date first: its patterns are cheaper than the stamp's, and most short lines with
    # a digit hold no full date (a score, a price, a clock time).
    key = date_key(text, language)
    if key is None or not (_OPENS_WITH_DATE.match(text) or is_date_stamp(text, language)):
        return None
    return key


def _scope_dates(blocks: Sequence[Block], facts: Facts) -> dict[int, DateKey]:
    """The date of each date line among ``blocks`` (`_date_line`), by its first input line.

    A reader of lines (`Facts.of_scope`), read once a document: `_date_line` reads a
    line's text and word count alone, so a round's date lines are those of the scope's
    that it holds, and a round's other lines have none (issue #8: each round walked its
    lines for them, and most documents hold fewer than `RECORDS_MIN`). The screen: a date
    line is short and holds a digit, tested inline (most blocks fail it, and the fact's
    call cost more than the test).
    """
    language, digit = facts.language, DIGIT.search
    found: dict[int, DateKey] = {}
    for block in blocks:
        if block.words <= DATE_LINE_MAX_WORDS and digit(block.text) is not None:
            date = _date_line(block, language)
            if date is not None:
                found[block.start] = date
    return found


def _is_headline(block: Block) -> bool:
    """A line that may be another story's headline: short, with letters, ending with no
    full stop and no colon."""
    text = block.text.rstrip()
    return (
        HEADLINE_MIN_WORDS <= block.words <= HEADLINE_MAX_WORDS
        and not text.endswith((".", ":", ","))
        and has_letter(text)
    )


def _is_paragraph(block: Block, language: Language) -> bool:
    return block.words >= PARAGRAPH_MIN_WORDS or prose(block, language)


class _Record:
    """One record: where its headline is, where it starts and ends (its headline and date
    line) and its date."""

    __slots__ = ("date", "end", "headline", "start")

    def __init__(self, headline: int, date_line: int, date: DateKey) -> None:
        self.headline, self.date = headline, date
        self.start, self.end = min(headline, date_line), max(headline, date_line)


def _records(
    blocks: Sequence[Block], dates: Sequence[DateKey | None], above: bool
) -> list[_Record]:
    """The records of the round's blocks (kept or not: a rule may have taken a date line
    already), each a date line with a headline right above it (``above``) or right below."""
    found = []
    for at, date in enumerate(dates):
        if date is None:
            continue
        other = at - 1 if above else at + 1
        if 0 <= other < len(blocks) and dates[other] is None and _is_headline(blocks[other]):
            found.append(_Record(other, at, date))
    return found


def _is_gap(
    blocks: Sequence[Block], verdicts: Sequence[Verdict], start: int, stop: int, facts: Facts
) -> bool:
    """Whether the kept blocks from ``start`` to ``stop`` (not included) are what may follow
    a record: its lead of at most `LEAD_MAX_PARAGRAPHS` distinct paragraphs (a lead printed
    twice counts once), at most `GAP_MAX_SHORT` short lines. Removed blocks are furniture a
    rule or detector found already."""
    # Read from the top, stopping at the first block over either limit: the gap to the end
    # of a page is often long (a footer), and its blocks need not all be read.
    short, paragraphs = 0, set()
    for i in range(start, stop):
        if not verdicts[i].keep:
            continue
        if facts.of(_is_paragraph, blocks[i]):
            paragraphs.add(_opening(blocks[i].text))
        else:
            short += 1
        if short > GAP_MAX_SHORT or len(paragraphs) > LEAD_MAX_PARAGRAPHS:
            return False
    return True


def _opening(text: str) -> tuple[str, ...]:
    """A paragraph's first `LEAD_OPENING_WORDS` words, casefolded: what a lead printed cut
    short and whole shares.

    >>> _opening("Uzin Utz, weltweit agierender Komplettanbieter für Bodensysteme mit Sitz...")
    ('uzin', 'utz', 'weltweit', 'agierender', 'komplettanbieter', 'für', 'bodensysteme', 'mit')
    """
    return tuple(key_words(text)[:LEAD_OPENING_WORDS])


def _tail_chain(
    blocks: Sequence[Block], verdicts: Sequence[Verdict], records: Sequence[_Record], facts: Facts
) -> list[_Record]:
    """The records that end the document, read up from the last: each separated from the
    next by a gap (`_is_gap`) and dated no earlier than it; the last followed by a gap to the
    document's end. Empty when the last record is not so followed."""
    if not records or not _is_gap(blocks, verdicts, records[-1].end + 1, len(blocks), facts):
        return []
    chain = [records[-1]]
    for record in reversed(records[:-1]):
        later = chain[-1]
        if record.end >= later.start or record.date < later.date:
            break
        if not _is_gap(blocks, verdicts, record.end + 1, later.start, facts):
            break
        chain.append(record)
    chain.reverse()
    return chain


def _story_holds(
    blocks: Sequence[Block], verdicts: Sequence[Verdict], chain: Sequence[_Record], facts: Facts
) -> bool:
    """Whether a story stands above the records: `STORY_MIN_PROSE` kept prose blocks, more
    words than the records' kept blocks (`TAIL_MAX_SHARE`), and the records' headlines
    distinct, none of them a line above, kept or removed. A headline printed over two
    records, or over the story too, is no other story's: it is the writer's byline or the
    column's name over each entry of a diary or an archive column printed newest first
    ("Par Claire Martin, envoyée spéciale", "Aus dem Archiv": blind probe session24)."""
    start = chain[0].start
    story = [b for b, v in zip(blocks[:start], verdicts[:start], strict=True) if v.keep]
    tail = [b for b, v in zip(blocks[start:], verdicts[start:], strict=True) if v.keep]
    if sum(facts.each(prose, story)) < STORY_MIN_PROSE:
        return False
    if sum(b.words for b in tail) > TAIL_MAX_SHARE * sum(b.words for b in story):
        return False
    headlines = [label_key(blocks[r.headline].text) for r in chain]
    above = {label_key(b.text) for b in blocks[:start]}
    return len(set(headlines)) == len(headlines) and above.isdisjoint(headlines)


def _line_in_every_record(blocks: Sequence[Block], chain: Sequence[_Record]) -> bool:
    """Whether one line other than the headline and date line (a byline, a column's name)
    is printed in every record, kept or removed: each record is then an entry of one
    writer's diary, live ticker or archive column printed newest first ("Von Julia Brandt"
    under each dated entry, "Aus dem Archiv"; blind probes session24 and session24b), not
    another story. Other stories' records share a section label now and then, not on all
    of them (general29: "Plant Operations" over two of four)."""
    stops = [r.start for r in chain[1:]] + [len(blocks)]
    shared: set[str] | None = None
    for record, stop in zip(chain, stops, strict=True):
        own = {
            label_key(blocks[i].text)
            for i in range(record.start, stop)
            if i not in (record.start, record.end)
        }
        shared = own if shared is None else shared & own
    return bool(shared)


def _dates_under_list_items(blocks: Sequence[Block], chain: Sequence[_Record]) -> bool:
    """Whether every record's date line stands right under a line that opens with a list
    item's mark ("1. ", "2) ", "• "): each date is then the value of an item of the story's
    own list (a ranking of events, a numbered timeline), whatever the dates' order, not a
    date beside another story's headline, which a site prints as a headline."""
    for record in chain:
        date_line = record.end if record.headline == record.start else record.start
        if date_line == 0 or not opens_with_list_mark(blocks[date_line - 1].text):
            return False
    return True


def mark_teaser_records(blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts) -> None:
    """Remove other stories printed after the story as dated records, newest first."""
    # The screen: fewer than `RECORDS_MIN` date lines in the document's scope, and no round
    # holds records enough to repeat (most documents, found once: `_scope_dates`).
    scope_dates = facts.of_scope(_scope_dates, blocks)
    if len(scope_dates) < RECORDS_MIN:
        return
    dates = [scope_dates.get(block.start) for block in blocks]
    if sum(date is not None for date in dates) < RECORDS_MIN:
        return
    for above in (True, False):
        chain = _tail_chain(blocks, verdicts, _records(blocks, dates, above), facts)
        if (
            len(chain) >= RECORDS_MIN
            and chain[0].date > chain[-1].date
            and _story_holds(blocks, verdicts, chain, facts)
            and not _line_in_every_record(blocks, chain)
            and not _dates_under_list_items(blocks, chain)
        ):
            remove_kept_from(verdicts, chain[0].start, _VERDICT)
            return
