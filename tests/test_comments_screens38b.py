"""The comment-thread test's screen of the thirty-eighth session's second wave (issue #8):
`runs._marked_near_end`, asked before the rows of controls and the signatures, answers False
only where the unscreened reading finds no thread. The reference is `thread_start` with the
screen held open."""

from __future__ import annotations

from unittest import mock

from hypothesis import event, example, given
from hypothesis import strategies as st

from corpusclean.detect import comments
from corpusclean.detect.comments import runs
from corpusclean.detect.facts import Facts
from corpusclean.language import load_language
from corpusclean.model import Block
from strategies import paragraphs
from test_comments_screens import _blocks, _thread_lines
from test_facts import _ROW_ARTICLE, _ROW_COMMENTS, documents_with_rows

_ARTICLE = " ".join(["It rained in Paris all day on Monday, and the river rose."] * 3)
_THREAD = ["Jane on June 10, 2023 at 10:30 am", "Nice piece.", "Reply"]
_THREAD += ["Tom on June 11, 2023 at 11:30 am", "Agreed.", "Reply"]


def _unscreened(blocks: list[Block], code: str, **options: float) -> int | None:
    """`thread_start` on fresh facts with the screen held open: the first-written reading."""
    with mock.patch.object(runs, "_marked_near_end", return_value=True):
        return comments.thread_start(blocks, Facts(load_language(code), blocks), **options)


def _assert_screened_is_unscreened(blocks: list[Block], code: str, share: float) -> None:
    facts = Facts(load_language(code), blocks)
    expected = _unscreened(blocks, code, word_share=share)
    assert comments.thread_start(blocks, facts, word_share=share) == expected
    event(f"thread found: {expected is not None}")


@given(
    st.lists(paragraphs(), min_size=1, max_size=4),
    st.lists(_thread_lines(), max_size=12),
    st.lists(st.one_of(paragraphs(), _thread_lines()), max_size=14),
    st.lists(st.booleans(), max_size=30),
    st.sampled_from(("en", "de", "fr")),
    st.sampled_from((runs.ARTICLE_MIN_WORD_SHARE, 0.2)),
)
@example([_ARTICLE] * 3, _THREAD, [], [], "en", 0.35)
@example([_ARTICLE] * 3, _THREAD, [_ARTICLE] * 9, [], "en", 0.2)
@example([_ARTICLE] * 3, _THREAD, [_ARTICLE] * 10, [], "en", 0.2)
@example([_ARTICLE] * 3, _THREAD, [_ARTICLE] * 10 + ["Reply"], [], "en", 0.2)
def test_the_end_screen_refuses_only_what_finds_no_thread(
    body: list[str],
    thread: list[str],
    footer: list[str],
    keep: list[bool],
    code: str,
    share: float,
) -> None:
    # A story, a thread and what follows it (a page's footer, more comments), some blocks
    # left out as a round or a page's view leaves them: the screened test is the unscreened.
    blocks = _blocks([*body, *thread, *footer])
    view = [b for b, k in zip(blocks, [*keep, *[True] * len(blocks)], strict=False) if k]
    if view:
        _assert_screened_is_unscreened(view, code, share)


@given(documents_with_rows(), st.lists(paragraphs(), max_size=12), st.lists(st.booleans()))
# Three comments of each shape of row (`_ROW_COMMENTS`' order) under an article.
@example([_ROW_ARTICLE, _ROW_ARTICLE, *_ROW_COMMENTS[0] * 3], [], [])
@example([_ROW_ARTICLE, _ROW_ARTICLE, *_ROW_COMMENTS[1] * 3], [], [])
@example([_ROW_ARTICLE, _ROW_ARTICLE, *_ROW_COMMENTS[2] * 3], [], [])
@example([_ROW_ARTICLE, _ROW_ARTICLE, *_ROW_COMMENTS[3] * 3], [], [])
@example([_ROW_ARTICLE, _ROW_ARTICLE, *_ROW_COMMENTS[4] * 3], [], [])
@example([_ROW_ARTICLE, _ROW_ARTICLE, *_ROW_COMMENTS[5] * 3], [], [])
@example([_ROW_ARTICLE, _ROW_ARTICLE, *_ROW_COMMENTS[3] * 3], [_ARTICLE] * 9, [])
def test_the_end_screen_lets_the_rows_of_controls_through(
    lines: list[str], footer: list[str], keep: list[bool]
) -> None:
    # Threads found by rows of controls alone, on one, two or three lines: a row's line near
    # the end keeps the screen open where the rows are not yet found.
    blocks = _blocks([*lines, *footer])
    view = [b for b, k in zip(blocks, [*keep, *[True] * len(blocks)], strict=False) if k]
    if view:
        _assert_screened_is_unscreened(view, "en", runs.ARTICLE_MIN_WORD_SHARE)


def test_a_thread_closed_near_the_end_is_found_and_one_far_from_it_is_not() -> None:
    near = _blocks([_ARTICLE] * 3 + _THREAD + [_ARTICLE] * 2)
    far = _blocks([_ARTICLE] * 3 + _THREAD + [_ARTICLE] * runs.THREAD_MAX_GAP)
    english = load_language("en")
    assert comments.thread_start(near, Facts(english, near)) is not None
    assert not runs._marked_near_end(far, set(), False, Facts(english, far))
    assert comments.thread_start(far, Facts(english, far)) is None
    assert _unscreened(far, "en") is None
