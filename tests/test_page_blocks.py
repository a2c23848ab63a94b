"""Tests for code blocks and tables inside the article in page mode (`corpusclean.page.blocks`)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from corpusclean.page import classify_page_lines
from corpusclean.page.blocks import (
    BLOCK_MIN_SHAPED,
    CODE,
    ROW,
    _has_code_trait,
    _Shapes,
    _with_blocks,
    keep_inset_blocks,
    looks_like_code,
    separator_key,
)
from corpusclean.text import tokens

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
