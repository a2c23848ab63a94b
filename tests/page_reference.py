"""A recompute-everything reference for page mode, to test the optimised path against.

These are the page features and the classifier loop written the plain way: every feature of
every line computed from scratch, one character at a time, on every pass, with no cache and
no reuse between passes. The library computes each line's own features once per document
with character classes and reuses them across passes; its results must equal these exactly
(the same floats, so the model cannot decide differently).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import pairwise

from corpusclean.language import any_stopword, load_related_words
from corpusclean.page import (
    blocks,
    cues,
    detect,
    features,
    inset,
    interview,
    records,
    rows,
    shapes,
    storylist,
    subheads,
    tail,
)
from corpusclean.page.context import best_segment, context_features
from corpusclean.page.model import PageModel
from corpusclean.page.title import content_words
from corpusclean.text import CLOSERS, ends_like_sentence, tokens

FEATURE_COUNT = len(features.FEATURE_NAMES)
# Stoplist, page function words, repeat counts, line count.
PageFacts = tuple[frozenset[str], frozenset[str], Counter[str], int]


def char_mix(line: str, toks: Sequence[str]) -> list[float]:
    """The character-mix features, a Python loop over the characters."""
    chars = [c for c in line if not c.isspace()] or [" "]
    alpha = [t for t in toks if t[:1].isalpha() and t[:1].lower() != t[:1].upper()]
    caps = sum(1 for t in alpha if t[:1].isupper()) / len(alpha) if alpha else 0.0
    cjk = sum(1 for c in chars if "\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af")
    all_caps = float(len(line) > 3 and line.upper() == line and line.lower() != line)
    return [
        caps,
        sum(c.isdigit() for c in chars) / len(chars),
        sum(c.isalpha() for c in chars) / len(chars),
        all_caps,
        cjk / len(chars),
        float(line[:1].islower()),
    ]


def punctuation(line: str, toks: Sequence[str]) -> list[float]:
    """The punctuation features, every pattern tried on every line."""
    f = features
    return [
        float(bool(f._SENT_END_RE.search(line))),
        float(line.endswith(":")),
        min(len(f._PUNCT_RE.findall(line)) / max(len(toks), 1), 1.0),
        float("," in line or "\uff0c" in line),
        math.log1p(len(f._SENT_MARK_RE.findall(line))),
    ]


def patterns(line: str, toks: Sequence[str]) -> list[float]:
    """The pattern features, every pattern tried on every line."""
    f = features
    boiler = len(cues.boiler_re().findall(line))
    return [
        min(len(f._SEP_RE.findall(line)), 3) / 3,
        float(bool(f._CAMEL_RE.search(line))),
        float(bool(cues.URL_RE.search(line))),
        float(bool(f._TIME_RE.search(line))),
        float(bool(f._COUNTER_RE.search(line))),
        min(boiler, 3) / 3,
        float(boiler > 0 and len(toks) <= 8),
        float(bool(f._BULLET_RE.match(line))),
        float(bool(f._QUOTE_START_RE.match(line))),
        float(bool(cues.comment_re().search(line))),
        float(bool(cues.caption_re().search(line))),
        min(len(cues.legal_re().findall(line)), 3) / 3,
        math.log1p(len(f._CAMEL_RE.findall(line))),
    ]


def pick_stoplist(lowered: Sequence[Sequence[str]]) -> frozenset[str]:
    """The stoplist holding most of the page's tokens, from one count of the whole page."""
    counts = Counter(t for toks in lowered for t in toks)
    total = sum(counts.values()) or 1
    best: frozenset[str] = frozenset()
    best_hits = 0
    for words in features.stopword_lists().values():
        hits = sum(n for t, n in counts.items() if t in words)
        if hits > best_hits:
            best, best_hits = words, hits
    return best if best_hits / total >= 0.08 else frozenset()


def density(toks: Sequence[str], words: frozenset[str]) -> float:
    if not toks or not words:
        return 0.0
    return sum(1 for t in toks if t.lower() in words) / len(toks)


def page_stats(lines: Sequence[str]) -> PageFacts:
    """Stoplist, page function words, repeat counts and line count, from the lines alone."""
    lowered = [[t.lower() for t in tokens(s)] for s in lines]
    counts: Counter[str] = Counter()
    for toks in lowered:
        if len(toks) >= 10:
            counts.update(t for t in toks if len(t) <= 4 and not t.isdigit())
    page_stops = frozenset(t for t, n in counts.most_common(12) if n >= 3)
    dup = Counter(s for s in lines if s)
    return pick_stoplist(lowered), page_stops, dup, max(len(lines), 1)


