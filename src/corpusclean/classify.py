"""Boilerplate classification: a context-free verdict per block, then a pass that uses context.

First every block is matched against the rules alone (`prior` verdicts). Then the context
pass applies each rule's scope: an edge-only rule is overruled inside the body, a list trigger
takes the headline lines after it, a comment-section heading takes the thread after it, and a
short label repeated in the document goes everywhere it appears. Both verdicts are kept so an
explanation can show why context changed one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import attrs
import regex

from .rules import LineMatcher, Rule, Scope
from .segment import Block

__all__ = [
    "Verdict",
    "classify_blocks",
    "ends_like_sentence",
    "is_prose",
    "looks_like_headline",
    "match_alone",
]

# A block is prose (body text) when it has this many words and ends like a sentence.
PROSE_MIN_WORDS = 12
# Headlines run to about 20 words; a longer first line is a lead sentence missing its stop.
HEADLINE_MAX_WORDS = 22
# A headline may end with a full stop only when short and in title case ("Stocks Fall.").
TITLE_CASE_SENTENCE_MAX_WORDS = 16
# A list after a trigger line holds at most this many lines.
MAX_LIST_ITEMS = 30
# Headline-like list items are at most this long; a teaser under a headline at most TEASER.
LIST_HEADLINE_MAX_WORDS = 20
LIST_TEASER_MAX_WORDS = 40
# A tag list after "Tags" has at least this many comma-separated items of at most so many
# words each on average.
TAG_LIST_MIN_ITEMS = 4
TAG_MAX_WORDS = 4
# A comment-section heading takes the rest of the document only when at least this share of
# the document's words comes before it, so a comment counter near the byline takes nothing.
REST_MIN_WORDS_BEFORE = 0.35
# Edge-only rules also apply to the first and last this many blocks, so a date line right
# under a standfirst still counts as leading.
EDGE_BLOCKS = 3
# A run of headlines at the end of a document needs at least this many to count as a list.
TRAILING_HEADLINES_MIN = 3
# Its headlines are capitalised like headlines (at least this share of words), and a teaser
# under one is at most TEASER_MAX_WORDS long.
HEADLINE_CAPITALISED_SHARE = 0.3
TEASER_MAX_WORDS = 25
# A bare "Comments" heading early in a document takes the rest when this many replies follow.
THREAD_MIN_GREETINGS = 2
# The rules whose removals mark a line as a photo credit, for the caption-fragment detector.
CREDIT_RULES = frozenset(
    {
        "image_credit",
        "agency_credit",
        "caption_with_credit",
        "caption_marker",
        "caption_placement",
        "repeated_label",
    }
)
# A label must be this short, and appear this often, to count as a repeated label.
LABEL_MAX_WORDS = 6
LABEL_MIN_COUNT = 2
# More distinct repeated labels than this, or a label repeated more often, means structured
# content (a table, an interview's repeated question), not credits.
LABEL_MAX_DISTINCT = 2
LABEL_MAX_COUNT = 3

_CLOSERS = "\"'”’)]"
_SENTENCE_MARKS = frozenset(".!?…")
_END_QUOTES = frozenset('"”’')
_CAPITALISED_WORD = regex.compile(r"^[\p{Lu}\p{N}]")
# Letters and digits: a key is the line's runs of them, casefolded, joined by single spaces.
_KEY_WORD = re.compile(r"[^\W_]+")
_SHAPE_PUNCTUATION = regex.compile(r"[^\w\s'’\"“”‘]")
# Replies in a comment thread open with a greeting on a line of its own ("Hi Milan,").
_GREETING = regex.compile(r"(?i)(hi|hello|hey|dear|thanks|thank you)\b[\w .'’-]{0,30}[,!.]?")


@attrs.frozen(slots=True)
class Verdict:
    """The decision on one block: keep it or remove it, by which rule, and the prior verdict.

    ``prior_rule`` is the context-free rule hit (None when no rule matched the block alone);
    ``rule`` is the final decision's rule, None when the block is kept. ``certain`` removals
    are not limited by the removal budget.
    """

    keep: bool
    rule: str | None = None
    reason: str = ""
    certain: bool = False
    prior_rule: str | None = None


KEEP = Verdict(keep=True)


def ends_like_sentence(text: str) -> bool:
    """Tell whether the text ends with sentence-final punctuation (quotes allowed after it).

    >>> ends_like_sentence("He said so."), ends_like_sentence("Ma meets Mahathir")
    (True, False)
    """
    # The same test as the pattern [.!?…]["'”’)\]]*$|["”’]$, reading only the line's end.
    stripped = text.rstrip(_CLOSERS)
    return (stripped[-1:] in _SENTENCE_MARKS and stripped != "") or text[-1:] in _END_QUOTES


def is_prose(block: Block) -> bool:
    """Tell whether a block reads like body text: long enough and ending like a sentence."""
    return block.words >= PROSE_MIN_WORDS and ends_like_sentence(block.text)


def _capitalised_share(text: str) -> float:
    words = text.split()
    return sum(1 for w in words if _CAPITALISED_WORD.match(w)) / len(words) if words else 0.0


def looks_like_headline(text: str) -> bool:
    """Tell whether a line looks like a headline: short, capitalised, not a sentence or label.

    A full stop at the end rules it out unless the line is in title case; a trailing colon or
    comma always does (a dateline or a lead-in).

    >>> looks_like_headline("Jack Ma opens first Alibaba office in Southeast Asia in KL")
    True
    >>> looks_like_headline("Alibaba has been expanding its presence in Malaysia in recent years.")
    False
    """
    words = text.count(" ") + 1
    if not 2 <= words <= HEADLINE_MAX_WORDS or not _CAPITALISED_WORD.match(text):
        return False
    if text.endswith((":", ",", ";")):
        return False
    if text.endswith(".") and not text.endswith("..."):
        return words <= TITLE_CASE_SENTENCE_MAX_WORDS and _capitalised_share(text) >= 0.75
    return True


def label_key(text: str) -> str:
    """Casefolded words of a line, for comparing labels and duplicates.

    >>> label_key("“Share this,” he said — TWICE!")
    'share this he said twice'
    """
    return " ".join(_KEY_WORD.findall(text.casefold()))


def match_alone(
    matcher: LineMatcher, block: Block, memo: dict[int, tuple[Rule | None, bool]] | None = None
) -> tuple[Rule | None, bool]:
    """The rule a block matches alone, and whether the match timed out.

    ``memo`` caches the answer for the blocks of one document, keyed by the block's first
    input line (no two blocks of a document share it).
    """
    if memo is not None:
        found = memo.get(block.start)
        if found is not None:
            return found
    try:
        found = (matcher.match(block.text, block.words), False)
    except TimeoutError:
        found = (None, True)
    if memo is not None:
        memo[block.start] = found
    return found


def _body_bounds(blocks: Sequence[Block]) -> tuple[int, int]:
    """Indices of the first and last prose block; (len, -1) when there is none."""
    prose = [index for index, block in enumerate(blocks) if is_prose(block)]
    return (prose[0], prose[-1]) if prose else (len(blocks), -1)


def _removal(rule: Rule, reason: str = "", certain: bool | None = None) -> Verdict:
    return Verdict(
        keep=False,
        rule=rule.name,
        reason=reason or rule.reason,
        certain=rule.certain if certain is None else certain,
        prior_rule=rule.name,
    )


def _is_tag_list(text: str) -> bool:
    """A line of short comma-separated phrases with no sentence end: a tag list."""
    items = text.split(",")
    return (
        len(items) >= TAG_LIST_MIN_ITEMS
        and not ends_like_sentence(text)
        and sum(item.count(" ") for item in items) <= TAG_MAX_WORDS * len(items)
    )


def _is_list_item(blocks: Sequence[Block], index: int, after_headline: bool) -> bool:
    block = blocks[index]
    if block.words <= LIST_HEADLINE_MAX_WORDS and not ends_like_sentence(block.text):
        return True
    if _is_tag_list(block.text):
        return True
    # A teaser sentence under a headline, when the list goes on with another headline.
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    return (
        after_headline
        and block.words <= LIST_TEASER_MAX_WORDS
        and (following is None or not ends_like_sentence(following.text))
    )


def _take_list(blocks: Sequence[Block], start: int, rule: Rule, verdicts: list[Verdict]) -> int:
    """Mark the headline list after trigger ``start``; return the index after it."""
    index, after_headline = start + 1, False
    reason = f"a headline in the list after {blocks[start].text!r}"
    while index < len(blocks) and index - start <= MAX_LIST_ITEMS:
        if verdicts[index].rule is not None or not _is_list_item(blocks, index, after_headline):
            break
        after_headline = not ends_like_sentence(blocks[index].text)
        verdicts[index] = attrs.evolve(_removal(rule, reason), prior_rule=None)
        index += 1
    return index


def _take_rest(blocks: Sequence[Block], start: int, rule: Rule, verdicts: list[Verdict]) -> None:
    reason = f"part of the comment thread after {blocks[start].text!r}"
    for index in range(start + 1, len(blocks)):
        prior = verdicts[index].prior_rule
        verdicts[index] = attrs.evolve(_removal(rule, reason, certain=True), prior_rule=prior)


def _words_before(blocks: Sequence[Block], index: int, total: int) -> float:
    return sum(block.words for block in blocks[:index]) / total if total else 0.0


def _at_edge(index: int, count: int, first_body: int, last_body: int) -> bool:
    """Whether a block is in the leading or trailing region of the document."""
    return (
        index < first_body
        or index > last_body
        or index < EDGE_BLOCKS
        or index >= count - EDGE_BLOCKS
    )


def _thread_follows(blocks: Sequence[Block], index: int, first_body: int, total: int) -> bool:
    """Whether a comment-section heading at ``index`` starts a thread after the article.

    A specific heading ("Leave a Reply", "12 thoughts on ...") only has to follow some body
    text; a bare word ("Comments") must also come after a good share of the words, since a
    comment counter or a menu item near the top says nothing about what follows it.
    """
    if index <= first_body:
        return False
    if blocks[index].words > 1 or _words_before(blocks, index, total) >= REST_MIN_WORDS_BEFORE:
        return True
    greetings = sum(1 for block in blocks[index + 1 :] if _GREETING.fullmatch(block.text))
    return greetings >= THREAD_MIN_GREETINGS


def _apply_scopes(blocks: Sequence[Block], hits: Sequence[Rule | None]) -> list[Verdict]:
    """Turn context-free rule hits into verdicts, using each rule's scope."""
    verdicts = [_removal(hit) if hit else KEEP for hit in hits]
    first_body, last_body = _body_bounds(blocks)
    total = sum(block.words for block in blocks)
    for index, hit in enumerate(hits):
        if hit is None:
            continue
        if hit.scope is Scope.EDGE and not _at_edge(index, len(blocks), first_body, last_body):
            verdicts[index] = Verdict(
                keep=True, reason="edge-only rule inside the body", prior_rule=hit.name
            )
        elif hit.scope is Scope.LIST:
            _take_list(blocks, index, hit, verdicts)
        elif hit.scope is Scope.REST and _thread_follows(blocks, index, first_body, total):
            _take_rest(blocks, index, hit, verdicts)
            break
    return verdicts


