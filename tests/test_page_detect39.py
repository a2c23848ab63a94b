"""The page classifier's rounds read less (issue #8, session 39): each faster reading in
`page.detect` against the first-written one, kept here as the reference.

- `_decide` thresholds by C-level passes and returns the page's flags as they are when the
  slack is 0 (a page's bar), where it compared every line with the lower bar again;
- `_dropped_reasons` writes nothing for a classification that keeps every line, and reads a
  line's kind from a table (`_KINDS`);
- `_Found.in_run` (the main run, which only an explanation reads) is found on first use;
- `_tiny_runs` answers a text of fewer lines than a run holds by its length.
"""

from __future__ import annotations

import math

from hypothesis import example, given, settings
from hypothesis import strategies as st

import page_reference
from corpusclean.page import detect
from corpusclean.page.context import best_segment
from corpusclean.text import PROSE_MIN_WORDS, tokens
from strategies import examples, page_lines

# Scores as the model gives them (finite), with values at and around a threshold of 0 and
# the slack's lower bar, and NaN, which no comparison passes.
SCORES = st.one_of(
    st.floats(-20, 20),
    st.sampled_from([0.0, -0.0, -1.5, 1.5, -1.4999999, -1.5000001, 5e-324, -5e-324, math.nan]),
)
LINES = st.sampled_from(["Home", "", "   ", "!!", "The council met on Tuesday.", "Sign in"])


def _decide_reference(
    lines: list[str], final: list[float], threshold: float, slack: float
) -> list[bool]:
    """`detect._decide` as it was written before session 39."""
    decided = [v >= threshold for v in final]
    if not any(decided) and any(tokens(s) for s in lines):
        start, end = best_segment([v - threshold for v in final])
        decided = [start <= i < end for i in range(len(lines))]
    return [d or v >= threshold - slack for d, v in zip(decided, final, strict=True)]


@settings(max_examples=examples(300))
@given(
    st.lists(st.tuples(LINES, SCORES), max_size=30),
    st.sampled_from([0.0, -0.0, 0.25, -0.3]),
    st.sampled_from([0.0, detect.NON_PAGE_SLACK, 0.5]),
)
@example([("Home", -1.0), ("Sign in", -2.0)], 0.0, 0.0)  # the fallback's run, no slack
@example([("Home", -1.0), ("Sign in", -2.0)], 0.0, detect.NON_PAGE_SLACK)
def test_a_pass_decides_as_the_first_written_one(
    scored: list[tuple[str, float]], threshold: float, slack: float
) -> None:
    lines = [s for s, _ in scored]
    final = [v for _, v in scored]
    expected = _decide_reference(lines, final, threshold, slack)
    decided = detect._decide(lines, final, threshold, slack)
    assert decided == expected
    assert all(type(d) is bool for d in decided)


def test_a_pass_needs_a_score_a_line() -> None:
    try:
        detect._decide(["Home", "News"], [1.0], 0.0, 0.0)
    except ValueError:
        return
    raise AssertionError("a score missing for a line was not refused")


def test_the_kinds_table_is_the_kind_of_every_count() -> None:
    for n in range(4 * PROSE_MIN_WORDS):
        assert detect._KINDS[min(n, PROSE_MIN_WORDS)] == detect._line_kind(n)


@st.composite
def found_classifications(draw: st.DrawFn) -> detect._Found:
    """A classification: live lines with gaps between their indices, scores, token counts,
    and the kept lines (any subset, every line or none too)."""
    n = draw(st.integers(0, 25))
    live = [3 * j + draw(st.integers(0, 2)) for j in range(n)]
    final = draw(st.lists(SCORES.filter(lambda v: not math.isnan(v)), min_size=n, max_size=n))
    prior = draw(st.lists(SCORES, min_size=n, max_size=n))
    n_tokens = draw(st.lists(st.integers(0, 3 * PROSE_MIN_WORDS), min_size=n, max_size=n))
    kept_flags = draw(
        st.one_of(st.just([True] * n), st.lists(st.booleans(), min_size=n, max_size=n))
    )
    kept = {i for i, k in zip(live, kept_flags, strict=True) if k}
    text = ["x"] * (3 * n + 3)
    return detect._Found(text, {}, live, n_tokens, prior, final, kept, 0.0, 0.0, set())


@settings(max_examples=examples(300))
@given(found_classifications())
def test_the_reasons_of_dropped_lines_are_those_the_verdicts_give(found: detect._Found) -> None:
    # `_Found.reason` composes each line's reason with `_reason` (and `_line_kind`): the
    # reference for the table and the early return of `_dropped_reasons`.
    expected = {i: found.reason(j) for j, i in enumerate(found.live) if i not in found.kept}
    assert detect._dropped_reasons(found) == expected
    assert list(detect._dropped_reasons(found)) == sorted(expected)


@settings(max_examples=examples(100))
@given(found_classifications())
def test_the_main_run_found_on_first_use_is_the_main_run(found: detect._Found) -> None:
    expected = detect._main_run(found.final, found.threshold)
    assert found.in_run == expected
    assert found.in_run is found.in_run  # found once


@settings(max_examples=examples(100), deadline=None)
@given(page_lines())
def test_classified_pages_explain_their_lines_with_the_main_run(lines: list[str]) -> None:
    # Through the public path: a dropped line's reason names the main run as `_main_run`
    # finds it over the classification's final scores.
    found = detect._classify(lines, detect.load_model(), None)
    in_run = detect._main_run(found.final, found.threshold)
    for j in range(len(found.live)):
        where = "inside" if in_run[j] else "outside"
        assert f" {where} the main text run" in found.reason(j)


@settings(max_examples=examples(150))
@given(
    st.lists(
        st.sampled_from(["", "ab", "x", "|||", "abcd", "Home page"]),
        max_size=2 * detect.TINY_RUN_MIN_LINES + 20,
    ),
    st.integers(0, 2 * detect.TINY_RUN_MIN_LINES),
)
def test_runs_of_tiny_lines_are_the_references(lines: list[str], tiny: int) -> None:
    # Long runs drawn too: a run of ``tiny`` tiny lines spliced in at the middle.
    text = [*lines[: len(lines) // 2], *["ab"] * tiny, *lines[len(lines) // 2 :]]
    assert set(detect._tiny_runs(text)) == page_reference.tiny_runs(text)
