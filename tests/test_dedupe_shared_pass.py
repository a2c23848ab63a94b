"""Duplicate repair's per-document shortcuts (issue #8) change no outcome.

`DocumentRun.remove_duplicates` answers a round whose blocks are the very blocks of an
earlier round that found no copy without looking again (`run._same_blocks`). Checked against
the same code with the shortcut held open, on whole cleaner runs.
"""

from __future__ import annotations

from unittest import mock

from hypothesis import given
from hypothesis import strategies as st

from corpusclean import Cleaner, Config, run
from strategies import article_texts, configs, documents, page_lines


def _cleaned_both_ways(text: str, config: Config) -> None:
    cleaner = Cleaner(config)
    fast = cleaner.clean(text)
    with mock.patch.object(run, "_same_blocks", lambda _blocks, _earlier: False):
        slow = cleaner.clean(text)
    assert fast == slow


@given(st.one_of(documents, article_texts(), page_lines().map("\n".join)), configs)
def test_a_round_of_the_same_blocks_is_not_looked_at_again(text: str, config: Config) -> None:
    """Cleaning with `remove_duplicates` answering a round of the same blocks from the last
    round that found no copy equals cleaning with every round looked at."""
    _cleaned_both_ways(text, config)


def test_the_same_blocks_are_met_again() -> None:
    """A test that cannot fail is a defect: the shortcut is taken on an ordinary article."""
    text = "\n".join(
        [
            "Bus plan approved",
            "The council said on Tuesday that the new bus plan would take effect next year.",
            "More buses will run and the centre will stay closed to cars on Saturdays.",
            "Share this article",
        ]
    )
    with mock.patch.object(run, "_same_blocks", wraps=run._same_blocks) as same:
        Cleaner(Config()).clean(text)
    assert any(call.args[1] is not None for call in same.call_args_list)
    assert True in [run._same_blocks(*call.args) for call in same.call_args_list]
