"""The title check's second run starts from what the first run found of its lines
(`pipeline._lent`: page-line facts, rule hits and block facts by text, the identification),
and must clean exactly as a run that starts from nothing (issue #8: pure speed)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from corpusclean import Cleaner, Config
from corpusclean.model import render_text
from corpusclean.pipeline import Run
from corpusclean.run import DocumentRun
from corpusclean.segment import normalized_blocks
from strategies import examples, headings, page_lines, paragraphs
from test_page_title import FOOTER_EN, MENU_EN, RELATED_EN, STORY_EN, TITLE_EN

PAGE = Cleaner(Config(mode="page"))
AUTO = Cleaner(Config(mode="auto"))

# Lines whose rule hit is not a function of their text alone (a list item reads the line
# before it), or that depend on a footnote mark, an announcing colon, or another language.
TRICKY_LINES = (
    "- Share on Facebook",
    "• Share on Twitter",
    "- Sign up for email alerts from the town",
    "Topics covered in the class:",
    "Before you go out, he said:",
    "By Jane Doe*",
    "Por Rita Gonçalves*",
    "Teilen:",
    "- Artikel auf X teilen",
    "- Flour, sugar and two eggs from the farm down the road",
    "• The council voted for the new budget of the city on Monday",
    "- Photo: composition and light",
    "Gestern hat es in der ganzen Stadt geregnet, und die Feuerwehr war die ganze Nacht im "
    "Einsatz, weil der Fluss über die Ufer getreten ist.",
)


@st.composite
def titled_pages(draw: st.DrawFn) -> str:
    """A drawn page with a headline over its lead, printed twice, list items and bylines
    about it: the shape whose title the page evidence finds, so the title check runs.
    Half of them are a news page's menus, story and footer with drawn lines put in."""
    if draw(st.booleans()):
        lines = [*MENU_EN, TITLE_EN, "By Jane Doe", *STORY_EN, *RELATED_EN, *FOOTER_EN]
        lines.append(f"{TITLE_EN} | The Daily Courier")
        for _ in range(draw(st.integers(0, 6))):
            line = draw(st.one_of(st.sampled_from(TRICKY_LINES), page_lines().map("\n".join)))
            lines.insert(draw(st.integers(0, len(lines))), line)
        return "\n".join(lines)
    lines = draw(page_lines())
    lines += draw(st.lists(st.sampled_from(TRICKY_LINES), max_size=6))
    title = draw(headings)
    lead = f"{title} {draw(paragraphs())}"
    at = draw(st.integers(0, len(lines)))
    lines[at:at] = [title, *draw(st.lists(st.sampled_from(TRICKY_LINES), max_size=3)), lead]
    lines.append(draw(st.sampled_from((title, f"{title} | Site"))))
    return "\n".join(draw(st.permutations(lines)) if draw(st.booleans()) else lines)


def _second_runs(cleaner: Cleaner, text: str) -> tuple[Run, Run, Run] | None:
    """The first run of ``text``, and its title check's second run lent the first's
    findings and started from nothing; None when the title check does not run."""
    first = cleaner._run(text, None, None, check_title=False)
    if first.title is None or first.title.reason == "the first line, shaped like a headline":
        return None
    rendered = render_text(*first.rendered())
    lent = cleaner._run(rendered, None, None, check_title=False, earlier=first)
    fresh = cleaner._run(rendered, None, None, check_title=False)
    return first, lent, fresh