def line_features(line: str, index: int, stats: PageFacts) -> list[float]:
    """One line's feature row, everything computed from scratch."""
    if not line:
        return [0.0] * FEATURE_COUNT
    stoplist, page_stops, dup, n_lines = stats
    toks = tokens(line)
    shape = features._shape(line, toks)
    punct = punctuation(line, toks)
    mix = char_mix(line, toks)
    pats = patterns(line, toks)
    stop = [density(toks, stoplist), density(toks, page_stops)]
    page = [math.log(max(dup[line], 1)), index / n_lines]
    return features._assemble(shape, stop, punct, mix, pats, page)


def prior_features(lines: Sequence[str]) -> list[list[float]]:
    stats = page_stats(lines)
    return [line_features(line, i, stats) for i, line in enumerate(lines)]


def score(weights: Sequence[float], bias: float, rows: Sequence[Sequence[float]]) -> list[float]:
    return [bias + _left_to_right(x * y for x, y in zip(weights, row, strict=True)) for row in rows]


def _left_to_right(values: Iterable[float]) -> float:
    """The sum in order, as the model defines it (Python 3.12's sum compensates rounding)."""
    total = 0.0
    for value in values:
        total += value
    return total


def score_lines(lines: Sequence[str], model: PageModel) -> tuple[list[float], list[float]]:
    rows = prior_features(lines)
    prior = score(model.layers[0].weights, model.layers[0].bias, rows)
    scores = prior
    markers = [features.is_marker(row) for row in rows]
    n_tokens = [len(tokens(s)) for s in lines]
    for layer in model.layers[1:]:
        ctx = context_features(scores, n_tokens, markers)
        scores = score(
            layer.weights, layer.bias, [list(a) + b for a, b in zip(rows, ctx, strict=True)]
        )
    return prior, scores


def kept_lines(lines: Sequence[str], model: PageModel) -> set[int]:
    """The indices of the lines page mode keeps, every pass scored from scratch."""
    text = [s.strip() for s in lines]
    debris = tiny_runs(text)
    text = ["" if i in debris else s for i, s in enumerate(text)]
    keep = [i for i, s in enumerate(text) if s]
    if not keep:
        return set()
    slack = 0.0 if shapes.looks_like_page(text) else detect.NON_PAGE_SLACK
    for _ in range(detect._MAX_PASSES):
        kept = [text[i] for i in keep]
        _, final = score_lines(kept, model)
        decided = [v >= model.threshold for v in final]
        if not any(decided) and any(tokens(s) for s in kept):
            start, end = best_segment([v - model.threshold for v in final])
            decided = [start <= i < end for i in range(len(kept))]
        decided = [d or v >= model.threshold - slack for d, v in zip(decided, final, strict=True)]
        if all(decided):
            break
        cut = [i for i, d in zip(keep, decided, strict=True) if d]
        # Under the lower bar, no cut after which the lines left would look like a page
        # (idem30): they would get the page's bar when classified again.
        if slack > 0 and shapes.looks_like_page([text[i] for i in cut]):
            break
        keep = cut
    inset_kept = with_inset_lists_and_blocks(text, set(keep))
    tailed = with_story_list(text, with_story_tail(text, with_subheadings(text, inset_kept)))
    return with_shaped_rows(text, with_interview_turns(text, tailed))


def with_inset_lists_and_blocks(text: Sequence[str], kept: set[int]) -> set[int]:
    """``kept`` and the lists and framed blocks the library adds back first (`page.inset`,
    `page.blocks`), by the library's own functions: they are tested against their own
    references in `tests/test_page_inset.py` and `tests/test_page_blocks.py`; a drawn page's
    short lines between two kept sentences take their path (`test_page_features`'s
    `TINY_RUN_OVER_SHORT_LINES`)."""
    live = [i for i, s in enumerate(text) if s]
    live_text = [text[i] for i in live]
    n_tokens = [len(tokens(s)) for s in live_text]
    flags = inset.keep_inset_lists(live_text, n_tokens, [i in kept for i in live])
    flags = blocks.keep_inset_blocks(live_text, n_tokens, flags)
    return {i for i, flag in zip(live, flags, strict=True) if flag}


# The page features that name a cue of page furniture (`page.subheads`).
FURNITURE_FEATURES = ("separator", "boiler", "comment_head", "caption", "legal")


