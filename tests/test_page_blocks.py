"""Tests for code blocks and tables inside the article in page mode (`corpusclean.page.blocks`)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from corpusclean.page import classify_page_lines
from corpusclean.page.blocks import (
    BLOCK_MAX_LINES,
    BLOCK_MIN_SHAPED,
    CODE,
    ROW,
    _block_end,
    _block_starts,
    _framed,
    _has_code_trait,
    _restore,
    _Shapes,
    _with_blocks,
    keep_inset_blocks,
    looks_like_code,
    separator_key,
)
from corpusclean.page.inset import ANCHOR_MIN_TOKENS, is_anchor
from corpusclean.text import tokens
from strategies import examples, page_lines

BEFORE = "To find the anomaly we first need the mean of the series, which we get with a query:"
QUERY = [
    "WITH series AS (",
    "SELECT *",
    "FROM unnest(array[2, 3, 5, 2, 3, 12]) AS n",
    "),",
    "SELECT",
    "avg(n) AS series_mean",
    "FROM",
    "series;",
]
OUTPUT = ["series_mean", "────────────", "4.5"]
AFTER = "The mean is about 4.5, and the value 12 is far above it, so it is the anomaly here."
PROSE = "Anomaly detection finds the values in a series that stand far from a reasonable value."


def _keep(lines: list[str], keep: list[bool]) -> list[bool]:
    return keep_inset_blocks(lines, [len(tokens(s)) for s in lines], keep)


def test_a_query_between_two_kept_paragraphs_is_kept() -> None:
    lines = [BEFORE, *QUERY, *OUTPUT, AFTER]
    keep = [True, *[False] * (len(QUERY) + len(OUTPUT)), True]
    assert _keep(lines, keep) == [True] * len(lines)
    # Without the colon the block is framed by the kept sentence below it.
    lines = [PROSE, *QUERY, AFTER]
    keep = [True, *[False] * len(QUERY), True]
    assert _keep(lines, keep) == [True] * len(lines)


def test_a_table_of_rows_under_an_introducing_line_is_kept() -> None:
    dates = [
        "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL",
        "June 10 -- MIDFLORIDA Credit Union Amphitheatre, Tampa, FL",
        "June 17 -- Bridgestone Arena, Nashville, TN",
        "Aug. 2 -- DTE Energy Music Theatre, Clarkston, MI",
    ]
    # The last lines of the article: no kept sentence below, the colon frames the table.
    lines = ["The band's 50th Anniversary Tour 2020 dates:", *dates, "FACEBOOK", "TWITTER"]
    keep = [True, *[False] * (len(dates) + 2)]
    assert _keep(lines, keep) == [True, *[True] * len(dates), False, False]


def test_a_dropped_introducing_sentence_comes_back_with_its_code() -> None:
    intro = "Now we can calculate the z-score for every row of the series:"
    lines = [PROSE, intro, *QUERY, "Footer", "Home", "About", "Contact"]
    keep = [True, *[False] * (len(lines) - 1)]
    assert _keep(lines, keep) == [True, True, *[True] * len(QUERY), False, False, False, False]


def test_menus_between_paragraphs_still_go() -> None:
    menu = ["Home", "News", "Sport", "Business", "FACEBOOK", "EMAIL ME"]
    lines = [PROSE, *menu, AFTER]
    keep = [True, *[False] * len(menu), True]
    assert _keep(lines, keep) == keep
    # Under a colon too: a menu has no code or table shape.
    lines = ["Find more of our stories in these sections:", *menu, AFTER]
    assert _keep(lines, keep) == keep


def test_a_footer_table_of_links_still_goes() -> None:
    footer = ["About Us | Careers | Press", "Privacy | Terms | Cookies", "Help | Contact | Sitemap"]
    lines = ["Follow the company and its newsroom on these pages:", *footer]
    keep = [True, False, False, False]
    assert _keep(lines, keep) == keep
    lines = [PROSE, *footer, AFTER]
    keep = [True, False, False, False, True]
    assert _keep(lines, keep) == keep


def test_prose_lists_and_contact_boxes_under_a_dropped_colon_line_still_go() -> None:
    # Items of a list in prose end with ";" but are no code; a contact box's lines share a
    # colon, which under a dropped sentence is not evidence enough.
    rules = [
        "violates privacy, distributes personal data of third parties without consent;",
        "pursues commercial objectives, contains improper advertising or links to others;",
        "contains spam, advertises spamming and promotes get-rich-quick schemes;",
    ]
    lines = [PROSE, "Comments that break the rules below will be removed at once:", *rules]
    keep = [True, *[False] * (len(lines) - 1)]
    assert _keep(lines, keep) == keep
    contact = ["Telephone: 03-7619056 Fax: 03-5613699", "Hours: 07:00 to 14:00", "Fridays: 08:00"]
    lines = [PROSE, "The service center can be contacted with any questions or requests:", *contact]
    keep = [True, *[False] * (len(lines) - 1)]
    assert _keep(lines, keep) == keep


def test_code_shape() -> None:
    code = ["SELECT *", "ORDER BY period DESC", "period timestamptz,", ");", "x = f(y)", "-- a"]
    assert all(looks_like_code(s) for s in code)
    text = ["GROUP BY", "Terms of Use", "He said so.", "Read more", "FACEBOOK", "Home"]
    assert not any(looks_like_code(s) for s in text)


def test_a_query_survives_page_mode() -> None:
    menu = ["Home", "Blog", "About", "Subscribe", "Talks", "Search", "Sign In"]
    article = [
        "Many developers think that having a critical bug in their code is the worst thing "
        "that can happen, but there is something much worse than that.",
        "To make sure I get notified about critical bugs as soon as possible, I started "
        "looking for ways to find anomalies in the data with plain SQL.",
        BEFORE,
        *QUERY,
        AFTER,
        "Standard deviation is the square root of the variance, which is the average squared "
        "distance from the mean, and it tells us how spread out the values are.",
        "The range we defined is one standard deviation from the mean, and any value outside "
        "this range is considered an anomaly by the query that follows.",
    ]
    footer = ["About Us", "Contact Us", "Privacy Policy", "Terms of Use", "RSS"]
    lines = [*menu, *article, *footer]
    kept = [s for s, v in zip(lines, classify_page_lines(lines), strict=True) if v.keep]
    assert [s for s in kept if s in QUERY] == QUERY
    assert not set(kept) & {*menu, *footer}


@given(
    st.lists(st.sampled_from([*QUERY, *OUTPUT, BEFORE, AFTER, PROSE, "Home", ""]), max_size=40),
    st.data(),
)
def test_only_adds_lines_and_is_idempotent(lines: list[str], data: st.DataObject) -> None:
    keep = data.draw(st.lists(st.booleans(), min_size=len(lines), max_size=len(lines)))
    out = _keep(lines, keep)
    assert len(out) == len(keep)
    assert all(o or not k for o, k in zip(out, keep, strict=True))
    assert _keep(lines, out) == out


@given(st.lists(st.text(max_size=40), max_size=30), st.data())
def test_only_adds_lines_on_any_text(lines: list[str], data: st.DataObject) -> None:
    keep = data.draw(st.lists(st.booleans(), min_size=len(lines), max_size=len(lines)))
    out = _keep(lines, keep)
    assert all(o or not k for o, k in zip(out, keep, strict=True))


def _every_shape(lines: list[str]) -> list[int]:
    """The reference: every line's shape, found in order, as the pass first did."""
    keys = [separator_key(s) for s in lines]
    shapes = []
    for i, line in enumerate(lines):
        row = bool(keys[i]) and (
            (i > 0 and keys[i - 1] == keys[i]) or (i + 1 < len(lines) and keys[i + 1] == keys[i])
        )
        shapes.append(CODE if looks_like_code(line) else ROW if row else 0)
    return shapes


