"""Each evidence detector's `Detector.min_blocks` (issue #8, fixed39): in every round of a
document of fewer blocks, the detector changes no verdict, so `registry.detectors_for`,
which leaves it out of such a document's rounds, changes no output.

Checked on generated short documents (headlines, prose, boilerplate, the shapes the
detectors look for, page furniture, other languages' lines) in every mode: each detector is
run as the unscreened pipeline runs it, and its verdicts are compared before and after.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from corpusclean import Cleaner, Config, run
from corpusclean.detect.facts import Facts
from corpusclean.detect.registry import (
    DETECTORS,
    WITH_CONTEXT,
    Mark,
    Stage,
    detectors_for,
    evidence_detectors,
)
from corpusclean.model import Block, Verdict
from strategies import (
    BOILERPLATE,
    EVIDENCE_LINES,
    PAGE_ODDITIES,
    boilerplate_lines,
    examples,
    headings,
    paragraphs,
    sentences,
)
from test_language_stable import FURNITURE, PROSE

MIN_BLOCKS = {d.mark: d.min_blocks for d in DETECTORS if d.stage is Stage.EVIDENCE}

#: Lines that a detector may read as its evidence when alone: every shape the strategies
#: know, and the furniture and prose of other languages.
SHORT_LINES = st.one_of(
    headings,
    sentences(),
    paragraphs(),
    boilerplate_lines,
    st.sampled_from(
        (
            *EVIDENCE_LINES,
            *BOILERPLATE,
            *PAGE_ODDITIES,
            *FURNITURE,
            *(line for pool in PROSE.values() for line in pool),
            "About Ascom",
            "Ascom is a global solutions provider with offices in 18 countries.",
            "Joined: Jan 19, 2022 Posts: 1133",
            "Previous articleMarkets rally as banks report strong earnings",
            "Home > News > Politics",
            "Photo: Jane Doe/Reuters",
            "By Jane Doe | March 3, 2023 | 4 min read",
            "Tekst og foto Jørn Kildall",
            "Phil Helsel is a reporter for NBC News.",
            "1/50",
            "nav-item-primary",
            "Les plus lus",
            "Recent Posts",
            "12 comments:",
            "WASHINGTON (AP) — The Senate voted on Tuesday to pass the budget bill.",
            "Le président a annoncé mardi une réforme… bien…",
            "Name: Jane | Email: jane@example.org | Phone: 555-0100",
        )
    ),
)


def _checked(mark: Mark, blocks_of: Callable[[Facts], int], changed: list[str]) -> Mark:
    """``mark``, noting its name in ``changed`` when it changes a verdict in a document of
    fewer blocks than its `min_blocks`."""
    least = MIN_BLOCKS[mark]

    def checked(blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts) -> None:
        before = list(verdicts)
        mark(blocks, verdicts, facts)
        if verdicts != before and blocks_of(facts) < least:
            changed.append(mark.__name__)

    return checked


def _document_blocks(facts: Facts) -> int:
    return len(facts.whole or ())


def _unscreened(detectors: tuple[Mark, ...], _blocks: int) -> tuple[Mark, ...]:
    return detectors


@given(
    lines=st.lists(SHORT_LINES, min_size=1, max_size=WITH_CONTEXT),
    mode=st.sampled_from(("auto", "article", "page")),
    language=st.sampled_from(("auto", "en")),
)
@settings(max_examples=examples(1500), deadline=None)
@example(lines=["Photo: Jane Doe/Reuters"], mode="page", language="auto")
@example(lines=["Joined: Jan 19, 2022 Posts: 1133"], mode="article", language="en")
@example(lines=["Jane Doe says:"], mode="auto", language="auto")
def test_no_detector_changes_a_verdict_below_its_minimum(
    lines: list[str], mode: Any, language: str
) -> None:
    cleaner = Cleaner(Config(mode=mode, language=language))
    changed: list[str] = []
    cleaner.detectors = tuple(
        _checked(mark, _document_blocks, changed) for mark in cleaner.detectors
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(run, "detectors_for", _unscreened)
        cleaner.clean("\n".join(lines))
    assert changed == []


@given(
    lines=st.lists(SHORT_LINES, min_size=1, max_size=WITH_CONTEXT + 1),
    mode=st.sampled_from(("auto", "article", "page")),
)
@settings(max_examples=examples(400), deadline=None)
def test_the_screen_changes_no_output(lines: list[str], mode: Any) -> None:
    text = "\n".join(lines)
    cleaner = Cleaner(Config(mode=mode))
    screened = cleaner.clean_and_explain(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(run, "detectors_for", _unscreened)
        assert cleaner.clean_and_explain(text) == screened


def test_the_screen_is_taken_and_keeps_order() -> None:
    every = evidence_detectors()
    one = detectors_for(every, 1)
    assert len(one) < len(every)
    assert list(one) == [mark for mark in every if mark in one]  # run order kept
    assert detectors_for(every, WITH_CONTEXT) == every
    wrapped = tuple(lambda *args: None for _ in range(3))
    assert detectors_for(wrapped, 1) == wrapped  # unknown functions always run