def with_subheadings(text: Sequence[str], kept: set[int]) -> set[int]:
    """``kept`` and every line alone between two kept paragraphs (`page.subheads`), read
    line by line: the non-blank lines in order, each dropped one whose neighbours are kept
    sentences of PARAGRAPH_MIN_TOKENS tokens or more, of at most SUBHEADING_MAX_TOKENS
    tokens and without a cue of furniture among its own features (computed from scratch).

    The lists and blocks the library adds back before it (`page.inset`, `page.blocks`) are
    not modelled: the drawn pages of the tests that use this hold no colon lead-in or code.
    """
    live = [i for i, s in enumerate(text) if s]
    cue_at = [features.FEATURE_NAMES.index(name) for name in FURNITURE_FEATURES]
    out = set(kept)
    for before, line, after in zip(live, live[1:], live[2:], strict=False):
        if before not in kept or line in kept or after not in kept:
            continue
        row = prior_features([text[line]])[0]
        if (
            _is_paragraph(text[before])
            and _is_paragraph(text[after])
            and len(tokens(text[line])) <= subheads.SUBHEADING_MAX_TOKENS
            and not any(row[at] for at in cue_at)
        ):
            out.add(line)
    return out


def _is_paragraph(line: str) -> bool:
    return len(tokens(line)) >= subheads.PARAGRAPH_MIN_TOKENS and ends_like_sentence(line)


def with_story_tail(text: Sequence[str], kept: set[int]) -> set[int]:
    """``kept`` and the dropped lines among the story's last lines (`page.tail`), read the
    plain way: the story's block, its last paragraph, the window under it, the closing
    sentence, the page under that, and each line to add, each tried on its own."""
    live = [i for i, s in enumerate(text) if s]
    at = [j for j, i in enumerate(live) if i in kept]  # positions among the non-blank lines
    if not at:
        return set(kept)
    n = [len(tokens(text[i])) for i in live]
    blocks = [[at[0]]]
    for j in at[1:]:
        if j - blocks[-1][-1] - 1 > tail.STORY_GAP_LINES:
            blocks.append([])
        blocks[-1].append(j)
    sizes = [sum(n[j] for j in block) for block in blocks]
    if sizes[-1] < max(sizes):
        return set(kept)
    paragraphs = [j for j in at[-tail.STORY_LOOKBACK :] if _is_paragraph(text[live[j]])]
    if not paragraphs:
        return set(kept)
    anchor = paragraphs[-1] if at[-1] - paragraphs[-1] <= tail.TAIL_MAX_LINES else at[-1]
    end = at[-1]
    for j in range(anchor + 1, min(anchor + 1 + tail.TAIL_MAX_LINES, len(live))):
        if _is_tail_sentence(text[live[j]]):
            end = max(end, j)
        elif n[j] > subheads.SUBHEADING_MAX_TOKENS:
            break
    if end == anchor or not _is_tail_sentence(text[live[end]]):
        return set(kept)
    if any(_is_tail_sentence(text[live[j]]) for j in range(end + 1, len(live))):
        return set(kept)
    run = [j for j in range(anchor + 1, end + 1) if live[j] not in kept]
    if live[end] in kept and (end != len(live) - 1 or len(run) != end - anchor - 1):
        return set(kept)
    cue_at = [features.FEATURE_NAMES.index(name) for name in FURNITURE_FEATURES]
    for j in run:
        line = text[live[j]]
        if n[j] > subheads.SUBHEADING_MAX_TOKENS and not _is_tail_sentence(line):
            return set(kept)
        if sum(1 for i in live if text[i] == line) > 1:
            return set(kept)
        if any(prior_features([line])[0][c] for c in cue_at):
            return set(kept)
    return set(kept) | {live[j] for j in run}


def _is_tail_sentence(line: str) -> bool:
    return len(tokens(line)) >= tail.TAIL_SENTENCE_MIN_TOKENS and ends_like_sentence(line)


