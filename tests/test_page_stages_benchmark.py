"""`benchmarks/page_stages.py`: two checkouts' stages from one process, and the caller's
`corpusclean` left as it was."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

import corpusclean

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import page_stages

SRC = Path(corpusclean.__file__).resolve().parent.parent
PAGE = "\n".join(
    [
        "Home | News | Sport | Weather",
        "Council votes to rebuild the harbour wall",
        "The council voted on Monday to rebuild the harbour wall before the winter storms, "
        "after two years of talks with the fishermen who use it.",
        "The work will take eight months and cost about four million pounds, the council said.",
        "Share this article",
        "Privacy policy | Cookies | Contact us",
    ]
)


def test_two_checkouts_are_timed_by_stage_and_the_callers_package_stays(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("scrapinghub", "readability"):
        (tmp_path / name / "one").mkdir(parents=True)
        (tmp_path / name / "one" / "fullpage.txt").write_text(PAGE, encoding="utf-8")
    own = {name: module for name, module in sys.modules.items() if page_stages._owned(name)}
    args = [str(tmp_path), str(SRC), str(SRC), "--repeat", "2", "--interval", "0.0002"]
    assert page_stages.main(args) == 0
    table = capsys.readouterr().out.splitlines()
    header = next(line for line in table if line.startswith("| CPU s a pass"))
    assert header.count("|") == 4  # a column a checkout
    assert any(line.startswith("| pass (median) |") for line in table)
    after = {name: module for name, module in sys.modules.items() if page_stages._owned(name)}
    assert after == own


def _stack(*calls: tuple[str, str]) -> Any:
    """A stand-in for a Python stack, outermost call first: what a tick reads of frames."""
    frame = None
    for name, path in calls:
        frame = SimpleNamespace(
            f_code=SimpleNamespace(co_name=name, co_filename=path), f_back=frame
        )
    return frame


def test_a_tick_goes_to_the_innermost_stage_and_a_detector_to_its_part() -> None:
    stack = _stack(
        ("clean", "/x/src/corpusclean/pipeline.py"),
        ("remove_duplicates", "/x/src/corpusclean/run.py"),
        ("classify_blocks", "/x/src/corpusclean/detect/classify.py"),
        ("mark_teaser_cards", "/x/src/corpusclean/detect/teasers.py"),
        ("helper", "/x/src/corpusclean/text.py"),
    )
    assert page_stages._stage_of(stack) == "detectors"
    assert page_stages._part_of(stack) == "classify_blocks > mark_teaser_cards"
    outside = _stack(("clean", "/x/src/corpusclean/pipeline.py"), ("helper", "/x/text.py"))
    assert page_stages._stage_of(outside) == "other"
    assert page_stages._part_of(outside) is None
    # A function of a stage's name in another file is not that stage.
    elsewhere = _stack(("select_page_blocks", "/x/src/corpusclean/page/detect.py"))
    assert page_stages._stage_of(elsewhere) == "other"


def test_a_speed_corpus_is_timed_in_the_default_mode_with_every_positional_a_checkout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"text": PAGE}) + "\n", encoding="utf-8")
    args = ["--corpus", str(corpus), str(SRC), str(SRC), "--repeat", "1"]
    assert page_stages.main(args) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].startswith("ascii corpus, default mode, 1 passes a checkout")
    header = next(line for line in table if line.startswith("| CPU s a pass"))
    assert header.count("|") == 4  # both positionals are checkouts, none is a dev set
