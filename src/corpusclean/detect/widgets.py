"""The sidebar-widget detector: blog software's widgets ending the document, by their titles.

A blog's sidebar prints its widgets after the post when an extractor linearises the page: a
recent-posts box ("Recent Posts" and five titles), the archive ("Blog Archive", "► 2021 (12)",
"März (4)"), the label list ("Labels", "Garden (23)"), "About Me" and a line of profile. Their
titles come from the software's translation files (`data/widgets.toml`: WordPress's default
widgets from its own catalogs, Blogger's gadgets), so the same few words head them on every
blog of a language, whatever the blog is about: evidence that holds on sites never seen.

A widget is read only at the end: from its title to the document's end every kept line is a
widget title or a widget row (a short line without a sentence's stop, the shape of a post's
title, a month or a label with its count), and the post's prose stands above. A title of a
kind only a widget prints ("Recent Posts", "Blog Archive") is enough; a title that is also
an ordinary heading ("Archives", "Categories", "Links") counts only beside another widget
title, as two widgets in a row make a sidebar, and only printed once (a list's items
repeat). What stays, by that reading: a story's sub-heading that is one of those words with
prose under it (the prose stops the walk from the end); the word inside a sentence (titles
match whole lines); a story's own list of months or categories with numbers at its end (no
widget title over it, or one generic heading alone); an "About me" page whose paragraphs are
the article (they end with stops); a document with no prose above the titles (a list page,
nothing to keep it apart from).

The titles are read in every shipped language at once, as the related-box labels are
(`language.load_related_words`): a short excerpt often wins no language vote, and a Danish
blog cleaned with the English rules still prints Danish widget titles.
"""

from __future__ import annotations

import enum
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from importlib import resources

import attrs

from ..compat import tomllib
from ..model import Block, Verdict
from .boxlabel import headline_shaped
from .facts import Facts
from .scopes import body_bounds
from .verdicts import remove_kept_from

__all__ = ["WidgetTitles", "load_widget_titles", "mark_sidebar_widgets", "title_kind"]

NAME = "sidebar_widgets"
FAMILY = "navigation"

# A sidebar's rows are a word or a few each (a month, a count, a label, a post's title): the
# Readability set's Blogger page prints its archive, label list and profile in 150 words over
# 127 lines ("►" / "August" / "(5)" a line each). More words than this from the end up are a
# story's list or a poem, not a sidebar, and the walk from the end stops looking.
TAIL_MAX_WORDS = 200

# What opens a widget's row or title and is no part of its words: list bullets and the
# archive's disclosure arrows ("► 2021 (12)", "▼ März"), at most this many characters.
_LEADING_MARKERS = re.compile(r"^[\W_]{0,3}")
# A title's closing colon or ellipsis ("Labels:", "Subscribe to:", "Blog Archive ...").
_TITLE_END = " \t:.…"
_SPACES = re.compile(r"\s+")
# A line longer than the longest title by more than this (bullets, spaces, a colon) is no
# title: most lines are read no further than their length.
TITLE_SLACK_CHARS = 8


class TitleKind(enum.Enum):
    """How much a widget title tells alone."""

    #: Only a widget prints it ("Recent Posts", "Blog Archive"): one is enough.
    NAMED = "named"
    #: Also an ordinary heading ("Archives", "Links"): it counts beside another title only.
    GENERIC = "generic"


@attrs.frozen(slots=True)
class WidgetTitles:
    """The widget titles of every shipped language, as `title_key` strings."""

    named: frozenset[str]
    generic: frozenset[str]
    #: The longest title's length, for the cheap test that most lines fail.
    max_chars: int = attrs.field(init=False)

    #: Every strict start of a named title of two or more words (`_starts_a_named_title`).
    named_starts: frozenset[str] = attrs.field(init=False, repr=False)

    @max_chars.default
    def _longest(self) -> int:
        return max(map(len, self.named | self.generic), default=0)

    @named_starts.default
    def _named_starts(self) -> frozenset[str]:
        # One set look-up a cut line, in place of a walk of every named title (issue #8).
        return frozenset(
            title[:end] for title in self.named if " " in title for end in range(1, len(title))
        )

    @classmethod
    def from_toml(cls, text: str) -> WidgetTitles:
        """Read the titles file's ``[language] named = [...] generic = [...]`` tables.

        >>> titles = WidgetTitles.from_toml('[en]\\nnamed = ["Recent Posts"]\\ngeneric = []')
        >>> sorted(titles.named)
        ['recent posts']
        """
        data = tomllib.loads(text)
        named = {title_key(t) for lists in data.values() for t in lists.get("named", ())}
        generic = {title_key(t) for lists in data.values() for t in lists.get("generic", ())}
        # A title both kinds in two languages reads as the weaker one: precision first.
        return cls(frozenset(named - generic), frozenset(generic))


@cache
def load_widget_titles() -> WidgetTitles:
    """The widget titles shipped in ``corpusclean/data/widgets.toml``.

    >>> "blog archive" in load_widget_titles().named
    True
    """
    resource = resources.files("corpusclean").joinpath("data").joinpath("widgets.toml")
    return WidgetTitles.from_toml(resource.read_text("utf-8"))


def title_key(text: str) -> str:
    """A line's words as a widget title is compared: no bullet or arrow before them, no colon
    after, spaces collapsed, case folded.

    >>> title_key("► Blog Archive:"), title_key("  Über  mich ")
    ('blog archive', 'über mich')
    """
    words = _LEADING_MARKERS.sub("", text.strip(), count=1).rstrip(_TITLE_END)
    return _SPACES.sub(" ", words).strip().casefold()


