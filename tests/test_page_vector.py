"""The NumPy path of page mode (`page.vector`) gives the pure-Python path's floats exactly.

Skipped without NumPy (the ``fast`` extra), except in CI (CORPUSCLEAN_REQUIRE_EXTRAS=1).
Floats must be equal with their signs, not close: a decision could flip on the last bit.
"""

from __future__ import annotations

import gc
import math

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from corpus_files import need
from corpusclean.page import LineFactsCache, model
from corpusclean.page.context import context_columns, gap_to, window_mean
from corpusclean.page.features import (
    LN_WORDS_AT,
    LineFacts,
    has_furniture_cue,
    most_frequent,
    page_function_words,
    stopword_lists,
)
from corpusclean.page.model import load_model, score_lines_python
from corpusclean.text import tokens
from strategies import page_lines

np = need("numpy")
from corpusclean.page import batch, vector  # noqa: E402  (needs NumPy, imported after the skip)

scores = st.lists(
    st.one_of(st.sampled_from((0.0, -0.0, 6.0, -6.0, 7.5)), st.floats(-9.0, 9.0)), max_size=40
)


def signed(values: list[float]) -> list[tuple[float, float]]:
    """Values with their signs, so that 0.0 and -0.0 count as different."""
    return [(v, math.copysign(1.0, v)) for v in values]


def live(lines: list[str]) -> list[str]:
    return [s.strip() for s in lines if s.strip()]


def test_page_mode_takes_the_numpy_path_when_numpy_is_installed() -> None:
    assert model._vector_path() is vector


@given(page_lines(), page_lines())
def test_scores_equal_the_pure_python_path(lines: list[str], more: list[str]) -> None:
    text = live(lines + more)
    fast = vector.score_lines(text, load_model().arrays(), LineFactsCache())
    slow = score_lines_python(text, load_model(), LineFactsCache())
    assert (signed(fast[0]), signed(fast[1])) == (signed(slow[0]), signed(slow[1]))


@given(page_lines(), st.integers(1, 9))
def test_layers_taken_a_slice_of_rows_at_a_time_give_the_same_scores(
    lines: list[str], rows: int
) -> None:
    # Slices of 4,096 rows need pages of that many lines; smaller slices give the same check.
    text = live(lines)
    whole = vector.score_lines(text, load_model().arrays(), LineFactsCache())
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(vector, "_LAYER_SLICE_ROWS", rows)
        sliced = vector.score_lines(text, load_model().arrays(), LineFactsCache())
    assert (signed(sliced[0]), signed(sliced[1])) == (signed(whole[0]), signed(whole[1]))


@given(page_lines(), st.data())
def test_a_later_pass_on_fewer_lines_reuses_the_matrix_and_equals_a_fresh_one(
    lines: list[str], data: st.DataObject
) -> None:
    # The reuse invariant: a line's row depends on the line alone, so the matrix built on
    # the first pass serves every later pass (and round) of the same document.
    text = live(lines)
    cache = LineFactsCache()
    arrays = load_model().arrays()
    vector.score_lines(text, arrays, cache)
    subset = [s for s in text if data.draw(st.booleans())]
    again = vector.score_lines(subset, arrays, cache)
    assert again == score_lines_python(subset, load_model(), LineFactsCache())


@given(page_lines(), page_lines())
def test_a_later_pass_with_new_lines_extends_the_vocabulary_and_equals_a_fresh_one(
    lines: list[str], more: list[str]
) -> None:
    # A document's second batch of new lines (`_Matrix._own_ids`): its distinct words get
    # the document's ids, the known ones theirs, the new ones the next; every row's short
    # words spelled by those ids are its own, and the scores are a fresh matrix's.
    text, added = live(lines) or ["Home"], live(more)
    cache = LineFactsCache()
    arrays = load_model().arrays()
    vector.score_lines(text, arrays, cache)
    both = added + text
    again = vector.score_lines(both, arrays, cache)
    assert again == score_lines_python(both, load_model(), LineFactsCache())
    m = cache.columns
    assert isinstance(m, vector._Matrix)
    assert m.vocabulary == {word: i for i, word in enumerate(m.words)}
    for line, row in m.index.items():
        spelled = [m.words[i] for i in m.short_ids[m.short_rows == row].tolist()]
        assert spelled == batch.page_facts([line]).short[0]


