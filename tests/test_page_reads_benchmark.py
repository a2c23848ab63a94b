"""`benchmarks/page_reads.py`: the lines page mode reads after its first scoring, counted."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

# The benchmark reads the page features' arrays (`page.batch`), which need the `fast` extra's
# NumPy: the README's install has none, the extras' run has it.
pytest.importorskip("numpy")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import page_reads

from test_page_stages_benchmark import PAGE  # the same small page, written once

LIVE = ["Home", "News", "A story's first paragraph.", "Menu", "Its second.", "Footer", "More"]
KEPT = [False, False, True, False, True, False, False]


def test_the_kept_span_runs_from_the_first_kept_line_past_the_last() -> None:
    first = page_reads.FirstCall(LIVE, KEPT, [0.0] * len(LIVE))
    assert first.span == (2, 5)
    assert page_reads.widened(first, 1) == LIVE[1:6]
    assert page_reads.widened(first, 9) == LIVE
    nothing = page_reads.FirstCall(LIVE, [False] * len(LIVE), [0.0] * len(LIVE))
    assert nothing.span == (0, 0)
    assert page_reads.widened(nothing, 1) == LIVE  # no oracle knows an empty span's place


def test_a_later_line_counts_when_the_first_call_dropped_it() -> None:
    first = page_reads.FirstCall(LIVE, KEPT, [0.0] * len(LIVE))
    kept = ["  A story's first paragraph.", "", "Its second."]
    assert page_reads.scored_again(first, [kept, kept[:1]]) == 0
    # "Menu" was dropped; a kept line printed twice is once too many.
    assert page_reads.scored_again(first, [[*kept, "Menu"]]) == 1
    assert page_reads.scored_again(first, [[*kept, "Its second."]]) == 1


def test_the_table_adds_up_on_a_small_dev_set(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("scrapinghub", "readability"):
        (tmp_path / name / "one").mkdir(parents=True)
        (tmp_path / name / "one" / "fullpage.txt").write_text(PAGE, encoding="utf-8")
    page_reads.main([str(tmp_path), "--repeat", "1", "--margin", "0"])
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("2 documents, ")
    cells = ([cell.strip() for cell in line.strip("|").split("|")] for line in out[3:])
    rows = dict(cells)

    def count(row: str) -> int:
        found = re.match(r"[\d,]+", rows[row])
        assert found is not None
        return int(found.group(0).replace(",", ""))

    scored = count("lines scored by the first calls")
    assert scored == 2 * len(PAGE.splitlines())
    outside = count("before the first kept line") + count("after the last kept line")
    assert outside <= count("of them dropped") <= scored
    assert count("dropped, final score under the bar by more than 4") <= count(
        "dropped, final score under the bar by more than 1"
    )
    assert count("blocks of the detectors' first rounds, of the documents'") <= scored
    assert float(rows["page_facts CPU s, kept span ±0 lines"]) >= 0.0
