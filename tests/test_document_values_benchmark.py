"""`benchmarks/document_values.py`: it times the values detectors ask `Facts.once` and
`Facts.of_scope` for, changes no output and leaves `Facts` as it was."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import document_values

from corpusclean import Cleaner
from corpusclean.detect.facts import Facts

STORY = (
    "It rained in Paris all day on Monday, and the river rose by a metre overnight, so the "
    "city closed two bridges and asked people to stay at home."
)
LONG = "\n\n".join(
    ["Storm closes bridges", *(STORY for _ in range(12)), "Photo: Jane Doe", "Reply"]
)


def test_each_document_value_is_timed_once_a_document() -> None:
    cleaner = Cleaner()
    spent: dict[str, float] = {}
    found: dict[str, int] = {}
    with document_values.timing_document_values(spent, found):
        cleaner.clean(LONG)
        cleaner.clean(LONG)
    assert "captions._labelled_credit_lines" in spent
    assert set(found) == set(spent)
    assert found["captions._labelled_credit_lines"] == 2  # two documents, however many rounds


def test_the_outputs_and_facts_are_left_as_they_were() -> None:
    cleaner = Cleaner()
    expected = [cleaner.clean(text) for text in (STORY, LONG)]
    once, of_scope = Facts.once, Facts.of_scope
    times = document_values.document_value_times(cleaner, [STORY, LONG], repeat=2)
    assert (Facts.once, Facts.of_scope) == (once, of_scope)
    assert times and all(count >= 1 for _seconds, count in times.values())
    assert [cleaner.clean(text) for text in (STORY, LONG)] == expected
    with document_values.timing_document_values({}, {}):
        assert [cleaner.clean(text) for text in (STORY, LONG)] == expected


def test_the_command_reads_a_speed_corpus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"text": t}) + "\n" for t in (STORY, LONG)))
    assert (
        document_values.main(["--corpus", str(corpus), "--variant", "ordinary", "--repeat", "1"])
        == 0
    )
    out = capsys.readouterr().out.splitlines()
    assert out[0] == (
        "ordinary corpus, default mode, 2 documents, best of 1 passes, CPU seconds, found"
    )
    assert out[1].split()[:3] == ["all", "document", "values"]
