"""Explanations: what the cleaner decided about each block of a document, and why.

Beside the final decision each `Decision` carries the context-free one, the rule the block
matches on its own, so a reader can see where context changed the verdict: a byline pattern
inside the body is kept, a headline after "Read also:" goes although no rule names it.
"""

from __future__ import annotations

from typing import Literal

import attrs

from .classify import match_alone
from .pipeline import Cleaner, normalise_lines
from .segment import Block, split_blocks

__all__ = ["Decision", "explain"]

Verdict = Literal["title", "kept", "removed"]


@attrs.frozen(slots=True)
class Decision:
    """The cleaner's decision on one block of input (a paragraph, or a line).

    ``start``/``end`` are its 0-based, end-exclusive input line span; ``rule`` names the rule
    or detector that removed it (None when kept); ``alone`` is the rule the block matches on
    its own, before any context is considered (None when no rule matches it alone).
    """

    start: int
    end: int
    text: str
    verdict: Verdict
    rule: str | None
    reason: str
    alone: str | None


def _alone(cleaner: Cleaner, block: Block) -> str | None:
    rule, _ = match_alone(cleaner.matcher, block)
    return rule.name if rule else None


def explain(text: str, cleaner: Cleaner | None = None) -> tuple[Decision, ...]:
    """Explain, block by block, how ``cleaner`` (default settings if None) cleans ``text``.

    >>> for d in explain("Jack Ma visits KL\\nShare this on\\nBy Jane Doe\\n"
    ...                  "Jack Ma met the prime minister on Monday, officials said today."):
    ...     print(d.verdict, d.rule, d.alone)
    title None None
    removed share_call share_call
    removed byline byline
    kept None None
    """
    cleaner = cleaner or Cleaner()
    article = cleaner.clean(text)
    removed = {(r.start, r.end): r for r in article.removed}
    blocks = split_blocks(normalise_lines(text, cleaner.config), cleaner.config.join_wrapped_lines)
    decisions = []
    title_pending = article.title is not None
    for block in blocks:
        alone = _alone(cleaner, block)
        removal = removed.get((block.start, block.end))
        if removal is not None:
            decision = Decision(
                block.start, block.end, block.text, "removed", removal.rule, removal.reason, alone
            )
        elif title_pending and block.text == article.title:
            title_pending = False
            decision = Decision(
                block.start,
                block.end,
                block.text,
                "title",
                None,
                "the first line, shaped like a headline",
                alone,
            )
        else:
            reason = (
                f"matches {alone} alone, kept in context (its position, or the removal budget)"
                if alone
                else ""
            )
            decision = Decision(block.start, block.end, block.text, "kept", None, reason, alone)
        decisions.append(decision)
    return tuple(decisions)
