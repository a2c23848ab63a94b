"""``corpusclean rules``: every rule of the rule set in use and every detector, with families."""

from __future__ import annotations

import argparse

from ..detect import DETECTORS
from ..pipeline import Cleaner

__all__ = ["run_rules"]


def run_rules(args: argparse.Namespace, cleaner: Cleaner) -> int:
    """Print the enabled rules in matching order, then the detectors in run order."""
    print(f"{'name':24} {'family':12} {'kind':10} reason")
    for rule in cleaner.matcher.rules:
        print(f"{rule.name:24} {rule.family:12} {'rule:' + rule.scope.value:10} {rule.reason}")
    for rule in cleaner.source_rules.rules:  # tried after the others, on their source only
        reason = f"{rule.reason} (only {rule.source_by} {rule.source})"
        print(f"{rule.name:24} {rule.family:12} {'rule:' + rule.scope.value:10} {reason}")
    disabled = cleaner.config.disabled_rules
    for detector in DETECTORS:
        if detector.name not in disabled:
            kind = detector.stage.value
            print(f"{detector.name:24} {detector.family:12} {kind:10} {detector.reason}")
    return 0