@given(page_lines(), page_lines())
def test_a_rows_weight_is_math_log1p_of_its_token_count(lines: list[str], more: list[str]) -> None:
    # `_Matrix._add` reads the weights off the rows' ``ln_words`` column, over two batches.
    cache = LineFactsCache()
    arrays = load_model().arrays()
    for batch_lines in (live(lines) or ["Home"], live(more)):
        vector.score_lines(batch_lines, arrays, cache)
    m = cache.columns
    assert isinstance(m, vector._Matrix)
    expected = [math.log1p(len(tokens(line))) for line in m.index]
    weights = m.facts[m.own_at + LN_WORDS_AT].tolist()  # the row the context columns read
    assert weights == expected
    assert all(math.copysign(1.0, w) == 1.0 for w in weights)


@given(page_lines(), page_lines())
@example(["Advertisement", "Home | News | Sport", "Queue"], ["Share this article", "Queue"])
def test_a_furniture_cue_read_from_either_path_is_the_line_facts_one(
    lines: list[str], more: list[str]
) -> None:
    # `LineFactsCache.has_furniture_cue` reads the flag either path recorded when it found a
    # line's facts (the NumPy path's rows, the pure-Python path's `LineFacts`), and makes the
    # facts of a line neither path has seen: every answer is that of the line's `LineFacts`.
    text, asked = live(lines), live(more)
    arrays = load_model().arrays()
    fast, slow = LineFactsCache(), LineFactsCache()
    vector.score_lines(text, arrays, fast)
    score_lines_python(text, load_model(), slow)
    for line in text + asked:
        expected = has_furniture_cue(LineFacts(line))
        assert fast.has_furniture_cue(line) is expected, line
        assert slow.has_furniture_cue(line) is expected, line
    assert fast.furnished == slow.furnished


@given(page_lines())
def test_the_matrix_keeps_no_container_a_line(lines: list[str]) -> None:
    # The matrix lives through the document's run, with the cyclic collector paused; the
    # first collection after it traverses every container still held, so a line's facts
    # are kept in arrays and in containers of strings and numbers only (not tracked).
    cache = LineFactsCache()
    vector.score_lines(live(lines) or ["Home"], load_model().arrays(), cache)
    m = cache.columns
    for name in type(m).__slots__:
        held = getattr(m, name)
        if isinstance(held, dict | list):
            values = held.values() if isinstance(held, dict) else held
            assert not any(map(gc.is_tracked, values)), name


@given(scores, st.data())
@example([0.0, -0.0, 0.0, -0.0, 1.0], None)
@example([-0.0] * 12, None)
def test_context_columns_equal_the_pure_python_ones(
    values: list[float], data: st.DataObject | None
) -> None:
    n = len(values)
    draw = data.draw if data is not None else (lambda s: [0] * n)
    n_tokens = draw(st.lists(st.integers(0, 40), min_size=n, max_size=n))
    markers = draw(st.lists(st.booleans(), min_size=n, max_size=n))
    expected = context_columns(values, n_tokens, markers)
    found = vector.context_matrix(
        np.array(values, dtype=np.float64),
        np.array(n_tokens, dtype=np.int64),
        np.array(list(map(math.log1p, n_tokens))),
        np.array([float(m) for m in markers]),
        vector._Tables(),
    )
    assert [signed(found[j].tolist()) for j in range(len(expected))] == [
        signed(column) for column in expected
    ]


def test_a_gap_as_far_as_gap_far_reads_the_cap_as_no_flagged_line_does() -> None:
    # `vector._gaps` reads "no flagged line" as a distance of `_GAP_FAR` or more.
    far, cap = vector._GAP_FAR, vector._GAP_CAP
    assert math.log1p(far - 1) < cap <= math.log1p(far)
    table = vector._Tables().gaps(3)
    assert len(table) >= 3 + far and set(table[far:].tolist()) == {cap}


