"""Page mode: decide, line by line, which lines of a whole web page belong to the article.

Input is the visible text of a page, one block per line (menus, banners, link lists,
footers, comments and the article somewhere inside). A two-stage logistic model scores each
line from its own shape (prior) and then from its neighbourhood (context pass); the result
is iterated to a fixed point so that re-running page mode on its own output keeps it all.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from corpusclean.page_context import best_segment
from corpusclean.page_features import tokens
from corpusclean.page_model import PageModel, load_model, score_lines

# Each pass is linear; the cap keeps the whole call linear even on adversarial input.
_MAX_PASSES = 12
# Input that does not look like a page (an extracted article, a page already cleaned) is
# only cut where the evidence is strong: the bar drops by this many log-odds.
NON_PAGE_SLACK = 1.5


@attrs.frozen(slots=True)
class PageVerdict:
    """The page-mode decision for one input line, with the evidence behind it."""

    keep: bool
    score: float
    prior: bool
    reason: str


def looks_like_page(lines: Sequence[str]) -> bool:
    """Guess whether the text is a whole page rather than an extracted article.

    Heuristic: at least 15 non-blank lines, at least 40% of them short (4 words or fewer,
    no sentence end), and a run of 8 or more short lines in a row, which is what
    navigation menus and link lists look like. False-positive risk: list-heavy articles
    (results tables, recipes), which is why the run-length condition is required too.
    """
    short = [_is_short(s) for s in lines if s.strip()]
    if len(short) < 15 or sum(short) < 0.4 * len(short):
        return False
    return _longest_run(short) >= 8


def longest_short_run(lines: Sequence[str]) -> int:
    """The length of the longest run of consecutive short, menu-like lines."""
    return _longest_run([_is_short(s) for s in lines if s.strip()])


def _longest_run(flags: Sequence[bool]) -> int:
    run = longest = 0
    for flag in flags:
        run = run + 1 if flag else 0
        longest = max(longest, run)
    return longest


def _is_short(line: str) -> bool:
    """A menu-like line: few words and no sentence-final punctuation."""
    text = line.strip()
    # The cheap test first: most lines of a page's body end like a sentence.
    return not text.endswith((".", "!", "?", ":")) and len(tokens(text)) <= 4


def classify_page_lines(lines: Sequence[str]) -> tuple[PageVerdict, ...]:
    """Return one PageVerdict per input line, in input order, using the shipped model.

    Why a fixed point: context features change once junk is removed, so the kept set is
    re-checked until stable; that makes page mode idempotent on its own output. Input that
    does not look like a page gets a lower bar (NON_PAGE_SLACK), so an already extracted
    article loses only lines that are junk on strong evidence.
    """
    return classify_with_model(lines, load_model())


def classify_with_model(lines: Sequence[str], model: PageModel) -> tuple[PageVerdict, ...]:
    """Classify with an explicit model (the training script evaluates candidate weights)."""
    text = [s.strip() if isinstance(s, str) else "" for s in lines]
    live = [i for i, s in enumerate(text) if s]
    verdicts = [PageVerdict(False, 0.0, False, "blank line")] * len(text)
    if not live:
        return tuple(verdicts)
    prior, final = score_lines([text[i] for i in live], model)
    slack = 0.0 if looks_like_page(text) else NON_PAGE_SLACK
    kept = _fixed_point(text, live, model, slack)
    ctx = _main_run(final, model.threshold)
    for j, i in enumerate(live):
        margin = final[j] - model.threshold
        why = _reason(text[i], margin, i in kept, ctx[j], prior[j] >= 0)
        if i in kept and -slack <= margin < 0:
            why = why.replace("(kept by fallback)", "(kept: input is not page-like, lower bar)")
        verdicts[i] = PageVerdict(i in kept, margin, prior[j] >= 0, why)
    return tuple(verdicts)


def _fixed_point(text: Sequence[str], live: list[int], model: PageModel, slack: float) -> set[int]:
    """Re-run the decision on the kept lines until nothing more is dropped."""
    keep = live
    for _ in range(_MAX_PASSES):
        decided = _decide([text[i] for i in keep], model, slack)
        if all(decided):
            break
        keep = [i for i, d in zip(keep, decided, strict=True) if d]
    return set(keep)


def _decide(lines: Sequence[str], model: PageModel, slack: float) -> list[bool]:
    """One pass: threshold the context scores, else fall back to the best run.

    Why the fallback: an all-dropped page is the worst outcome for a cleaner, so when the
    model keeps nothing the single best-scoring contiguous run is kept instead. The slack
    only ever adds lines, so a set that is stable without it stays stable with it.
    """
    _, final = score_lines(lines, model)
    decided = [v >= model.threshold for v in final]
    if not any(decided) and any(tokens(s) for s in lines):
        start, end = best_segment([v - model.threshold for v in final])
        decided = [start <= i < end for i in range(len(lines))]
    return [d or v >= model.threshold - slack for d, v in zip(decided, final, strict=True)]


def _main_run(final: Sequence[float], threshold: float) -> list[bool]:
    start, end = best_segment([v - threshold for v in final])
    return [start <= i < end for i in range(len(final))]


def _reason(line: str, margin: float, keep: bool, in_run: bool, prior_ok: bool) -> str:
    """Compose a short human explanation of one verdict."""
    n = len(tokens(line))
    kind = "prose line" if n >= 12 else ("short line" if n <= 4 else "mid-length line")
    where = "inside" if in_run else "outside"
    sign = ">=" if margin >= 0 else "<"
    text = f"score {margin:+.1f} {sign} 0: {kind} {where} the main text run"
    if keep and margin < 0:
        text += " (kept by fallback)"
    elif not keep and margin >= 0:
        text += " (dropped on re-check without the removed junk)"
    return text if prior_ok == (margin >= 0) else text + ", context overrode the prior"
