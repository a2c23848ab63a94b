"""Auto mode's count of rule hits (`DocumentRun._count_rule_hits`) stops once the count
makes `page.is_page_text`'s answer, and leaves the lines after it to the rounds (issue #8:
pure speed). A run must clean exactly as with the first-written count, which matched every
line of the document in one call and counted them all (`_count_every_hit`, the reference)."""

from __future__ import annotations

from unittest import mock

from hypothesis import event, example, given, settings
from hypothesis import strategies as st

from corpusclean import Cleaner, Config
from corpusclean.page.shapes import PAGE_MIN_RULE_HITS
from corpusclean.run import DocumentRun
from corpusclean.segment import normalized_blocks
from corpusclean.text import has_letter
from strategies import examples, page_lines
from test_page_title import FOOTER_EN, MENU_EN, STORY_EN, TITLE_EN
from test_title_check_reuse import TRICKY_LINES

AUTO = Cleaner(Config(mode="auto"))

# Lines whose hit reads the line before them (list items, and the lines that announce a
# list), footnoted bylines (the title check's tricky lines), and lines of other scripts,
# with curly quotes and NBSP.
LISTED = (
    *TRICKY_LINES,
    "• 16. Januar 2025",
    "– Bonjour, dit-il.",
    "- “Photo”: composition\u00a0and light",
    "• Подписаться на рассылку",
    "- ٣ تعليقات",
    "Share this article",
    "Read more",
)


def _count_every_hit(self: DocumentRun) -> int:
    """The reference: every line not yet matched, matched in one call, all counted (the
    first-written `_count_rule_hits`)."""
    known = self._hits
    self._match([block for block in self.blocks if block.start not in known])
    return sum(
        1 for block in self.blocks if known[block.start] is not None and has_letter(block.text)
    )


@st.composite
def auto_pages(draw: st.DrawFn) -> str:
    """A news page's menus, story and footer with list items, announcing lines and drawn
    lines put in anywhere (after the count's last hit too), or a drawn page."""
    if draw(st.booleans()):
        lines = [*MENU_EN, TITLE_EN, "By Jane Doe", *STORY_EN, *FOOTER_EN]
    else:
        lines = draw(page_lines())
    for _ in range(draw(st.integers(0, 8))):
        line = draw(st.one_of(st.sampled_from(LISTED), page_lines().map("\n".join)))
        lines.insert(draw(st.integers(0, len(lines))), line)
    return "\n".join(lines)


def _decided(text: str) -> tuple[bool, int, int]:
    """Whether a run of ``text`` takes it for a page, and the count and the reference's."""
    _, blocks = normalized_blocks(text, AUTO.config)
    run = DocumentRun(AUTO, blocks, "en")
    reference = DocumentRun(AUTO, blocks, "en")
    with mock.patch.object(DocumentRun, "_count_rule_hits", _count_every_hit):
        everything = reference._count_rule_hits()
    return run.is_page_text(), run._count_rule_hits(), everything


@example("\n".join([*MENU_EN, "- Share on Facebook", *FOOTER_EN, "- Share on Twitter"]))
@example(
    "\n".join([*MENU_EN, TITLE_EN, *STORY_EN, *FOOTER_EN, "Teilen:", "- Artikel auf X teilen"])
)
@settings(max_examples=examples(150), deadline=None)
@given(auto_pages())
def test_auto_mode_cleans_as_with_every_line_counted(text: str) -> None:
    found = AUTO.clean_and_explain(text)
    with mock.patch.object(DocumentRun, "_count_rule_hits", _count_every_hit):
        reference = AUTO.clean_and_explain(text)
    assert found == reference
    page, count, everything = _decided(text)
    assert (count >= PAGE_MIN_RULE_HITS) == (everything >= PAGE_MIN_RULE_HITS)
    assert count == everything or count >= PAGE_MIN_RULE_HITS
    event(f"a page: {page}; counted {min(count, PAGE_MIN_RULE_HITS)}")


def test_the_lines_after_the_count_are_not_matched_to_count() -> None:
    footer = [*FOOTER_EN, *STORY_EN] * 4
    text = "\n".join([*MENU_EN, "Share this article", "Read more", *footer])
    _, blocks = normalized_blocks(text, AUTO.config)
    run = DocumentRun(AUTO, blocks, "en")
    assert run._count_rule_hits() >= PAGE_MIN_RULE_HITS
    assert blocks[-1].start not in run._hits  # the story's last line: not read to count
    assert run.hit(blocks[-1]) == DocumentRun(AUTO, blocks, "en").hit(blocks[-1])


def test_list_items_after_the_count_are_matched_with_the_lines_before_them() -> None:
    # "Before you go out, he said:" announces the list under it: its items are the
    # article's, matched with their bullets, as in one call of every line.
    lines = [*FOOTER_EN, *MENU_EN, "Before you go out, he said:", "- Share on Facebook"]
    _, blocks = normalized_blocks("\n".join(lines), AUTO.config)
    run = DocumentRun(AUTO, blocks, "en")
    reference = DocumentRun(AUTO, blocks, "en")
    with mock.patch.object(DocumentRun, "_count_rule_hits", _count_every_hit):
        reference._count_rule_hits()
    run._count_rule_hits()
    assert run._hits == reference._hits  # every line up to the last list item matched
