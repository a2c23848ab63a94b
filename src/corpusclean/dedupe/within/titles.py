"""Copies of the title: the page's title tag beside the headline, the title cut short, a
title again further down (a table of contents' first entry stays)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...model import Block
from ...text import (
    ELLIPSES,
    HEADLINE_MAX_WORDS,
    PROSE_MIN_WORDS,
    announces_what_follows,
    is_prose,
    is_sentence,
    label_key,
)
from .duplicate import DUPLICATE_TITLE, Duplicate
from .keys import comparison_keys  # noqa: F401 (read by the doctests)

# A table of contents repeats the article's sub-headings by design: a "title" that is the
# first of this many blocks in a row, each printed again further down in the same order,
# each copy over a paragraph (`text.is_prose`: its section's text), is its first entry, and
# its later copy is the first section's heading, which stays. A page pasted twice prints its
# header's lines again next to each other, and a menu printed again in a footer has no
# paragraph under its items: neither is taken for one.
CONTENTS_MIN_ENTRIES = 3
# A sentence of the story's that announces what follows with a colon (`_announced`) has a
# paragraph's length (`text.PROSE_MIN_WORDS`); a box's label over a copy of the headline is a
# few words. Higher than the floor over a list (`detect.headlines.LIST_INTRO_MIN_WORDS`, 8)
# on purpose: what follows here is one line, the headline again, and a box's call over it
# may run to eight words ("Share this article with your friends and family:"), while the
# post that presents a document announces it in a paragraph's sentence. A precaution, not a
# measurement: at 8 no output of the dev set, real-pages sets or precision probes changed.
LEAD_IN_MIN_WORDS = PROSE_MIN_WORDS
#: A line of this many words or more that ends like a sentence, between an opening line that
#: may be a title tag and the headline it would copy, is the story's standfirst ("A quiet,
#: moving film about the town's first female harbour master."): a date line ("Updated
#: 6:15 p.m.") or a byline with a stop ("By Jane Holt, staff writer.") is shorter.
SENTENCE_MIN_WORDS = 7

# A page's title tag is the headline with the site's name around it ("Storm hits coast | The
# Daily Post", "VIDEO: Storm hits coast"); extracted text often holds it beside the headline.
# The name sits behind one of these separators, spaced as title tags space them.
_SITE_SEPARATORS = (" | ", " - ", " – ", " — ", " · ", " :: ", " » ")
# ...or before the headline, also behind a colon ("VIDEO: ...", "Opinion: ...").
_SITE_PREFIX_SEPARATORS = (*_SITE_SEPARATORS, ": ")
# A breadcrumb trail ends in the page's headline ("Home › World › Storm hits coast"): sites
# print it above the story or in the footer. Its steps are names (`_looks_like_site_name`)
# behind these separators, at most `BREADCRUMB_MAX_STEPS` of them (a site's sections rarely
# nest deeper); the headline after the last one is then a title tag's headline.
_BREADCRUMB_SEPARATORS = (" › ", " > ", " » ")
BREADCRUMB_MAX_STEPS = 4
# Any of the separators above, for `_has_separator`: one C search of a line, where a test of
# each separator in turn was a Python step each (issue #8).
_ANY_SEPARATOR = re.compile(
    "|".join(map(re.escape, dict.fromkeys((*_SITE_PREFIX_SEPARATORS, *_BREADCRUMB_SEPARATORS))))
)
#: A site's name or a label beside a headline has at most this many words ("The Times of
#: India", "Example News"); a longer remainder is a sentence, and the line is its own.
SITE_NAME_MAX_WORDS = 5
# A title tag may name a section and the site ("... | Politics | The Daily Post").
_SITE_NAME_MAX_PARTS = 2
# The most characters names and separators add to a headline: generous, only a screen.
_SITE_NAME_MAX_CHARS = _SITE_NAME_MAX_PARTS * (SITE_NAME_MAX_WORDS * 16 + 4)
# The longest title tag: a headline's 22 words (`text.looks_like_headline`) of 9 letters on
# average, far more than headlines have, and the names.
_TITLE_TAG_MAX_CHARS = HEADLINE_MAX_WORDS * 10 + _SITE_NAME_MAX_CHARS
#: A label before a colon ("Titre original : ...", "Původní název: ...", "Original title:
#: ...") may be a noun and its adjective in lower case, of at most this many words, the
#: first capitalised: a translated story names its original's headline so. It is read only
#: before the colon, and the rest must be the headline whole, near it or at the end; a
#: sentence that ends in the headline has more words before it. (A name and a verb, "Merkel
#: sagte: <headline>", reads as a label too: a line that is the headline again.)
COLON_LABEL_MAX_WORDS = 2
#: The headline part must have this many words: "Home | Example News" beside "Home" is a
#: menu, not a copy of a headline.
TITLED_COPY_MIN_WORDS = 3
#: A copy of the headline cut short with an ellipsis (a share box's or a card's description:
#: "Storm hits the…" under the byline) keeps at least this many of its first words: the
#: same floor as a title tag's headline, since two words ("Storm hits…") open many lines.
CUT_TITLE_MIN_WORDS = TITLED_COPY_MIN_WORDS
#: A title tag stands within this many blocks of the headline, above or below it (a byline or
#: a date between them), or among this many last blocks (a page's footer repeats it).
TITLE_TAG_WINDOW = 3
# Lower-case words a site's name may hold between capitalised ones ("The Times of India",
# "Corriere della Sera", "Frankfurter Allgemeine"): connectors, never the name's ends.
_CONNECTOR_WORDS = (
    "of the and for on in & de du des la le les di del della dei der die das van von y e et und"
)
_NAME_CONNECTORS = frozenset(_CONNECTOR_WORDS.split())


def _opens_contents(blocks: Sequence[Block], keys: Sequence[str], title: int) -> bool:
    """Whether the ``title`` block opens a table of contents (`CONTENTS_MIN_ENTRIES`).

    One forward scan: linear in the number of blocks.

    >>> texts = ["Why", "How", "When", "Why", "How", "When"]
    >>> story = "The river rose by a metre overnight and closed the road again."
    >>> sections = [Block(t, i, i + 1) for i, t in enumerate(
    ...     [*texts[:3], texts[3], story, texts[4], story + " Twice.", texts[5], "So " + story])]
    >>> _opens_contents(sections, comparison_keys(sections), 0)
    True
    >>> menus = [Block(t, i, i + 1) for i, t in enumerate([*texts, story])]
    >>> _opens_contents(menus, comparison_keys(menus), 0)
    False
    """
    entries = range(title, title + CONTENTS_MIN_ENTRIES)
    if entries.stop > len(keys) or not all(keys[entry] for entry in entries):
        return False
    copy = entries.stop
    for entry in entries:
        while copy < len(keys) and keys[copy] != keys[entry]:
            copy += 1
        under = copy + 1
        if under >= len(blocks) or not is_prose(blocks[under].text, blocks[under].words):
            return False
        copy = under + 1
    return True


def _mark_title_copies(
    blocks: Sequence[Block], keys: Sequence[str], title: int | None, found: dict[int, Duplicate]
) -> None:
    if title is None or not keys[title] or _opens_contents(blocks, keys, title):
        return
    kept = _headline_over_banner(blocks, keys, title)
    for index, key in enumerate(keys):
        if index != kept and key == keys[title] and not _announced(blocks, index, title):
            found[index] = Duplicate(DUPLICATE_TITLE, kept)


def _announced(blocks: Sequence[Block], index: int, title: int) -> bool:
    """Whether the story's own sentence announces the block: the block above it, not the
    title, is a sentence of `LEAD_IN_MIN_WORDS` words or more ending in a colon.

    A post titled by the document it presents names that document again in its body
    ("... für unsere Root-Server eine Leistungsbeschreibung erstellt, die ab sofort
    wirksamer Vertragsbestandteil ist:" / "Leistungsbeschreibung für Root-Server"): the
    sentence points at the line, which is the article's. A share box's or a related box's
    label over a copy of the headline ("Share this article:", "Lesen Sie auch:") is a few
    words, so such copies still go.

    >>> bs = [Block(t, i, i + 1) for i, t in enumerate(["Terms for root servers",
    ...     "We have written a description of the service that is now part of every contract:",
    ...     "Terms for root servers"])]
    >>> _announced(bs, 2, 0), _announced([bs[0], Block("Share this:", 1, 2), bs[2]], 2, 0)
    (True, False)
    """
    above = index - 1
    if above <= title:
        return False
    lead_in = blocks[above]
    return announces_what_follows(lead_in.text, lead_in.words, LEAD_IN_MIN_WORDS)


def _headline_over_banner(blocks: Sequence[Block], keys: Sequence[str], title: int) -> int:
    """The printing of the title to keep: the title, or, when the title is a banner in
    capitals, its first later printing that is not (see `_in_capitals`).

    A page's banner prints the headline in capitals above the story's own headline in
    title or sentence case, the same words: the capitals are the copy, the headline in the
    story's case is the article's. As many printings go as before; only which one stays.

    >>> bs = [Block(t, i, i + 1) for i, t in enumerate(
    ...     ["STORM HITS COAST", "By Jane Roe", "Storm Hits Coast", "Rain fell all night."])]
    >>> _headline_over_banner(bs, comparison_keys(bs), 0)
    2
    """
    if not _in_capitals(blocks[title].text):
        return title
    return next(
        (
            index
            for index in range(title + 1, len(keys))
            if keys[index] == keys[title] and not _in_capitals(blocks[index].text)
        ),
        title,
    )


def _in_capitals(text: str) -> bool:
    """Whether a line's letters are all capitals (and it has some).

    >>> _in_capitals("STORM HITS COAST, 3 DEAD"), _in_capitals("Storm Hits Coast")
    (True, False)
    >>> _in_capitals("2024")
    False
    """
    return text.isupper()


def _looks_like_site_name(text: str) -> bool:
    """Whether a remainder beside a headline is a site's name or a label: a few words, each
    capitalised, a number or a domain, connectors only between them ("The Times of India",
    "nytimes.com", "VIDEO"); "a dazzling tale" is the headline's own words.

    >>> [_looks_like_site_name(t) for t in ["The Times of India", "BBC News", "a dazzling tale"]]
    [True, True, False]
    """
    words = text.split()
    if not 1 <= len(words) <= SITE_NAME_MAX_WORDS or text.endswith(("?", "!")):
        return False
    if words[0] in _NAME_CONNECTORS or words[-1] in _NAME_CONNECTORS:
        return False  # lower-case at an end: a phrase ("and more"), not a name ("Le Monde")
    return all(
        word[0].isupper() or word[0].isdigit() or "." in word.strip(".") or word in _NAME_CONNECTORS
        for word in words
    )


def _looks_like_colon_label(text: str) -> bool:
    """Whether the text before a colon is a label of `COLON_LABEL_MAX_WORDS` words or fewer,
    the first capitalised, all letters.

    >>> [_looks_like_colon_label(t) for t in ["Titre original ", "Título original", "He said"]]
    [True, True, True]
    >>> [_looks_like_colon_label(t) for t in ["the river", "Top 10", "In a word, he"]]
    [False, False, False]
    """
    words = text.split()
    return (
        1 <= len(words) <= COLON_LABEL_MAX_WORDS
        and words[0][0].isupper()
        and all(word.isalpha() for word in words)
    )


def headlines_in_title_tag(text: str) -> tuple[str, ...]:
    """What may be the headline inside a title tag's text: the text without a site's name
    after it (one or two names: a section and the site), or without one before it.

    Both readings are kept, since either side may be the site ("The Daily Post | Storm Hits
    Coast"); the caller compares them with the headline it has. A label before a colon may
    hold a word in lower case (`COLON_LABEL_MAX_WORDS`: "Titre original : Storm hits coast").

    >>> headlines_in_title_tag("Storm hits coast | Politics | The Daily Post")
    ('Storm hits coast | Politics', 'Storm hits coast')
    >>> headlines_in_title_tag("VIDEO: Storm hits coast")
    ('Storm hits coast',)
    >>> headlines_in_title_tag("Storm hits coast - a dazzling tale")
    ()
    """
    found: list[str] = []
    rest = text
    for _ in range(_SITE_NAME_MAX_PARTS):
        cut, separator = max((rest.rfind(s), s) for s in _SITE_SEPARATORS)
        if cut <= 0 or not _looks_like_site_name(rest[cut + len(separator) :]):
            break
        rest = rest[:cut]
        found.append(rest)
    for separator in _SITE_PREFIX_SEPARATORS:
        cut = text.find(separator)
        if cut > 0 and (
            _looks_like_site_name(text[:cut])
            or (separator == ": " and _looks_like_colon_label(text[:cut]))
        ):
            found.append(text[cut + len(separator) :])
            break
    found.extend(_headline_after_breadcrumb(text))
    return tuple(found)


def _headline_after_breadcrumb(text: str) -> tuple[str, ...]:
    """The last step of a breadcrumb trail whose other steps are names (see
    `_BREADCRUMB_SEPARATORS`); nothing when the text is no such trail.

    >>> _headline_after_breadcrumb("Home › World › Storm hits coast")
    ('Storm hits coast',)
    >>> _headline_after_breadcrumb("Prices rose > wages fell › as expected")
    ()
    """
    for separator in _BREADCRUMB_SEPARATORS:
        steps = text.split(separator, BREADCRUMB_MAX_STEPS)
        if 1 < len(steps) <= BREADCRUMB_MAX_STEPS and all(
            _looks_like_site_name(step) for step in steps[:-1]
        ):
            return (steps[-1],)
    return ()


def _has_separator(text: str) -> bool:
    """Whether a site's name can stand in the text: most lines hold no separator.

    >>> _has_separator("Home › World"), _has_separator("Storm hits the coast")
    (True, False)
    """
    return _ANY_SEPARATOR.search(text) is not None


def _headline_keys_in_title_tag(text: str) -> set[str]:
    """The keys of `headlines_in_title_tag`, of `TITLED_COPY_MIN_WORDS` words or more."""
    keys = {label_key(headline) for headline in headlines_in_title_tag(text)}
    return {key for key in keys if key.count(" ") + 1 >= TITLED_COPY_MIN_WORDS}


def find_titled_copies(blocks: Sequence[Block], title: int | None) -> dict[int, Duplicate]:
    """Copies of the headline with the site's name around them: the page's title tag.

    With a ``title``, a block that is the title with a site's name before or after it is
    its copy ("Storm hits coast | The Daily Post", "VIDEO: Storm hits coast"), when it stands
    within `TITLE_TAG_WINDOW` blocks after the title or among as many last blocks. A first
    block that is a title tag is itself the copy of the plain headline within
    `TITLE_TAG_WINDOW` blocks below it: the headline stays, the site's name goes. At most
    seven blocks are read, each screened by its length and a separator before any key is made.

    >>> blocks = [Block(t, i, i + 1) for i, t in enumerate(
    ...     ["Storm hits the coast", "Rain fell.", "Storm hits the coast - The Daily Post"])]
    >>> find_titled_copies(blocks, title=0)
    {2: Duplicate(rule='duplicate_title', original=0)}
    """
    found: dict[int, Duplicate] = {}
    if not blocks:
        return found
    # The title's key only once a block near it passes the screens that need none: most
    # rounds have no such block (issue #8: with `_has_separator` one search, 4.1 -> 3.5 ms a
    # page-mode pass of the dev full pages' duplicate rounds, replayed).
    tags = _title_tag_candidates(blocks, title) if title is not None else []
    if title is not None and tags:
        key = label_key(blocks[title].text)
        words = key.split(" ")
        if len(words) >= TITLED_COPY_MIN_WORDS:
            # The headline's first and last words are in its title tag.
            first, last = words[0], words[-1]
            for index in tags:
                folded = blocks[index].text.casefold()
                if (
                    first in folded
                    and last in folded
                    and key in _headline_keys_in_title_tag(blocks[index].text)
                ):
                    found[index] = Duplicate(DUPLICATE_TITLE, title)
    opening = blocks[0].text
    if (
        0 in found
        or len(opening) > _TITLE_TAG_MAX_CHARS
        or opening.endswith(".")  # a sentence, as a dateline's paragraph ends: no title tag
        or not _has_separator(opening)
    ):
        return found
    keys = _headline_keys_in_title_tag(opening)
    for index in range(1, min(len(blocks), TITLE_TAG_WINDOW + 1)) if keys else ():
        if label_key(blocks[index].text) in keys:
            found[0] = Duplicate(DUPLICATE_TITLE, index)
            break
        # A title tag and the headline stand together at the page's head, a byline or a date
        # between them; a sentence of the story between says the opening is the headline
        # itself, labelled ("Review: The Harbour Master"), and the line further down the
        # title of what the story presents (a film's, a book's box over its credits).
        if _is_sentence(blocks[index]):
            break
    return found


def _title_tag_candidates(blocks: Sequence[Block], title: int) -> list[int]:
    """The indices, in order, of the blocks that may be the title's title tag by their
    length and a separator (`find_titled_copies`' first screens, which need no key).

    A title tag stands near the headline or at the page's end (its footer), and a site's
    name adds a separator and a letter at least and a few words at most.

    >>> blocks = [Block(t, i, i + 1) for i, t in enumerate(
    ...     ["Storm hits the coast", "Rain fell.", "Storm hits the coast - The Daily Post"])]
    >>> _title_tag_candidates(blocks, 0)
    [2]
    """
    length = len(blocks[title].text)
    shortest, longest = length + 3, length + _SITE_NAME_MAX_CHARS
    near = range(title + 1, min(len(blocks), title + 1 + TITLE_TAG_WINDOW))
    end = range(max(near.stop, len(blocks) - TITLE_TAG_WINDOW), len(blocks))
    return [
        index
        for index in (*near, *end)
        if shortest <= len(blocks[index].text) <= longest and _has_separator(blocks[index].text)
    ]


def _is_sentence(block: Block) -> bool:
    """A sentence of the story (a standfirst): `SENTENCE_MIN_WORDS` words or more, ending
    like a sentence; a date ending in "p.m." or a byline with a stop is shorter."""
    return is_sentence(block.text, block.words, SENTENCE_MIN_WORDS)


def find_cut_title_copies(blocks: Sequence[Block], title: int | None) -> dict[int, Duplicate]:
    """Copies of the document's title cut short at a word and ended with an ellipsis, within
    `TITLE_TAG_WINDOW` blocks under it.

    The block must be nothing but the title's first `CUT_TITLE_MIN_WORDS` words or more and
    the ellipsis: a line of the story that opens with the headline's words goes on after
    them, or closes a quotation after the ellipsis ("“Storm hits the…” she said"), and stays.

    >>> blocks = [Block(t, i, i + 1) for i, t in enumerate(
    ...     ["Storm hits the coast overnight", "By Jane Roe", "Storm hits the…", "Rain fell."])]
    >>> find_cut_title_copies(blocks, title=0)
    {2: Duplicate(rule='duplicate_title', original=0)}
    """
    found: dict[int, Duplicate] = {}
    if title is None:
        return found
    for index in range(title + 1, min(len(blocks), title + 1 + TITLE_TAG_WINDOW)):
        text = blocks[index].text
        # Most documents have no line ending with an ellipsis there: the screen comes first.
        if not text.endswith(ELLIPSES) or len(text) >= len(blocks[title].text):
            continue
        headline = blocks[title].text.casefold()
        start = _without_ellipsis(text).casefold()
        # Cut at a word: the title goes on with a space and a word. A title that itself ends
        # with an ellipsis after those words (a title tag of a headline that ends with one)
        # is not the longer text.
        rest = headline[len(start) :] if headline.startswith(start) else ""
        if rest[:1] == " " and rest[1:2].isalnum() and len(start.split()) >= CUT_TITLE_MIN_WORDS:
            found[index] = Duplicate(DUPLICATE_TITLE, title)
    return found


def _without_ellipsis(text: str) -> str:
    """A line cut short, without its ellipsis and the dots or spaces before it: the start of
    the text it was cut from."""
    return text.rstrip(".… ")