def _is_label(block: Block) -> bool:
    if not 2 <= block.words <= LABEL_MAX_WORDS:
        return False
    words = block.text.split()
    return (
        2 <= len(words) <= LABEL_MAX_WORDS
        and not ends_like_sentence(block.text)
        and not block.text.endswith(":")
        and all(_CAPITALISED_WORD.match(word) for word in words)
    )


def _mark_repeated_labels(blocks: Sequence[Block], verdicts: list[Verdict]) -> None:
    """Remove short title-case labels (an outlet's name as a photo credit) seen twice or more.

    The first block is exempt: a headline printed twice is the duplicate detector's case.
    """
    keys = [label_key(block.text) if _is_label(block) else "" for block in blocks]
    counts = Counter(key for key in keys if key)
    repeated = [key for key, count in counts.items() if count >= LABEL_MIN_COUNT]
    if len(repeated) > LABEL_MAX_DISTINCT or any(counts[k] > LABEL_MAX_COUNT for k in repeated):
        return
    exempt = keys[0] if keys else ""
    for index, key in enumerate(keys):
        if key and key != exempt and counts[key] >= LABEL_MIN_COUNT and verdicts[index].keep:
            verdicts[index] = Verdict(
                keep=False,
                rule="repeated_label",
                reason=f"a short label printed {counts[key]} times in the document "
                "(a credit, section label or outlet name)",
            )


