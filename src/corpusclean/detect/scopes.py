"""The context pass for rule hits: each rule's scope decides what its hit removes.

An edge-only rule is overruled inside the body, a list trigger takes the headline lines
after it, a comment-section heading takes the thread after it. The context-free hit stays
on the verdict as ``prior_rule`` so an explanation can show where context changed it.

`apply_scopes` applies every scope, in the document's order. The edge, margin, notice and
credit readings are here; what a list trigger takes is read in `detect.listscope`, whether a
comment heading takes the rest in `detect.restscope`, a listing's heads between its posts in
`detect.listings`.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..model import KEEP, Block, Verdict
from ..rules import Rule, Scope
from ..text import SENTENCE_CLOSING, ends_like_sentence, field_label
from .entries import ENTRY_MIN_HEADS, entry_heads
from .facts import Facts, prose
from .lineshapes import (
    HEADING_MAX_WORDS,
    NUMBERED_OPENING,
    is_list_headline,
    is_story_sentence,
    reads_as_text,
)
from .listings import ListingRound, listing_head_starts, listing_heads, talks_under
from .listscope import MAX_LIST_ITEMS, is_fact_list, numbered_openings, take_list
from .restscope import (
    announces_empty_thread,
    is_bare_heading_over_text,
    keeps_story_heading,
    may_be_menu_item,
    over_story_text_run,
    story_sub_headings,
    take_rest,
    thread_follows,
    thread_under,
)
from .verdicts import removal_verdict

__all__ = ["LEAD_EDGE_BLOCKS", "apply_scopes", "body_bounds"]

# Edge-only rules also apply to the first and last this many blocks, so a date line right
# under a standfirst still counts as leading.
EDGE_BLOCKS = 3
# A byline or a time stamp printed under the standfirst is the story's header too, however many
# menu lines an extraction kept above the title ("Von Tom Beck 07.12.2016, 23:01" or
# "Published: February 26, 2026" right under the first paragraph, past EDGE_BLOCKS): an
# attribution rule's hit within this many blocks after the first prose block counts as leading.
# Only when that rule hits no other block of the body: a timeline or a schedule prints its dates
# through the body, and every one of them stays.
LEAD_EDGE_BLOCKS = 2
LEAD_EDGE_FAMILY = "attribution"
# Lines an edge rule knows (web addresses, dates), at least this many in a row under a
# heading of the article's own that follows its last paragraph, are a section of the
# article: "Sources & links" and the addresses it cites. One such line there is a footer.
# That heading is a short line (`lineshapes.HEADING_MAX_WORDS`) that no rule knows and that
# ends no sentence.
HEADED_LIST_MIN_ITEMS = 2
# A bulleted label of a fact box ("• Statute of Westminster adopted" over "25 November
# 1947") or a numbered item of the article's list ("1) Lego Star Wars 75188" over its
# link): the line under it is its value, not a date line or a footer's address. Only the
# glyphs of `text.LIST_BULLETS`, not its typed "-", "*" and "·" nor "●" (untested either way).
_BULLET_LABEL = regex.compile(r"[•◦▪‣] ")
# A margin rule's line with a prose paragraph within this many blocks above it and within this
# many below it stands among the story's prose, and stays: "Reihenfolge nach Kosten:" over
# "Wärmepumpe > Fernwärme > Gas > Öl" and "Strom > Gas" between two paragraphs, or "Le trajet :"
# over "Paris › Marseille › Toulon › Nice" (precision22c's probe). Three lets a label and a second
# such line stand between the line and a paragraph; a breadcrumb has the headline, a byline or
# menu lines, not a paragraph, on at least one side (none of the dev sets' trails has both).
AMONG_PROSE_BLOCKS = 3
# A short sentence there counts as the story's text too (`lineshapes.AMONG_SENTENCE_MIN_WORDS`).
# A notice rule's line (`Scope.NOTICE`) stays when it is one sentence of the story: a sentence
# (`is_story_sentence`) with no stop inside it, among paragraphs no rule hits. A page's notice
# strings its fixed sentences ("© 2019 Associated Press. All Rights Reserved. This material may
# not be ...", "Copyright ©2019 Dow Jones & Company, Inc. All Rights Reserved.") or labels its value
# ("Our Standards: The Thomson Reuters Trust Principles."), is a short credit under a picture
# ("© John Brecher"), or stands beside other notices at the page's end: no line the rule hits on
# the dev sets, the real-pages sets or the junk probe (top, middle, end) is such a sentence
# (tails26b); a cookie banner (`cookie_notice`, precision27) stands at the page's top or end,
# beside menus or its own buttons, or strings two sentences: none of the 24 the rule matches in
# the dev sets' pages is such a sentence. A stop: a full stop, "!" or "?" (or "。！？"), then a
# capital, a figure, "©" or a bracket; or a colon, then a capital. Closing quotes and brackets
# may follow the stop: a sentence's closing (`text.SENTENCE_CLOSING`, „…“ and « … » too).
_INNER_STOP = regex.compile(
    r"[.!?…]" + SENTENCE_CLOSING + r"\s+(?=[\p{Lu}\p{N}©(\[])|:\s*(?=\p{Lu})|[。！？]\s*(?=\S)"
)
# The labels of a fact box's date row, the noun for a date in the languages the rules read
# ("Datum: Donnerstag, 26. Mai 2016" over "Ort: A24, ..."): a report's or an event's date.
# A publication stamp's label is a participle ("Veröffentlicht", "Published", "Publicado")
# and is not in this list, so a stamp goes beside any row (`_beside_own_fact_row`).
FACT_DATE_LABELS = frozenset(("datum", "date", "fecha", "data", "termin"))
# A credit rule's "Label: value" row is one of such a list's items when the story introduces
# the list with a lead-in of its own (a heading's length ending in a colon, no value:
# "Programm des Tages:" / "Fotos: 20 Bilder vom Fest" / "Musik: Blaskapelle Lohr") and
# another row of it is no rule's hit (`_row_of_introduced_list`). A page's credits box has no
# lead-in ("Text: …" / "Fotos: …" under a caption) or its other rows are bylines' hits.
CREDITS_FAMILY = "credits"


def body_bounds(blocks: Sequence[Block], facts: Facts) -> tuple[int, int]:
    """Indices of the first and last prose block; (len, -1) when there is none."""
    return facts.of_round(_body_bounds, blocks)


def _body_bounds(blocks: Sequence[Block], facts: Facts) -> tuple[int, int]:
    found = [index for index, is_prose in enumerate(facts.each(prose, blocks)) if is_prose]
    return (found[0], found[-1]) if found else (len(blocks), -1)


def _entry_heads(
    blocks: Sequence[Block],
    hits: Sequence[Rule | None],
    is_prose: Sequence[bool],
    found: Sequence[tuple[int, Rule]],
) -> list[bool]:
    """`entries.entry_heads` of a round, told without reading a block when fewer than
    `entries.ENTRY_MIN_HEADS` of its blocks hold a rule's hit (``found``): a head needs as
    many head groups reading the same hits, each group holding one of its own
    (tests/test_scopes_entry_screen.py compares it with `entry_heads` on generated rounds)."""
    if len(found) < ENTRY_MIN_HEADS:
        return [False] * len(blocks)
    return entry_heads(blocks, hits, is_prose)


def _is_heading_after_prose(
    blocks: Sequence[Block], hits: Sequence[Rule | None], is_prose: Sequence[bool], index: int
) -> bool:
    """Whether block ``index`` is a short heading no rule knows, right after a paragraph."""
    block = blocks[index]
    return (
        index >= 1
        and hits[index] is None
        and is_prose[index - 1]
        and block.words <= HEADING_MAX_WORDS
        and not ends_like_sentence(block.text)
    )


def _is_item_label(block: Block) -> bool:
    """Whether a block labels a list item: bulleted or numbered ("• Dominion", "2) Polistil
    960574 Pista"), headline-short, no sentence."""
    return (
        _BULLET_LABEL.match(block.text) or NUMBERED_OPENING.match(block.text)
    ) is not None and is_list_headline(block)


def _headed_lists(
    blocks: Sequence[Block],
    hits: Sequence[Rule | None],
    is_prose: Sequence[bool],
    found: Sequence[tuple[int, Rule]],
) -> list[bool]:
    """For each block: whether the article lists it under a heading or label of its own,
    where an edge rule leaves it alone: a run of one edge rule's hits under a heading (a
    reference list of web addresses), the value under a fact box's bulleted label, or a row
    of its own fact box (`_beside_own_fact_row`).
    ``found`` are the blocks a rule hit, as (index, rule), in order."""
    listed = [False] * len(blocks)
    end = 0  # where the last run read ends: a hit inside it is not the start of another
    for index, hit in found:
        if hit.scope is Scope.EDGE and _beside_own_fact_row(blocks, hits, index):
            listed[index] = True
        if index < end or hit.scope is not Scope.EDGE:
            continue
        names = [h.name if h else None for h in hits[index : index + MAX_LIST_ITEMS]]
        end = index + next((n for n, name in enumerate(names) if name != hit.name), len(names))
        under_heading = end - index >= HEADED_LIST_MIN_ITEMS and _is_heading_after_prose(
            blocks, hits, is_prose, index - 1
        )
        if under_heading or (index >= 1 and _is_item_label(blocks[index - 1])):
            listed[index:end] = [True] * (end - index)
    return listed


def _beside_own_fact_row(blocks: Sequence[Block], hits: Sequence[Rule | None], index: int) -> bool:
    """Whether block ``index`` is a "Label: value" row next to a row of another label that no
    rule hits: a row of the article's own fact box.

    A police or fire brigade's report, an event's notice, a match report print their facts
    as rows ("Datum: Donnerstag, 26. Mai 2016" / "Ort: A24, Raststätte Linumer Bruch"; "Date:
    Saturday 4 May 2024" / "Venue: Town Hall"): the date row is one of the report's facts,
    not the page's stamp. Only a row labelled with the noun for a date (`FACT_DATE_LABELS`)
    is read: a stamp's label says what happened to the page ("Veröffentlicht:", "Updated:")
    and goes beside any row. A "Datum:" stamp stands alone or beside the page's other meta
    rows (an author, a reading time, a category), which their own rules remove, so those
    dates still go, and so does a date with no label over the place row.

    >>> rows = ["Datum: Donnerstag, 26. Mai 2016", "Ort: A24, Raststätte Linumer Bruch"]
    >>> bs = [Block(row, i, i + 1) for i, row in enumerate(rows)]
    >>> _beside_own_fact_row(bs, [None, None], 0), _beside_own_fact_row(bs[:1], [None], 0)
    (True, False)
    """
    label = field_label(blocks[index].text)
    if label not in FACT_DATE_LABELS:
        return False
    return any(
        0 <= other < len(blocks)
        and hits[other] is None
        and field_label(blocks[other].text) not in ("", label)
        for other in (index - 1, index + 1)
    )


def _row_of_introduced_list(
    blocks: Sequence[Block], hits: Sequence[Rule | None], index: int
) -> bool:
    """Whether block ``index`` is a row of a fact list (`is_fact_list`) right under a lead-in
    that ends in a colon (at most `HEADING_MAX_WORDS` words, no value of its own), with
    another row that no rule hits: the article's own list (`CREDITS_FAMILY`'s comment).

    >>> rows = ["Programm des Tages:", "Fotos: 20 Bilder vom Fest", "Musik: Blaskapelle Lohr"]
    >>> bs = [Block(row, i, i + 1) for i, row in enumerate(rows)]
    >>> _row_of_introduced_list(bs, [None, None, None], 1)
    True
    >>> _row_of_introduced_list(bs[1:], [None, None], 0)
    False
    """
    if not field_label(blocks[index].text):
        return False
    start = index
    while start > 0 and field_label(blocks[start - 1].text):
        start -= 1
    end = index + 1
    while end < len(blocks) and field_label(blocks[end].text):
        end += 1
    lead_in = blocks[start - 1] if start > 0 else None
    return (
        lead_in is not None
        and lead_in.text.rstrip().endswith(":")
        and lead_in.words <= HEADING_MAX_WORDS
        and is_fact_list(blocks[start:end])
        and any(hits[row] is None for row in range(start, end) if row != index)
    )


def _at_edge(index: int, count: int, first_body: int, last_body: int) -> bool:
    """Whether a block is in the leading or trailing region of the document."""
    return (
        index < first_body
        or index > last_body
        or index < EDGE_BLOCKS
        or index >= count - EDGE_BLOCKS
    )


def _under_first_paragraph(
    index: int, hit: Rule, found: Sequence[tuple[int, Rule]], first_body: int, last_body: int
) -> bool:
    """Whether an attribution rule's hit sits just under the first paragraph (within
    `LEAD_EDGE_BLOCKS`) and is that rule's only hit in the body: a byline or stamp under a
    standfirst, where a timeline's dates recur through the body."""
    if hit.family != LEAD_EDGE_FAMILY or not first_body < index <= first_body + LEAD_EDGE_BLOCKS:
        return False
    return not any(
        other.name == hit.name and first_body <= where <= last_body and where != index
        for where, other in found
    )


def _among_prose(
    blocks: Sequence[Block],
    index: int,
    is_prose: Sequence[bool],
    hits: Sequence[Rule | None] | None = None,
) -> bool:
    """Whether the story's text (`reads_as_text`: a prose block or a sentence) stands within
    `AMONG_PROSE_BLOCKS` above block ``index`` and within as many below it. Given ``hits``, a
    block a rule hits is not the story's text (`Scope.NOTICE` asks so; `Scope.MARGIN` reads
    the shape alone).

    >>> text = "It rained in Paris all day, and the river rose by a metre overnight."
    >>> blocks = [Block(text, 0, 1), Block("Paris > Lyon", 1, 2), Block("Le trajet :", 2, 3),
    ...           Block("Prices hold for all of next year.", 3, 4)]
    >>> flags = [True, False, False, False]
    >>> _among_prose(blocks, 1, flags), _among_prose(blocks, 3, flags)
    (True, False)
    """

    def story_text(i: int) -> bool:
        return (hits is None or hits[i] is None) and reads_as_text(blocks, is_prose, i)

    above = range(max(0, index - AMONG_PROSE_BLOCKS), index)
    below = range(index + 1, min(len(blocks), index + 1 + AMONG_PROSE_BLOCKS))
    return any(story_text(i) for i in above) and any(story_text(i) for i in below)


def _sentence_among_prose(
    blocks: Sequence[Block], hits: Sequence[Rule | None], is_prose: Sequence[bool], index: int
) -> bool:
    """Whether block ``index`` is one sentence with no stop inside, with no control of its own
    beside it (`_beside_own_control`), among the story's text that no rule hits
    (`_among_prose`; `Scope.NOTICE`).

    >>> text = "It rained in Paris all day, and the river rose by a metre overnight."
    >>> notice = "Copyright 2024 The Associated Press. All rights reserved."
    >>> said = "Copyright 2024 was a record year, with cases filed in every court."
    >>> blocks = [Block(text, 0, 1), Block(said, 1, 2), Block(notice, 2, 3), Block(text, 3, 4)]
    >>> flags = [True, False, False, True]
    >>> hits = [None, None, None, None]
    >>> _sentence_among_prose(blocks, hits, flags, 1), _sentence_among_prose(blocks, hits, flags, 2)
    (True, False)
    """
    block = blocks[index]
    if not is_story_sentence(block) or _INNER_STOP.search(block.text.strip()):
        return False
    return not _beside_own_control(blocks, hits, index) and _among_prose(
        blocks, index, is_prose, hits
    )


def _beside_own_control(blocks: Sequence[Block], hits: Sequence[Rule | None], index: int) -> bool:
    """Whether the block just above or just below ``index`` is a short line (no sentence) that a
    rule of the same family hits: a banner's own button or link ("Accept all cookies", "Cookie
    settings", "Privacy Policy") printed beside it. A story's sentence between two paragraphs has
    no such control beside it; a banner set into the page carries one.

    >>> said = "We use cookies only for statistics, the court found after the audit."
    >>> banner = Rule(name="b", family="cookies", pattern="we use cookies.*", reason="r")
    >>> button = Rule(name="c", family="cookies", pattern="accept all", reason="r")
    >>> blocks = [Block(said, 0, 1), Block("Accept all", 1, 2)]
    >>> beside = _beside_own_control
    >>> beside(blocks, [banner, button], 0), beside(blocks, [banner, None], 0)
    (True, False)
    """
    hit = hits[index]
    family = hit.family if hit is not None else None
    for near in (index - 1, index + 1):
        if not 0 <= near < len(blocks):
            continue
        other = hits[near]
        if other is not None and other.family == family and not is_story_sentence(blocks[near]):
            return True
    return False


def apply_scopes(
    blocks: Sequence[Block], hits: Sequence[Rule | None], facts: Facts
) -> list[Verdict]:
    """Turn context-free rule hits into verdicts, using each rule's scope."""
    verdicts = [KEEP] * len(hits)
    # The blocks a rule hit, in order: few, so the passes below read these, not every block.
    found = [(index, hit) for index, hit in enumerate(hits) if hit is not None]
    if not found:  # no rule hit: no scope has anything to decide
        return verdicts
    for index, hit in found:
        verdicts[index] = removal_verdict(hit)
    first_body, last_body = body_bounds(blocks, facts)
    total: int | None = None  # the document's words, counted when a rest rule first hits
    # The story's own sub-headings, looked for when a bare comment heading first hits.
    sub_headings: list[int] | None = None
    # The comment headings that close a listing's posts, looked for when a rest rule first hits.
    listing: ListingRound | None = None
    post_heads: list[int] = []
    closing_heads: set[int] = set()
    scope = facts.scope or blocks
    lists = any(hit.scope is Scope.LIST for _index, hit in found)
    numbered = numbered_openings(blocks) if lists else {}
    is_prose = facts.each(prose, blocks)
    # Read for an edge rule's hit at the document's edge alone (one inside the body stays
    # whatever they say), so found when the first such hit asks: most rounds with a hit
    # have none there, or no hit of an edge rule at all (issue #8: on the dev full pages in
    # page mode, 37 readings of the entries' heads a pass where 114 rounds read them).
    entries: list[bool] | None = None
    listed: list[bool] | None = None
    for index, hit in found:
        if hit.scope is Scope.EDGE and not (
            _at_edge(index, len(blocks), first_body, last_body)
            or _under_first_paragraph(index, hit, found, first_body, last_body)
        ):
            verdicts[index] = Verdict(
                keep=True, reason="edge-only rule inside the body", prior_rule=hit.name
            )
        elif (
            hit.scope is Scope.EDGE
            and (entries := entries or _entry_heads(blocks, hits, is_prose, found))[index]
        ):
            verdicts[index] = Verdict(
                keep=True, reason="heads one of the article's dated entries", prior_rule=hit.name
            )
        elif (
            hit.scope is Scope.EDGE
            and (listed := listed or _headed_lists(blocks, hits, is_prose, found))[index]
        ):
            verdicts[index] = Verdict(
                keep=True,
                reason="edge-only rule in a list under the article's own heading",
                prior_rule=hit.name,
            )
        elif hit.scope is Scope.MARGIN and _among_prose(blocks, index, is_prose):
            verdicts[index] = Verdict(
                keep=True, reason="margin-only rule among the body's prose", prior_rule=hit.name
            )
        elif hit.scope is Scope.NOTICE and _sentence_among_prose(blocks, hits, is_prose, index):
            verdicts[index] = Verdict(
                keep=True,
                reason="a notice rule's sentence among the body's prose",
                prior_rule=hit.name,
            )
        elif hit.family == CREDITS_FAMILY and _row_of_introduced_list(blocks, hits, index):
            verdicts[index] = Verdict(
                keep=True,
                reason="a credit rule's row of a list under the article's own lead-in",
                prior_rule=hit.name,
            )
        elif hit.scope is Scope.LIST:
            take_list(blocks, index, hit, verdicts, numbered, is_prose, facts.language)
        elif hit.scope is Scope.REST:
            if total is None:
                total = sum(block.words for block in blocks)
            if is_bare_heading_over_text(blocks, is_prose, index):
                if sub_headings is None:
                    sub_headings = story_sub_headings(blocks, hits, is_prose)
                where = (index, total)
                if keeps_story_heading(blocks, hits, is_prose, where, sub_headings, facts.language):
                    verdicts[index] = Verdict(
                        keep=True,
                        reason="a comment heading's word as the story's own sub-heading",
                        prior_rule=hit.name,
                    )
                    continue
            if over_story_text_run(blocks, hits, is_prose, index, scope):
                verdicts[index] = Verdict(
                    keep=True,
                    reason="a bare comment heading over the story's own text",
                    prior_rule=hit.name,
                )
                continue
            if may_be_menu_item(blocks[index], hit) and not thread_under(
                blocks, hits, index, facts.language
            ):
                continue  # its own line goes, the page under it stays
            if announces_empty_thread(blocks, is_prose, index):
                continue  # its own line goes, the page's text under it stays
            if listing is None:
                listing = ListingRound(blocks, hits, is_prose, facts.language)
                post_heads = listing_heads(listing)
                closing_heads = facts.once(listing_head_starts)
            if blocks[index].start in closing_heads or (
                index in post_heads and not talks_under(listing, index, post_heads)
            ):
                # A listing's head between two posts: the next post stays. Kept by its
                # block's start for the later rounds, which may no longer hold the heads
                # of the other posts (a count's own line went in the first round).
                closing_heads.add(blocks[index].start)
                continue
            if thread_follows(blocks, hits, index, first_body, total, facts.language):
                take_rest(blocks, index, hit, verdicts)
                break
    return verdicts
