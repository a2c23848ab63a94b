"""The story's own run of short lines: a list under its last sentence, above the footer.

A short news story often ends with a run of short lines of its own: the roads closed, the
bus stops, the winners by category, a festival's programme by day, opening hours, a route.
On a short page the page model reads such a run as the menu it looks like, and `tail`
keeps it only when a sentence of eight tokens or more closes it within five lines. What
tells the story's run from the page's furniture is where it stands and how it reads:

- it hangs under the story's last kept sentence (the page's last and largest block of kept
  lines, `tail.ends_the_story`), or under a kept line announcing it with a colon;
- it ends where the furniture begins: the first line with a cue word of page furniture (a
  share row, "Most read", a legal link) or a related box's label in any shipped language
  ("Das könnte Sie auch interessieren", "À lire aussi"), or the text's end; no sentence
  follows it;
- it is closed by a sentence of its own ("L'entrée est gratuite.", "Die Fahrt dauert
  insgesamt 22 Minuten."), announced by a colon ("Umleitung über:", "You will need:"), or
  its items repeat one shape with a number in it, line after line ("Wednesday 25 December
  moves to Saturday 28 December", "Karin Weber (parteilos) 52,4 %", "Sábados: 10h00 –
  18h00"), or two in three of them are records with a number (`records`: "Item 4: Planning
  application, 42 Highett Street", "Knocktopher, 10am"), the run then ending with its last
  record: a footer's links ("Over ons", "Contact", "Adverteren") are none of these;
- it holds at least three items, short ones (names, times, places; not a related list's
  headlines) unless they repeat such a shape or are records, each printed once, most
  sharing no word with the page's menus.

Like `tail`, it runs once on the model's final verdicts, only adds lines, and the lines it
adds never enter the model's context. Lines of the run that the model kept count as the
run's: a page cleaned once, read again without its furniture, is not page-like, and the
model keeps some of the run under the lower bar while dropping the rest.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import compress
from statistics import median

import regex

from ..language import any_stopword, load_related_words
from ..text import ends_like_sentence, is_sentence
from .inset import LIST_MAX_LINES, introduces
from .interview import is_question
from .records import holds_records, last_record
from .subheads import SUBHEADING_MAX_TOKENS
from .tail import TAIL_SENTENCE_MIN_TOKENS, ends_the_story, sentence_below
from .title import MENU_MAX_WORDS, content_words, content_words_of

__all__ = [
    "ITEM_MEDIAN_MAX_TOKENS",
    "MENU_MAX_TOKENS",
    "RUN_MIN_LINES",
    "keep_story_list",
    "line_shape",
]

# The story's last kept line is a sentence of at least STORY_SENTENCE_MIN_TOKENS tokens
# (`tail`'s closing sentence): a short story's paragraphs are one or two sentences ("Da
# lunedì la biblioteca comunale seguirà un nuovo orario, pensato per gli studenti.", 13).
STORY_SENTENCE_MIN_TOKENS = TAIL_SENTENCE_MIN_TOKENS
# Over a run whose items repeat one shape (below), the story's sentence may be as short as
# SHAPED_STORY_MIN_TOKENS tokens: a results page's story is often one short sentence over
# its table ("Die Wahlbeteiligung lag bei 58,2 Prozent.", 7). A footer's kept "All rights
# reserved." is shorter, and no run of repeated shapes stands under it.
SHAPED_STORY_MIN_TOKENS = 5
# A run of at least RUN_MIN_LINES items (its closing sentence aside): a list. One or two
# short lines under a story are as often its byline, a picture credit, a tag or a teaser's
# number and label as its own.
RUN_MIN_LINES = 3
# The run's items are short: their median is at most ITEM_MEDIAN_MAX_TOKENS tokens ("Bahnhof",
# "1. Anna Berger", "Messe en plein air", "Samstag 9 bis 12 Uhr"). A related list under a
# story is a run of headlines of five to ten words ("Man charged after town centre
# disturbance"). Items that repeat one shape with a number (below) may be longer: "25
# dicembre: Farmacia Centrale, piazza Garibaldi 3" is a row of a table, not a headline.
ITEM_MEDIAN_MAX_TOKENS = 4
# A line announcing the run with a colon, right under the story's sentence, has at least
# LEAD_IN_MIN_WORDS words ("Umleitung über:", "You will need:", "Pièces à fournir :"); a
# one-word "Tags:", "Mots-clés :", "Share:" or "Menu:" is a label of the page's furniture.
LEAD_IN_MIN_WORDS = 2
# A shape repeated line after line holds at least SHAPE_MIN_MARKS marks, one of them a
# number: "99" (a date moved to a date), "()9,9%" (a candidate, a party, a share), ":99-99"
# (a day's opening hours). A lone number ("9": an archive's "Dezember 2024", a count) is
# every dated list's shape.
SHAPE_MIN_MARKS = 2
# The page's menus are its lines outside the run of at most MENU_MAX_TOKENS tokens
# (`title.MENU_MAX_WORDS`), kept or dropped (the model keeps a table of contents with the
# text); a run sharing a content word with them ("Sport", "Local news", a pager's "Chapter
# 5 - Eliminating Toil") is the site's own links printed under the story. Under a run
# announced by a colon or of one shape (stronger evidence than a closing sentence alone),
# an item is the menu's only when at least MENU_WORDS_SHARE of its content words are the
# menus' ("Local sport"): naming one beside words of its own, it is the story's (a winner
# from the town the site is named after, "Marleen Bos, Dijkveld" under "Gemeente
# Dijkveld"; "Ore 18.00: rinfresco in oratorio" under a parish's "Oratorio"). A run closed
# by a sentence alone may hold no menu word: on a real page (general29#16) a teaser's label,
# headline and date over its 28-token blurb made such a run, one word of it the menu's.
MENU_MAX_TOKENS = MENU_MAX_WORDS
MENU_WORDS_SHARE = 0.5

# A number, and a word (letters only), in `line_shape`.
_NUMBER = regex.compile(r"\d+")
_WORD = regex.compile(r"[^\W\d_]+")
# A slash between two numbers is a date's, a season's or a fraction's ("2025/26", "1/2
# taza"), not the separator of a menu or a breadcrumb that the page features count as a cue
# of furniture: asked whether a line starts the furniture, the features read it as a dash.
_NUMBERS_SLASH = regex.compile(r"(?<=\d)/(?=\d)")


def keep_story_list(
    lines: Sequence[str],
    n_tokens: Sequence[int],
    keep: Sequence[bool],
    is_furniture: Callable[[str], bool],
) -> list[bool]:
    """Return ``keep`` with the story's own run of short lines under its last paragraph kept.

    ``is_furniture`` says whether the page features find a cue word of page furniture in a
    line; it is asked of the lines under the story until one has such a cue.

    >>> lines = ["Home", "News", "Sport",
    ...          "The new line 12 runs every hour between the station and the business park.",
    ...          "Station", "Town hall", "Market square", "Business park North",
    ...          "The trip takes 22 minutes.", "Share this article", "Facebook", "Privacy"]
    >>> from corpusclean.text import tokens
    >>> n_tokens = [len(tokens(s)) for s in lines]
    >>> keep = [False, False, False, True] + [False] * 8
    >>> cue = {"Share this article", "Facebook", "Privacy"}
    >>> keep_story_list(lines, n_tokens, keep, lambda s: s in cue)[3:10]
    [True, True, True, True, True, True, False]
    >>> keep_story_list(lines, n_tokens, keep, lambda s: s in cue or s == "Town hall")[3:10]
    [True, False, False, False, False, False, False]
    """
    ends_run = _run_ender(is_furniture)
    run = _story_run(lines, n_tokens, keep, ends_run)
    if not run:
        return list(keep)
    added = set(run)
    return [k or i in added for i, k in enumerate(keep)]


def _run_ender(is_furniture: Callable[[str], bool]) -> Callable[[str], bool]:
    """Whether a line starts the page's furniture: a cue word of it, or a related box's label
    in any shipped language (the label has no furniture cue of its own: "Lees ook",
    "Potrebbe interessarti anche")."""
    related = load_related_words().related_label

    def ends_run(line: str) -> bool:
        if related.fullmatch(line) is not None:
            return True
        return is_furniture(_NUMBERS_SLASH.sub("-", line) if "/" in line else line)

    return ends_run


def line_shape(line: str) -> str:
    """A line's marks and numbers in order, its words and spaces left out, each number "9".

    >>> line_shape("Karin Weber (parteilos) 52,4 %"), line_shape("Sábados: 10h00 – 18h00")
    ('()9,9%', ':99–99')
    """
    return "".join(_WORD.sub("", _NUMBER.sub("9", line)).split())


def _repeat_a_shape(lines: Sequence[str], items: Sequence[int]) -> bool:
    """Whether the items repeat one shape line after line: at least RUN_MIN_LINES of them,
    the same `line_shape` of SHAPE_MIN_MARKS marks or more with a number, each with a word
    (a table's rows: dates, results, hours; see SHAPE_MIN_MARKS)."""
    if len(items) < RUN_MIN_LINES:
        return False
    shapes = {line_shape(lines[i]) for i in items}
    if len(shapes) != 1:
        return False
    shape = shapes.pop()
    if len(shape) < SHAPE_MIN_MARKS or "9" not in shape:
        return False
    return all(_has_letter(lines[i]) for i in items)


def _has_letter(text: str) -> bool:
    return any(c.isalpha() for c in text)


def _leads_in(line: str, n: int) -> bool:
    """A short line announcing what follows with a colon (see LEAD_IN_MIN_WORDS; words as
    spaces part them, so that "Mots-clés" is one)."""
    if not line.endswith(":") or n > SUBHEADING_MAX_TOKENS:
        return False
    return sum(1 for word in line.split() if _has_letter(word)) >= LEAD_IN_MIN_WORDS


def _story_run(
    lines: Sequence[str],
    n_tokens: Sequence[int],
    keep: Sequence[bool],
    ends_run: Callable[[str], bool],
) -> list[int]:
    """The lines between the story's last sentence and the furniture (or the text's end) that
    make its own list (`_own_items`): from the story's sentence of STORY_SENTENCE_MIN_TOKENS
    tokens, or of SHAPED_STORY_MIN_TOKENS over items that repeat a shape. Lines of the run
    the model kept count as the run's (a page cleaned once, read again without its
    furniture, is not page-like and keeps some under the lower bar)."""
    kept = list(compress(range(len(keep)), keep))
    last_dropped = _last_dropped(keep)
    if last_dropped is None:
        return []
    # The run under an anchor is a function of the anchor (the lines, their token counts and
    # the kept lines are the same for both readings), and both readings often find the same
    # anchor (246 of the 570 second readings of a pass over the dev full pages): each
    # anchor's run is read once.
    runs: dict[int, list[int]] = {}
    for min_tokens in (STORY_SENTENCE_MIN_TOKENS, SHAPED_STORY_MIN_TOKENS):
        at = _story_anchor(lines, n_tokens, kept, last_dropped, min_tokens)
        if at is None:
            continue
        run = runs.get(at)
        if run is None:
            run = runs[at] = _run_under(lines, n_tokens, kept[: at + 1], ends_run)
        shaped_only = min_tokens < STORY_SENTENCE_MIN_TOKENS
        own = _own_items(lines, n_tokens, kept[: at + 1], run, shaped_only)
        if own:
            return own
    return []


def _last_dropped(keep: Sequence[bool]) -> int | None:
    """The index of the last line ``keep`` drops (None when it keeps every line)."""
    for i in range(len(keep) - 1, -1, -1):
        if not keep[i]:
            return i
    return None


def _run_under(
    lines: Sequence[str], n_tokens: Sequence[int], story: list[int], ends_run: Callable[[str], bool]
) -> list[int]:
    """The run under the story's anchor (``story``: the kept lines down to it, the last),
    when the story's last block of kept lines is its largest; none otherwise."""
    if not ends_the_story(n_tokens, story):
        return []
    return _run_to_furniture(lines, n_tokens, story[-1], ends_run)


def _own_items(
    lines: Sequence[str],
    n_tokens: Sequence[int],
    story: Sequence[int],
    run: list[int],
    shaped_only: bool,
) -> list[int]:
    """The run cut after its last sentence (the story's closing line; a share row's label
    may stand under it), when it is the story's list: closed by that sentence, announced by
    a colon (the story's line or a lead-in under it), or of items repeating one shape; at
    least RUN_MIN_LINES short items (ITEM_MEDIAN_MAX_TOKENS) or shaped ones, and no
    sentence under it to the page's end. Neither closed, announced nor shaped: a footer's
    links. ``story`` are the kept lines down to the story's sentence, the last."""
    if not run:
        return []
    anchor = story[-1]
    lead = _leads_in(lines[run[0]], n_tokens[run[0]])
    # A question closes no story's list: a help box's or an FAQ's links under the story
    # ("Where is my order?", "Can I change my address?") end with one as a sentence ends.
    sentences = [
        j for j, i in enumerate(run) if ends_like_sentence(lines[i]) and not is_question(lines[i])
    ]
    closed = bool(sentences) and sentences[-1] > 0
    if closed:
        run = run[: sentences[-1] + 1]
    # The lines over the closing sentence, the lead-in among them (it counts as one of the
    # list's lines, as a kept "Schließen sollen:" over two libraries always did); the shape
    # is the items' own.
    items = run[:-1] if closed else run
    shaped = _repeat_a_shape(lines, items[1:] if lead else items)
    announced = lead or introduces(lines[anchor])
    if shaped_only and not shaped:
        return []
    if closed or announced or shaped:
        records = holds_records(lines, items)
    else:  # the records alone make it a list: it ends with its last record
        run = items = _records_run(lines, run)
        records = bool(run)
    if not (closed or announced or shaped or records) or len(items) < RUN_MIN_LINES:
        return []
    long_rows = shaped or records  # a table's rows, not a related list's headlines
    if not long_rows and median(n_tokens[i] for i in items) > ITEM_MEDIAN_MAX_TOKENS:
        return []
    if not (closed or long_rows or introduces(lines[anchor])) and _names_the_story(
        lines, story, items[1:]
    ):
        return []  # announced by a dropped lead-in alone, and its items are tags
    if sentence_below(lines, n_tokens, run[-1]):
        return []
    return run if _is_own_list(lines, n_tokens, run, long_rows or announced) else []


def _records_run(lines: Sequence[str], run: list[int]) -> list[int]:
    """The run down to its last record with a number, when it is a column of such records
    (`records`): its items neither closed by a sentence nor announced nor of one shape
    ("Item 4: Planning application, 42 Highett Street", "Knocktopher, 10am"); none
    otherwise. The short lines under its last record, over the furniture's first cue, are
    the furniture's labels."""
    end = last_record(lines, run)
    if end is None:
        return []
    rows = run[: end + 1]
    return rows if holds_records(lines, rows, numbered=True) else []


def _names_the_story(lines: Sequence[str], story: Sequence[int], items: Sequence[int]) -> bool:
    """Whether an item repeats a content word of the story: a tag list names the story's
    topics in its own words ("More about:", "Hotels", "Hygiene" under a story of hotels),
    while a story's list gives what it did not say (the streets of a diversion, the papers
    to bring)."""
    stopwords = any_stopword()
    told = content_words_of((lines[i] for i in story), stopwords)
    return any(told & content_words(lines[i], stopwords) for i in items)


def _run_to_furniture(
    lines: Sequence[str], n_tokens: Sequence[int], anchor: int, ends_run: Callable[[str], bool]
) -> list[int]:
    """The lines under ``anchor`` up to the first that starts the furniture (`_run_ender`),
    or to the text's end, each short or a sentence; none when a longer line or block comes
    first.

    The lines' shapes are read first and the cue words (the page features of a line, built
    for it here) only for a window that may hold a run: one announced by a colon, with a
    sentence after RUN_MIN_LINES lines to close it, or whose first lines repeat a shape.
    Most pages' footers hold none.
    """
    end = min(anchor + 2 + LIST_MAX_LINES, len(lines))
    window = range(anchor + 1, end)
    for i in window:
        if n_tokens[i] > SUBHEADING_MAX_TOKENS and not ends_like_sentence(lines[i]):
            window = range(anchor + 1, i + 1)  # the long line may be the furniture's cue
            break
    if not _may_hold_run(lines, n_tokens, anchor, window):
        return []
    run: list[int] = []
    for i in window:
        if ends_run(lines[i]):
            return run
        if n_tokens[i] > SUBHEADING_MAX_TOKENS and not ends_like_sentence(lines[i]):
            return []
        run.append(i)
    return run if run and run[-1] == len(lines) - 1 else []


def _may_hold_run(
    lines: Sequence[str], n_tokens: Sequence[int], anchor: int, window: range
) -> bool:
    """Whether the window under ``anchor`` may hold a run, by the lines' shapes alone: a
    colon over it, a sentence after RUN_MIN_LINES lines, or first lines of one shape or
    most of them records."""
    if not window:
        return False
    first = window[0]
    if introduces(lines[anchor]) or _leads_in(lines[first], n_tokens[first]):
        return True
    if any(ends_like_sentence(lines[i]) for i in window[RUN_MIN_LINES:]):
        return True
    head = window[:RUN_MIN_LINES]
    return _repeat_a_shape(lines, head) or holds_records(lines, head, numbered=True)


def _story_anchor(
    lines: Sequence[str],
    n_tokens: Sequence[int],
    kept: Sequence[int],
    last_dropped: int,
    min_tokens: int,
) -> int | None:
    """The place in ``kept`` of the story's last sentence of ``min_tokens`` tokens or more
    (or of a line introducing a list with a colon right under one) over the page's last
    dropped line (``last_dropped``), within a list's reach of the last kept line over it.
    Kept lines under the last dropped one are the run's end (a page cleaned once and read
    again without its footer ends with the run's closing line, kept): read from one of them,
    the next round would find no run under it and lose what the first kept (a drawn page
    under the thorough profile: the first round kept a run of four, the next read it from
    the run's kept sentence and dropped one again)."""
    # ``kept`` ascends: the kept lines over the last dropped one are those before its place.
    last = bisect_left(kept, last_dropped) - 1
    if last < 0:
        return None
    for at in range(last, -1, -1):
        if kept[last] - kept[at] > LIST_MAX_LINES:
            return None
        if _closes_story(lines, n_tokens, kept, at, min_tokens):
            return at
    return None


def _closes_story(
    lines: Sequence[str], n_tokens: Sequence[int], kept: Sequence[int], at: int, min_tokens: int
) -> bool:
    """Whether ``kept[at]`` is the story's sentence, or a line introducing a list with a
    colon: a paragraph itself ("Ruim driehonderd lezers stuurden de oplossing in. De
    winnaars zijn:"), or right under one."""
    line = kept[at]
    if is_sentence(lines[line], n_tokens[line], min_tokens):
        return True
    if not introduces(lines[line]):
        return False
    if n_tokens[line] >= min_tokens:
        return True
    if at < 1:
        return False
    above = kept[at - 1]
    return is_sentence(lines[above], n_tokens[above], min_tokens)


def _is_own_list(
    lines: Sequence[str], n_tokens: Sequence[int], run: Sequence[int], tolerant: bool
) -> bool:
    """Whether the run's lines are printed once and none holds the page's menus' words: none
    of them, or, for a ``tolerant`` reading (a run announced or of one shape), none made of
    them (see MENU_WORDS_SHARE)."""
    counts = Counter(lines)
    if any(counts[lines[i]] > 1 for i in run):
        return False
    inside = set(run)
    stopwords = any_stopword()
    menu = content_words_of(
        (
            line
            for i, line in enumerate(lines)
            if i not in inside and n_tokens[i] <= MENU_MAX_TOKENS
        ),
        stopwords,
    )
    for i in run:
        words = content_words(lines[i], stopwords)
        shared = len(words & menu)
        if shared and (not tolerant or shared >= MENU_WORDS_SHARE * len(words)):
            return False
    return True