@pytest.mark.parametrize("top", [1, 2, 7, vector._SHARED_TABLE_SIZE - 1, vector._SHARED_TABLE_SIZE])
def test_the_log_of_copies_is_math_log_of_each_count(top: int) -> None:
    # Looked up in the shared table below its size, in the page's own table from it on.
    copies = [top, 1, 2, 3, 1, top, 4]
    found = vector._log_of_copies(np.array(copies, dtype=np.int64)).tolist()
    assert signed(found) == signed([math.log(k) for k in copies])


def test_tables_started_from_the_shared_ones_hold_math_log1p_past_their_end() -> None:
    # Every entry k is ``math.log1p(k)`` (capped, for the gaps), as a table grown from
    # nothing held it; a table grown past the shared size leaves the shared one as it was.
    size, far, cap = vector._SHARED_TABLE_SIZE, vector._GAP_FAR, vector._GAP_CAP
    tables = vector._Tables()
    for n in (0, 5, size - far, size - 1, size, 3 * size):
        assert tables.log1p(n).tolist() == list(map(math.log1p, range(n + 1)))
        gaps = tables.gaps(n).tolist()[: n + far]
        assert gaps == [min(math.log1p(d), cap) for d in range(n + far)]
    shared = vector._shared_log1p(), vector._shared_gaps()
    assert [len(table) for table in shared] == [size, size]
    assert not any(table.flags.writeable for table in shared)


@given(st.lists(st.lists(st.booleans(), max_size=150), max_size=4))
@example([[False] * 120, [True] + [False] * 100 + [True], [True]])
def test_gaps_equal_gap_to_on_both_sides(pages: list[list[bool]]) -> None:
    # One document's table serves pages of any length in turn, growing when needed.
    tables = vector._Tables()
    for flags in pages:
        if flags:
            found = vector._gaps(np.array(flags), tables.gaps(len(flags)))
            assert found[0].tolist() == gap_to(flags, before=True)
            assert found[1].tolist() == gap_to(flags, before=False)


@given(
    st.lists(st.lists(st.sampled_from(("the", "and", "of", "a", "in", "to", "is")), max_size=14)),
    st.data(),
)
@example([["the", "and"], ["and", "the"]] * 3, None)
@example([["of", "the", "and"], ["and", "the", "of"], ["the", "of", "and"], ["a"]], None)
def test_page_stop_words_equal_most_frequent_ties_included(
    candidates: list[list[str]], data: st.DataObject | None
) -> None:
    # Ranked by count, ties by first occurrence in page order: a word set that differs only
    # in a tie at the 12th place would change the page_stop_dens feature.
    m = vector._Matrix(1)
    flat = [word for words in candidates for word in words]
    lengths = np.array([len(words) for words in candidates], dtype=np.int64)
    index, ids = batch._vocabulary(flat)
    m._add_short_words(ids, lengths, np.ones(len(candidates), dtype=bool))
    m.vocabulary, m.words = index, list(index)
    n = len(candidates)
    order = data.draw(st.lists(st.integers(0, n - 1), max_size=40)) if data and n else []
    rows = np.array(order or list(range(n)), dtype=np.int64)
    for k in (2, 12):
        expected = most_frequent([candidates[i] for i in rows.tolist()], k)
        assert m.page_stop_words(rows, k) == expected


def window_means(sources: list[list[float]]) -> np.ndarray:
    """`vector._window_means` of three rows of values, prefix-summed as `context_matrix`
    sums them (`vector._padded_sums`)."""
    n = len(sources[0])
    padded, values = vector._padded_sums(n)
    values[:3] = np.array(sources, dtype=np.float64).reshape(3, n)
    padded.cumsum(axis=1, out=padded)
    return vector._window_means(padded, n)


