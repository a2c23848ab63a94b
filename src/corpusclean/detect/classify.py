"""Boilerplate classification: a context-free verdict per block, then passes that use context.

First every block is matched against the rules alone (its hit, found by the run). Then the
context pass applies each rule's scope (`scopes`), and the evidence detectors of the
registry revise the verdicts in order. Both verdicts are kept, so an explanation can show
why context changed one.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import KEEP, Block, Verdict
from ..rules import Rule, Scope
from .facts import Facts
from .registry import Mark
from .scopes import apply_scopes
from .verdicts import removal_verdict

__all__ = ["classify_blocks", "context_free_verdicts"]


def context_free_verdicts(hits: Sequence[Rule | None]) -> list[Verdict]:
    """Verdicts from the rule hits alone, for a run without evidence.

    List and rest triggers are removed alone, edge-scope rules, which need the position,
    remove nothing, and margin- and notice-scope rules (a breadcrumb, a copyright notice)
    remove their line as line rules do.
    """
    return [
        removal_verdict(hit) if hit is not None and hit.scope is not Scope.EDGE else KEEP
        for hit in hits
    ]


def classify_blocks(
    blocks: Sequence[Block],
    hits: Sequence[Rule | None],
    detectors: Sequence[Mark],
    facts: Facts,
) -> list[Verdict]:
    """Decide for every block whether it is boilerplate, from its rule hit and its context.

    ``hits`` is the rule each block matches alone (None for none); ``detectors`` are the
    evidence detectors to run, in order (`registry.evidence_detectors`); ``facts`` are the
    document's (its language's word lists, and what earlier rounds found of its blocks).
    """
    with facts.round(blocks):
        verdicts = apply_scopes(blocks, hits, facts)
        for mark in detectors:
            mark(blocks, verdicts, facts)
    return verdicts