@example(
    "Home\nNews\nFed raises its rates again\n- Share on Facebook\nTopics covered in the "
    "class:\n- Share on Twitter\nFed raises its rates again The Fed raised rates again on "
    "Monday, the third time this year, as inflation stayed high.\nFed raises its rates "
    "again | Site",
    PAGE,
)
@settings(max_examples=examples(150))
@given(titled_pages(), st.sampled_from((PAGE, AUTO)))
def test_the_title_checks_second_run_matches_and_cleans_as_from_nothing(
    text: str, cleaner: Cleaner
) -> None:
    runs = _second_runs(cleaner, text)
    if runs is None:
        return
    _, lent, fresh = runs
    assert lent.rendered() == fresh.rendered()
    assert lent.outcome.removed == fresh.outcome.removed
    assert lent.outcome.flags == fresh.outcome.flags
    assert lent.identification == fresh.identification
    for block in lent.document.blocks:  # every line, asked or not by the rounds
        assert lent.document.hit(block) == fresh.document.hit(block)


def _from_nothing(
    self: Cleaner, run: Run, source: str | None, metadata: object
) -> object:  # the reference: the second run lent nothing
    rendered = run.rendered()
    again = self._run(render_text(*rendered), source, None, check_title=False)
    return run.title if again.rendered() == rendered else None


@settings(max_examples=examples(100), suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(titled_pages(), st.sampled_from(("page", "auto")))
def test_articles_with_the_title_check_lent_equal_those_from_nothing(
    monkeypatch: pytest.MonkeyPatch, text: str, mode: str
) -> None:
    cleaner = Cleaner(Config(mode=mode))  # type: ignore[arg-type]
    lent = cleaner.clean_and_explain(text)
    with monkeypatch.context() as patched:
        patched.setattr(Cleaner, "_title_if_stable", _from_nothing)
        fresh = cleaner.clean_and_explain(text)
    assert lent == fresh


def test_a_lent_hit_is_never_matched_again(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "\n".join(
        [
            "Home",
            "Share this on",
            "Fed raises its rates again",
            "By Jane Doe",
            "The Fed raised its rates again on Monday, the third time this year, as "
            "inflation stayed high, officials said.",
            "Fed raises its rates again | Example News",
        ]
    )
    first = PAGE._run(text, None, None, check_title=False)
    assert first.title is not None and first.title.block.text == "Fed raises its rates again"
    matched: list[str] = []
    match = DocumentRun._match

    def recorded(self: DocumentRun, blocks: list[object]) -> None:
        matched.extend(block.text for block in blocks)  # type: ignore[attr-defined]
        match(self, blocks)  # type: ignore[arg-type]

    monkeypatch.setattr(DocumentRun, "_match", recorded)
    rendered = render_text(*first.rendered())
    PAGE._run(rendered, None, None, check_title=False, earlier=first)
    assert matched == []
    PAGE._run(rendered, None, None, check_title=False)
    assert "Fed raises its rates again" in matched


@settings(max_examples=examples(100))
@given(
    st.tuples(page_lines(), st.lists(st.sampled_from(TRICKY_LINES), max_size=4)).map(
        lambda drawn: [*drawn[0], *drawn[1]]
    ),
    st.sampled_from((PAGE, AUTO, Cleaner())),
    st.randoms(use_true_random=False),
)
def test_hits_by_text_are_the_hits_a_fresh_run_finds(
    lines: list[str], cleaner: Cleaner, rng: object
) -> None:
    # `DocumentRun.hits_by_text` and `Facts.block_facts_by_text` lent to a run of some of
    # the same lines in another order: every line's hit, and the outcome, are a fresh run's.
    first = cleaner.run("\n".join(lines))
    known = first.document.hits_by_text()
    facts = first.document.facts.block_facts_by_text()
    again = [block.text for block in first.blocks]
    rng.shuffle(again)  # type: ignore[attr-defined]
    again = again[: len(again) // 2 + 1]
    _, blocks = normalized_blocks("\n".join(again), cleaner.config)
    language = first.document.language.code
    lent = DocumentRun(cleaner, blocks, language, known_hits=known, known_facts=facts)
    fresh = DocumentRun(cleaner, blocks, language)
    assert lent.outcome() == fresh.outcome()
    event(f"lent hits: {bool(lent._seeded)}, facts: {bool(facts)}")
    for block in blocks:
        assert lent.hit(block) == fresh.hit(block)
