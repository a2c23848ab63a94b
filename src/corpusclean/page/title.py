"""A page's title: the headline above the story, found by evidence, or None.

In a whole page's text the headline sits among menus, section labels, dates, bylines,
captions and related links, most of them shaped like a headline too, and the page
classifier drops it with them. The first headline-shaped line above the story is the title
on a quarter of the dev pages (issue #12: 16 of 65 matched the title article mode finds
in the page's extracted text; 39 were a date, a byline, a credit, a caption or a
standfirst). So a line is the title only on evidence that holds on any site:

- its shape: `text.looks_like_title`, and no rule matches it alone (a date, a byline, a
  share bar, a section label are the rules' lines); the page classifier or the duplicate
  pass dropped it, never a detector or a rule (those say it is a caption, a credit, a date);
- its place: at most `TitleEvidence.window` blocks above the story's first paragraph;
- its words: at least `min_content_words` content words, of which the story's lead
  repeats at least `min_shared_words`, and `min_shared_share` of them (a headline names
  what the lead tells; a menu item or a related story's headline mostly does not);
- and the page prints it twice, with `twice_min_words` words or more (the h1 and a
  breadcrumb or share text word for word, or "Headline | Site"); or, printed once, it
  stands right above the story's first paragraph with nothing but short lines over it
  (`above_max_words`: the site's menu, a date, a byline), as a short page's headline does.

A headline-shaped first kept block stays the title as in article mode (`run`): the page
classifier kept it at the top of the story. Making it a paragraph instead when it lacks
the evidence above was tried: cleaning the rendered article again then took it for the
title (39 of the 918 dev outputs in auto mode). Only when this search finds the headline
over the rest of the story does such a block whose words the lead does not repeat give way
to it, and go (`DISPLACED_TITLE`). The document's first line, dropped, with
the story's first paragraph next, needs the lead's words but no second printing: that is
how a rendered `Article` starts, cleaned again in page mode.

The nearest line above the story that has all of it is the title; none, and the title is
None: a wrong title is worse than none. `Cleaner` keeps it only when cleaning the article
it makes gives it back with the same paragraphs (`Cleaner._title_if_stable`). The
thresholds were chosen reading the dev pages and checked leave-site-out
(`benchmarks/page_title_eval.py`, docs/benchmarks-log.md, "Page mode's title").
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from operator import attrgetter

import attrs
import regex

from ..dedupe.within.duplicate import DUPLICATE_ADJACENT, DUPLICATE_TITLE
from ..dedupe.within.keys import ascii_key_signatures
from ..language import any_stopword
from ..model import Block
from ..text import key_words, label_key, looks_like_title

__all__ = [
    "DEFAULT_EVIDENCE",
    "DISPLACED_REASON",
    "DISPLACED_TITLE",
    "MENU_MAX_WORDS",
    "TitleEvidence",
    "TitleLine",
    "content_words",
    "content_words_of",
    "find_page_title",
    "lead_repeats",
    "site_suffix_prefix",
    "story_lead",
]

# The removals a title may have had: the page classifier's (a headline is short and has no
# sentence's shape, so it drops it among the menus) and the duplicate pass's (the second
# printing). A rule's or a detector's removal says what else the line is.
# (`run.select_page_blocks` names the page classifier's removals "page_classifier".)
_TITLE_FATES = frozenset({"page_classifier", DUPLICATE_TITLE, DUPLICATE_ADJACENT})

# "Headline | Site", "Headline - Site", "Headline · Site": the browser title's form, a
# headline, a spaced separator, the site's name. The name is a few words at most, after the
# last separator ("Brexit - what next? | Example News": the head greedy).
_SITE_SUFFIX = regex.compile(r"^(?P<head>.+)\s[|\-–—·:»]\s(?P<site>\S+(?:\s\S+){0,5})$")
# The spaced separator alone, the middle of every `_SITE_SUFFIX` match (the same module,
# flags and classes): a text without it cannot match. Searched first, it answers most lines
# (23,422 a page-mode pass of the dev full pages, 524 with one) in half the time that
# `_SITE_SUFFIX` takes to fail, backtracking over the line from its end.
_SPACED_SEPARATOR = regex.compile(r"\s[|\-–—·:»]\s")


@attrs.frozen(slots=True)
class TitleEvidence:
    """The thresholds of `find_page_title`, each with its reason.

    ``window``: blocks above the story's first paragraph a title may stand (a headline's
    photo, credit, date and byline lie between; 125 of the 149 reference titles over the
    dev pages' stories stood within 20 blocks). ``min_content_words``: a title names
    something: two-word lines above a story are section labels and tags ("Hong Kong",
    "Online Business"). ``min_shared_words``
    and ``min_shared_share``: of its content words, how many and what share the lead
    repeats. ``lead_blocks``: the story's first paragraphs that make its lead.
    ``twice_min_words``: a line printed twice is the headline only when it has this many
    words: a short one printed twice is a label the page repeats (a section's name in the
    menu and over the section: "Online Business Workshop", "Mozilla Application Suite").
    ``above_max_words``: a headline printed once is the title when it stands right above
    the story's first paragraph and every block over it in the window has at most this
    many words (the site's menu, a date, a byline: the top of the page's content). Right
    above the story under longer lines, a headline-shaped line whose words the lead
    repeats is often a video's or a related story's title, a caption or a byline ("Fox
    News Flash top entertainment headlines for Nov. 19", "Media caption Mr Obama told the
    BBC ...", "Practical Horseman Editorial Staff": 17 such lines on the dev pages without
    this test, at least 6 wrong by eye); with it, no wrong one for any bar from 4 to 8
    words (7 titles at 4 and 5, 8 at 6 to 8; 3 at 3). 6 is the middle of that range.
    ``once_min_words``: such a headline printed once has at least this many words: a
    section's label right above the story is one to three ("City Budget Council"). Not
    fitted: the dev pages' titles found so are 8 words or more, a short page's 4 to 7.
    ``short_min_content_words`` and ``short_min_shared_words``: such a headline (right
    above the story under short lines only, printed once, ``once_min_words`` or more) whose
    lead repeats fewer of its words is still the title when it has this many content
    words, the lead repeats this many (or their stems: `STEM_MIN_LETTERS`), and none is a
    word of the menus over the story (its lines of `MENU_MAX_WORDS` words or fewer; the
    tags under it name its topics as its headline does): a short story's lead tells what
    its headline names in other words ("Talleres de verano para niños" over "El
    ayuntamiento organiza talleres gratuitos durante julio ..."), and a section's label or
    a menu's entry over the story is made of the menu's words.
    """

    window: int = 20
    min_content_words: int = 3
    min_shared_words: int = 2
    min_shared_share: float = 0.4
    lead_blocks: int = 3
    twice_min_words: int = 5
    above_max_words: int = 6
    once_min_words: int = 4
    short_min_content_words: int = 2
    short_min_shared_words: int = 1


DEFAULT_EVIDENCE = TitleEvidence()

# A page's menus are its lines of at most MENU_MAX_WORDS words ("Lokales", "E-Paper",
# "What's On", "Skip to content", a table of contents' "5. Eliminating Toil"): a line
# sharing a content word with them is the site's own link or label, not the story's.
MENU_MAX_WORDS = 3
# A headline's word and a lead's are one stem (`_stems_shared`) when the shorter, of at
# least STEM_MIN_LETTERS letters, is inside the longer (compounds: "Altbürgermeister",
# "Bürgermeisterwahl"), or when both begin with the same STEM_MIN_LETTERS + 1 letters
# ("parrocchia" / "parroco"). Shorter stems join unrelated words ("part" / "party").
STEM_MIN_LETTERS = 5


@attrs.frozen(slots=True)
class TitleLine:
    """The block found to be the title, and why (the explanation's reason).

    ``copies`` are kept blocks below it that print it again (a page's headline kept in the
    story's text as well): they leave the paragraphs as the title's duplicates, as cleaning
    the rendered article would remove them (`dedupe.within`'s ``duplicate_title``).
    ``displaced`` is the headline-shaped first kept block this title took the place of
    (`DISPLACED_TITLE`), which leaves the paragraphs too.
    """

    block: Block
    reason: str
    copies: tuple[Block, ...] = ()
    displaced: Block | None = None


# A headline-shaped first kept block whose words the story's lead does not repeat, over a
# story whose headline the evidence found among the dropped lines (printed twice, its words
# in the lead): a banner, a call to action or another story's headline that the page
# classifier kept ("Something's different, right?" over a power-cut story). It cannot stay
# a paragraph: cleaning the rendering again, the page classifier drops it under the title
# put back (a dev page), and as the first line of a rendering with no title it would be
# the title.
DISPLACED_TITLE = "displaced_title"
DISPLACED_REASON = (
    "a headline-shaped line over the story whose words its lead does not repeat, where the "
    "page's headline (printed twice, its words in the lead) was found"
)


def content_words(text: str, stopwords: frozenset[str]) -> set[str]:
    """A line's content words: casefolded words of two letters or more, no function word of
    any shipped language, no number.

    >>> sorted(content_words("The Fed raises rates in 2024", any_stopword()))
    ['fed', 'raises', 'rates']
    """
    return _content_only(key_words(text), stopwords)


def _content_only(words: Iterable[str], stopwords: frozenset[str]) -> set[str]:
    """The content words among a line's key words (`text.key_words`): see `content_words`."""
    return {
        word for word in words if len(word) > 1 and not word.isdigit() and word not in stopwords
    }


def site_suffix_prefix(text: str) -> str | None:
    """The headline of a line printed as "Headline | Site", or None for another shape.

    >>> site_suffix_prefix("Fed raises rates again | Example News")
    'Fed raises rates again'
    >>> site_suffix_prefix("Fed raises rates again") is None
    True
    """
    if _SPACED_SEPARATOR.search(text) is None:
        return None
    found = _SITE_SUFFIX.match(text)
    return found.group("head") if found is not None else None


_TEXT = attrgetter("text")


def _printed_twice(blocks: Sequence[Block]) -> Callable[[str], bool]:
    """Whether a text is printed twice in the page: twice as it is, or once more with a
    site's name after it ("Headline | Site").

    Asked of a few lines over the story, each answered by two C-level searches of the
    page's lines, not by a count of every line and a "Headline | Site" test of every line
    with a spaced separator (issue #8: 134 pages of a page-mode pass of the dev full pages
    ask, one to three lines each). The lines are read at the first question: most pages
    have no line over the story that gets that far.
    """
    read: list[tuple[list[str], str | None]] = []

    def printed_twice(text: str) -> bool:
        if not read:
            texts = list(map(_TEXT, blocks))
            joined = "\n".join(texts)
            # Each text a line of the joined texts: then a line's start is a text's start.
            lines = "\n" + joined if joined.count("\n") == len(texts) - 1 else None
            read.append((texts, lines))
        texts, lines = read[0]
        if texts.count(text) > 1:
            return True
        # "Headline | Site" opens with its headline, and with nothing else: its head is
        # the text only if it opens with the text (`site_suffix_prefix`'s ``^(?P<head>.+)``).
        if lines is not None and "\n" not in text:
            opening = _opening_with(text, lines)
        else:
            opening = [other for other in texts if other.startswith(text)]
        return any(
            len(other) > len(text) and site_suffix_prefix(other) == text for other in opening
        )

    return printed_twice


def _opening_with(text: str, lines: str) -> list[str]:
    """The lines of ``lines`` (a line feed before each line, none inside one) that open
    with ``text`` (no line feed in it), found by `str.find` in C: "\\n" + ``text`` is found
    where a line opens with it.

    >>> _opening_with("Fed", "\\nHome\\nFed raises rates | News\\nThe Fed")
    ['Fed raises rates | News']
    """
    needle = "\n" + text
    found: list[str] = []
    at = lines.find(needle)
    while at != -1:
        end = lines.find("\n", at + 1)
        found.append(lines[at + 1 : end if end != -1 else len(lines)])
        at = lines.find(needle, at + 1)
    return found


def find_page_title(
    blocks: Sequence[Block],
    kept: Sequence[Block],
    fates: Mapping[int, str],
    matched_alone: Callable[[Block], bool],
    evidence: TitleEvidence = DEFAULT_EVIDENCE,
    lead: set[str] | None = None,
) -> TitleLine | None:
    """The page's title among the lines dropped over the story, or None.

    ``blocks`` are all of the page's, in order; ``kept`` the blocks the run kept, the first
    of them the story's first paragraph (a headline-shaped first kept block is the title
    by article mode's rule, asked before: `DocumentRun.title`); ``fates`` the rule that
    removed each removed block, by its first input line; ``matched_alone`` whether a rule
    matches a block alone; ``lead``, when known, ``kept``'s lead (`story_lead`), found
    here otherwise.

    >>> lines = ["Home", "World", "Fed raises its rates again", "By Jane Doe",
    ...          "The Fed raised rates again on Monday, the third time this year, as "
    ...          "inflation stayed high.", "Fed raises its rates again | Example News"]
    >>> page = [Block(text, i, i + 1) for i, text in enumerate(lines)]
    >>> found = find_page_title(page, page[4:5], {0: "page_classifier",
    ...     1: "page_classifier", 2: "page_classifier", 3: "byline", 5: "page_classifier"},
    ...     lambda block: block.text == "By Jane Doe")
    >>> found.block.text, found.reason == TWICE_REASON
    ('Fed raises its rates again', True)
    """
    if not kept:
        return None
    # Blocks are in input order, each starting after the last: the story's by bisection.
    story = bisect_left(blocks, kept[0].start, key=_start)
    stopwords = any_stopword()
    # The lead's words at the first line that is asked about them (unless given): on 53 of
    # the 286 calls of a page-mode pass of the dev full pages no line over the story gets
    # that far.
    twice = _printed_twice(blocks)
    # The menus over the story: the tags under it name its topics, as its headline does
    # ("Pontardulais" under "Pontardulais RFC announce pre-season fixtures").
    menu = _menu_reader(blocks, story, stopwords)
    for index in range(story - 1, max(story - evidence.window, 0) - 1, -1):
        block = blocks[index]
        if fates.get(block.start) not in _TITLE_FATES or not looks_like_title(block.text):
            continue
        opens = index == story - 1 == 0
        adjacent = index == story - 1 and _under_short_lines(blocks, index, evidence)
        lead = story_lead(kept, evidence) if lead is None else lead
        reason = _title_reason(block, opens, adjacent, lead, stopwords, twice, evidence)
        if reason is None and adjacent:
            reason = _short_page_reason(block, lead, stopwords, menu, evidence)
        # Last, as it costs most: a dropped line was never matched (the rules read what the
        # page classifier kept), and a line no round matched asks the whole rule set.
        if reason is not None and not matched_alone(block):
            return TitleLine(block, reason, _copies_kept(block, kept))
    return None


def _copies_kept(block: Block, kept: Sequence[Block]) -> tuple[Block, ...]:
    """The kept blocks that print ``block`` again, compared as `dedupe.within` compares a
    copy (`text.label_key`): a copy with a zero-width joiner or a case of its own is a copy
    all the same, and cleaning the rendering would remove it.

    Only the blocks whose key signature is the title's (`ascii_key_signatures`, which
    blocks with one key share) are given a key: one C pass over the story where a key of
    every block was made (issue #8: 3.4 times faster on the dev full pages' blocks).

    >>> kept = [Block(t, i, i + 1) for i, t in enumerate(["Fed raises RATES", "Rain.", "x"])]
    >>> _copies_kept(Block("Fed raises rates", 9, 10), kept) == (kept[0],)
    True
    """
    key = label_key(block.text)
    if not key:
        return ()
    signatures = ascii_key_signatures([block, *kept])
    if signatures is not None:
        kept = [b for b, s in zip(kept, signatures[1:], strict=True) if s == signatures[0]]
    return tuple(b for b in kept if label_key(b.text) == key)


def _menu_reader(
    blocks: Sequence[Block], story: int, stopwords: frozenset[str]
) -> Callable[[], set[str]]:
    """The content words of the menus among the first ``story`` of ``blocks`` (see
    MENU_MAX_WORDS), read at the first question, once: most pages have no headline that
    gets that far (nor are the blocks copied for them)."""
    read: list[set[str]] = []

    def menu() -> set[str]:
        if not read:
            above = blocks[:story]
            read.append(
                content_words_of((b.text for b in above if b.words <= MENU_MAX_WORDS), stopwords)
            )
        return read[0]

    return menu


def content_words_of(texts: Iterable[str], stopwords: frozenset[str]) -> set[str]:
    """The content words of several lines (`content_words`): a page's menus (its lines of
    MENU_MAX_WORDS words or fewer), a story's text.

    >>> sorted(content_words_of(["Home", "Local news", "What's On"], any_stopword()))
    ['home', 'local', 'news']
    """
    return {word for text in texts for word in content_words(text, stopwords)}


def _short_page_reason(
    block: Block,
    lead: set[str],
    stopwords: frozenset[str],
    menu: Callable[[], set[str]],
    evidence: TitleEvidence,
) -> str | None:
    """Why a headline printed once right above the story under short lines only is the
    title though its lead repeats few of its words (`TitleEvidence.short_min_shared_words`),
    or None: none of its words is a menu's. ``lead``: the lead's key words (`story_lead`)."""
    if block.words < evidence.once_min_words:
        return None
    words = content_words(block.text, stopwords)
    if len(words) < evidence.short_min_content_words:
        return None
    if _stems_shared(words, _content_only(lead, stopwords)) < evidence.short_min_shared_words:
        return None
    if words & menu():
        return None
    return SHORT_PAGE_REASON


def _stems_shared(words: set[str], lead: set[str]) -> int:
    """How many of a headline's content words the lead repeats, whole or as a stem: a word
    of STEM_MIN_LETTERS letters or more inside the other ("Altbürgermeister" /
    "Bürgermeister", "Marstrandsregattan" / "regatta"), or a common beginning of
    STEM_MIN_LETTERS + 1 ("parrocchia" / "parroco", "libraries" / "library").

    >>> _stems_shared({"trauer", "altbürgermeister"}, {"bürgermeister", "gemeinde"})
    1
    >>> _stems_shared({"parrocchia", "messe"}, {"parroco", "estate"})
    1
    >>> _stems_shared({"fixtures", "announce"}, {"friendlies", "club"})
    0
    """
    return sum(1 for word in words if any(_same_stem(word, other) for other in lead))


def _same_stem(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) >= STEM_MIN_LETTERS and short in long:
        return True
    return len(short) > STEM_MIN_LETTERS and long.startswith(short[: STEM_MIN_LETTERS + 1])


def _under_short_lines(blocks: Sequence[Block], index: int, evidence: TitleEvidence) -> bool:
    """Whether every block over ``blocks[index]`` in the window is short (see
    `TitleEvidence.above_max_words`)."""
    above = blocks[max(index - evidence.window, 0) : index]
    return all(block.words <= evidence.above_max_words for block in above)


def story_lead(story: Sequence[Block], evidence: TitleEvidence = DEFAULT_EVIDENCE) -> set[str]:
    """The key words (`text.key_words`) of the story's lead, its first
    ``evidence.lead_blocks`` blocks: function words and numbers too.

    Found once for a story and handed to `lead_repeats` and `find_page_title`, which both
    read it when a headline-shaped first kept block is asked about (issue #8: it was found
    twice then, about a fifth of `DocumentRun.title`).

    The lead is asked which of a line's content words it repeats (`_shares_lead`), and a
    content word is in its content words iff it is in its key words: the content words are
    the key words that pass one test of the word alone (`_content_only`). Not filtered, the
    lead's words are one C call a block (issue #8: the filter, a Python step a word of three
    paragraphs, was a third of the title's search); `_short_page_reason`, which compares
    stems, filters them (`_content_only`).
    """
    lead: set[str] = set()
    for block in story[: evidence.lead_blocks]:
        lead.update(key_words(block.text))
    return lead


def lead_repeats(
    block: Block,
    story: Sequence[Block],
    evidence: TitleEvidence = DEFAULT_EVIDENCE,
    lead: set[str] | None = None,
) -> bool:
    """Whether the lead of ``story`` (the blocks under ``block``) repeats enough of the
    block's content words to be its headline (`TitleEvidence`); ``lead``, when known, is
    ``story``'s (`story_lead`).

    >>> story = [Block("The Fed raised its rates again on Monday, the third time.", 1, 2)]
    >>> lead_repeats(Block("Fed raises its rates again", 0, 1), story)
    True
    >>> lead_repeats(Block("Become a member", 0, 1), story)
    False
    """
    stopwords = any_stopword()
    words = content_words(block.text, stopwords)
    return _shares_lead(words, story_lead(story, evidence) if lead is None else lead, evidence)


def _start(block: Block) -> int:
    return block.start


def _title_reason(
    block: Block,
    opens: bool,
    adjacent: bool,
    lead: set[str],
    stopwords: frozenset[str],
    twice: Callable[[str], bool],
    evidence: TitleEvidence,
) -> str | None:
    """Why a headline-shaped line dropped over the story is the title, or None.

    The lead must repeat its words (`_shares_lead`), and either the page prints it twice,
    or it ``opens`` the document: the document's first line, the story's first paragraph
    the next, as a rendered `Article` starts (so its title, cleaned again, is found again
    where the page classifier drops it), or it is ``adjacent``: right above the story's
    first paragraph with only short lines over it (`TitleEvidence.above_max_words`). Not
    by its shape alone: a first line the page classifier dropped is a site's name or a
    menu's as often, and with it put back over the story the classifier reads the page's
    other lines anew.
    """
    keys = key_words(block.text)
    # A screen, exact: the line's content words are some of its key words, so the lead
    # repeats no more of them than of its key words (found in C; most candidates over a
    # story are a menu's or a related story's and share fewer: issue #8).
    if len(lead.intersection(keys)) < evidence.min_shared_words:
        return None
    if not _shares_lead(_content_only(keys, stopwords), lead, evidence):
        return None
    if opens:
        return FIRST_REASON
    if block.words >= evidence.twice_min_words and twice(block.text):
        return TWICE_REASON
    return ADJACENT_REASON if adjacent and block.words >= evidence.once_min_words else None


FIRST_REASON = "the page's headline: its first line, over the story, its words in the lead"
TWICE_REASON = "the page's headline: printed twice in the page, its words in the story's lead"
ADJACENT_REASON = (
    "the page's headline: right above the story's first paragraph, its words in the lead"
)


SHORT_PAGE_REASON = (
    "the page's headline: right above a short story's first paragraph, printed once, "
    "a word of it in the lead and none in the menus"
)


def _shares_lead(words: set[str], lead: set[str], evidence: TitleEvidence) -> bool:
    """Whether the lead repeats enough of a line's content words ``words``; ``lead`` holds
    the lead's content words, and may hold its other key words (`story_lead`): no content
    word is one of those."""
    if len(words) < evidence.min_content_words:
        return False
    shared = len(words & lead)
    return shared >= evidence.min_shared_words and shared >= evidence.min_shared_share * len(words)