TABLE = ["June 9 -- Coral Sky, FL", "June 10 -- Tampa, FL", "Home", "a, b", "c; d", "2 │ f"]


@given(
    st.lists(st.sampled_from([*QUERY, *OUTPUT, *TABLE, PROSE, ""]) | st.text(max_size=12)),
    st.data(),
)
def test_shapes_on_demand_are_every_shape_in_any_order(
    lines: list[str], data: st.DataObject
) -> None:
    # The pass asks for shapes only where a block may start, in its own order; a line's
    # shape must not depend on which lines were asked about before it.
    order = data.draw(st.permutations(range(len(lines))))
    shapes = _Shapes(lines)
    asked = {i: shapes[i] for i in order}
    assert [asked[i] for i in range(len(lines))] == _every_shape(lines)


# The code shape as one pattern, every trait searched everywhere: the reference that the
# traits searched by their literals (`blocks._has_code_trait`) must agree with.
_CODE_REFERENCE = re.compile(
    r"""
      ^[)\]}]+[;,]?$
    | [^\s=!<>]=[^=]|==|!=|<=|>=|=>|->|:=
    | \w\(|\(\*\)|\(\)
    | \w_\w
    | ^(?:--|//|/\*|\#|\$\s|>>>|\w+=\#)
    """,
    re.VERBOSE,
)
_CODE_ALPHABET = "aZ_0 \t\n()[]{}=!<>-:;,/*#$|│–—.x"


@given(st.text(alphabet=_CODE_ALPHABET, max_size=16) | st.text(max_size=16))
def test_code_traits_by_their_literals_match_the_whole_pattern(line: str) -> None:
    assert _has_code_trait(line) == (_CODE_REFERENCE.search(line) is not None)