def with_story_list(text: Sequence[str], kept: set[int]) -> set[int]:
    """``kept`` and the story's own run of short lines under its last sentence
    (`page.storylist`), read the plain way: the anchor (a sentence of 8 tokens, or of 5 over
    rows of one shape), the run down to the first line with a furniture cue or a related
    box's label or the text's end, its closing sentence, colon or shape, its items, then
    each item's words against the story's and every other short line's."""
    live = [i for i, s in enumerate(text) if s]
    at = [j for j, i in enumerate(live) if i in kept]
    lines = [text[i] for i in live]
    n = [len(tokens(line)) for line in lines]
    for min_tokens, shaped_only in ((storylist.STORY_SENTENCE_MIN_TOKENS, False),
                                    (storylist.SHAPED_STORY_MIN_TOKENS, True)):  # fmt: skip
        anchor = _story_list_anchor(lines, n, at, min_tokens)
        if anchor is None:
            continue
        run = _reference_run(lines, n, anchor, [j for j in at if j <= anchor], shaped_only)
        if run:
            return set(kept) | {live[j] for j in run}
    return set(kept)


def _asks(line: str) -> bool:
    """A question: the line ends with a question mark, closing quotes aside."""
    return line.rstrip(CLOSERS)[-1:] in ("?", "\uff1f")


def with_interview_turns(text: Sequence[str], kept: set[int]) -> set[int]:
    """``kept`` and the dropped lines of an interview's turns (`page.interview`), read the
    plain way: the questions and speaker lines answered by the line under them, grouped
    while the lines from one's answer to the next are at most ANSWER_MAX_LINES answers; a
    group of two at least, one kept over a kept answer, gives its lines from the first to
    the last one's answer, down to the first with a furniture cue (but an answer of prose
    length above the first turn kept, or one kept before) or printed again (a speaker's
    name: outside them), less a question or a speaker left last."""
    live = [i for i, s in enumerate(text) if s]
    lines = [text[i] for i in live]
    n = [len(tokens(line)) for line in lines]
    cue_at = [features.FEATURE_NAMES.index(name) for name in FURNITURE_FEATURES]

    def answer(j: int) -> bool:
        return (
            n[j] >= interview.ANSWER_MIN_TOKENS
            and ends_like_sentence(lines[j])
            and not _asks(lines[j])
        )

    def opens(j: int) -> bool:
        speaker = lines[j].endswith(":") and 0 < n[j] <= interview.SPEAKER_MAX_TOKENS
        return _asks(lines[j]) or speaker

    def asked(j: int) -> bool:
        return opens(j) and j + 1 < len(lines) and answer(j + 1)

    asked_at = [j for j in range(len(lines)) if asked(j)]
    groups: list[list[int]] = []
    for q in asked_at:
        between = range(groups[-1][-1] + 1, q) if groups else range(0)
        if (
            groups
            and len(between) <= interview.ANSWER_MAX_LINES
            and all(answer(j) for j in between)
        ):
            groups[-1].append(q)
        else:
            groups.append([q])
    added: set[int] = set()
    for questions in groups:
        if len(questions) < interview.INTERVIEW_MIN_QUESTIONS:
            continue
        turns = range(questions[0], questions[-1] + 2)
        if not any(live[q] in kept and live[q + 1] in kept for q in questions):
            continue
        first_kept = min(q for q in questions if live[q] in kept and live[q + 1] in kept)
        own: list[int] = []
        for t in turns:
            speaker = opens(t) and not _asks(lines[t])
            others = [j for j in range(len(lines)) if lines[j] == lines[t] and j != t]
            printed_again = any(not (speaker and j in turns) for j in others)
            cue = any(prior_features([lines[t]])[0][c] for c in cue_at)
            above_or_kept = t < first_kept or live[t] in kept
            prose = above_or_kept and not opens(t) and n[t] >= interview.ANSWER_PROSE_TOKENS
            if printed_again or (cue and not prose):
                break
            own.append(t)
        while own and opens(own[-1]):
            own.pop()
        added |= {live[t] for t in own}
    return set(kept) | added