def title_kind(text: str, titles: WidgetTitles, *, cut: bool = False) -> TitleKind | None:
    """Which kind of widget title the line is, or None; with ``cut``, a line that is the
    start of a named title of two or more words counts as that title (an excerpt cut at
    "Populære opslag f").

    >>> titles = load_widget_titles()
    >>> title_kind("Letzte Beiträge", titles), title_kind("Archives:", titles)
    (<TitleKind.NAMED: 'named'>, <TitleKind.GENERIC: 'generic'>)
    >>> title_kind("Populære opslag f", titles, cut=True)
    <TitleKind.NAMED: 'named'>
    >>> title_kind("The archive of the town hall", titles) is None
    True
    """
    if len(text) > titles.max_chars + TITLE_SLACK_CHARS:
        return None
    key = title_key(text)
    if key in titles.named:
        return TitleKind.NAMED
    if key in titles.generic:
        return TitleKind.GENERIC
    if cut and _starts_a_named_title(key, titles):
        return TitleKind.NAMED
    return None


def _starts_a_named_title(key: str, titles: WidgetTitles) -> bool:
    """Whether ``key`` is a strict start of a named title of two or more words, and holds
    more than its first word (one word alone starts too many headings)."""
    return " " in key and key in titles.named_starts


def mark_sidebar_widgets(blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts) -> None:
    """Remove blog widgets ending the document: their titles and the rows under them.

    >>> from corpusclean.language import load_language
    >>> from corpusclean.model import KEEP
    >>> story = "Die Bohnen sind dieses Jahr früh reif geworden, und die Ernte war gut."
    >>> lines = [story, "Letzte Beiträge", "Tomaten im Gewächshaus", "Die erste Ernte"]
    >>> blocks = [Block(t, i, i + 1) for i, t in enumerate(lines)]
    >>> verdicts = [KEEP] * 4
    >>> mark_sidebar_widgets(blocks, verdicts, Facts(load_language("de")))
    >>> [v.keep for v in verdicts]
    [True, False, False, False]
    """
    start = _widget_tail_start(blocks, verdicts, load_widget_titles(), facts)
    if start is None or body_bounds(blocks, facts)[0] >= start:
        return  # no widget tail, or no prose above it: nothing tells a sidebar from a list
    verdict = Verdict(
        keep=False,
        rule=NAME,
        reason="blog software's widgets ending the document: their titles and rows",
        family=FAMILY,
    )
    remove_kept_from(verdicts, start, verdict)


def _widget_tail_start(
    blocks: Sequence[Block],
    verdicts: Sequence[Verdict],
    titles: WidgetTitles,
    facts: Facts,
) -> int | None:
    """Where the widgets ending the document start: the highest widget title with only
    titles and rows kept below it, when those titles hold a named one or two different
    ones; None otherwise.

    Walks back from the end while the kept lines are titles or rows, so a document ending
    in prose costs one look. A title that an earlier round removed ("Recent comments", which
    the certain `comment_widget` rule takes alone before the ambiguous removals are
    decided) is the document's line right above the walk's highest row (``facts``'
    `Facts.previous`), no longer among ``blocks``: it is still the rows' title."""
    found: list[tuple[int, str, TitleKind]] = []
    words = 0
    top: int | None = None  # the highest kept title or row the walk read
    for index in range(len(blocks) - 1, -1, -1):
        if not verdicts[index].keep:
            continue
        text = blocks[index].text
        kind = title_kind(text, titles, cut=index == len(blocks) - 1)
        if kind is not None:
            found.append((index, title_key(text), kind))
        elif not headline_shaped(text):
            break
        top = index
        words += blocks[index].words
        if words > TAIL_MAX_WORDS:
            return None
    if top is not None and (removed := _title_removed_above(blocks, top, titles, facts)):
        found.append((top, *removed))
    if not found or not _is_sidebar([(key, kind) for _, key, kind in found]):
        return None
    return found[-1][0]


def _title_removed_above(
    blocks: Sequence[Block], top: int, titles: WidgetTitles, facts: Facts
) -> tuple[str, TitleKind] | None:
    """The widget title right above block ``top`` in the document, as its key and kind, when
    an earlier round removed it (it is no longer among ``blocks``); None otherwise."""
    above = facts.previous(blocks[top])
    if above is None or (top > 0 and blocks[top - 1].start == above.start):
        return None
    kind = title_kind(above.text, titles)
    return None if kind is None else (title_key(above.text), kind)


def _is_sidebar(titles: Sequence[tuple[str, TitleKind]]) -> bool:
    """Whether the titles of a tail make it widgets: a named title, or two different generic
    titles each printed once.

    A sidebar prints each widget's title once. A word printed again and again is a list's
    items: the Readability set's ``base-url`` page lists "link" eight times under its
    "Links" heading, and its gold keeps them.

    >>> _is_sidebar([("links", TitleKind.GENERIC)] + [("link", TitleKind.GENERIC)] * 8)
    False
    >>> _is_sidebar([("archives", TitleKind.GENERIC), ("categories", TitleKind.GENERIC)])
    True
    """
    if any(kind is TitleKind.NAMED for _, kind in titles):
        return True
    counts = Counter(key for key, _ in titles)
    return sum(1 for count in counts.values() if count == 1) >= 2
