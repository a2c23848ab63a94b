"""`benchmarks/page_replay.py`: recorded classifier calls replayed through two checkouts,
a row a step, and the outputs compared."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import corpusclean
from test_page_stages_benchmark import PAGE  # the same small page, written once

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = Path(corpusclean.__file__).resolve().parent
# A classifier that drops the first line of every page, put at the end of one copy's
# `page/detect.py`: the package imports the name after the module ran, so it gets this one.
DROPS_THE_FIRST_LINE = """

def dropped_page_lines(lines, cache=None):
    return {0: "changed"}
"""


def _copy_of_src(folder: Path) -> Path:
    src = folder / "src"
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(PACKAGE, src / "corpusclean", ignore=ignore)
    return src


def _replay(*args: str) -> list[str]:
    env = {**os.environ, "PYTHONPATH": ""}  # each checkout comes from its src folder
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "page_replay.py"), *args],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return done.stdout.splitlines()


def test_two_copies_are_timed_by_step_and_their_outputs_compared(tmp_path: Path) -> None:
    devset = tmp_path / "devset"
    for name in ("scrapinghub", "readability"):
        (devset / name / "one").mkdir(parents=True)
        (devset / name / "one" / "fullpage.txt").write_text(PAGE, encoding="utf-8")
    first, second = _copy_of_src(tmp_path / "a"), _copy_of_src(tmp_path / "b")
    record = tmp_path / "calls.pkl"
    steps = "page.model:score_lines,page.vector:_Matrix.rows_of,page.nowhere:missing"
    common = ["--passes", "2", "--steps", steps, "--record", str(record)]

    out = _replay(str(devset), str(first), str(second), *common)
    calls, _, rest = out[0].partition(" classifier calls ")
    assert rest.startswith("(2 documents, ")  # a page a dev set, each classified and rounds
    assert int(calls) >= 2
    assert out[1] == f"| CPU s a pass (median) | {first} | {second} |"
    rows = [line.split(" | ")[0] for line in out[3:-1]]
    assert rows == ["| classifier replay", *(f"| {step}" for step in steps.split(","))]
    assert out[-2] == "| page.nowhere:missing | - | - |"
    assert out[-1] == f"outputs: identical in every checkout on all {calls} calls"
    assert record.exists()

    # Read back from the record (the dev set is gone), with the second copy changed.
    shutil.rmtree(devset)
    with (second / "corpusclean" / "page" / "detect.py").open("a", encoding="utf-8") as file:
        file.write(DROPS_THE_FIRST_LINE)
    out = _replay(str(devset), str(first), str(second), *common)
    assert (
        out[-1] == f"outputs: DIFFER; {second} differs on {calls} calls (first: call 0, document 0)"
    )