@given(st.text(alphabet=_CODE_ALPHABET, max_size=16) | st.text(max_size=16))
def test_separator_key_counts_every_dash_as_a_hyphen(line: str) -> None:
    dashes = str.maketrans({"\u2013": "-", "\u2014": "-"})
    assert separator_key(line) == frozenset("-,;:@/()|│").intersection(line.translate(dashes))


@given(
    st.lists(
        st.sampled_from([*QUERY, *OUTPUT, BEFORE, AFTER, PROSE, "Home", "a: b", ""]), max_size=30
    ),
    st.data(),
)
def test_a_page_with_fewer_dropped_lines_than_a_block_needs_is_returned_as_is(
    lines: list[str], data: st.DataObject
) -> None:
    # What `keep_inset_blocks` returns without its loop when fewer than BLOCK_MIN_SHAPED
    # lines are dropped: the loop's answer too.
    n = len(lines)
    dropped = data.draw(
        st.sets(st.integers(0, max(n - 1, 0)), max_size=min(n, BLOCK_MIN_SHAPED - 1))
    )
    keep = [i not in dropped for i in range(n)]
    assert _with_blocks(lines, [len(tokens(s)) for s in lines], keep) == keep
    assert _keep(lines, keep) == keep


def _with_blocks_line_by_line(
    lines: list[str], n_tokens: list[int], keep: list[bool]
) -> list[bool]:
    """The reference: `_with_blocks` as it was, testing every line in turn for a start (a
    kept anchor or a dropped introducing sentence) and reading ahead from each."""
    out = list(keep)
    shaped = _Shapes(lines)
    i = 0
    while i < len(lines):
        anchor = keep[i] and is_anchor(lines[i], n_tokens[i])
        intro = not keep[i] and n_tokens[i] >= ANCHOR_MIN_TOKENS and lines[i].endswith(":")
        if not anchor and not intro:
            i += 1
            continue
        end = _block_end(lines, n_tokens, keep, shaped, i + 1)
        framed = end > i + 1 and (not anchor or _framed(lines, n_tokens, keep, i, end))
        block = range(i + 1, end)
        if framed and _restore(lines, keep, shaped, out, block, code_only=not anchor):
            out[i] = True
            i = end
        else:
            i += 1
    return out


# Lines that start, frame and fill blocks: code, table rows, colons after long and short
# lines, sentences, menu items, blank lines.
_BLOCK_PARTS = [
    *QUERY,
    *OUTPUT,
    BEFORE,
    AFTER,
    PROSE,
    "Home",
    "",
    "Tags:",
    "Now we can calculate the z-score for every row:",
    "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL",
    "June 10 -- Bridgestone Arena, Nashville, TN",
    "2 │ f",
    "About Us | Careers | Press",
]


_FRAMES = [BEFORE, AFTER, PROSE, "Tags:", "Now we can calculate the z-score for every row:", "Home"]
_FILLS = [*QUERY, *OUTPUT, *_BLOCK_PARTS[-4:], "Home", "Sport", ""]


@st.composite
def _framed_blocks(draw: st.DrawFn) -> tuple[list[str], list[bool]]:
    """Lines of frames (sentences, colons, menu items) and the runs under them (code, table
    rows, menu items), with verdicts that mostly keep the frames and drop the runs: pages
    where blocks are kept, not kept, and kept inside one another's reach."""
    lines: list[str] = []
    keep: list[bool] = []
    for _ in range(draw(st.integers(1, 8))):
        lines.append(draw(st.sampled_from(_FRAMES)))
        keep.append(draw(st.integers(0, 4)) > 0)
        fill = draw(st.lists(st.sampled_from(_FILLS), max_size=8))
        lines.extend(fill)
        keep.extend(draw(st.integers(0, 4)) == 0 for _ in fill)
    return lines, keep


@settings(max_examples=examples(300))
@given(_framed_blocks() | st.tuples(page_lines(), st.just(None)), st.data())
def test_blocks_from_the_listed_starts_are_those_of_every_line(
    page: tuple[list[str], list[bool] | None], data: st.DataObject
) -> None:
    # `_block_starts` lists only the starts under which a block can be kept; reading from
    # those alone keeps what reading from every line kept, on any verdicts.
    lines, keep = page
    if keep is None:
        keep = data.draw(st.lists(st.booleans(), min_size=len(lines), max_size=len(lines)))
    n_tokens = [len(tokens(s)) for s in lines]
    assert _with_blocks(lines, n_tokens, keep) == _with_blocks_line_by_line(lines, n_tokens, keep)