def _mark_caption_fragments(blocks: Sequence[Block], verdicts: list[Verdict]) -> None:
    """Remove a caption cut off at a comma that sits right next to a removed photo credit.

    No body paragraph ends with a comma, and a credit line is where captions are printed.
    """
    credit = [not v.keep and (v.rule in CREDIT_RULES) for v in verdicts]
    for index, block in enumerate(blocks):
        beside_credit = (index > 0 and credit[index - 1]) or (
            index + 1 < len(blocks) and credit[index + 1]
        )
        if (
            verdicts[index].keep
            and beside_credit
            and block.text.endswith(",")
            and block.words <= LIST_TEASER_MAX_WORDS
        ):
            verdicts[index] = Verdict(
                keep=False,
                rule="caption_fragment",
                reason="a line ending in a comma beside a photo credit (a caption)",
            )


def _is_headline_item(block: Block) -> bool:
    return (
        block.words >= 3
        and looks_like_headline(block.text)
        and not block.text.endswith(".")
        and _capitalised_share(block.text) >= HEADLINE_CAPITALISED_SHARE
    )


def _trailing_run_start(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> int | None:
    """The first block of a run of headlines (teasers allowed between them) ending the document.

    A teaser counts only between a headline above it and a headline (or the end) below it,
    and headlines must outnumber teasers, so a short closing paragraph is never taken.
    """
    kept = [i for i, verdict in enumerate(verdicts) if verdict.keep]
    start, headlines, teasers = None, 0, 0
    for position in range(len(kept) - 1, -1, -1):
        block = blocks[kept[position]]
        if _is_headline_item(block):
            start, headlines = position, headlines + 1
            continue
        above = blocks[kept[position - 1]] if position > 0 else None
        below_ok = start == position + 1 or position == len(kept) - 1
        if (
            below_ok
            and block.words <= TEASER_MAX_WORDS
            and above is not None
            and _is_headline_item(above)
            and not block.text.endswith(":")
        ):
            teasers += 1
            continue
        break
    if start is None or headlines < TRAILING_HEADLINES_MIN or teasers > headlines:
        return None
    first = _after_structured_items(blocks, kept[start:])
    if first is None or sum(1 for i in kept if i >= first) < TRAILING_HEADLINES_MIN:
        return None
    return first if any(is_prose(block) for block in blocks[:first]) else None


def _punctuation_shape(text: str) -> str:
    return "".join(_SHAPE_PUNCTUATION.findall(text))


def _after_structured_items(blocks: Sequence[Block], run: Sequence[int]) -> int | None:
    """Where the run starts once structured items are cut off its front.

    Lines that share a punctuation shape ("June 9 -- Venue, City, ST", "Spain (Group F): ...")
    are a list the article itself prints (tour dates, a table); related headlines vary.
    """
    shapes = Counter(_punctuation_shape(blocks[i].text) for i in run)
    structured = {shape for shape, count in shapes.items() if shape and count >= 3}
    last = max(
        (pos for pos, i in enumerate(run) if _punctuation_shape(blocks[i].text) in structured),
        default=-1,
    )
    return run[last + 1] if last + 1 < len(run) else None


def _mark_trailing_headlines(blocks: Sequence[Block], verdicts: list[Verdict]) -> None:
    """Remove a list of related headlines printed after the article without a heading."""
    start = _trailing_run_start(blocks, verdicts)
    if start is None:
        return
    for index in range(start, len(blocks)):
        if verdicts[index].keep:
            verdicts[index] = Verdict(
                keep=False,
                rule="trailing_headlines",
                reason="one of a run of headline-like lines after the last body paragraph "
                "(a related-articles list)",
            )


def classify_blocks(
    blocks: Sequence[Block],
    matcher: LineMatcher,
    *,
    evidence: bool = True,
    disabled: frozenset[str] = frozenset(),
    memo: dict[int, tuple[Rule | None, bool]] | None = None,
) -> tuple[list[Verdict], bool]:
    """Decide for every block whether it is boilerplate; also report whether a rule timed out.

    With ``evidence`` off only context-free decisions are made: list and rest triggers are
    removed alone, edge-scope rules (which need the position) remove nothing, and the
    detectors (repeated labels, caption fragments, trailing headlines) do not run. ``memo``
    carries rule hits from one round to the next, since a block's own text does not change.
    """
    matched = [match_alone(matcher, block, memo) for block in blocks]
    hits = [hit for hit, _ in matched]
    timed_out = any(flag for _, flag in matched)
    if not evidence:
        hits = [hit if hit and hit.scope is not Scope.EDGE else None for hit in hits]
        return [_removal(hit) if hit else KEEP for hit in hits], timed_out
    verdicts = _apply_scopes(blocks, hits)
    if "repeated_label" not in disabled:
        _mark_repeated_labels(blocks, verdicts)
    if "caption_fragment" not in disabled:
        _mark_caption_fragments(blocks, verdicts)
    if "trailing_headlines" not in disabled:
        _mark_trailing_headlines(blocks, verdicts)
    return verdicts, timed_out
