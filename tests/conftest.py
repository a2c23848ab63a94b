"""Hypothesis settings profiles: 'ci' (the default, bounded run time) and 'dev' (quick runs).

Pick one with HYPOTHESIS_PROFILE=dev or ``pytest --hypothesis-profile=dev``.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# Article-like strategies build long inputs from many draws; that is intended, not a problem.
_SUPPRESSED = [HealthCheck.too_slow, HealthCheck.data_too_large]

settings.register_profile(
    "ci", max_examples=150, deadline=None, suppress_health_check=_SUPPRESSED, print_blob=True
)
settings.register_profile("dev", max_examples=30, deadline=None, suppress_health_check=_SUPPRESSED)
settings.register_profile(
    "thorough", max_examples=2000, deadline=None, suppress_health_check=_SUPPRESSED
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