@given(page_lines(), st.lists(st.lists(st.booleans(), max_size=30), max_size=4))
@example(
    ["Home", "the cat and the dog and the bird sat on the mat by the door", "Menu", "Share"],
    [[True], [False, True], [True]],
)
def test_page_stop_words_of_later_passes_equal_those_of_their_lines(
    lines: list[str], drops: list[list[bool]]
) -> None:
    # The fixed point's later passes keep fewer lines; a pass whose lines with candidates
    # are those of the last pass is answered from the last (`_Matrix.last_stops`): every
    # answer is `features.page_function_words` of the pass's lines.
    text = live(lines) or ["Home"]
    cache = LineFactsCache()
    vector.score_lines(text, load_model().arrays(), cache)
    m = cache.columns
    assert isinstance(m, vector._Matrix)
    kept = text
    for drop in [[], *drops]:
        kept = [line for i, line in enumerate(kept) if not (i < len(drop) and drop[i])]
        expected = page_function_words([LineFacts(line).lowered for line in kept])
        assert m.page_stop_words(m.rows_of(kept, cache)) == expected


@given(scores, scores, scores)
@example([1.0] * 10, [-0.0] * 11, [0.0] * 9)
@example([-0.0] * 12, [-0.0] * 12, [-0.0] * 12)
def test_window_means_equal_the_pure_python_window_means(
    values: list[float], long_lines: list[float], markers: list[float]
) -> None:
    # The three prefix sums share the page's length; windows of 1, 3 and 10 lines meet
    # pages shorter and longer than themselves.
    n = min(len(values), len(long_lines), len(markers))
    sources = [values[:n], long_lines[:n], markers[:n]]
    found = window_means(sources)
    for row, (source, k, before) in enumerate(vector._WINDOWS):
        assert signed(found[row].tolist()) == signed(window_mean(sources[source], k, before))


@pytest.mark.parametrize("n", [1, 2, 9, 10, 11, 12, 21, 22, 256, 1500])
def test_window_means_equal_the_pure_python_window_means_on_pages_of_every_size(n: int) -> None:
    # Pages shorter and longer than the windows (1, 3 and 10 lines) and their padding, with
    # sums that rounding makes order-dependent.
    sources = [
        [math.sin(i * (1 + row)) * 10.0 ** (i % 7 - 3) for i in range(n)] for row in range(3)
    ]
    found = window_means(sources)
    for row, (source, k, before) in enumerate(vector._WINDOWS):
        assert signed(found[row].tolist()) == signed(window_mean(sources[source], k, before))


@given(page_lines(), st.data())
def test_stop_counts_by_short_word_ids_equal_a_count_of_every_token(
    lines: list[str], data: st.DataObject
) -> None:
    # Page function words are short words, so only short words are kept by id; a set with a
    # word of another shape (not one page mode makes) is counted token by token.
    text = live(lines)
    m = vector._Matrix(len(stopword_lists()))
    rows = m.rows_of(text, LineFactsCache())
    words = sorted({t for s in text for t in LineFacts(s).lowered}) or ["the"]
    stops = frozenset(data.draw(st.lists(st.sampled_from([*words, "2024", "longer"]))))
    expected = [float(sum(t in stops for t in LineFacts(s).lowered)) for s in text]
    assert m.stop_counts(stops, rows).tolist() == expected
    assert m.stop_counts(stops, rows[::-1]).tolist() == expected[::-1]


# Values of products with every sign of zero, and sums that rounding makes order-dependent.
_PRODUCT_VALUES = st.one_of(
    st.sampled_from([0.0, -0.0, 1e16, -1e16, 1.0, 0.1, -0.3]),
    st.floats(-1e6, 1e6, allow_nan=False),
)


def by_feature(rows: list[list[float]], above: int = 0) -> np.ndarray:
    """Rows of features as `vector._layer` reads them: a row a feature, a column a line,
    the block of rows after ``above`` rows of another matrix (as `score_lines` passes them)."""
    joined = np.zeros((above + len(rows[0]), len(rows)))
    joined[above:] = np.array(rows, dtype=np.float64).T
    return joined[above:]


