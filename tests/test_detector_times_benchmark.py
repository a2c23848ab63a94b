"""`benchmarks/detector_times.py`: it times exactly the detectors the library runs (those
`registry.detectors_for` chooses for each document), changes no output and leaves the
library as it was."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import detector_times

from corpusclean import Cleaner, run
from corpusclean.detect.registry import detectors_for

ONE_LINE = "The council met on Tuesday to discuss the budget."
STORY = (
    "It rained in Paris all day on Monday, and the river rose by a metre overnight, so the "
    "city closed two bridges and asked people to stay at home."
)
LONG = "\n\n".join(
    ["Storm closes bridges", *(STORY for _ in range(12)), "Share this article", "Reply"]
)


def _names(marks: tuple[object, ...]) -> set[str]:
    return {getattr(mark, "__name__", repr(mark)) for mark in marks}


def test_a_one_line_document_times_only_the_detectors_its_run_chooses() -> None:
    cleaner = Cleaner()
    spent: dict[str, float] = {}
    with detector_times.timing_chosen_detectors(spent):
        cleaner.clean(ONE_LINE)
    chosen = detectors_for(cleaner.detectors, 1)
    assert len(chosen) < len(cleaner.detectors)  # the screen leaves some out
    assert set(spent) == _names(chosen)


def test_a_long_document_times_every_detector() -> None:
    cleaner = Cleaner()
    spent: dict[str, float] = {}
    with detector_times.timing_chosen_detectors(spent):
        cleaner.clean(LONG)
    assert set(spent) == _names(cleaner.detectors)


def test_the_outputs_and_the_library_are_left_as_they_were() -> None:
    cleaner = Cleaner()
    expected = [cleaner.clean(text) for text in (ONE_LINE, LONG)]
    choose = run.detectors_for
    times = detector_times.detector_times(cleaner, [ONE_LINE, LONG], repeat=2)
    assert run.detectors_for is choose
    assert set(times) == _names(cleaner.detectors)
    assert [cleaner.clean(text) for text in (ONE_LINE, LONG)] == expected
    spent: dict[str, float] = {}
    with detector_times.timing_chosen_detectors(spent):
        assert [cleaner.clean(text) for text in (ONE_LINE, LONG)] == expected


def test_the_command_reads_a_speed_corpus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"text": t}) + "\n" for t in (ONE_LINE, LONG)))
    assert (
        detector_times.main(["--corpus", str(corpus), "--variant", "ordinary", "--repeat", "1"])
        == 0
    )
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "ordinary corpus, default mode, 2 documents, best of 1 passes, CPU seconds"
    assert out[1].split()[:2] == ["all", "detectors"]
