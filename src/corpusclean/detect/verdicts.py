"""What the rule scopes and the detectors share about removals, and nothing else.

A leaf module: it imports no detector, so `detect.comments` and `detect.scopes` both read it,
and `scopes` can import `comments.signatures` and `comments.stamps` at module level (importing
them runs `comments/__init__`, which must then not need `scopes`, half loaded).
"""

from __future__ import annotations

from ..model import Verdict
from ..rules import Rule

__all__ = ["COMMENTS_FAMILY", "removal_verdict", "remove_kept_from"]

# The family of the rules that know a thread's controls and counters, and remove a comment
# form's lines ("Post a Comment"), read by the scopes and by `detect.comments`.
COMMENTS_FAMILY = "comments"


def removal_verdict(rule: Rule, reason: str = "", certain: bool | None = None) -> Verdict:
    """The verdict that a rule removes a block (its own reason and certainty by default)."""
    return Verdict(
        keep=False,
        rule=rule.name,
        reason=reason or rule.reason,
        certain=rule.certain if certain is None else certain,
        prior_rule=rule.name,
        family=rule.family,
    )


def remove_kept_from(
    verdicts: list[Verdict], start: int, verdict: Verdict, stop: int | None = None
) -> None:
    """Give every block from ``start`` to the end (or to ``stop``, not included) that is
    still kept the removal ``verdict``; blocks already removed keep the rule that removed
    them.

    >>> from corpusclean.model import KEEP
    >>> gone, done = Verdict(keep=False, rule="a"), Verdict(keep=False, rule="b")
    >>> verdicts = [KEEP, done, KEEP, KEEP]
    >>> remove_kept_from(verdicts, 1, gone, stop=3)
    >>> [v.rule for v in verdicts]
    [None, 'b', 'a', None]
    """
    for index in range(start, len(verdicts) if stop is None else stop):
        if verdicts[index].keep:
            verdicts[index] = verdict
