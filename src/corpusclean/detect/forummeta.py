"""Forum software's post meta: the author box a forum prints over each post.

A forum prints the same labels over every post, whatever it is about, from its translation
files: phpBB's "Joined: 31 Jan 2010" / "Posts: 1133" (French "Inscrit le", "Messages"), SMF's
"Berichten: 854" / "Gepost op: 14 juli 2010, 11:37:51", MyBB's "Threads:", XenForo's "Likes
Received:" with the value on the next line. The labels are data (`data/forum_meta.toml`, from
the software's own catalogs where they are open source), so the reading holds on sites never
seen. (A CMS's article counter, "Hits: 2125", is the rule `cms_article_info`'s.)

A label is read only with its colon and its value, a number or a date
(`comments.stamps.is_date_stamp`), on its line or alone on the next, and only beside
another: two different labels in one run of such lines (with a member's rank among them,
"Senior gebruiker") are an author box, wherever it stands (a thread prints one over every
post).

What stays, by that reading: a sentence that mentions posts or joining (a label opens its
line and its value is all the rest: "Since I joined this forum ..." is no label line); a
sports story's "Joined: 2019 from Ajax" (a year and words is neither a number nor a date); a
club's statistics ("Mitglieder: 312" over "Beiträge: 1.200": one label of the data); one
label alone, or the same label on every line of a list.

The newer software prints some labels without a colon (`ForumLabels.bare`): XenForo 2 puts
"Joined", "Messages", "Reaction score" on a line of their own with the value on the next,
and a theme may print the label alone ("Joined" with its date dropped) or after its count
("1,918 Posts"). Such a label is read only as the whole line (after a bullet), so "Joined
the club in 1998" or "Messages from readers" is no label line; and a run of them counts only
when one of its labels shows its value (two bare words of a menu, "Posts" over "Messages",
are no author box).

A thread (`forum_thread`): an author box over every post, so two or more of them are a
thread. The first post is the question or the article and stays; from the second box to the
end the lines are the later posts (scope "rest", as a comment thread after its head).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache
from importlib import resources
from itertools import islice

import attrs

from ..compat import tomllib
from ..language import load_thread_words
from ..model import Block, Verdict
from ..text import NAME_MAX_WORDS, char_class
from .bylines import FAMILY as BYLINE_FAMILY
from .comments import FAMILY as COMMENTS_FAMILY
from .comments.stamps import is_date_stamp
from .facts import Facts

__all__ = ["ForumLabels", "load_forum_labels", "mark_forum_post_meta", "mark_forum_thread"]

NAME = "forum_post_meta"
FAMILY = BYLINE_FAMILY
THREAD_NAME = "forum_thread"
THREAD_FAMILY = COMMENTS_FAMILY
# A thread shows an author box over each post: the second one is the evidence repeating
# (one box alone is one post's, or a profile's, and its lines are all the box removes).
THREAD_MIN_BOXES = 2
# A label line is a label of at most three words, a colon and a date with its clock ("Datum
# van registratie: 14 juli 2010, 11:37:51" is 45 characters): a longer line is no label line,
# and most lines are read no further than their length.
LINE_MAX_CHARS = 60
# An author box shows this many different labels or more (phpBB: joined and posts; XenForo:
# messages, likes and joined); one label alone is a sentence's word or a fact box's row.
RUN_MIN_LABELS = 2
# A number as a forum prints a count: digits with thousands apart by a dot, comma or space.
_COUNT = re.compile(r"\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+|\d+")
# A list bullet before a label ("• Berichten: 854"). Not `text.LIST_BULLETS`: the en dash
# too (a known label and its colon follow, no dialogue), the glyphs "▪◦‣●" not (untested).
_BULLET_MARKS = "•·*-–"
_BULLET = rf"(?:{char_class(_BULLET_MARKS)}\s*)?"
_LEADING_BULLET = re.compile(_BULLET)


def _longest_first(labels: frozenset[str]) -> str:
    """The labels as an alternation, longest first ("Posted" before "Posts"), those of one
    length in alphabetical order (not the set's, which moves with the hash seed: the same
    pattern in every process); one that never matches when there are none.

    >>> _longest_first(frozenset({"posts", "joined", "posted"})), _longest_first(frozenset())
    ('joined|posted|posts', '(?!)')
    """
    ordered = sorted(labels, key=lambda label: (-len(label), label))
    return "|".join(re.escape(label) for label in ordered) or r"(?!)"


@attrs.frozen(slots=True)
class ForumLabels:
    """The labels and member ranks of every shipped language."""

    #: Every label, case-folded.
    fields: frozenset[str]
    #: Member ranks, case-folded, as whole lines.
    ranks: frozenset[str]
    #: The labels a forum also prints without a colon, case-folded (each is in ``fields``):
    #: alone on a line, or after its count ("1,918 Posts").
    bare: frozenset[str] = frozenset()
    #: A label at a line's start, its colon, and the rest of the line after it.
    pattern: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    #: A whole line that is a count and a bare label after it ("1,918 Posts").
    counted: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)

    @pattern.default
    def _compile(self) -> re.Pattern[str]:
        alternation = _longest_first(self.fields)
        return re.compile(
            rf"{_BULLET}(?P<label>{alternation})(?!\w)\s*:\s*(?P<value>.*)", re.IGNORECASE
        )

    @counted.default
    def _compile_counted(self) -> re.Pattern[str]:
        bare = _longest_first(self.bare)
        return re.compile(rf"{_BULLET}(?:{_COUNT.pattern})\s+(?P<label>{bare})", re.IGNORECASE)

    @classmethod
    def from_toml(cls, text: str) -> ForumLabels:
        """Read the data file's ``[language] fields = [...] bare = [...] ranks = [...]``
        tables (a bare label is a field too).

        >>> labels = ForumLabels.from_toml(
        ...     '[en]\\nfields = ["Joined"]\\nbare = ["Posts"]\\nranks = ["Full Member"]')
        >>> sorted(labels.fields), sorted(labels.bare), sorted(labels.ranks)
        (['joined', 'posts'], ['posts'], ['full member'])
        """
        data = tomllib.loads(text)

        def folded(key: str) -> frozenset[str]:
            return frozenset(
                item.casefold() for lists in data.values() for item in lists.get(key, ())
            )

        bare = folded("bare")
        return cls(folded("fields") | bare, folded("ranks"), bare)


@cache
def load_forum_labels() -> ForumLabels:
    """The labels shipped in ``corpusclean/data/forum_meta.toml``.

    >>> "inscrit le" in load_forum_labels().fields
    True
    """
    resource = resources.files("corpusclean").joinpath("data").joinpath("forum_meta.toml")
    return ForumLabels.from_toml(resource.read_text("utf-8"))


def read_label(text: str, labels: ForumLabels) -> tuple[str, str] | None:
    """A label line's label (case-folded) and the value after its colon; None for any
    other line. Every forum prints the colon ("Joined:", "Inscrit le: 31 Jan 2010"), so a
    line without one is read no further.

    >>> labels = load_forum_labels()
    >>> read_label("• Berichten: 854", labels), read_label("Joined:", labels)
    (('berichten', '854'), ('joined', ''))
    >>> read_label("Since I joined this forum last month", labels) is None
    True
    """
    if len(text) > LINE_MAX_CHARS or ":" not in text:
        return None
    found = labels.pattern.match(text.strip())
    if found is None:
        return None
    return found["label"].casefold(), found["value"].strip()


def read_bare(text: str, labels: ForumLabels) -> tuple[str, bool] | None:
    """A line that is a bare label (`ForumLabels.bare`) and nothing else, or its count and
    the label: the label (case-folded) and whether the line shows its value; None for any
    other line.

    >>> labels = load_forum_labels()
    >>> read_bare("Joined", labels), read_bare("1,918 Posts", labels)
    (('joined', False), ('posts', True))
    >>> read_bare("Joined the club in 1998", labels) is None
    True
    """
    if len(text) > LINE_MAX_CHARS:
        return None
    line = text.strip()
    # Only a line opening with a bullet has one to drop; the screen reads every line of a
    # document without a colon, so most lines should cost no regular expression here.
    unbulleted = _LEADING_BULLET.sub("", line, count=1) if line[:1] in _BULLET_MARKS else line
    word = unbulleted.casefold()
    if word in labels.bare:
        return word, False
    if not word[:1].isdigit():
        return None  # no count opens the line: most lines are read no further
    found = labels.counted.fullmatch(line)
    return (found["label"].casefold(), True) if found is not None else None


def is_label_value(text: str, code: str) -> bool:
    """Whether ``text`` is what a label shows: a count or a date and nothing else.

    >>> is_label_value("1.133", "de"), is_label_value("Jan 19, 2022", "en")
    (True, True)
    >>> is_label_value("2019 from Ajax", "en"), is_label_value("", "en")
    (False, False)
    """
    if not text or len(text) > LINE_MAX_CHARS:
        return False
    return _COUNT.fullmatch(text) is not None or is_date_stamp(text, load_thread_words(code))


def mark_forum_post_meta(blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts) -> None:
    """Remove forum author boxes: runs of label lines with their values that show two
    different labels.

    >>> from corpusclean.language import load_language
    >>> from corpusclean.model import KEEP
    >>> story = ("Het mes moet in de brandweer, vindt een commissie die vandaag haar "
    ...     "rapport over de kosten van de korpsen heeft gepresenteerd.")
    >>> lines = ["• Senior gebruiker", "• Berichten: 854", "Gepost op: 14 juli 2010", story]
    >>> blocks = [Block(t, i, i + 1) for i, t in enumerate(lines)]
    >>> verdicts = [KEEP] * 4
    >>> mark_forum_post_meta(blocks, verdicts, Facts(load_language("nl")))
    >>> [v.keep for v in verdicts]
    [False, False, False, True]
    """
    if not facts.once(_holds_a_label):
        return  # no line of the document is a label line: nothing to walk
    labels = load_forum_labels()
    kept = [index for index, verdict in enumerate(verdicts) if verdict.keep]
    verdict = Verdict(
        keep=False,
        rule=NAME,
        reason="a forum post's author box: the software's labels with their counts and dates",
        family=FAMILY,
    )
    for run in _author_boxes(blocks, kept, labels, facts.language.code):
        for index in run:
            verdicts[index] = verdict


def mark_forum_thread(blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts) -> None:
    """Remove a forum thread's later posts: every kept line from the second author box to
    the end, where `THREAD_MIN_BOXES` boxes or more stand (the first post stays).

    >>> from corpusclean.language import load_language
    >>> from corpusclean.model import KEEP
    >>> lines = ["Registered", "Joined", "1,918 Posts", "The question, asked at length.",
    ...     "Registered", "Joined", "213 Posts", "An answer.", "Another answer."]
    >>> blocks = [Block(t, i, i + 1) for i, t in enumerate(lines)]
    >>> verdicts = [KEEP] * len(lines)
    >>> mark_forum_thread(blocks, verdicts, Facts(load_language("en")))
    >>> [v.keep for v in verdicts]
    [True, True, True, True, False, False, False, False, False]
    """
    if not facts.once(_holds_a_label):
        return
    kept = [index for index, verdict in enumerate(verdicts) if verdict.keep]
    boxes = _author_boxes(blocks, kept, load_forum_labels(), facts.language.code)
    second = next(islice(boxes, THREAD_MIN_BOXES - 1, None), None)
    if second is None:
        return
    verdict = Verdict(
        keep=False,
        rule=THREAD_NAME,
        reason="a forum thread's later posts: the software's author box over each, from "
        "the second box to the end",
        certain=True,
        family=THREAD_FAMILY,
    )
    for index in kept:
        if index >= second[0]:
            verdicts[index] = verdict


def _holds_a_label(facts: Facts) -> bool:
    """Whether any line of the document's `scope` is a label line (`read_label`,
    `read_bare`): the screen that spares most documents the walk, found once a document. A
    line without a colon costs a look at its length, a set and its first character.

    The scope, not every line of the page: both detectors read label lines among a round's
    blocks only (`_author_boxes`), and every round's blocks are some of the scope's, where a
    page's scope is what its classifier first kept (issue #8: a page's dropped menus and
    footers were most of the lines read).
    """
    if facts.scope is None:
        return True  # the document's lines are not known: walk the round's
    labels = load_forum_labels()
    return any(
        read_label(b.text, labels) is not None
        if ":" in b.text
        else read_bare(b.text, labels) is not None
        for b in facts.scope
    )


def _author_boxes(
    blocks: Sequence[Block], kept: Sequence[int], labels: ForumLabels, code: str
) -> Iterator[list[int]]:
    """The runs of kept label lines (with their value lines and ranks) that show at least
    `RUN_MIN_LABELS` different labels, one of them with its value."""
    run: list[int] = []
    seen: set[str] = set()
    valued = False
    position = 0
    while position < len(kept):
        index = kept[position]
        step = _label_line(blocks, kept, position, labels, code)
        if step is not None:
            label, width, shown = step
            seen.add(label)
            valued = valued or shown
            run.extend(kept[position : position + width])
            position += width
            continue
        if _is_rank(blocks[index].text, labels):
            run.append(index)
        else:
            if len(seen) >= RUN_MIN_LABELS and valued:
                yield run
            run, seen, valued = [], set(), False
        position += 1
    if len(seen) >= RUN_MIN_LABELS and valued:
        yield run


def _label_line(
    blocks: Sequence[Block], kept: Sequence[int], position: int, labels: ForumLabels, code: str
) -> tuple[str, int, bool] | None:
    """The label at kept line ``position``, how many kept lines it takes with its value
    (1 on its line, 2 when the label ends its line and the value is the next line), and
    whether it shows its value (a bare label may stand alone)."""
    text = blocks[kept[position]].text
    following = blocks[kept[position + 1]].text.strip() if position + 1 < len(kept) else ""
    if ":" not in text:
        bare = read_bare(text, labels)
        if bare is None:
            return None
        label, shown = bare
        if not shown and is_label_value(following, code):
            return label, 2, True
        return label, 1, shown
    read = read_label(text, labels)
    if read is None:
        return None
    label, value = read
    if is_label_value(value, code):
        return label, 1, True
    if value:
        return None
    return (label, 2, True) if is_label_value(following, code) else None


def _is_rank(text: str, labels: ForumLabels) -> bool:
    """Whether a whole line is a member's rank, after a list bullet, or a member's name of
    at most `NAME_MAX_WORDS` words and the rank ("Setaf Full Member": a theme prints them
    side by side).

    >>> labels = load_forum_labels()
    >>> _is_rank("• Senior gebruiker", labels), _is_rank("Setaf Full Member", labels)
    (True, True)
    >>> _is_rank("A full member of the club since 1998", labels)
    False
    """
    if len(text) > LINE_MAX_CHARS:
        return False
    words = _LEADING_BULLET.sub("", text.strip(), count=1).casefold().split()
    return any(
        " ".join(words[start:]) in labels.ranks
        for start in range(min(len(words), NAME_MAX_WORDS + 1))
    )
