"""Evidence detectors and their registry: boilerplate found from position, shape and context.

`classify` turns rule hits into verdicts with the rules' scopes (`scopes`) and the evidence
detectors (`labels`, `captions`, `headlines`); `registry` is the table of every named
remover that is not a rule.
"""

from .classify import classify_blocks, context_free_verdicts
from .registry import DETECTORS, Detector, Stage, evidence_detectors

__all__ = [
    "DETECTORS",
    "Detector",
    "Stage",
    "classify_blocks",
    "context_free_verdicts",
    "evidence_detectors",
]