def with_shaped_rows(text: Sequence[str], kept: set[int]) -> set[int]:
    """``kept`` and the runs `page.rows` adds, read the plain way: between two kept lines
    (blank lines aside), at most ROW_RUN_MAX_LINES dropped lines, each and both kept lines
    opening with a clock time, or each and both kept lines a term or a sentence in turn
    (both kept lines sentences) in a line-by-line alternation of GLOSSARY_MIN_TERMS terms or
    more; no line of the run with a cue of furniture or printed twice on the page."""
    live = [i for i, s in enumerate(text) if s]
    lines = [text[i] for i in live]
    n = [len(tokens(line)) for line in lines]
    cue_at = [features.FEATURE_NAMES.index(name) for name in FURNITURE_FEATURES]

    def kind(j: int) -> str:
        if _asks(lines[j]):
            return "other"
        if ends_like_sentence(lines[j]):
            return "sentence"
        term = 0 < n[j] <= rows.TERM_MAX_TOKENS and lines[j][-1].isalnum()
        return "term" if term else "other"

    def clock(j: int) -> bool:
        return re.match(r"([01]?[0-9]|2[0-3])[:.][0-5][0-9](?![0-9])", lines[j]) is not None

    def alternation_terms(j: int) -> list[str]:
        # The terms of the longest stretch of lines of alternating kinds around line j.
        first = last = j
        while first > 0 and "other" != kind(first - 1) != kind(first):
            first -= 1
        while last + 1 < len(lines) and "other" != kind(last + 1) != kind(last):
            last += 1
        return [lines[k] for k in range(first, last + 1) if kind(k) == "term"]

    def glossary_terms(j: int) -> bool:
        terms = alternation_terms(j)
        firsts = [t.split()[0].casefold() for t in terms]
        return len(terms) >= rows.GLOSSARY_MIN_TERMS and len(set(firsts)) == len(firsts)

    kept_at = [j for j in range(len(lines)) if live[j] in kept]
    added: set[int] = set()
    for above, below in pairwise(kept_at):
        run = range(above + 1, below)
        if not 1 <= len(run) <= rows.ROW_RUN_MAX_LINES:
            continue
        around = range(above, below + 1)
        clocks = all(clock(j) for j in around)
        kinds = [kind(j) for j in around]
        glossary = (
            kinds[0] == kinds[-1] == "sentence"
            and "other" not in kinds
            and all(a != b for a, b in pairwise(kinds))
            and glossary_terms(above)
        )
        if not (clocks or glossary):
            continue
        if any(
            lines.count(lines[j]) > 1 or any(prior_features([lines[j]])[0][c] for c in cue_at)
            for j in run
        ):
            continue
        added |= {live[j] for j in run}
    return set(kept) | added


def _reference_run(
    lines: Sequence[str], n: Sequence[int], anchor: int, story: Sequence[int], shaped_only: bool
) -> list[int]:
    cue_at = [features.FEATURE_NAMES.index(name) for name in FURNITURE_FEATURES]
    related = load_related_words().related_label
    run: list[int] = []
    for j in range(anchor + 1, min(anchor + 2 + inset.LIST_MAX_LINES, len(lines))):
        asked = re.sub(r"(?<=\d)/(?=\d)", "-", lines[j])  # a date's or a fraction's slash
        if any(prior_features([asked])[0][c] for c in cue_at) or related.fullmatch(lines[j]):
            break
        if n[j] > subheads.SUBHEADING_MAX_TOKENS and not ends_like_sentence(lines[j]):
            return []
        run.append(j)
    else:
        if not run or run[-1] != len(lines) - 1:
            return []
    if not run:
        return []
    first = lines[run[0]]
    words = [w for w in first.split() if any(c.isalpha() for c in w)]
    lead = (
        first.endswith(":")
        and n[run[0]] <= subheads.SUBHEADING_MAX_TOKENS
        and len(words) >= storylist.LEAD_IN_MIN_WORDS
    )
    closing = [p for p, j in enumerate(run) if ends_like_sentence(lines[j]) and not _asks(lines[j])]
    closed = bool(closing) and closing[-1] > 0
    if closed:
        run = run[: closing[-1] + 1]
    items = run[:-1] if closed else run
    rows = items[1:] if lead else items
    shapes = {storylist.line_shape(lines[j]) for j in rows}
    shape = next(iter(shapes)) if len(shapes) == 1 else ""
    shaped = (
        len(rows) >= storylist.RUN_MIN_LINES
        and len(shape) >= storylist.SHAPE_MIN_MARKS
        and "9" in shape
        and all(any(c.isalpha() for c in lines[j]) for j in rows)
    )
    announced = lead or inset.introduces(lines[anchor])
    if shaped_only and not shaped:
        return []
    share = records.RECORDS_MIN_SHARE
    if closed or announced or shaped:
        marked = sum(1 for j in items if records.is_record(lines[j]))
        rows_of_record = bool(items) and marked >= share * len(items)
    else:  # records alone, with a number: down to the last of them
        numbered = [p for p, j in enumerate(run) if _numbered_record(lines[j])]
        run = items = run[: numbered[-1] + 1] if numbered else []
        count = sum(1 for j in items if _numbered_record(lines[j]))
        rows_of_record = bool(items) and count >= share * len(items)
    if not (closed or announced or shaped or rows_of_record):
        return []
    if len(items) < storylist.RUN_MIN_LINES:
        return []
    sizes = sorted(n[j] for j in items)
    middle = len(sizes) // 2
    median = sizes[middle] if len(sizes) % 2 else (sizes[middle - 1] + sizes[middle]) / 2
    long_rows = shaped or rows_of_record
    if not long_rows and median > storylist.ITEM_MEDIAN_MAX_TOKENS:
        return []
    stop = any_stopword()
    if not (closed or long_rows or inset.introduces(lines[anchor])):
        told = set().union(*(content_words(lines[j], stop) for j in story))
        if any(told & content_words(lines[j], stop) for j in items[1:]):
            return []
    if any(_is_tail_sentence(lines[j]) for j in range(run[-1] + 1, len(lines))):
        return []
    if any(lines.count(lines[j]) > 1 for j in run):
        return []
    for j in run:
        mine = content_words(lines[j], stop)
        menu: set[str] = set()
        for other in range(len(lines)):
            if other not in run and n[other] <= storylist.MENU_MAX_TOKENS:
                menu |= content_words(lines[other], stop)
        shared = len(mine & menu)
        tolerant = long_rows or announced
        tolerated = tolerant and shared < storylist.MENU_WORDS_SHARE * len(mine)
        if shared and not tolerated:
            return []
    return run


