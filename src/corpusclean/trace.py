"""Reading a run's decisions back: one `Decision` per block, from the run that cleaned it.

Nothing here decides anything: the removals, the kept blocks and the reasons are the run's
own, so an explanation says what `Cleaner.clean` did with the same settings and rules.
"""

from __future__ import annotations

from .model import Decision, Verdict
from .page.title import TitleLine
from .run import BUDGET_REASON, TITLE_REASON, DocumentRun, Outcome, without_title

__all__ = ["TITLE_REASON", "decisions"]


def _kept_reason(verdict: Verdict | None) -> str:
    """Why a kept block was kept, from the last verdict the run gave it ("" for no reason)."""
    if verdict is None or verdict.keep:
        return verdict.reason if verdict is not None else ""
    # A removal verdict on a block that stayed: only the removal budget keeps such a block.
    return f"{BUDGET_REASON} ({verdict.rule} would remove it)"


def decisions(
    document: DocumentRun, outcome: Outcome, title: TitleLine | None
) -> tuple[Decision, ...]:
    """The decision on every block of the document, in input order, read from its run.

    ``title`` is the block the run took for the title, and why (None for no title): a
    page's title may be a line the page classifier dropped, and is the title, not removed.
    """
    title_start = title.block.start if title is not None else None
    removed = {removal.start: removal for removal in without_title(outcome, title)[1]}
    last = outcome.last
    verdicts = {b.start: v for b, v in zip(last.blocks, last.verdicts, strict=True)} if last else {}
    found = []
    for block in document.blocks:
        rule, _ = document.hit(block)
        alone = rule.name if rule is not None else None
        removal = removed.get(block.start)
        span = (block.start, block.end, block.text)
        if removal is not None:
            found.append(Decision(*span, "removed", removal.rule, removal.reason, alone))
        elif title is not None and block.start == title_start:
            found.append(Decision(*span, "title", None, title.reason, alone))
        else:
            reason = _kept_reason(verdicts.get(block.start))
            found.append(Decision(*span, "kept", None, reason, alone))
    return tuple(found)
