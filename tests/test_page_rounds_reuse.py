"""The page/rules alternation reuses what a round did not change (issue #8): the invariant.

`run.DocumentRun._alternate_page_and_rules` runs the page classifier and the rules in turn
until neither removes anything, and reuses across its rounds and the classifier's passes:
the document's line facts and feature rows (`page.LineFactsCache`, `page.vector._Matrix`),
the last scores (asked again for the same lines), the lines a classification settled on
(`page.detect._settled_again`: no classification when the rules removed none of them), a
round's outcome when the page classifier kept the same blocks again, and the settled
classification's outcome (`DocumentRun._reclassified`). The invariant: none of this
changes an output. The reference here recomputes everything in every round (a fresh cache
for each call of the page classifier, `classify` called on every round's blocks), and
the cleaned text, the removals with their reasons, and the flags must be the same.
"""

from __future__ import annotations

from unittest import mock

from hypothesis import example, given, settings
from hypothesis import strategies as st

from corpusclean import Cleaner, Config, page, run
from corpusclean.run import FLAG_BUDGET, FLAG_PAGE, PAGE_MAX_ROUNDS, Outcome
from strategies import examples, page_lines

MENU = ["Home", "News", "Sport", "Business", "Culture", "Weather", "Contact", "Sign in"] * 2
ARTICLE = [
    "The council voted on Tuesday to approve the budget for the coming year, officials said.",
    "It will pay for two new schools and the repair of the old bridge over the river.",
    "Residents who spoke at the meeting welcomed the plan, though some asked about taxes.",
]


def recompute_everything(self: run.DocumentRun) -> Outcome:
    """`_alternate_page_and_rules` with nothing reused from round to round: the reference."""
    blocks, removed, flags = self.blocks, [], {FLAG_PAGE}
    self.facts.page_text = True
    found = Outcome(blocks, [])
    for round_ in range(PAGE_MAX_ROUNDS):
        selected, dropped = run.select_page_blocks(blocks, page.LineFactsCache())
        if not round_:
            self._narrow(selected)
        found = self.classify(selected)
        removed += dropped + found.removed
        flags |= found.flags
        changed = len(found.kept) != len(blocks)
        blocks = found.kept
        if not changed:
            break
    flags = (flags - {FLAG_BUDGET}) | (found.flags & {FLAG_BUDGET})
    return Outcome(blocks, removed, frozenset(flags), found.last)


def _cleaned(text: str, mode: str) -> tuple[object, ...]:
    article = Cleaner(Config(mode=mode)).clean(text)
    return article.text, article.removed, article.flags


def _both(text: str, mode: str) -> tuple[tuple[object, ...], tuple[object, ...]]:
    reused = _cleaned(text, mode)
    with mock.patch.object(run.DocumentRun, "_alternate_page_and_rules", recompute_everything):
        recomputed = _cleaned(text, mode)
    return reused, recomputed


def test_a_menu_around_an_article_cleans_as_with_every_round_recomputed() -> None:
    reused, recomputed = _both("\n".join([*MENU, *ARTICLE, *MENU, *ARTICLE[:1]]), "page")
    assert reused == recomputed
    assert "Sign in" not in str(reused[0]) and ARTICLE[1] in str(reused[0])


@settings(max_examples=examples(60), deadline=None)
@given(page_lines(), st.sampled_from(("page", "auto")))
# The rules remove a line the classifier kept, and the classifier, asked again, drops one
# more: a round that must not be answered from the settled lines (found with 600 examples
# where `_settled_again` answered every later round).
@example(
    [
        "SEE ALSO:\xa0Philippines wants Jack Ma to help improve governance with tech",
        "the",
        "東京で新しい駅が開業した。",
    ],
    "page",
)
def test_the_rounds_reuse_nothing_an_output_depends_on(lines: list[str], mode: str) -> None:
    reused, recomputed = _both("\n".join(lines), mode)
    assert reused == recomputed


def test_a_line_far_from_a_removed_one_is_scored_anew() -> None:
    # Why a later round rescores every line, not only those near the lines the rules removed
    # (issue #8 asked for the latter): a line's score reads the whole page. Its own features
    # hold its place on the page (``rel_pos``) and the page's function words; its context
    # the page's length (``page_ln_lines``), the prose mass before and after it and its
    # distance to the best run. A line further from the removed one than the widest window
    # (10 lines) still gets another score, so scores kept for the lines away from a removal
    # would not be the scores recomputed (none of the 27,146 lines rescored in the same
    # document of a page-mode pass over the dev full pages kept its final score).
    lines = [*MENU, *ARTICLE, *ARTICLE, *ARTICLE, *MENU]
    cache = page.LineFactsCache()
    _, final = page.model.score_lines(lines, page.model.load_model(), cache)
    _, again = page.model.score_lines(lines[1:], page.model.load_model(), cache)
    assert again[-1] != final[-1]  # the last line, the page's length away from the first
    at = len(MENU) + 6  # an article line, 22 lines below the removed one
    assert again[at - 1] != final[at]