@given(
    st.integers(1, 12).flatmap(
        lambda width: st.tuples(
            st.lists(_PRODUCT_VALUES, min_size=width, max_size=width),
            st.lists(
                st.lists(_PRODUCT_VALUES, min_size=width, max_size=width), min_size=1, max_size=40
            ),
            st.integers(0, 3),
        )
    ),
    st.floats(-5, 5, allow_nan=False),
)
@example(([1.0, 1e16, -1e16, 1.0], [[1.0, 1.0, 1.0, 1.0]] * 3, 0), 0.0)
@example(([1.0, 1e16, -1e16, 1.0], [[1.0, 1.0, 1.0, 1.0]] * 16, 2), 0.0)
@example(([1.0, 1.0], [[-0.0, -0.0], [0.0, -0.0]], 0), -0.0)
@example(([1.0, 1.0], [[-0.0, -0.0], [0.0, -0.0]] * 8, 1), -0.0)
def test_a_layer_sums_left_to_right_as_the_pure_python_layer(
    weights_rows: tuple[list[float], list[list[float]], int], bias: float
) -> None:
    # `_layer` sums a line's products in one NumPy reduction (a running sum below
    # `_REDUCE_MIN_ROWS` lines): the floats (signs of zero included) must be those of
    # `LinearLayer.score`, which adds them in order, on either side of the bound.
    weights, rows, above = weights_rows
    expected = model.LinearLayer(weights, bias).score(rows)
    found = vector._layer(by_feature(rows, above), np.array(weights), bias)
    assert signed(found.tolist()) == signed(expected)


def test_a_layer_sums_left_to_right_on_a_long_page() -> None:
    # Thousands of lines, more than a slice: NumPy's reduction runs another loop than on a few.
    rows = [
        [(-1.0) ** (i + j) * 10.0 ** ((i * 7 + j * 3) % 17 - 8) for j in range(60)]
        for i in range(vector._LAYER_SLICE_ROWS + 1000)
    ]
    weights = [1.0 + 0.001 * j for j in range(60)]
    expected = model.LinearLayer(weights, 0.25).score(rows)
    found = vector._layer(by_feature(rows, 17), np.array(weights), 0.25)
    assert signed(found.tolist()) == signed(expected)


def rows_reference(batches: list[list[str]]) -> tuple[list[list[int]], list[str]]:
    """`_Matrix.rows_of` over a document's calls, recomputed from nothing: each call's new
    lines numbered after the known ones in order of first appearance, then every line's
    number looked up (and the lines in the order of their rows)."""
    index: dict[str, int] = {}
    found = []
    for lines in batches:
        for line in lines:
            index.setdefault(line, len(index))
        found.append([index[line] for line in lines])
    return found, list(index)


@given(st.lists(page_lines(), min_size=1, max_size=4))
@example([["Home", "News", "Home"], ["News"], ["Sport", "Home", "Sport"]])
def test_a_lines_own_features_are_computed_once_per_document_and_equal_a_recompute(
    batches: list[list[str]],
) -> None:
    # Issue #8's invariant: the classifier's rounds reuse what a round did not change. A
    # line's row is made once, by the call that first brings it; every later call reads it,
    # and the rows equal those of every line computed afresh in one batch.
    m = vector._Matrix(len(stopword_lists()))
    cache = LineFactsCache()
    computed: list[list[str]] = []
    real = vector.page_facts

    def counted(lines: list[str]) -> batch.PageFacts:
        computed.append(list(lines))
        return real(lines)

    vector.page_facts = counted  # type: ignore[assignment]
    try:
        found = [m.rows_of(lines, cache).tolist() for lines in batches]
    finally:
        vector.page_facts = real  # type: ignore[assignment]
    expected, order = rows_reference(batches)
    assert found == expected
    assert [line for lines in computed for line in lines] == order  # each line once
    if order:
        fresh = batch.page_facts(order)
        # The rows the scoring gathers: the own features, the hits on each stoplist, the
        # token counts (as floats, exact integers).
        own = m.facts[m.own_at :].T
        assert signed(own.ravel().tolist()) == signed(fresh.own.ravel().tolist())
        assert m.facts[vector._HITS_ROW : m.own_at].T.tolist() == fresh.hits[:, :-1].tolist()
        assert m.facts[vector._N_TOKENS_ROW].tolist() == fresh.n_tokens.tolist()
        assert m.n_tokens.tolist() == fresh.n_tokens.tolist()
