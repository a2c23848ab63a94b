"""Reading a run's decisions back: one `Decision` per block, from the run that cleaned it.

Nothing here decides anything: the removals, the kept blocks and the reasons are the run's
own, so an explanation says what `Cleaner.clean` did with the same settings and rules.
"""

from __future__ import annotations

from .model import Decision, Verdict
from .run import BUDGET_REASON, DocumentRun, Outcome

__all__ = ["TITLE_REASON", "decisions"]

TITLE_REASON = "the first line, shaped like a headline"


def _kept_reason(verdict: Verdict | None) -> str:
    """Why a kept block was kept, from the last verdict the run gave it ("" for no reason)."""
    if verdict is None or verdict.keep:
        return verdict.reason if verdict is not None else ""
    # A removal verdict on a block that stayed: only the removal budget keeps such a block.
    return f"{BUDGET_REASON} ({verdict.rule} would remove it)"


def decisions(document: DocumentRun, outcome: Outcome, titled: bool) -> tuple[Decision, ...]:
    """The decision on every block of the document, in input order, read from its run.

    ``titled`` says whether the run took the first kept block for the title.
    """
    removed = {removal.start: removal for removal in outcome.removed}
    last = outcome.last
    verdicts = {b.start: v for b, v in zip(last.blocks, last.verdicts, strict=True)} if last else {}
    title_start = outcome.kept[0].start if titled else None
    found = []
    for block in document.blocks:
        rule, _ = document.hit(block)
        alone = rule.name if rule is not None else None
        removal = removed.get(block.start)
        span = (block.start, block.end, block.text)
        if removal is not None:
            found.append(Decision(*span, "removed", removal.rule, removal.reason, alone))
        elif block.start == title_start:
            found.append(Decision(*span, "title", None, TITLE_REASON, alone))
        else:
            reason = _kept_reason(verdicts.get(block.start))
            found.append(Decision(*span, "kept", None, reason, alone))
    return tuple(found)
