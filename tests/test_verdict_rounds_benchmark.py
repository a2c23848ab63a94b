"""`benchmarks/verdict_rounds.py`: the verdict rounds after each settle's first, counted."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import verdict_rounds

from corpusclean import Cleaner, run

STORY = (
    "It rained in Paris all day on Monday, and the river rose by a metre overnight, so the "
    "city closed two bridges and asked people to stay at home."
)
# A share call between two paragraphs: the first round removes it (`share_call`), and the
# second reads the rest again and changes nothing. A story alone settles in one round.
SHARED = "\n\n".join(["Storm closes bridges", STORY, "Share this article", STORY[:60] + "."])
QUIET = "\n\n".join(["Quiet day", STORY])


def test_a_round_after_a_removal_is_counted_with_what_the_round_before_removed() -> None:
    counter, times = verdict_rounds.count_pass(Cleaner(), [SHARED, QUIET])
    counts = counter.counts
    assert counts["certain settles"] == 2
    assert counts["certain later rounds"] == 1
    assert counts["certain later rounds that change a verdict"] == 0
    assert counter.removed_before_same == {"share_call": 1}
    assert counter.where_before_same == {"middle": 1}
    assert counts["calls: verdicts (first)"] == 2
    assert counts["calls: verdicts (later)"] == 1
    # Each round asks for its lines' rules; the later round's were matched in the first.
    assert counts["calls: _match (first)"] == 2
    assert counts["calls: _match (later)"] == 1
    assert times["pass"] >= 0.0


def test_the_library_is_left_as_it_was() -> None:
    def patched() -> tuple[object, ...]:
        document = run.DocumentRun
        return (
            run.Round,
            document._settle,
            document.verdicts,
            document.remove_duplicates,
            document._match,
        )

    before = patched()
    verdict_rounds.count_pass(Cleaner(), [SHARED])
    assert patched() == before


def test_the_command_reads_a_speed_corpus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"text": t}) + "\n" for t in (SHARED, QUIET)))
    assert verdict_rounds.main(["--corpus", str(corpus), "--variant", "ordinary"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("ordinary corpus, default mode, 2 documents, one counted pass")
    assert "  certain later rounds: 1\n" in out
    assert "    share_call 1\n" in out
