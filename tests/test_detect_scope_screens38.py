"""Document screens of the teaser-records and cut-short detectors (issue #8, pagethread38).

Each reads its lines' test once a document, on `Facts.scope`, by a reader of lines kept by the
block's first input line (`Facts.of_scope`): the date lines (`teaserrecords._scope_dates`)
and the titles cut short (`cutshort._cut_short_lines`). A round then walks its lines only
when the scope holds enough of them. The property compares each detector with its screen
against the same detector with the screens held shut (`Facts.of_scope` reading each round's
own lines, as the detectors read before the screens), on every round of generated documents,
the scope narrowed or not, on a whole page's text or not.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hypothesis import event, example, given, settings
from hypothesis import strategies as st

from corpusclean.detect import cutshort, teaserrecords
from corpusclean.detect.facts import Facts
from corpusclean.language import load_language
from corpusclean.model import Block, Verdict
from strategies import examples, paragraphs
from test_detect_document_screens import _blocks, _drawn_rounds, screens_shut

#: The detectors screened here, each run on its own copy of a round's verdicts.
DETECTORS = (teaserrecords.mark_teaser_records, cutshort.mark_cut_short_titles)

#: Lines the screens look for, and lines near them.
SCREENED_LINES = (
    "March 7, 2022",
    "22.04.2022 | Technik",
    "Freitag, 12. Dezember 2025",
    "Manufacturing Acquisitions: Part 1",
    "Voici à quoi ressemblent des vêtements «grande…",
    "He paused. And then...",
    "Les plus beaux villages de France en hiver sont…",
    "Home",
)

#: Runs the detectors fire on: records newest first, a box of cut titles.
SCENES = (
    (
        "Manufacturing Acquisitions: Part 2",
        "March 9, 2022",
        "Learn about the latest acquisitions in manufacturing and what they mean for you.",
        "Manufacturing Acquisitions: Part 1",
        "March 7, 2022",
        "The first part of our series on the deals that shaped the industry this year.",
    ),
    (
        "21 tatouages qui ont merveilleusement bien…",
        "Voici à quoi ressemblent des vêtements «grande…",
        "Les plus beaux villages de France en hiver sont…",
    ),
)


@st.composite
def screened_documents(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A language and a document: a post of one to four paragraphs, `SCREENED_LINES`
    anywhere, and `SCENES` before it, after it or in it."""
    code = draw(st.sampled_from(("en", "en", "en", "fr", "it", "nl", "de")))
    lines = draw(st.lists(paragraphs(min_sentences=2), min_size=1, max_size=4))
    for _ in range(draw(st.integers(0, 3))):
        lines.insert(draw(st.integers(0, len(lines))), draw(st.sampled_from(SCREENED_LINES)))
    for scene in draw(st.lists(st.sampled_from(SCENES), max_size=3)):
        at = len(lines) if draw(st.booleans()) else draw(st.integers(0, len(lines)))
        lines[at:at] = scene
    return code, lines


def _answers(blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts) -> list[Any]:
    """Each screened detector's verdicts of one round, each on its own copy."""
    answers = []
    for mark in DETECTORS:
        marked = list(verdicts)
        mark(blocks, marked, facts)
        answers.append(marked)
    return answers


_REMOVED = st.sampled_from(
    (
        Verdict(keep=True),
        Verdict(keep=True),
        Verdict(keep=False, rule="share_row", family="social"),
    )
)

_POST = (
    "It rained in Paris all day on Monday, and the river rose by a metre overnight. The "
    "mayor said the quays would stay shut."
)


@given(
    screened_documents(),
    st.booleans(),
    st.lists(st.booleans(), max_size=40),
    st.lists(st.lists(st.booleans(), max_size=40), max_size=3),
    st.lists(_REMOVED, max_size=40),
)
@settings(max_examples=examples(450))
@example(("en", [_POST, _POST, *SCENES[0]]), False, [], [], [])
@example(("fr", [_POST, *SCENES[1], _POST]), True, [], [[True, True, False]], [])
def test_the_screened_detectors_answer_as_each_rounds_lines(
    document: tuple[str, list[str]],
    page_text: bool,
    narrowed: list[bool],
    rounds: list[list[bool]],
    marks: list[Verdict],
) -> None:
    # Rounds share one `Facts` (the readers' answers, found on the first), as a run's do;
    # with the readers held to each round's own lines, every round gets the same verdicts.
    screened, unscreened, _scope, drawn = _drawn_rounds(document, narrowed, rounds, marks)
    screened.page_text = unscreened.page_text = page_text
    fired: set[str] = set()
    for some, verdicts in drawn:
        with screened.round(some):
            answers = _answers(some, verdicts, screened)
        with screens_shut(), unscreened.round(some):
            assert answers == _answers(some, verdicts, unscreened)
        names = [mark.__name__ for mark in DETECTORS]
        fired |= {name for name, marked in zip(names, answers, strict=True) if marked != verdicts}
    for name in sorted(fired):
        event(f"fired: {name}")


def test_each_scene_fires_its_detector() -> None:
    # The scenes reach what the property compares: each detector removes its lines.
    for scene, mark, code in zip(SCENES, DETECTORS, ("en", "fr"), strict=True):
        blocks = _blocks([_POST, _POST, *scene])
        facts = Facts(load_language(code), blocks)
        facts.page_text = True
        verdicts = [Verdict(keep=True)] * len(blocks)
        mark(blocks, verdicts, facts)
        assert not all(verdict.keep for verdict in verdicts), mark.__name__


def test_the_readers_are_empty_on_an_article_without_such_lines() -> None:
    article = [" ".join(["It rained in Paris all day on Monday, and the river rose."] * 3)] * 3
    blocks = _blocks(article)
    facts = Facts(load_language("en"), blocks)
    assert facts.of_scope(teaserrecords._scope_dates, blocks) == {}
    assert facts.of_scope(cutshort._cut_short_lines, blocks) == frozenset()
