"""Hypothesis settings profiles: 'ci' (the default, bounded run time), 'ci-quick' (the same,
fewer examples), 'dev' (quick runs) and 'thorough' (a long search).

Pick one with HYPOTHESIS_PROFILE=dev or ``pytest --hypothesis-profile=dev``.

The CI profiles draw the same examples on every run (``derandomize``): a run that fails
fails again on the same commit, and a commit is never rejected by the luck of the draw. The
search for new failing examples is the other profiles' job: 'dev' and 'thorough' draw new
examples on every run (``HYPOTHESIS_PROFILE=thorough python -m pytest -n auto``), and an
example they find is kept as an ``@example`` with its fix.
"""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, settings

# Article-like strategies build long inputs from many draws; that is intended, not a problem.
_SUPPRESSED = [HealthCheck.too_slow, HealthCheck.data_too_large]

# 'ci' draws 100 examples a property. It drew 50 from the nineteenth session to the
# twenty-first: a clean-clone .ci/run at 100 then took 1,358 s, over its 20 minutes, most of
# it in building a `Cleaner` per example (each compiled its rules again). With the compiled
# rules shared (`pipeline.shared_matcher`), the README run at 100 costs 11.7 CPU min against
# 19.0 at 50 before (docs/benchmarks.md). The deep search is 'thorough''s (2,000).
settings.register_profile(
    "ci",
    max_examples=100,
    deadline=None,
    suppress_health_check=_SUPPRESSED,
    print_blob=True,
    derandomize=True,
)
settings.register_profile("ci-quick", settings.get_profile("ci"), max_examples=20)
settings.register_profile("dev", max_examples=30, deadline=None, suppress_health_check=_SUPPRESSED)
settings.register_profile(
    "thorough", max_examples=2000, deadline=None, suppress_health_check=_SUPPRESSED
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def _absolute_path_list(value: str) -> str:
    """A PYTHONPATH with each entry made absolute, from the directory pytest started in."""
    return os.pathsep.join(
        str(Path(entry).resolve()) if entry else entry for entry in value.split(os.pathsep)
    )


# Tests run the command in temporary folders (`cwd=`): a relative PYTHONPATH ("src", as the
# contributing docs run the suite) would then name a missing folder there, and the subprocess
# would import the installed corpusclean instead of the code under test, silently.
if os.environ.get("PYTHONPATH"):
    os.environ["PYTHONPATH"] = _absolute_path_list(os.environ["PYTHONPATH"])