@given(st.lists(st.sampled_from(_BLOCK_PARTS), max_size=60), st.data())
def test_every_start_a_block_is_kept_under_is_listed(lines: list[str], data: st.DataObject) -> None:
    # The starts are kept anchors or dropped introducing sentences, in order, and every
    # line the reference keeps a block under (a dropped line it adds back, right after a
    # start) follows a listed start.
    keep = data.draw(st.lists(st.booleans(), min_size=len(lines), max_size=len(lines)))
    n_tokens = [len(tokens(s)) for s in lines]
    listed = _block_starts(lines, n_tokens, keep)
    starts = [i for i, _ in listed]
    assert starts == sorted(set(starts))
    for i, below in listed:  # the next kept anchor under each start, or none
        anchors = [
            j for j in range(i + 1, len(lines)) if keep[j] and is_anchor(lines[j], n_tokens[j])
        ]
        assert below == (anchors[0] if anchors else len(lines))
    for i in starts:
        intro = n_tokens[i] >= ANCHOR_MIN_TOKENS and lines[i].endswith(":")
        assert (keep[i] and is_anchor(lines[i], n_tokens[i])) or (not keep[i] and intro)
    out = _with_blocks_line_by_line(lines, n_tokens, keep)
    added = [j for j, (o, k) in enumerate(zip(out, keep, strict=True)) if o and not k]
    for j in added:
        assert any(i < j for i in starts) or j in starts


def test_blocks_of_the_fewest_dropped_lines_are_kept_at_the_page_end_and_between_anchors() -> None:
    # A block under a start holds BLOCK_MIN_SHAPED dropped lines, the fewest kept: at the
    # page's end (no anchor below; the introducing line frames it) and between two kept
    # anchors, where `_block_starts` counts the dropped lines up to the next anchor.
    block = ["SELECT avg(n)", "FROM unnest(array[2, 3, 5]) AS n;", "2 │ f"]
    assert len(block) == BLOCK_MIN_SHAPED
    lines = [PROSE, BEFORE, *block]
    keep = [True, True, *[False] * len(block)]
    assert _keep(lines, keep) == [True] * len(lines)
    lines = [BEFORE, *block, AFTER, PROSE]
    keep = [True, *[False] * len(block), True, True]
    assert _keep(lines, keep) == [True] * len(lines)
    # One line fewer: nothing comes back.
    lines = [PROSE, BEFORE, *block[:-1]]
    keep = [True, True, False, False]
    assert _keep(lines, keep) == keep


# --- Blocks out of an anchor's reach (pure speed, gates41) -------------------------------------


@st.composite
def _far_apart_frames(draw: st.DrawFn) -> tuple[list[str], list[bool]]:
    """Frames with long runs under them, near BLOCK_MAX_LINES lines and past it: the next
    kept anchor within a block's reach, at its last line, or beyond."""
    lines: list[str] = []
    keep: list[bool] = []
    for _ in range(draw(st.integers(1, 4))):
        lines.append(draw(st.sampled_from(_FRAMES)))
        keep.append(draw(st.integers(0, 4)) > 0)
        n = draw(
            st.sampled_from(
                [2, 3, 8, BLOCK_MAX_LINES - 1, BLOCK_MAX_LINES, BLOCK_MAX_LINES + 1, 70]
            )
        )
        fill = draw(st.lists(st.sampled_from(_FILLS), min_size=n, max_size=n))
        lines.extend(fill)
        keep.extend(draw(st.integers(0, 6)) == 0 for _ in fill)
    return lines, keep


@settings(max_examples=examples(300))
@given(_far_apart_frames())
def test_blocks_out_of_an_anchors_reach_are_those_of_every_line(
    page: tuple[list[str], list[bool]],
) -> None:
    # `_out_of_reach` skips reading a block under a kept anchor that does not introduce it
    # when the next kept anchor lies past the block's reach: the reference reads it.
    lines, keep = page
    n_tokens = [len(tokens(s)) for s in lines]
    assert _with_blocks(lines, n_tokens, keep) == _with_blocks_line_by_line(lines, n_tokens, keep)


def test_a_block_running_into_an_anchor_at_its_reachs_end_is_kept() -> None:
    # The next kept anchor exactly BLOCK_MAX_LINES lines under the start is within reach:
    # the block runs into it and is framed by it (the edge `_out_of_reach` must not skip).
    rows = [f"June {d} -- Coral Sky Amphitheatre, West Palm Beach, FL" for d in range(1, 61)]
    assert len(rows) == BLOCK_MAX_LINES
    lines = [PROSE, *rows, AFTER]
    keep = [True, *[False] * len(rows), True]
    n_tokens = [len(tokens(s)) for s in lines]
    expected = _with_blocks_line_by_line(lines, n_tokens, keep)
    assert _with_blocks(lines, n_tokens, keep) == expected
    assert expected == [True] * len(lines)