def _numbered_record(line: str) -> bool:
    return records.is_record(line) and re.search(r"\d", line) is not None


def _story_list_anchor(
    lines: Sequence[str], n: Sequence[int], at: Sequence[int], story: int
) -> int | None:
    """The story's last kept sentence of ``story`` tokens (or a colon line of as many, or a
    colon lead-in under such a sentence) over the page's last dropped line, whose block of
    kept lines is the page's last and largest."""
    dropped = [j for j in range(len(lines)) if j not in at]
    over = [p for p, j in enumerate(at) if dropped and j < max(dropped)]
    if not over:
        return None
    last = over[-1]
    for p in range(last, -1, -1):
        if at[last] - at[p] > inset.LIST_MAX_LINES:
            return None
        sentence = n[at[p]] >= story and ends_like_sentence(lines[at[p]])
        colon = inset.introduces(lines[at[p]]) and n[at[p]] >= story
        lead_in = (
            p > 0
            and inset.introduces(lines[at[p]])
            and n[at[p - 1]] >= story
            and ends_like_sentence(lines[at[p - 1]])
        )
        if sentence or colon or lead_in:
            blocks = [[at[0]]]
            for j in at[1 : p + 1]:
                if j - blocks[-1][-1] - 1 > tail.STORY_GAP_LINES:
                    blocks.append([])
                blocks[-1].append(j)
            sizes = [sum(n[j] for j in block) for block in blocks]
            return at[p] if sizes[-1] == max(sizes) else None
    return None


def tiny_runs(text: Sequence[str]) -> set[int]:
    """The non-blank lines in runs of many tiny ones (blank lines are skipped over)."""
    live = [i for i, s in enumerate(text) if s]
    found: set[int] = set()
    start = 0
    while start < len(live):
        end = start
        while end < len(live) and len(text[live[end]]) <= detect.TINY_LINE_MAX_CHARS:
            end += 1
        if end - start >= detect.TINY_RUN_MIN_LINES:
            found.update(live[start:end])
        start = end + 1
    return found


def window_mean(values: Sequence[float], k: int, before: bool) -> list[float]:
    """Mean of up to k values strictly before (or after) each position, one at a time."""
    pre = [0.0]
    for v in values:
        pre.append(pre[-1] + v)
    n = len(values)
    out: list[float] = []
    for i in range(n):
        lo, hi = (max(0, i - k), i) if before else (i + 1, min(n, i + 1 + k))
        out.append((pre[hi] - pre[lo]) / (hi - lo) if hi > lo else 0.0)
    return out


def window_max(values: Sequence[float], k: int) -> list[float]:
    n = len(values)
    return [max(values[max(0, i - k) : min(n, i + k + 1)]) for i in range(n)]


def side_max(values: Sequence[float], k: int, before: bool, empty: float) -> list[float]:
    n = len(values)
    if before:
        return [max(values[max(0, i - k) : i], default=empty) for i in range(n)]
    return [max(values[i + 1 : i + 1 + k], default=empty) for i in range(n)]
