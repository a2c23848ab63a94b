"""A text's shape as page mode reads it: whether it is a whole web page (auto mode's test),
and which of its lines are shaped like menu items.

Read from the lines' shape alone (few tokens, no sentence end, a run of such lines), with
no model: every document in auto mode asks `is_page_text`, and the head menu detector
(`detect.menurun`) asks `is_menu_line` of a document's first lines, so these tests live
apart from the page classifier (`page.detect`), which is imported only when a page is
classified (issue #8: its modules cost every process's start some 20 ms, 70 ms where
bytecode is not cached).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

__all__ = [
    "PAGE_LONG_MENU_RUN",
    "PAGE_MIN_LINES",
    "PAGE_MIN_RULE_HITS",
    "PAGE_MIN_SHORT_RUN",
    "PAGE_SHORT_SHARE",
    "SHORT_LINE_MAX_TOKENS",
    "UNSPACED_MENU_MAX_CHARS",
    "is_menu_line",
    "is_page_text",
    "longest_short_run",
    "looks_like_page",
    "stripped_lines_look_like_page",
]

# A page has at least this many non-blank lines, at least this share of them short, and a
# run of this many short lines in a row (a menu or a link list). List-heavy articles
# (results tables, recipes) reach the share, which is why the run is required too.
PAGE_MIN_LINES = 15
PAGE_SHORT_SHARE = 0.4
PAGE_MIN_SHORT_RUN = 8
# A short, menu-like line has at most this many tokens and no sentence end.
SHORT_LINE_MAX_TOKENS = 4
# Auto mode takes a document that looks like a page for a whole page when it also has a run
# of this many short lines in a row, or this many lines the rules recognise (chosen on the
# dev set: no extracted article reaches either, while most pages do).
PAGE_LONG_MENU_RUN = 20
PAGE_MIN_RULE_HITS = 5
# Runs of short lines that are not menus: program code ("list: [", "),", "AS ("), table
# cells ("| 71.1 MB", "|", box-drawing "2 │ f"), a table's measured values ("13.4 MB (-81%)":
# opening with a decimal number, or a percentage; a currency ticker "USD476.98EUR527.92" in a
# page's header is page furniture and stays a menu item), lines without a letter ("2019",
# ","), and sentences of unspaced scripts, which end in a full-width stop ("女の子。").
# A menu item is a word or a few, maybe with a count ("Archives (12)").
_NOT_MENU = re.compile(
    r"^\||^\)|[{}\[\];=<>\u2500-\u257f]|[,(]$|^[\d\W_]*$|^\(?[-+]?\d+[.,]\d|%|[\u3002\uff01\uff1f]$"
)
# A line in a script written without spaces is one token however long. A short line in a
# spaced script has at most SHORT_LINE_MAX_TOKENS (4) words; Chinese and Japanese words run
# to 2 or 3 characters, so more than 4 x 3 characters is a headline or a sentence
# ("ネコがネズミを追いかける訳", a story's title, 13), not a menu item ("商標登録の基礎知識",
# 9; "きょうの日本昔話", 8).
UNSPACED_MENU_MAX_CHARS = 12
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
# A short line does not end like a sentence (or a label before a list).
_SENTENCE_ENDS = (".", "!", "?", ":")


_WORD_CHARACTER = re.compile(r"\w")
# A text with more than SHORT_LINE_MAX_TOKENS tokens (`text.tokens`: runs of \w): as many
# runs of word characters, each followed by others, then one more word character.
# Anchored and without a choice to undo (\w and \W part every character), so linear.
_PAST_SHORT_LINE = re.compile(rf"\W*(?:\w+\W+){{{SHORT_LINE_MAX_TOKENS}}}\w")


def looks_like_page(lines: Sequence[str]) -> bool:
    """Guess whether the text is a whole page rather than an extracted article.

    Heuristic: at least PAGE_MIN_LINES non-blank lines, at least PAGE_SHORT_SHARE of them
    short (SHORT_LINE_MAX_TOKENS tokens or fewer, no sentence end), and a run of
    PAGE_MIN_SHORT_RUN or more short lines in a row, which is what navigation menus and link
    lists look like. False-positive risk: list-heavy articles (results tables, recipes),
    which is why the run-length condition is required too.
    """
    short = _short_flags(_stripped_lines(lines))
    return short is not None and _menu_shaped(short)


def _short_flags(live: Sequence[str]) -> list[bool] | None:
    """Which of the stripped, non-blank lines are short; None when too few can be.

    A short line ends no sentence: when too many lines end one, neither the share of short
    lines nor a long menu run can be reached, and the token counts are not needed (most
    articles in auto mode).
    """
    ends = sum(1 for s in live if s.endswith(_SENTENCE_ENDS))
    unended = len(live) - ends
    if len(live) < PAGE_MIN_LINES or unended < min(
        PAGE_SHORT_SHARE * len(live), PAGE_LONG_MENU_RUN
    ):
        return None
    return [_is_short_stripped(s) for s in live]


def stripped_lines_look_like_page(live: Sequence[str], n_tokens: Sequence[int]) -> bool:
    """`looks_like_page` of stripped, non-blank lines whose token counts are known (the page
    classifier's slack reads it of the lines it scores)."""
    if len(live) < PAGE_MIN_LINES:  # `_menu_shaped` refuses as few lines, flags or not
        return False
    return _menu_shaped(
        [
            n <= SHORT_LINE_MAX_TOKENS and not s.endswith(_SENTENCE_ENDS)
            for s, n in zip(live, n_tokens, strict=True)
        ]
    )


def _menu_shaped(short: Sequence[bool]) -> bool:
    """Enough non-blank lines, enough of them short, and a long enough run of short ones."""
    if len(short) < PAGE_MIN_LINES or sum(short) < PAGE_SHORT_SHARE * len(short):
        return False
    return _longest_run(short) >= PAGE_MIN_SHORT_RUN


def is_page_text(lines: Sequence[str], count_rule_hits: Callable[[], int]) -> bool:
    """Tell whether a document that may be a page is one (auto mode's decision).

    Many short lines in long runs look like menus, but so do tables and lists inside an
    extracted article. A page also carries the labels the rules know (Home, Sign in,
    Privacy Policy, share buttons) or a menu run longer than any article's list.
    ``count_rule_hits`` counts the lines the rules recognise; it is asked last, since
    matching costs more than the shape tests.
    """
    live = _stripped_lines(lines)
    short = _short_flags(live)  # found once for both tests
    if short is None:
        return False
    # A page whose comments or teasers are long dilutes the share of short lines (a page
    # of 247 lines with a 60-line menu and 115 lines of comments: 0.39 short), but a menu
    # run of PAGE_LONG_MENU_RUN lines is in no extracted article or gold text of the dev
    # sets (their longest: 18, a table): such a run needs no share.
    shaped = _menu_shaped(short)
    if not shaped and _longest_run(short) < PAGE_LONG_MENU_RUN:
        return False
    # Code listings, tables and text in unspaced scripts make long runs of short lines in
    # extracted articles too: only a run of menu-like lines counts (`_is_menu_like`).
    # A line of signs alone (">", "|", "•") neither makes nor breaks a menu run: the rules
    # remove it as a separator, and the decision must not change once it is gone (cleaning
    # the output again would take for a page a text that was not taken for one).
    menu = [
        flag and _is_menu_like(s)
        for s, flag in zip(live, short, strict=True)
        if _WORD_CHARACTER.search(s)
    ]
    menu_run = _longest_run(menu)
    if menu_run >= PAGE_LONG_MENU_RUN:
        return True
    if not shaped or menu_run < PAGE_MIN_SHORT_RUN:
        return False
    return count_rule_hits() >= PAGE_MIN_RULE_HITS


def _is_menu_like(text: str) -> bool:
    """Whether a stripped short line could be a menu or link-list item: not code, a table
    cell, a lone symbol or a sentence in an unspaced script.

    >>> [_is_menu_like(s) for s in ("Sign in", "list: [", "| 71.1 MB", "),", "2019")]
    [True, False, False, False, False]
    >>> [_is_menu_like(s) for s in ("Gmail", "17.8 MB", "7.6 MB (-57%)", "女の子。")]
    [True, False, False, False]
    """
    # Every unspaced script is outside ASCII: an ASCII line needs no count of them.
    return _NOT_MENU.search(text) is None and (
        text.isascii() or len(_UNSPACED.findall(text)) <= UNSPACED_MENU_MAX_CHARS
    )


def is_menu_line(line: str) -> bool:
    """Whether a line has the shape of a menu or link-list item: short (`_is_short`) and
    menu-like (`_is_menu_like`), the test the page classifier's menu runs are made of.

    >>> [is_menu_line(s) for s in ("Alle Sportarten", "| 71.1 MB", "He left.", "")]
    [True, False, False, False]
    """
    text = line.strip()
    return bool(text) and _is_short_stripped(text) and _is_menu_like(text)


def longest_short_run(lines: Sequence[str]) -> int:
    """The length of the longest run of consecutive short, menu-like lines."""
    return _longest_run([_is_short(s) for s in lines if s.strip()])


def _longest_run(flags: Sequence[bool]) -> int:
    """The length of the longest run of true flags: the runs as bytes, split in C (a bool
    is the integer 0 or 1, a byte as it is)."""
    return max(map(len, bytes(flags).split(b"\x00")))


def _stripped_lines(lines: Sequence[str]) -> list[str]:
    """The non-blank lines, stripped (each stripped once)."""
    return [s for s in map(str.strip, lines) if s]


def _is_short(line: str) -> bool:
    """A menu-like line: few words and no sentence-final punctuation."""
    return _is_short_stripped(line.strip())


def _is_short_stripped(text: str) -> bool:
    """`_is_short` of a line already stripped."""
    # The cheap test first: most lines of a page's body end like a sentence.
    return not text.endswith(_SENTENCE_ENDS) and _few_tokens(text)


def _few_tokens(text: str) -> bool:
    """Whether the text has at most SHORT_LINE_MAX_TOKENS tokens: no need to find them all,
    the pattern stops at the first token past the bound (one anchored, linear match)."""
    return _PAST_SHORT_LINE.match(text) is None
