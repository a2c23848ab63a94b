"""Page mode: decide, line by line, which lines of a whole web page belong to the article.

Input is the visible text of a page, one block per line (menus, banners, link lists,
footers, comments and the article somewhere inside). A two-stage logistic model scores each
line from its own shape (prior) and then from its neighbourhood (context pass); the result
is iterated to a fixed point so that re-running page mode on its own output keeps it all.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache, cached_property
from itertools import compress, product, repeat
from operator import ge, gt, or_

import attrs

from ..text import PROSE_MIN_WORDS, tokens
from . import shapes
from .blocks import keep_inset_blocks
from .context import best_segment
from .features import LineFactsCache
from .inset import keep_inset_lists
from .interview import keep_interview_turns
from .model import PageModel, load_model, score_lines
from .rows import keep_shaped_rows
from .shapes import *  # noqa: F403  (the shape tests' public names, listed in `shapes` alone)
from .shapes import SHORT_LINE_MAX_TOKENS, stripped_lines_look_like_page
from .storylist import keep_story_list
from .subheads import keep_subheadings
from .tail import keep_story_tail
from .unspaced import keep_unspaced_prose

__all__ = ["PageVerdict", "classify_page_lines", "classify_with_model", "dropped_page_lines"]
# The shape tests (auto mode's page test, a menu line) live in `shapes`, read by every
# document without the classifier; their public names stay this module's too.
__all__ += shapes.__all__

# Each pass is linear; the cap keeps the whole call linear even on adversarial input.
_MAX_PASSES = 12
# Input that does not look like a page (an extracted article, a page already cleaned) is
# only cut where the evidence is strong: the bar drops by this many log-odds.
NON_PAGE_SLACK = 1.5
# A page of many tiny lines (single characters, debris of markup or of control characters)
# would cost a model pass per line for lines no article holds. A run of at least
# TINY_RUN_MIN_LINES non-blank lines of at most TINY_LINE_MAX_CHARS characters each is
# dropped as a whole before the page is scored. The dev set's longest such run is 27 lines
# (a pagination or calendar widget, 38 lines at most, stays below the bar too).
TINY_LINE_MAX_CHARS = 3
TINY_RUN_MIN_LINES = 100


@attrs.frozen(slots=True)
class PageVerdict:
    """The page-mode decision for one input line, with the evidence behind it."""

    keep: bool
    score: float
    prior: bool
    reason: str


def classify_page_lines(
    lines: Sequence[str], cache: LineFactsCache | None = None
) -> tuple[PageVerdict, ...]:
    """Return one PageVerdict per input line, in input order, using the shipped model.

    Why a fixed point: context features change once junk is removed, so the kept set is
    re-checked until stable; that makes page mode idempotent on its own output. Input that
    does not look like a page gets a lower bar (NON_PAGE_SLACK), so an already extracted
    article loses only lines that are junk on strong evidence. ``cache`` holds the facts of
    lines seen before in the same document (the page and rule stages alternate on it).
    """
    return classify_with_model(lines, load_model(), cache)


def classify_with_model(
    lines: Sequence[str], model: PageModel, cache: LineFactsCache | None = None
) -> tuple[PageVerdict, ...]:
    """Classify with an explicit model (the training script evaluates candidate weights)."""
    found = _classify(lines, model, cache)
    verdicts = [PageVerdict(False, 0.0, False, "blank line")] * len(found.text)
    for i, why in found.debris.items():
        verdicts[i] = PageVerdict(False, -math.inf, False, why)
    for j, i in enumerate(found.live):
        verdicts[i] = found.verdict(j)
    return tuple(verdicts)


def dropped_page_lines(lines: Sequence[str], cache: LineFactsCache | None = None) -> dict[int, str]:
    """The lines the shipped model drops, by index in input order, with the reason for each.

    What `classify_page_lines` says of them, without explaining every kept line too.
    """
    model = load_model()
    if cache is not None and _settled_again(lines, model, cache):
        return {}
    found = _classify(lines, model, cache)
    why = _dropped_reasons(found)
    if len(found.live) == len(found.text):  # no blank line, no tiny run: in input order
        return why
    why.update(found.debris)
    return {i: why.get(i, "blank line") for i, s in enumerate(found.text) if not s or i in why}


def _dropped_reasons(found: _Found) -> dict[int, str]:
    """The reason for each scored line ``found`` drops, by index, in input order.

    A dropped line is in no list added back (those are kept): its reason is `_reason`'s,
    written out here with the templates read once, since a page drops most of its lines
    (42,933 reasons a page-mode pass of the dev full pages, a call each). A classification
    that keeps every line (most later rounds of a page) has none to write, nor the main
    run to find (`_Found.in_run`).
    """
    kept, templates, threshold = found.kept, _reason_templates(), found.threshold
    if len(kept) == len(found.live):  # ``kept`` holds lines of ``live`` only
        return {}
    n_tokens, final, prior, in_run = found.n_tokens, found.final, found.prior, found.in_run
    kinds, prose = _KINDS, PROSE_MIN_WORDS
    why: dict[int, str] = {}
    for j, i in enumerate(found.live):
        if i in kept:
            continue
        margin = final[j] - threshold
        above = margin >= 0
        n = n_tokens[j]
        kind = kinds[n if n < prose else prose]  # `_line_kind(n)`, without a call a line
        key = (kind, in_run[j], False, above, (prior[j] >= 0) == above)
        why[i] = templates[key] % margin
    return why


def _settled_again(lines: Sequence[str], model: PageModel, cache: LineFactsCache) -> bool:
    """Whether ``lines`` are what the last classification kept, in order, when classifying
    them again is known to drop none of them (the page and rule rounds ask for them when
    the rules removed none of the lines the page classifier kept).

    `_classify` records its kept lines when its fixed point settled on them and no list
    or block was added back (`keep_inset_lists`, `keep_inset_blocks`). Classified again,
    those lines are scored as the fixed point's last pass scored them (`score_lines` is a
    function of the lines), so that pass's decision (keep all) repeats, and nothing is
    added back to a page that keeps all. Two things may still differ and are tested here:
    a run of tiny lines that removing lines between them made, and the slack, since the
    kept lines alone may look less like a page than all of them did (most articles do not
    look like one: the slack grows). A larger slack only keeps more (`_decide`), so a
    slack at least the recorded one keeps all too; a smaller one may not.
    """
    settled = cache.settled
    if settled is None or settled[0] is not model or len(settled[1]) != len(lines):
        return False
    text = _stripped(lines)
    if tuple(text) != settled[1] or _tiny_runs(text):
        return False
    slack = _slack(text, cache.n_tokens_of(text))
    if slack < settled[2]:
        return False
    cache.settled = (model, settled[1], slack)  # what classifying them again records
    return True


def _slack(live_text: Sequence[str], n_tokens: Sequence[int]) -> float:
    """How far the bar drops for these non-blank lines: NON_PAGE_SLACK unless a page."""
    return 0.0 if stripped_lines_look_like_page(live_text, n_tokens) else NON_PAGE_SLACK


@attrs.frozen
class _Found:
    """One classification: the lines, their scores, the lines kept, and how to explain."""

    text: list[str]
    debris: dict[int, str]  # lines dropped in runs of tiny lines, with the reason
    live: list[int]  # the other non-blank lines, which are scored
    n_tokens: list[int]
    prior: list[float]
    final: list[float]
    kept: set[int]
    threshold: float
    slack: float
    listed: set[int]  # kept as items of a list inside the article (`keep_inset_lists`)
    # kept as running text of an unspaced script between kept lines (`keep_unspaced_prose`)
    prose: set[int] = attrs.field(factory=set)
    # kept alone between two kept paragraphs of the article (`keep_subheadings`)
    headed: set[int] = attrs.field(factory=set)
    # kept as the story's last lines over the page's footer (`keep_story_tail`,
    # `keep_story_list`)
    tailed: set[int] = attrs.field(factory=set)
    # kept as an interview's questions and answers (`keep_interview_turns`)
    turns: set[int] = attrs.field(factory=set)
    # kept under the lower bar: without them the rest would look like a page (`_fixed_point`)
    held: set[int] = attrs.field(factory=set)
    # kept as rows shaped like the kept lines around them (`keep_shaped_rows`)
    rowed: set[int] = attrs.field(factory=set)

    @cached_property
    def in_run(self) -> list[bool]:
        """Whether each scored line is in the page's main run (`_main_run`): read only to
        explain a line, so found only for a classification that explains one (most later
        rounds of a page drop no line, 265 of the 572 of a page-mode pass of the dev full
        pages, and explain none)."""
        return _main_run(self.final, self.threshold)

    def verdict(self, j: int) -> PageVerdict:
        """The verdict on the j-th non-blank line."""
        margin = self.final[j] - self.threshold
        return PageVerdict(self.live[j] in self.kept, margin, self.prior[j] >= 0, self.reason(j))

    def reason(self, j: int) -> str:
        """`verdict(j).reason`, without the verdict (the removals need only the reason)."""
        margin = self.final[j] - self.threshold
        keep, prior_ok = self.live[j] in self.kept, self.prior[j] >= 0
        why = _reason(self.n_tokens[j], margin, keep, self.in_run[j], prior_ok)
        if self.live[j] in self.prose:
            why = why.replace("(kept by fallback)", _PROSE)
        elif self.live[j] in self.headed:
            why = why.replace("(kept by fallback)", _HEADED)
        elif self.live[j] in self.tailed:
            why = why.replace("(kept by fallback)", _TAILED)
        elif self.live[j] in self.turns:
            why = why.replace("(kept by fallback)", _TURNS)
        elif self.live[j] in self.rowed:
            why = why.replace("(kept by fallback)", _ROWED)
        elif self.live[j] in self.listed:
            why = why.replace("(kept by fallback)", _LISTED)
        elif keep and -self.slack <= margin < 0:
            why = why.replace("(kept by fallback)", "(kept: input is not page-like, lower bar)")
        elif self.live[j] in self.held:
            why = why.replace("(kept by fallback)", _HELD)
        return why


_LISTED = "(kept: an item of a list that a kept line of the article introduces)"
_PROSE = "(kept: running text of an unspaced script between kept lines of it)"
_HEADED = "(kept: a short line alone between two kept paragraphs of the article)"
_TAILED = "(kept: the story's last lines, above the page's footer)"
_TURNS = "(kept: a question or an answer of an interview in the article)"
_ROWED = "(kept: rows shaped like the kept lines of the article around them)"
_HELD = "(kept: input is not page-like, and would look like a page without it)"


def _classify(lines: Sequence[str], model: PageModel, cache: LineFactsCache | None) -> _Found:
    text = _stripped(lines)
    debris = _tiny_runs(text)
    # The non-blank lines outside the runs of tiny ones; without such runs, by one C-level
    # `compress` (most pages: none of the dev full pages has one).
    every = range(len(text))
    live = (
        [i for i in compress(every, text) if i not in debris]
        if debris
        else list(compress(every, text))
    )
    if not live:
        return _Found(text, debris, [], [], [], [], set(), model.threshold, 0.0, set())
    cache = cache if cache is not None else LineFactsCache()
    live_text = list(map(text.__getitem__, live))
    prior, final = score_lines(live_text, model, cache)
    n_tokens = cache.n_tokens_of(live_text)
    slack = _slack(live_text, n_tokens)
    kept, settled, held = _fixed_point(text, live, final, _Pass(model, slack, cache))
    listed, headed, tailed, turns, rowed, prose = _added_back(
        live, live_text, n_tokens, kept, cache
    )
    cache.settled = None
    if settled and not (listed or prose or headed or tailed or turns or rowed):
        cache.settled = (model, tuple(compress(live_text, map(kept.__contains__, live))), slack)
    return _Found(
        text,
        debris,
        live,
        n_tokens,
        prior,
        final,
        kept | listed | prose | headed | tailed | turns | rowed,
        model.threshold,
        slack,
        listed,
        prose,
        headed,
        tailed,
        turns,
        held,
        rowed,
    )


def _added_back(
    live: Sequence[int],
    live_text: Sequence[str],
    n_tokens: Sequence[int],
    kept: set[int],
    cache: LineFactsCache,
) -> tuple[set[int], set[int], set[int], set[int], set[int], set[int]]:
    """The lines the model dropped that the article's shapes add back: the items of its
    lists and blocks, its sub-headings, its last lines over the footer, an interview's
    questions and answers, its rows shaped like the kept lines around them, its unspaced
    running text (by index of ``live``).

    All are added after the model's fixed point, never fed back into its context: a kept
    list would make the paragraphs around it look like a menu. Each pass reads the lines
    the passes before it kept as kept, never as a gap.

    Every pass returns the flags it was given with some lines set (none is unset), so where
    the model kept every line no pass adds one: nothing is read (the later rounds of a page
    mostly keep all, 265 of the 572 classifications of a page-mode pass over the dev pages).
    """
    if len(kept) == len(live):
        return set(), set(), set(), set(), set(), set()
    model_kept = list(map(kept.__contains__, live))
    inset = keep_inset_lists(live_text, n_tokens, model_kept)
    inset = keep_inset_blocks(live_text, n_tokens, inset)
    listed = _now_kept(live, inset, model_kept)
    is_furniture = cache.has_furniture_cue
    headings = keep_subheadings(live_text, n_tokens, inset, is_furniture)
    headed = _now_kept(live, headings, inset)
    tail = keep_story_tail(live_text, n_tokens, headings, is_furniture)
    tail = keep_story_list(live_text, n_tokens, tail, is_furniture)
    tailed = _now_kept(live, tail, headings)
    # After the story's last lines: the turns it adds are short, and read first they would
    # leave no paragraph among the last kept lines for `keep_story_tail` to continue from.
    asked = keep_interview_turns(live_text, n_tokens, tail, is_furniture)
    turns = _now_kept(live, asked, tail)
    shaped = keep_shaped_rows(live_text, n_tokens, asked, is_furniture)
    rowed = _now_kept(live, shaped, asked)
    # Running text of Chinese and Japanese between kept lines of it; none where no line
    # holds a Han or kana character (most pages: known from the lines' facts).
    filled = (
        keep_unspaced_prose(live_text, shaped) if cache.may_hold_unspaced(live_text) else shaped
    )
    prose = _now_kept(live, filled, shaped)
    return listed, headed, tailed, turns, rowed, prose


def _now_kept(live: Sequence[int], now: Sequence[bool], before: Sequence[bool]) -> set[int]:
    """The lines of ``live`` that ``now`` keeps and ``before`` did not (flags a line, as
    each pass of `_added_back` returns them): ``now > before`` of two booleans, by one
    C-level pass where a comprehension was a Python step a line, four a classification.

    Most passes add no line (of the 307 first classifications of a pass over the dev full
    pages, at most 20 a pass): equal flags, told by a list comparison in C that compares
    the two bools of a line by identity, have none to list.
    """
    if now == before:
        return set()
    return set(compress(live, map(gt, now, before)))


def _stripped(lines: Sequence[str]) -> list[str]:
    """Each line stripped, "" for a value that is no string.

    One C-level ``map`` when every line is a string (the pipeline's lines always are), a
    Python step a line only for the other input, which ``str.strip`` refuses.
    """
    try:
        return list(map(str.strip, lines))
    except TypeError:  # a value that is no string (`classify_page_lines` takes any)
        return [s.strip() if isinstance(s, str) else "" for s in lines]


def _tiny_runs(text: Sequence[str]) -> dict[int, str]:
    """The lines in runs of TINY_RUN_MIN_LINES or more tiny lines, with the reason for each.

    Blank lines neither break nor join a run: they are dropped anyway.
    """
    # A run holds TINY_RUN_MIN_LINES tiny lines: a page with fewer in all has none (661 of
    # the 664 classifications of a pass over the dev full pages), which two C-level counts
    # tell where the loop read every line, and a text of fewer lines (most later rounds of
    # a page, its article alone) its length.
    if len(text) < TINY_RUN_MIN_LINES:
        return {}
    if sum(map(TINY_LINE_MAX_CHARS.__ge__, map(len, text))) - text.count("") < TINY_RUN_MIN_LINES:
        return {}
    debris: dict[int, str] = {}
    run: list[int] = []
    for i, line in enumerate(text):
        if len(line) > TINY_LINE_MAX_CHARS:
            _drop_run(run, debris)
            run = []
        elif line:
            run.append(i)
    _drop_run(run, debris)
    return debris


def _drop_run(run: list[int], debris: dict[int, str]) -> None:
    if len(run) >= TINY_RUN_MIN_LINES:
        why = f"one of {len(run)} lines of at most {TINY_LINE_MAX_CHARS} characters in a row"
        debris.update(dict.fromkeys(run, why))


@attrs.frozen
class _Pass:
    """What every pass of the fixed point reads: the model, the slack, the lines' facts."""

    model: PageModel
    slack: float
    cache: LineFactsCache


def _fixed_point(
    text: Sequence[str], live: list[int], first: Sequence[float], how: _Pass
) -> tuple[set[int], bool, set[int]]:
    """Re-run the decision on the kept lines until nothing more is dropped; say whether it
    settled (the last pass kept all of its lines) within the cap, and which lines it kept
    only because dropping them would have raised the bar (`_raises_the_bar`).

    ``first`` are the final scores of all the ``live`` lines, which the first pass would
    otherwise compute again; every later pass scores its own, smaller, set of lines.

    Every line of a later pass is scored again, not only those near a line the cut took
    (issue #8 asked): a line's score is a function of the whole page, its own features
    hold its place on the page (``rel_pos``) and the page's function words, its context
    the page's length, its prose mass before and after it and its distance to the best
    run. Of the 27,146 lines that a page-mode pass over the dev full pages scores again
    in the same document, 259 kept their prior score and none their final score.

    A pass under the lower bar (input that does not look like a page) makes no cut after
    which the lines left would look like one (`_raises_the_bar`): classified again, they
    would get the page's bar and lose lines the lower bar kept, so the call would not keep
    what it kept (a page's share of short lines and its menu run can grow as long lines
    go). It stops at the lines before that cut, which classified again make the same cut
    and stop there too. Only lines the lower bar was about to drop stay (precision first).
    """
    keep = live
    final: Sequence[float] | None = first
    for _ in range(_MAX_PASSES):
        lines = list(map(text.__getitem__, keep))
        if final is None:
            final = score_lines(lines, how.model, how.cache)[1]
        decided = _decide(lines, final, how.model.threshold, how.slack)
        if all(decided):
            return set(keep), True, set()
        cut = list(compress(keep, decided))
        if _raises_the_bar([text[i] for i in cut], how):
            return set(keep), False, set(keep).difference(cut)
        keep = cut
        final = None
    return set(keep), False, set()


def _raises_the_bar(lines: Sequence[str], how: _Pass) -> bool:
    """Whether these lines, classified alone, would get a higher bar than ``how``'s: a cut
    under the lower bar that leaves lines shaped like a page (see `_fixed_point`).

    Only an input under the lower bar asks for the lines' shape; a page's bar is the
    highest already (most pages: no cost).
    """
    return how.slack > 0 and _slack(lines, how.cache.n_tokens_of(lines)) < how.slack


def _decide(
    lines: Sequence[str], final: Sequence[float], threshold: float, slack: float
) -> list[bool]:
    """One pass: threshold the context scores, else fall back to the best run.

    Why the fallback: an all-dropped page is the worst outcome for a cleaner, so when the
    model keeps nothing the single best-scoring contiguous run is kept instead. The slack
    only ever adds lines, so a set that is stable without it stays stable with it.
    """
    if len(lines) != len(final):
        raise ValueError("a score for each line is needed")
    decided = list(map(ge, final, repeat(threshold)))
    if not any(decided) and any(tokens(s) for s in lines):
        start, end = best_segment([v - threshold for v in final])
        decided = _flags_between(start, end, len(lines))
    if not slack:  # a page's bar: the slack adds no line (most pages' passes)
        return decided
    return list(map(or_, decided, map(ge, final, repeat(threshold - slack))))


def _main_run(final: Sequence[float], threshold: float) -> list[bool]:
    start, end = best_segment([v - threshold for v in final])
    return _flags_between(start, end, len(final))


def _flags_between(start: int, end: int, n: int) -> list[bool]:
    """``[start <= i < end for i in range(n)]`` for ``0 <= start <= end <= n`` (a run that
    `best_segment` finds), made by three list repetitions in C."""
    return [False] * start + [True] * (end - start) + [False] * (n - end)


def _reason(n: int, margin: float, keep: bool, in_run: bool, prior_ok: bool) -> str:
    """Compose a short human explanation of one verdict on a line of ``n`` tokens.

    A page drops thousands of lines, each with its reason: the words are one of a few
    dozen templates (`_reason_templates`), and only the margin is formatted a line.
    """
    above = margin >= 0
    return _reason_templates()[_line_kind(n), in_run, keep, above, prior_ok == above] % margin


def _line_kind(n: int) -> int:
    """The kind of a line of ``n`` tokens that a reason names: 0 prose, 1 short, 2 between
    (the index into `_reason_templates`' kinds)."""
    return 0 if n >= PROSE_MIN_WORDS else (1 if n <= SHORT_LINE_MAX_TOKENS else 2)


# `_line_kind` of each token count up to PROSE_MIN_WORDS, the least of a prose line (kind 0,
# as every larger count is): `_dropped_reasons` reads a line's kind here, a count capped at
# PROSE_MIN_WORDS (token counts are never negative).
_KINDS = tuple(map(_line_kind, range(PROSE_MIN_WORDS + 1)))


@cache
def _reason_templates() -> dict[tuple[int, bool, bool, bool, bool], str]:
    """`_reason`'s words by (kind of line, in the main run, kept, margin at least 0, prior
    agrees), with ``%+.1f`` where the margin goes (as ``f"{margin:+.1f}"`` writes it)."""
    kinds = ("prose line", "short line", "mid-length line")
    templates: dict[tuple[int, bool, bool, bool, bool], str] = {}
    bools = (False, True)
    for kind, in_run, keep, above, agrees in product(range(3), bools, bools, bools, bools):
        sign = ">=" if above else "<"
        where = "inside" if in_run else "outside"
        text = f"score %+.1f {sign} 0: {kinds[kind]} {where} the main text run"
        if keep and not above:
            text += " (kept by fallback)"
        elif not keep and above:
            text += " (dropped on re-check without the removed junk)"
        templates[kind, in_run, keep, above, agrees] = (
            text if agrees else text + ", context overrode the prior"
        )
    return templates
